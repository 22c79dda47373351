//! The reader's limits on hostile sizes (`feed::limits`, listed in docs/feed-format.md): each
//! is reached, and what is past it is cut or refused as documented.
#![cfg(not(target_arch = "wasm32"))]

use manchette::feed::{
    limits::{
        HEADLINE_SHOWN, LEAD_KEPT, MAX_AUTHORS, MAX_FEED_BYTES, MAX_ITEMS, MAX_TAGS, NAME_KEPT,
        TAG_KEPT, TITLE_KEPT,
    },
    parse, Feed, FeedError,
};
use serde_json::{json, Value};

fn feed_of(items: Vec<Value>) -> Feed {
    let feed = json!({ "version": "https://jsonfeed.org/version/1.1", "title": "Limites", "items": items });
    parse(feed.to_string().as_bytes()).expect("a feed")
}

fn chars(text: &Option<String>) -> usize {
    text.as_deref().map_or(0, |t| t.chars().count())
}

#[test]
fn a_page_past_the_size_limit_is_refused_before_it_is_read() {
    let mut body = br#"{"version":"https://jsonfeed.org/version/1.1","items":[],"x":""#.to_vec();
    body.resize(MAX_FEED_BYTES + 1, b'a');
    assert_eq!(parse(&body), Err(FeedError::TooLarge(MAX_FEED_BYTES + 1)));
}

#[test]
fn long_texts_are_kept_to_their_limits_with_an_ellipsis() {
    let huge = "M".repeat(2 * 1024 * 1024);
    let f = feed_of(vec![json!({
        "id": "1", "title": huge, "summary": huge, "content_text": "Le texte.",
        "tags": [huge, "Court"], "authors": [{ "name": huge }],
        "_manchette": { "lead": huge }
    })]);
    let item = &f.items[0];
    assert_eq!(chars(&item.title), TITLE_KEPT);
    assert!(item.title.as_deref().unwrap().ends_with('…'));
    assert_eq!(chars(&item.summary), LEAD_KEPT);
    assert_eq!(chars(&item.lead), LEAD_KEPT);
    assert_eq!(item.tags[0].chars().count(), TAG_KEPT);
    assert_eq!(item.tags[1], "Court");
    assert_eq!(chars(&item.authors[0].name), NAME_KEPT);
    assert_eq!(f.newsroom.sections[0].name.chars().count(), TAG_KEPT);
    // Lists, cards and the heading show less than the <title> keeps.
    let headline = item.headline().unwrap();
    assert_eq!(headline.chars().count(), HEADLINE_SHOWN);
    assert!(headline.ends_with('…'));
}

#[test]
fn a_headline_that_fits_is_shown_whole() {
    let f = feed_of(vec![
        json!({ "id": "1", "title": "Un titre", "content_text": "x" }),
    ]);
    assert_eq!(f.items[0].headline().as_deref(), Some("Un titre"));
}

#[test]
fn tags_and_authors_past_their_counts_are_dropped_in_order() {
    let tags: Vec<String> = (1..=MAX_TAGS + 5).map(|n| format!("tag{n}")).collect();
    let authors: Vec<Value> = (1..=MAX_AUTHORS + 3)
        .map(|n| json!({ "name": format!("Auteur {n}") }))
        .collect();
    let f = feed_of(vec![
        json!({ "id": "1", "title": "t", "tags": tags, "authors": authors }),
    ]);
    let item = &f.items[0];
    assert_eq!(item.tags.len(), MAX_TAGS);
    assert_eq!(item.tags.last().unwrap(), &format!("tag{MAX_TAGS}"));
    assert_eq!(item.authors.len(), MAX_AUTHORS);
    assert_eq!(item.authors[0].name.as_deref(), Some("Auteur 1"));
}

#[test]
fn past_the_item_limit_the_newest_are_kept_in_the_feeds_order() {
    // An undated item, then items each a minute newer than the one before.
    let dated = (0..MAX_ITEMS + 10).map(|n| {
        let at = rfc3339_in_2026(1_767_225_600 + 60 * n as i64);
        json!({ "id": format!("i{n}"), "title": "t", "date_published": at })
    });
    let items: Vec<Value> = std::iter::once(json!({ "id": "undated", "title": "t" }))
        .chain(dated)
        .collect();
    let f = feed_of(items);
    assert_eq!(f.discarded.beyond_limit, 11);
    let ids: Vec<&str> = f.items.iter().map(|i| i.id.as_str()).collect();
    let expected: Vec<String> = (10..MAX_ITEMS + 10).map(|n| format!("i{n}")).collect();
    assert_eq!(
        ids, expected,
        "the undated item and the ten oldest go; the order stays"
    );
}

/// `2026-01-01T00:00:00Z` and after, from seconds since the epoch (within 2026).
fn rfc3339_in_2026(seconds: i64) -> String {
    let day_of_year = (seconds - 1_767_225_600) / 86_400;
    let in_day = seconds % 86_400;
    let month_lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let (mut month, mut day) = (0, day_of_year);
    while day >= month_lengths[month] {
        day -= month_lengths[month];
        month += 1;
    }
    format!(
        "2026-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        month + 1,
        day + 1,
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}
