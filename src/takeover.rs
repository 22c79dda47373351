//! How the app starts in the browser. On a published page it takes the page over: it reads the
//! configuration and the feed, and when the feed is the one the page was written from (and the
//! page is the one at this address), it hydrates the page's own DOM, so nothing moves. When
//! the feed has changed since, it draws the newer paper over the page. On Trunk's empty shell
//! (any address that was not published) it draws the app as before.

use std::time::Duration;

use leptos::{mount, prelude::*, task::spawn_local};

use crate::{
    app::{load_config, App, Boot, Loaded, Start},
    browser,
    config::choose_feed,
    feed_store::fetch_feed,
    publish_mark::PublishedMark,
};

/// Starts the app on whatever page the browser has.
pub fn start() {
    // The mount functions start Leptos's executor; taking over awaits before mounting.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    match published_mark() {
        Some(mark) => spawn_local(take_over(mark)),
        None => mount::mount_to_body(move || view! { <App start=fresh_start()/> }),
    }
}

/// What the browser says before anything is known.
fn fresh_start() -> Start {
    Start {
        page_url: base_url(),
        requested_feed: query_param("feed"),
        languages: languages(),
        now_ms: browser::now_ms(),
        loaded: None,
    }
}

/// The mark the publishing step left in the page's head, if this is a published page.
fn published_mark() -> Option<PublishedMark> {
    let meta = document()
        .query_selector(&format!("meta[name=\"{}\"]", PublishedMark::NAME))
        .ok()??;
    PublishedMark::parse(&meta.get_attribute("content")?)
}

async fn take_over(mark: PublishedMark) {
    let Boot::Ready(config) = load_config().await else {
        // The page reads as published; without its configuration the app stays out of it.
        leptos::logging::warn!("config.json could not be read: the published page stays as it is");
        return;
    };
    let start = fresh_start();
    let choice = choose_feed(&config, &start.page_url, start.requested_feed.as_deref());
    let deadline = Duration::from_millis(u64::from(config.feed_timeout_ms));
    let first_page = match fetch_feed(choice.url(), deadline, false).await {
        Ok(page) => page,
        Err(error) => {
            leptos::logging::warn!(
                "the feed could not be read ({error:?}): the published page stays as it is"
            );
            return;
        }
    };
    // The page's own language first, so that the paper keeps the language it was written in.
    let page_language = document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"));
    let languages = page_language.into_iter().chain(start.languages).collect();
    let matches = mark.feed_fingerprint == first_page.fingerprint
        && mark.feed_pages == 1
        && mark.path == pathname();
    let start = Start {
        languages,
        // A hydrated page shows the time it was published until the app's clock takes over.
        now_ms: if matches {
            mark.published_ms
        } else {
            start.now_ms
        },
        loaded: Some(Loaded { config, first_page }),
        ..start
    };
    if matches {
        mount::hydrate_body(move || view! { <App start/> });
    } else {
        if let Some(body) = document().body() {
            body.set_inner_html("");
        }
        mount::mount_to_body(move || view! { <App start/> });
    }
}

/// The document's base URL (from `<base href>`), absolute: relative URLs resolve against it.
fn base_url() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window().location().href().unwrap_or_default())
}

/// The path of the page on screen, as the address bar has it.
fn pathname() -> String {
    window().location().pathname().unwrap_or_default()
}

/// The value of `name` in the page's query string, if present.
fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The reader's preferred languages, most preferred first.
fn languages() -> Vec<String> {
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
