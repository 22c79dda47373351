//! Component tests, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

mod comments;
mod components;
mod dates;
mod feed_errors;
mod router;
mod sanitizer;
mod search;
mod support;
mod takeover;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
