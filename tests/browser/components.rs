//! Components rendered from typed props, in French and in English.

use leptos::prelude::*;
use manchette::{
    comment_store::ThreadRef,
    components::{
        ArticleBody, ArticleCard, Base, BriefLine, BriefList, Byline, Card, CardSize, LoadFailure,
        NotFound, SectionNav,
    },
    feed::{parse_rfc3339, Section},
    i18n::{Digits, Locale, Msg},
    pictures::{Picture, Place},
    router::Router,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::mount;

fn card() -> Card {
    Card {
        id: "1008".into(),
        title: "Cosumar relève ses prévisions".into(),
        lead: Some("Le raffineur anticipe une hausse.".into()),
        image: Some("https://journal.example/img/economie.svg".into()),
        picture: None,
        section: Some("economie".into()),
        language: None,
        date: parse_rfc3339("2026-11-28T17:35:00+01:00"),
        path: "/article/1008/cosumar-releve-ses-previsions".into(),
        thread: ThreadRef {
            uri: "/article/1008".into(),
            title: "Cosumar relève ses prévisions".into(),
            seeds: Vec::new(),
        },
    }
}

#[wasm_bindgen_test]
fn a_lead_card_links_its_title_and_shows_the_chapo() {
    let mounted = mount(|| {
        provide_context(Base("/sub/path".into()));
        view! { <ArticleCard card=card() size=CardSize::Lead level=2/> }
    });
    let link = mounted.root.query_selector("h2 a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/sub/path/article/1008/cosumar-releve-ses-previsions")
    );
    assert_eq!(
        link.text_content().as_deref(),
        Some("Cosumar relève ses prévisions")
    );
    assert_eq!(
        mounted.texts(".card-lead-text"),
        ["Le raffineur anticipe une hausse."]
    );
    let image = mounted.root.query_selector("img").unwrap().unwrap();
    assert_eq!(
        image.get_attribute("alt").as_deref(),
        Some(""),
        "the title says it all"
    );
    assert_eq!(
        image.get_attribute("width").as_deref(),
        Some("1200"),
        "sized, so nothing shifts"
    );
    assert_eq!(
        image.get_attribute("loading").as_deref(),
        Some("eager"),
        "the front page's largest picture is not held back"
    );
    assert_eq!(
        image.get_attribute("fetchpriority").as_deref(),
        Some("high")
    );
    assert_eq!(
        mounted
            .root
            .query_selector("article")
            .unwrap()
            .unwrap()
            .get_attribute("data-section")
            .as_deref(),
        Some("economie")
    );
}

#[wasm_bindgen_test]
fn a_card_whose_picture_publishing_made_shows_its_variants() {
    let picture = Picture {
        src: "https://journal.example/img/port.jpg".into(),
        key: "0123456789abcdef".into(),
        width: 1000,
        height: 667,
        tint: 21,
    };
    let with_picture = |size| {
        let picture = picture.clone();
        move || {
            let card = Card {
                picture: Some(picture),
                ..card()
            };
            view! { <ArticleCard card size/> }
        }
    };
    let mounted = mount(with_picture(CardSize::Lead));
    let source = mounted
        .root
        .query_selector("picture > source")
        .unwrap()
        .unwrap();
    assert_eq!(source.get_attribute("type").as_deref(), Some("image/webp"));
    assert_eq!(
        source.get_attribute("srcset"),
        Some(picture.srcset("", "webp"))
    );
    let image = mounted
        .root
        .query_selector("picture > img")
        .unwrap()
        .unwrap();
    assert_eq!(image.get_attribute("src"), Some(picture.fallback("")));
    assert_eq!(
        image.get_attribute("srcset"),
        Some(picture.srcset("", "jpg"))
    );
    for element in [&source, &image] {
        assert_eq!(
            element.get_attribute("sizes").as_deref(),
            Some(Place::Lead.sizes())
        );
    }
    assert_eq!(image.get_attribute("width").as_deref(), Some("1000"));
    assert_eq!(image.get_attribute("height").as_deref(), Some("667"));
    assert_eq!(
        image.get_attribute("fetchpriority").as_deref(),
        Some("high")
    );
    assert_eq!(
        image.get_attribute("class").as_deref(),
        Some("card-image tint tr1 tg1 tb1")
    );
    let compact = mount(with_picture(CardSize::Compact));
    let thumbnail = compact.root.query_selector("img").unwrap().unwrap();
    assert_eq!(thumbnail.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(
        thumbnail.get_attribute("sizes").as_deref(),
        Some(Place::Thumbnail.sizes())
    );
}

#[wasm_bindgen_test]
fn a_compact_card_leaves_out_the_chapo() {
    let mounted = mount(|| view! { <ArticleCard card=card() size=CardSize::Compact/> });
    assert!(mounted.texts(".card-lead-text").is_empty());
    assert_eq!(mounted.texts("h3 a"), ["Cosumar relève ses prévisions"]);
    let image = mounted.root.query_selector("img").unwrap().unwrap();
    assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
}

#[wasm_bindgen_test]
fn a_card_date_is_written_for_its_reader() {
    let mounted = mount(|| view! { <ArticleCard card=card() size=CardSize::Top/> });
    let time = mounted.root.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-11-28T16:35:00.000Z")
    );
    let text = time.text_content().unwrap();
    assert!(text.contains("novembre 2026"), "{text}");
}

