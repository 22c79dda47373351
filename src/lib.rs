//! Manchette: a newsroom's reader site, built from one JSON Feed.
//!
//! Pure modules (the feed, the configuration, the sanitiser's rules, dates, search, heads)
//! are tested natively, and the newsroom tools in `src/bin/` use them too. The views compile
//! for both targets: in the browser they draw and take over published pages (`takeover`);
//! natively, the publishing step (`publish`) renders them into static pages.

pub mod attachments;
pub mod comments;
pub mod config;
pub mod dates;
pub mod feed;
pub mod head;
pub mod html_text;
pub mod i18n;
pub mod instant;
pub mod json;
pub mod neighbours;
pub mod paths;
pub mod pictures;
pub mod publish_mark;
pub mod route;
pub mod sanitize;
pub mod search;
pub mod text;
pub mod url;
pub mod versioned;

mod api;
mod app;
mod archive_search;
mod browser;
pub mod comment_store;
pub mod components;
pub mod feed_store;
mod live;
mod navigation;
pub mod on_mount;
mod pages;
pub mod pwa;
pub mod router;
pub mod saved;
pub mod storage;
mod tab_lock;

#[cfg(not(target_arch = "wasm32"))]
pub mod archive;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod fixtures;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
#[cfg(not(target_arch = "wasm32"))]
pub mod publish;
#[cfg(target_arch = "wasm32")]
pub mod takeover;

pub use app::{App, Loaded, Start};

/// For `make bench`: parses a feed body as the app does and returns its item count, so that
/// the benchmark can time the parser against `JSON.parse` on the same bytes.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_parse_feed(bytes: &[u8]) -> usize {
    feed::parse(bytes).map_or(0, |feed| feed.items.len())
}

/// For `make bench`: builds the search index over a feed body, then runs each query on it.
/// Returns the milliseconds taken: the build first, then one figure per query.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_search(bytes: &[u8], queries: Vec<String>) -> Vec<f64> {
    let now = || {
        leptos::prelude::window()
            .performance()
            .map_or(0.0, |p| p.now())
    };
    let Ok(feed) = feed::parse(bytes) else {
        return Vec::new();
    };
    let start = now();
    let index = search::SearchIndex::build(&feed);
    let mut times = vec![now() - start];
    for query in &queries {
        let start = now();
        std::hint::black_box(index.search(query));
        times.push(now() - start);
    }
    times
}
