//! The catalogue's rules: agreement in number, negotiation, the paper's language.

use super::*;

#[test]
fn the_first_supported_language_wins() {
    assert_eq!(
        Locale::negotiate(["de-DE", "en-GB", "fr"]),
        Some(Locale::En)
    );
    assert_eq!(Locale::negotiate(["fr-MA"]), Some(Locale::Fr));
    assert_eq!(Locale::negotiate(["EN_us"]), Some(Locale::En));
}

#[test]
fn the_paper_decides_its_language_before_the_reader() {
    let english_reader = ["en-GB".to_owned()];
    assert_eq!(
        Locale::for_paper(Some("en"), [Some("fr-MA"), None], &[]),
        Locale::En,
        "config.json first"
    );
    assert_eq!(
        Locale::for_paper(None, [Some("fr-MA"), None], &english_reader),
        Locale::Fr,
        "then the feed's language"
    );
    assert_eq!(
        Locale::for_paper(None, [None, Some("en-US")], &[]),
        Locale::En,
        "then the extension's locale"
    );
    assert_eq!(
        Locale::for_paper(None, [Some("ar-MA"), None], &["fr-FR".to_owned()]),
        Locale::Ar(Digits::Latin),
        "an Arabic feed in a French browser"
    );
    assert_eq!(
        Locale::for_paper(Some("de"), [Some("es-ES"), None], &english_reader),
        Locale::En,
        "then the reader's, when neither is spoken here"
    );
    assert_eq!(Locale::for_paper(None, [None, None], &[]), Locale::Fr);
}

#[test]
fn no_supported_language_is_none() {
    assert_eq!(Locale::negotiate(["de", "es-MX", ""]), None);
}

#[test]
fn arabic_is_spoken_right_to_left_with_moroccan_conventions() {
    let moroccan = Locale::Ar(Digits::Latin);
    assert_eq!(Locale::negotiate(["ar-MA"]), Some(moroccan));
    assert_eq!(Locale::negotiate(["ar"]), Some(moroccan));
    assert_eq!(moroccan.tag(), "ar-MA");
    assert_eq!(moroccan.intl_tag(), "ar-MA");
    assert_eq!(moroccan.dir(), "rtl");
    assert_eq!(Locale::Fr.dir(), "ltr");
    assert_eq!(direction("ar-MA"), "rtl");
    assert_eq!(direction("he"), "rtl");
    assert_eq!(direction("fr-FR"), "ltr");
    assert_eq!(direction("zgh-Tfng"), "ltr");
}

/// The arms of a catalogue's `text`: each message's name and the source of its text.
fn arms(source: &str) -> Vec<(&str, &str)> {
    let text = source.split("fn noun").next().unwrap_or_default();
    text.split("\n        Msg::")
        .skip(1)
        .filter_map(|arm| arm.split_once(" =>"))
        .collect()
}

#[test]
fn the_arabic_catalogue_has_every_message_in_arabic() {
    let french: Vec<&str> = arms(include_str!("fr.rs")).iter().map(|a| a.0).collect();
    let arabic = arms(include_str!("ar.rs"));
    assert!(french.len() > 100);
    let names: Vec<&str> = arabic.iter().map(|a| a.0).collect();
    assert_eq!(names, french, "the same messages, in the same order");
    for (name, text) in arabic {
        assert!(
            text.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
            "{name} is not in Arabic: {text}"
        );
    }
}

#[test]
fn each_locale_has_its_own_words() {
    assert_eq!(Locale::Fr.text(Msg::Retry), "Réessayer");
    assert_eq!(Locale::En.text(Msg::Retry), "Try again");
    assert_eq!(
        Locale::Fr.http_status(503),
        "Le serveur du journal a répondu par une erreur (HTTP 503)"
    );
}

