//! Component tests, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

mod feed_errors;
mod first_screen;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