#[wasm_bindgen_test]
fn briefs_show_their_time_then_their_headline() {
    let briefs = vec![BriefLine {
        id: "b1".into(),
        headline: "Cosumar : hausse des volumes".into(),
        time: parse_rfc3339("2026-11-28T17:35:00+01:00"),
        language: None,
    }];
    let mounted = mount(move || view! { <BriefList briefs/> });
    let time = mounted.texts("li time").concat();
    assert!(
        time.len() == 5 && time.as_bytes()[2] == b':',
        "HH:MM, got {time}"
    );
    assert_eq!(mounted.texts("li span"), ["Cosumar : hausse des volumes"]);
}

#[wasm_bindgen_test]
fn in_arabic_a_brief_reads_right_to_left_time_first_on_the_right() {
    let briefs = vec![
        BriefLine {
            id: "ar1".into(),
            headline: "بورصة الدار البيضاء: ارتفاع المؤشر".into(),
            time: parse_rfc3339("2026-11-28T17:35:00+01:00"),
            language: None,
        },
        BriefLine {
            id: "fr1".into(),
            headline: "Revue de presse en français".into(),
            time: parse_rfc3339("2026-11-28T17:40:00+01:00"),
            language: Some("fr".into()),
        },
    ];
    let mounted = mount(move || {
        let arabic = Locale::Ar(Digits::ArabicIndic);
        provide_context(arabic);
        view! { <div dir=arabic.dir() lang=arabic.tag()><BriefList briefs/></div> }
    });
    let first = mounted.root.query_selector("li").unwrap().unwrap();
    let time = first.query_selector("time").unwrap().unwrap();
    let headline = first.query_selector("span").unwrap().unwrap();
    let (time, headline) = (
        time.get_bounding_client_rect(),
        headline.get_bounding_client_rect(),
    );
    assert!(
        time.left() > headline.right() - 1.0,
        "the time, first in the line, stands right of the headline: {} vs {}",
        time.left(),
        headline.right()
    );
    let french = mounted
        .root
        .query_selector("#breve-fr1 span")
        .unwrap()
        .unwrap();
    assert_eq!(french.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(french.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        first
            .query_selector("time")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("١٦:٣٥"),
        "the newsroom asked for Arabic-Indic digits"
    );
    assert_eq!(
        first
            .query_selector("span")
            .unwrap()
            .unwrap()
            .get_attribute("dir"),
        None
    );
}

#[wasm_bindgen_test]
fn an_arabic_card_in_a_french_paper_carries_its_language_and_direction() {
    let mounted = mount(|| {
        provide_context(Base("/".into()));
        let card = Card {
            title: "وزارة الصحة تطلق حملة للتلقيح".into(),
            language: Some("ar-MA".into()),
            ..card()
        };
        view! { <ArticleCard card size=CardSize::Top/> }
    });
    let text = mounted.root.query_selector(".card-text").unwrap().unwrap();
    assert_eq!(text.get_attribute("lang").as_deref(), Some("ar-MA"));
    assert_eq!(text.get_attribute("dir").as_deref(), Some("rtl"));
}

#[wasm_bindgen_test]
fn the_byline_agrees_with_its_locale() {
    let published = parse_rfc3339("2026-11-28T07:45:00+01:00");
    let updated = parse_rfc3339("2026-11-28T11:05:00+01:00");
    let fr = mount(move || {
        view! { <Byline authors=vec!["Nadia Berrada".into()] published updated reading_minutes=4/> }
    });
    assert!(fr.text().contains("Par Nadia Berrada"), "{}", fr.text());
    assert!(
        fr.text().contains("Publié le samedi 28 novembre 2026"),
        "{}",
        fr.text()
    );
    assert!(fr.text().contains("Mis à jour le"), "{}", fr.text());
    assert!(fr.text().contains("4 min de lecture"));
    let en = mount(move || {
        provide_context(Locale::En);
        view! { <Byline authors=vec![] published updated=None reading_minutes=1/> }
    });
    assert!(
        en.text().contains("Published Saturday, November 28, 2026"),
        "{}",
        en.text()
    );
    assert!(en.text().contains("1 min read"));
    assert!(!en.text().contains("By"), "no authors, no byline");
}

#[wasm_bindgen_test]
fn an_update_before_publication_is_not_shown() {
    let published = parse_rfc3339("2026-11-28T07:45:00+01:00");
    let mounted = mount(
        move || view! { <Byline authors=vec![] published updated=published reading_minutes=1/> },
    );
    assert!(!mounted.text().contains("Mis à jour"));
}

#[wasm_bindgen_test]
fn the_not_found_view_offers_the_way_back() {
    let sections = vec![
        Section {
            slug: "sport".into(),
            name: "Sport".into(),
        },
        Section {
            slug: "culture".into(),
            name: "Culture".into(),
        },
    ];
    let mounted = mount(move || view! { <NotFound sections/> });
    assert_eq!(mounted.texts("h1"), [Locale::Fr.text(Msg::NotFoundTitle)]);
    assert_eq!(
        mounted.texts("a"),
        [Locale::Fr.text(Msg::BackHome), "Sport", "Culture"]
    );
}

#[wasm_bindgen_test]
fn the_section_nav_marks_the_current_page() {
    let sections = vec![Section {
        slug: "sport".into(),
        name: "Sport".into(),
    }];
    let mounted = mount(move || {
        Router::provide(String::new(), "/");
        view! { <SectionNav sections/> }
    });
    assert_eq!(
        mounted.texts("a"),
        ["Accueil", "Sport", "Fil info", "Sauvegardés"]
    );
    let current: Vec<String> = mounted.texts("a[aria-current=page]");
    assert_eq!(current.len(), 1, "exactly one current link: {current:?}");
}

#[wasm_bindgen_test]
fn the_failure_view_explains_and_retries() {
    let retries = RwSignal::new(0);
    let message = Locale::Fr.text(Msg::FeedNotJson).to_owned();
    let mounted = mount(move || {
        view! { <LoadFailure message on_retry=Callback::new(move |()| retries.update(|n| *n += 1))/> }
    });
    assert_eq!(
        mounted.texts("[role=alert] p"),
        [Locale::Fr.text(Msg::FeedNotJson)]
    );
    let button: web_sys::HtmlElement = mounted
        .root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Réessayer");
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn an_article_body_is_sanitised_into_the_page() {
    let mounted = mount(|| {
        view! {
            <ArticleBody
                html=Some("<h2>Intertitre</h2><p>Un paragraphe.</p><script>window.__pwned = 1</script>".into())
                text=None
                base="https://journal.example/feed.json".into()
            />
        }
    });
    crate::support::settle().await;
    assert_eq!(mounted.texts(".article-body h2"), ["Intertitre"]);
    assert_eq!(mounted.texts(".article-body p"), ["Un paragraphe."]);
    assert!(mounted.root.query_selector("script").unwrap().is_none());
}
