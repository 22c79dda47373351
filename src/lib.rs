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
