//! What the app reads from the browser it runs in: the page's base URL, the query string,
//! the reader's languages.

use leptos::prelude::{document, window};

/// The document's base URL (from `<base href>`), absolute: relative URLs resolve against it.
pub fn base_url() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window().location().href().unwrap_or_default())
}

/// The value of `name` in the page's query string, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The reader's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}
