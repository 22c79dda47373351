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

/// The router's base: the path of the base URL without its trailing slash (`/sub/path`), empty
/// when the app is served at the root.
pub fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("/", |slash| &after_scheme[slash..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_owned()
}
