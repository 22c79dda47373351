use std::collections::HashMap;

use super::*;

mod content;

/// Pages (and pictures) served from memory, with an optional media type each.
struct Memory(HashMap<String, (Vec<u8>, Option<&'static str>)>);

impl Source for Memory {
    fn fetch(&mut self, location: &str) -> Result<Fetched, String> {
        let (body, media_type) = self
            .0
            .get(location)
            .ok_or_else(|| format!("no page at {location}"))?;
        Ok(Fetched {
            bytes: body.clone(),
            media_type: media_type.map(str::to_owned),
        })
    }
}

fn pages(entries: &[(&str, &str)]) -> Memory {
    Memory(
        entries
            .iter()
            .map(|(url, body)| {
                (
                    url.to_string(),
                    (body.as_bytes().to_vec(), Some("application/feed+json")),
                )
            })
            .collect(),
    )
}

const A: &str = "https://example.org/a.json";

fn check(body: &str) -> Report {
    check_feed(A, &mut pages(&[(A, body)]))
}

fn paths(report: &Report, severity: Severity) -> Vec<&str> {
    report
        .problems
        .iter()
        .filter(|p| p.severity == severity)
        .map(|p| p.path.as_str())
        .collect()
}

fn feed_with_items(items: &str) -> String {
    format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{items}]}}"#)
}

#[test]
fn a_clean_feed_has_no_problem() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":"Un","content_text":"x","date_published":"2026-11-28T10:00:00Z"}"#,
    ));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(
        report.summary(),
        "feedcheck: 0 errors, 0 warnings in 1 page; 1 item kept, 0 discarded"
    );
}

#[test]
fn missing_blank_and_duplicate_ids_are_errors_at_their_paths() {
    let report = check(&feed_with_items(
        r#"{"title":"a","content_text":"x"},{"id":" ","title":"b","content_text":"x"},
           {"id":"k","title":"c","content_text":"x"},{"id":"k","title":"d","content_text":"x"}"#,
    ));
    assert_eq!(
        paths(&report, Severity::Error),
        ["$.items[0]", "$.items[1].id", "$.items[3].id"]
    );
    assert!(report.problems[2]
        .message
        .contains("first used at https://example.org/a.json $.items[2]"));
    assert_eq!((report.items_kept, report.items_discarded), (1, 3));
}

#[test]
fn an_address_standing_for_the_id_is_a_warning() {
    let report = check(&feed_with_items(
        r#"{"url":"https://Blog.example/billet#haut","title":"a","content_text":"x"},
           {"id":"https://blog.example/billet","title":"b","content_text":"x"}"#,
    ));
    assert_eq!(paths(&report, Severity::Warning), ["$.items[0]"]);
    assert!(report.problems[0]
        .message
        .contains("readers use its url as the id, \"https://blog.example/billet\""));
    // The id it stands for is an id like any other: a twin is a duplicate.
    assert_eq!(paths(&report, Severity::Error), ["$.items[1].id"]);
}

#[test]
fn rfc_2822_dates_are_read_but_warned_about() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":"a","content_text":"x","date_published":"Fri, 31 May 2019 12:17:58 -0700",
            "date_modified":"le 31 mai"}"#,
    ));
    assert_eq!(
        paths(&report, Severity::Warning),
        ["$.items[0].date_published"]
    );
    assert!(report.problems[0]
        .message
        .contains("JSON Feed asks for RFC 3339"));
    assert_eq!(
        paths(&report, Severity::Error),
        ["$.items[0].date_modified"]
    );
}

#[test]
fn a_feed_whose_items_all_fail_gives_the_count_of_each_reason() {
    let report = check(&feed_with_items(
        r#"{"title":"sans id"},{"title":"sans id non plus"},{"id":"x"},3"#,
    ));
    let message = &report.problems[0].message;
    assert_eq!(report.problems[0].path, "$.items");
    assert!(
        message.starts_with("none of the 4 items can be shown (without an id or an http(s) url: 2, with a duplicate id: 0, without a title or content: 1, not an object: 1, beyond the limit of 10000 items: 0)"),
        "{message}"
    );
    assert_eq!((report.items_kept, report.items_discarded), (0, 4));
}

#[test]
fn a_numeric_id_is_a_warning() {
    let report = check(&feed_with_items(
        r#"{"id":5,"title":"a","content_text":"x"}"#,
    ));
    assert_eq!(paths(&report, Severity::Warning), ["$.items[0].id"]);
    assert_eq!(report.count(Severity::Error), 0);
}

#[test]
fn a_bad_date_is_an_error_with_the_date_quoted() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":"a","content_text":"x","date_published":"28/11/2026"}"#,
    ));
    assert_eq!(
        paths(&report, Severity::Error),
        ["$.items[0].date_published"]
    );
    assert!(report.problems[0]
        .message
        .contains("\"28/11/2026\" is not an RFC 3339 date"));
}

