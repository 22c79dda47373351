use super::*;
use crate::feed::{parse_rfc3339, Author, Feed, Item, Kind};

fn item(id: &str, title: &str, body: &str, date: &str) -> Item {
    Item {
        id: id.into(),
        title: Some(title.into()),
        content_html: Some(format!("<p>{body}</p>")),
        date_published: parse_rfc3339(date),
        ..Item::default()
    }
}

fn feed() -> Feed {
    let mut brief = item(
        "b1",
        "Météo : alerte orange sur le littoral",
        "",
        "2026-11-28T17:10:00+01:00",
    );
    brief.kind = Kind::Brief;
    brief.content_html = None;
    let mut tagged = item(
        "t1",
        "Finale à Rabat",
        "Un match serré.",
        "2026-11-20T10:00:00Z",
    );
    tagged.tags = vec!["Économie".into()];
    tagged.authors = vec![Author {
        name: Some("Nadia Berrada".into()),
        ..Author::default()
    }];
    Feed {
        items: vec![
            item(
                "old",
                "Séisme : le bilan",
                "Les secours.",
                "2026-11-01T10:00:00Z",
            ),
            item(
                "new",
                "Reconstruction après le séisme",
                "Le rôle de l’État.",
                "2026-11-28T10:00:00Z",
            ),
            item(
                "body",
                "Les barrages remontent",
                "Un séisme lointain a été ressenti.",
                "2026-11-29T10:00:00Z",
            ),
            brief,
            tagged,
        ],
        ..Feed::default()
    }
}

fn ids(feed: &Feed, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| feed.items[h.item].id.clone()).collect()
}

#[test]
fn title_matches_come_first_then_the_newest() {
    let feed = feed();
    let index = SearchIndex::build(&feed);
    assert_eq!(ids(&feed, &index.search("seisme")), ["new", "old", "body"]);
}

#[test]
fn every_term_must_match_somewhere() {
    let feed = feed();
    let index = SearchIndex::build(&feed);
    assert_eq!(ids(&feed, &index.search("seisme etat")), ["new"]);
    assert!(index.search("seisme football").is_empty());
}

#[test]
fn terms_match_as_prefixes_while_typing() {
    let feed = feed();
    let index = SearchIndex::build(&feed);
    assert_eq!(ids(&feed, &index.search("sei")), ["new", "old", "body"]);
    assert_eq!(ids(&feed, &index.search("l'eta")), ["new"]);
}

#[test]
fn briefs_tags_and_authors_are_searched() {
    let feed = feed();
    let index = SearchIndex::build(&feed);
    assert_eq!(ids(&feed, &index.search("meteo")), ["b1"]);
    assert_eq!(ids(&feed, &index.search("economie")), ["t1"]);
    assert_eq!(ids(&feed, &index.search("berrada")), ["t1"]);
}

#[test]
fn an_empty_query_finds_nothing() {
    let index = SearchIndex::build(&feed());
    assert!(index.search("  ").is_empty());
    assert!(index.search("’").is_empty());
}

#[test]
fn an_arabic_query_finds_other_spellings_of_its_words() {
    let feed = Feed {
        items: vec![
            item(
                "ar1",
                "وزارة الصحة تُطلق حملة للتلقيح",
                "تنطلق الحملة في ١٢ مدينة.",
                "2026-11-20T10:00:00Z",
            ),
            item(
                "ar2",
                "أمطار غزيرة بالدار البيضاء",
                "",
                "2026-11-21T10:00:00Z",
            ),
        ],
        ..Feed::default()
    };
    let index = SearchIndex::build(&feed);
    let found = |query: &str| -> Vec<String> {
        index
            .search(query)
            .iter()
            .map(|hit| feed.items[hit.item].id.clone())
            .collect()
    };
    assert_eq!(found("وزاره الصحه"), ["ar1"]);
    assert_eq!(found("التّلقيح"), ["ar1"]);
    assert_eq!(found("12 مدينه"), ["ar1"]);
    assert_eq!(found("امطار الدار"), ["ar2"]);
    assert_eq!(found("والبيضاء"), ["ar2"]);
    assert!(found("حمام").is_empty());
}
