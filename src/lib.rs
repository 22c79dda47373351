//! Manchette: a newsroom's reader site, built from one JSON Feed.
//!
//! Pure modules (`feed`, `i18n`) compile everywhere and are tested natively.
//! The browser modules compile only for wasm32.

pub mod feed;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod feed_store;
#[cfg(target_arch = "wasm32")]
mod pages;

#[cfg(target_arch = "wasm32")]
pub use app::App;
