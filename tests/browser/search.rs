//! The search results view, from typed props.

use std::{rc::Rc, sync::Arc};

use leptos::prelude::*;
use manchette::{
    components::SearchResults,
    feed,
    i18n::{Locale, Msg},
    search::SearchIndex,
};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::mount;

const FEED: &str = r#"{"version":"https://jsonfeed.org/version/1.1","title":"T",
  "_manchette":{"sections":[{"slug":"societe","name":"Société"}]},
  "items":[
    {"id":"a","title":"Séisme : les familles relogées","content_text":"Texte.","date_published":"2026-11-28T09:00:00+01:00",
     "_manchette":{"section":"societe","lead":"La province annonce la fin des relogements."}},
    {"id":"b","title":"Séisme","content_text":"Séisme","date_published":"2026-11-28T10:00:00+01:00","_manchette":{"kind":"brief"}},
    {"id":"c","title":"Bourse : hausse","content_text":"Le MASI monte.","date_published":"2026-11-28T11:00:00+01:00"}]}"#;

/// The feed's own summary, not the archive's lines under it.
const SUMMARY: &str = ".search-summary:not(.search-archive *)";

fn results(query: &str) -> crate::support::Mounted {
    let feed = Arc::new(feed::parse(FEED.as_bytes()).unwrap());
    let index = Rc::new(SearchIndex::build(&feed));
    let query = query.to_owned();
    mount(move || view! { <SearchResults feed index query/> })
}

#[wasm_bindgen_test]
fn results_are_marked_with_text_nodes_only() {
    let mounted = results("seisme");
    assert_eq!(
        mounted.texts(SUMMARY),
        [Locale::Fr.search_results(2, "seisme")]
    );
    // Under the feed's results, the archive is asked for the rest.
    assert_eq!(
        mounted.texts(".search-archive"),
        [Locale::Fr.archive_words().searching]
    );
    assert_eq!(mounted.texts("mark"), ["Séisme", "Séisme"]);
    assert_eq!(
        mounted.texts(".search-list h2 a"),
        ["Séisme : les familles relogées"]
    );
    assert_eq!(
        mounted.texts(".search-brief .search-kind"),
        [Locale::Fr.text(Msg::Briefs)]
    );
    let link = mounted
        .root
        .query_selector(".search-list h2 a")
        .unwrap()
        .unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/article/a/seisme-les-familles-relogees")
    );
}

#[wasm_bindgen_test]
fn a_query_that_finds_nothing_says_so_and_suggests_sections() {
    let mounted = results("football");
    assert_eq!(mounted.texts(SUMMARY), ["Aucun résultat pour « football »"]);
    assert_eq!(mounted.texts(".search-archive").len(), 1);
    assert_eq!(mounted.texts(".not-found-sections a"), ["Société"]);
}

#[wasm_bindgen_test]
fn an_empty_query_invites_typing() {
    let mounted = results("  ");
    assert_eq!(
        mounted.texts(".listing-intro"),
        [Locale::Fr.text(Msg::SearchPrompt)]
    );
}

#[wasm_bindgen_test]
fn markup_in_a_query_stays_text() {
    let mounted = results("<b>seisme</b>");
    assert!(mounted.root.query_selector("b").unwrap().is_none());
}
