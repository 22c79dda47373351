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
        Locale::for_paper(Some("de"), [Some("ar-MA"), None], &english_reader),
        Locale::En,
        "then the reader's, when neither is spoken here"
    );
    assert_eq!(Locale::for_paper(None, [None, None], &[]), Locale::Fr);
}

#[test]
fn no_supported_language_is_none() {
    assert_eq!(Locale::negotiate(["de", "ar-MA", ""]), None);
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