#[test]
fn plurals_agree_in_each_language() {
    assert_eq!(Locale::Fr.count(0, Noun::Comment), "0 commentaire");
    assert_eq!(Locale::Fr.count(1, Noun::Comment), "1 commentaire");
    assert_eq!(Locale::Fr.count(3, Noun::Comment), "3 commentaires");
    assert_eq!(Locale::En.count(0, Noun::Comment), "0 comments");
    assert_eq!(Locale::En.count(1, Noun::Comment), "1 comment");
    assert_eq!(Locale::En.count(2, Noun::Article), "2 stories");
    for (n, text) in [
        (0, "0 تعليق"),
        (1, "تعليق واحد"),
        (2, "تعليقان"),
        (3, "3 تعليقات"),
        (11, "11 تعليقًا"),
        (100, "100 تعليق"),
    ] {
        assert_eq!(
            Locale::Ar(Digits::Latin).count(n, Noun::Comment),
            text,
            "{n}"
        );
    }
    assert_eq!(Locale::Ar(Digits::Latin).show_replies(2), "عرض (ردان)");
    assert_eq!(Locale::Ar(Digits::Latin).new_articles(11), "11 مقالًا جديدًا");
    assert_eq!(
        Locale::Ar(Digits::Latin).search_results(2, "زلزال"),
        "نتيجتان عن «زلزال»"
    );
    assert_eq!(
        Locale::Ar(Digits::Latin).reading_time(3),
        "مدة القراءة: 3 دقائق"
    );
    assert_eq!(
        Locale::Ar(Digits::Latin).characters(12, 5000),
        "12 / 5.000 حرف"
    );
}

#[test]
fn the_newsroom_can_ask_for_arabic_indic_digits() {
    let eastern = Locale::Ar(Digits::ArabicIndic);
    for tag in ["ar-MA-u-nu-arab", "AR-u-nu-arab", "ar-u-ca-gregory-nu-arab"] {
        assert_eq!(Locale::negotiate([tag]), Some(eastern), "{tag}");
    }
    assert_eq!(
        Locale::negotiate(["ar-MA-u-nu-latn"]),
        Some(Locale::Ar(Digits::Latin))
    );
    assert_eq!(
        Locale::for_paper(Some("ar-MA-u-nu-arab"), [Some("ar-MA"), None], &[]),
        eastern,
        "config.json's variant wins over the feed's language"
    );
    assert_eq!(eastern.tag(), "ar-MA", "the document's lang stays plain");
    assert_eq!(eastern.intl_tag(), "ar-MA-u-nu-arab");
    assert_eq!(eastern.count(11, Noun::Comment), "١١ تعليقًا");
    assert_eq!(eastern.count(2, Noun::Comment), "تعليقان");
    assert_eq!(eastern.characters(12, 5000), "١٢ / ٥٬٠٠٠ حرف");
    assert_eq!(eastern.comments_heading(3), "التعليقات (٣)");
    assert_eq!(eastern.reading_time(4), "مدة القراءة: ٤ دقائق");
    assert_eq!(
        eastern.search_results(3, "كوفيد 19"),
        "٣ نتائج عن «كوفيد 19»",
        "what the reader typed stays as typed"
    );
    assert_eq!(Locale::Fr.digits("17:35".to_owned()), "17:35");
}

#[test]
fn counters_group_thousands_the_local_way() {
    assert_eq!(
        Locale::Fr.characters(12, 5000),
        "12 / 5\u{202F}000 caractères"
    );
    assert_eq!(Locale::En.characters(12, 5000), "12 / 5,000 characters");
    assert_eq!(Locale::Fr.comments_heading(3), "Commentaires (3)");
    assert_eq!(Locale::Fr.show_replies(1), "Afficher (1 réponse)");
}

#[test]
fn news_and_results_agree_in_number() {
    assert_eq!(Locale::Fr.new_articles(1), "1 nouvel article");
    assert_eq!(Locale::Fr.new_articles(3), "3 nouveaux articles");
    assert_eq!(Locale::En.new_articles(2), "2 new stories");
    assert_eq!(
        Locale::Fr.search_results(0, "xyz"),
        "Aucun résultat pour « xyz »"
    );
    assert_eq!(
        Locale::Fr.search_results(2, "bourse"),
        "2 résultats pour « bourse »"
    );
}

#[test]
fn a_sound_or_a_video_is_told_by_its_length_and_weight() {
    assert_eq!(
        Locale::Fr.media_facts(Some(1445.0), Some(24_117_248)),
        "25 min · 25 Mo"
    );
    assert_eq!(
        Locale::En.media_facts(Some(3900.0), Some(640_000)),
        "1 h 05 min · 640 KB"
    );
    assert_eq!(Locale::Fr.media_facts(None, Some(999)), "1 Ko");
    assert_eq!(Locale::Fr.media_facts(Some(f64::NAN), None), "");
    assert_eq!(
        Locale::Ar(Digits::Latin).media_facts(Some(90.0), None),
        "2 د"
    );
}
