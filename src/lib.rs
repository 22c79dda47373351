//! Manchette: a newsroom's reader site, built from one JSON Feed.
//!
//! Pure modules compile everywhere and are tested natively; the newsroom tools in
//! `src/bin/` use them too. The browser modules compile only for wasm32.

pub mod check;
pub mod comments;
pub mod config;
pub mod feed;
pub mod i18n;
pub mod paths;
pub mod sanitize;
pub mod search;
pub mod text;
pub mod url;
pub mod versioned;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod comment_store;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod dates;
#[cfg(target_arch = "wasm32")]
pub mod feed_store;
#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
mod navigation;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod saved;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;

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