#[test]
fn an_unknown_section_is_an_error() {
    let body = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T",
        "_manchette":{"sections":[{"slug":"sport","name":"Sport"},{"slug":"culture","name":"Culture"}]},
        "items":[{"id":"1","title":"a","content_text":"x","_manchette":{"section":"Sport"}},
                 {"id":"2","title":"b","content_text":"x","_manchette":{"section":"meteo"}},
                 {"id":"3","title":"c","content_text":"x","tags":["Voyages"]}]}"#;
    let report = check(body);
    assert_eq!(
        paths(&report, Severity::Error),
        ["$.items[1]._manchette.section", "$.items[2].tags[0]"]
    );
    assert!(report.problems[0]
        .message
        .contains("declares: sport, culture"));
}

#[test]
fn a_next_url_loop_is_an_error_on_the_page_that_loops() {
    let b = "https://example.org/b.json";
    let body_a = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","next_url":"b.json","items":[{"id":"1","title":"a","content_text":"x"}]}"#;
    let body_b = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","next_url":"a.json","items":[{"id":"2","title":"b","content_text":"x","_manchette":{"related":["1","9"]}}]}"#;
    let report = check_feed(A, &mut pages(&[(A, body_a), (b, body_b)]));
    assert_eq!(report.pages, 2);
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].page.as_str(), errors[0].path.as_str()),
        (b, "$.next_url")
    );
    assert_eq!(
        paths(&report, Severity::Warning),
        ["$.items[0]._manchette.related[1]"],
        "only id 9 is unknown"
    );
}

#[test]
fn a_wrong_media_type_is_an_error() {
    let mut memory = pages(&[(
        A,
        &feed_with_items(r#"{"id":"1","title":"a","content_text":"x"}"#),
    )]);
    memory.0.get_mut(A).unwrap().1 = Some("text/html; charset=utf-8");
    let report = check_feed(A, &mut memory);
    assert_eq!(paths(&report, Severity::Error), ["$"]);
    assert!(report.problems[0]
        .message
        .contains("served as \"text/html; charset=utf-8\""));
}

#[test]
fn bodies_that_are_not_feeds_get_one_sentence() {
    let report = check("<rss version=\"2.0\"></rss>");
    assert_eq!(report.problems.len(), 1);
    assert_eq!(
        report.problems[0].message,
        "this is an XML document (RSS or Atom?), not a JSON Feed"
    );
    let report = check(r#"{"title":"x","items":[]}"#);
    assert!(report.problems[0]
        .message
        .starts_with("\"version\" is missing"));
}

#[test]
fn an_unreadable_page_is_an_error() {
    let report = check_feed(A, &mut pages(&[]));
    assert_eq!(report.count(Severity::Error), 1);
    assert!(report.problems[0]
        .message
        .starts_with("cannot read the feed"));
}

#[test]
fn wrong_types_are_warnings_naming_the_type() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":3,"content_text":"x","tags":"a,b","authors":{"name":"n"}}"#,
    ));
    let found: Vec<_> = report
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "$.items[0].title",
                "\"title\" is a number, not a string: readers ignore it"
            ),
            (
                "$.items[0].tags",
                "\"tags\" must be an array of strings: readers ignore it"
            ),
            (
                "$.items[0].authors",
                "\"authors\" must be an array of objects: readers ignore it"
            ),
        ]
    );
}

#[test]
fn the_readers_limits_are_reported_at_their_paths() {
    let long = "M".repeat(1_200);
    let tags: Vec<String> = (0..25).map(|n| format!("\"t{n}\"")).collect();
    let report = check(&feed_with_items(&format!(
        r#"{{"id":"1","title":"{long}","content_text":"x","tags":[{}],"authors":[{{"name":"{long}"}}]}}"#,
        tags.join(",")
    )));
    assert_eq!(
        paths(&report, Severity::Warning),
        [
            "$.items[0].title",
            "$.items[0].tags",
            "$.items[0].authors[0].name"
        ]
    );
    assert!(report.problems[0]
        .message
        .contains("the title is 1200 characters: readers keep 1000 of them and show 160"));
}

#[test]
fn an_item_marked_withdrawn_is_said_and_needs_nothing_but_its_id() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":"Un","content_text":"x","date_published":"2026-11-28T10:00:00Z"},
           {"id":"2","_manchette":{"withdrawn":true}}"#,
    ));
    assert_eq!(
        paths(&report, Severity::Error),
        Vec::<&str>::new(),
        "{:?}",
        report.problems
    );
    assert_eq!(paths(&report, Severity::Warning), ["$.items"]);
    assert!(report.problems[0]
        .message
        .starts_with("the item 2 is marked withdrawn"));
    assert_eq!((report.items_kept, report.items_discarded), (1, 0));
}
