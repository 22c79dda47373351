//! How the app starts in the browser. On a published page it takes the page over: it reads the
//! configuration and the feed, and when the feed is the one the page was written from (and the
//! page is the one at this address), it draws the same page over it, part by part, each part
//! keeping its published nodes until its own task draws it, so nothing moves. When the feed has
//! changed since, it draws the newer paper over the page. A published page it has no view for
//! (a section's older articles) it leaves as published. On Trunk's empty shell (any address
//! that was not published) it draws the app as before. The page's loader starts the app in a
//! task after the wasm's compilation (scripts/post-build.mjs).

use std::{sync::Arc, time::Duration};

use leptos::{mount, prelude::*, task::spawn_local};

use wasm_bindgen::{JsCast, JsValue};

use crate::on_mount::on_mount;
use crate::{
    app::{load_config, App, Boot, Loaded, Start},
    browser,
    components::{draw_over_published, mark_app_drawn, LoadFailure},
    config::choose_feed,
    dates,
    feed::Item,
    feed_store::{fetch_feed, LoadError},
    i18n::{Locale, Msg},
    neighbours::{Neighbour, Neighbours},
    publish_mark::{self, PublishedMark},
    sanitize,
};

/// Starts the app on whatever page the browser has.
pub fn start() {
    // The mount functions start Leptos's executor; taking over awaits before mounting.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    match published_mark() {
        // A published page the app has no view for (a section's older articles) stays as
        // published, its links plain links.
        Some(_) if !has_view() => {}
        Some(mark) => spawn_local(async move {
            // A published page's dates are placed in the newsroom's zone from its table, not
            // by Intl.
            if let Some(table) =
                meta_content(dates::ZoneTable::META).and_then(|c| dates::ZoneTable::parse(&c))
            {
                dates::use_zone_table(table);
            }
            take_over(mark).await;
        }),
        None => {
            mark_app_drawn();
            mount::mount_to_body(move || view! { <App start=fresh_start()/> });
        }
    }
}

/// What the browser says before anything is known.
fn fresh_start() -> Start {
    Start {
        page_url: base_url(),
        address: pathname() + &window().location().search().unwrap_or_default(),
        requested_feed: query_param("feed"),
        languages: languages(),
        now_ms: browser::now_ms(),
        loaded: None,
        article: None,
        neighbours: None,
    }
}

/// The `content` of the page's `<meta name=…>`, if it has one.
fn meta_content(name: &str) -> Option<String> {
    let meta = document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

/// The mark the publishing step left in the page's head, if this is a published page.
fn published_mark() -> Option<PublishedMark> {
    PublishedMark::parse(&meta_content(PublishedMark::NAME)?)
}

async fn take_over(mark: PublishedMark) {
    let prepared = prepare(&mark).await;
    // Reading the feed and drawing the page are two tasks, not one long one.
    // A later task leaves the browser a turn, to paint or to answer the reader.
    browser::pause(0).await;
    let Some(body) = document().body() else {
        return;
    };
    match prepared {
        Ok((start, true)) => {
            // `make bench` reads these marks: what the takeover spends where.
            browser::mark("manchette:taking-over");
            draw_over_published(&body, move || {
                mount::mount_to_body(move || {
                    // Once every part is drawn: the page is the one the reader clicked on.
                    on_mount(replay_clicks);
                    view! { <App start/> }
                })
            });
            browser::mark("manchette:taken-over");
        }
        Ok((start, false)) => {
            // The page is drawn anew: an article's body needs the sanitiser's code first, so
            // that it is filled as the rest is drawn, not after.
            if document()
                .query_selector(".article-body")
                .ok()
                .flatten()
                .is_some()
            {
                let _ = sanitize::ready().await;
            }
            browser::keep_focus(|| {
                mark_app_drawn();
                body.set_inner_html("");
                mount::mount_to_body(move || view! { <App start/> });
            })
        }
        Err((message, locale)) => show_failure(mark, message, locale),
    }
}

/// Has the page's own script (index.html) click again the buttons the reader clicked on the
/// published page before the app had drawn them, now that the app has drawn the same page.
fn replay_clicks() {
    browser::ask_page("replay", &JsValue::UNDEFINED);
}

/// The article an article's published page carries, as it was published.
fn published_article() -> Option<Item> {
    let element = document().get_element_by_id(publish_mark::ARTICLE_ELEMENT)?;
    publish_mark::read_article(&element.text_content()?)
}

/// The neighbours an article's published page links to: publishing found them in the whole
/// archive, which the app's feed is not.
fn published_neighbours() -> Neighbours {
    let base = browser::base_path(&base_url());
    let link = |selector: &str| {
        let link = document().query_selector(selector).ok()??;
        let href = link.get_attribute("href")?;
        let path = crate::route::within_base(&base, &href)?.to_owned();
        let headline = link
            .query_selector(".neighbour-title")
            .ok()??
            .text_content()?;
        Some(Neighbour { path, headline })
    };
    Neighbours {
        newer: link("nav.neighbours .neighbour-newer"),
        older: link("nav.neighbours .neighbour-older"),
    }
}

/// The page's own language, which the paper keeps.
fn page_language() -> Option<String> {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
}

/// What the app needs to take the page over, and whether the page is what it would draw
/// (then it keeps the published parts below the first screen until it draws them); or why it
/// cannot, in the paper's language.
async fn prepare(mark: &PublishedMark) -> Result<(Start, bool), (String, Locale)> {
    let page_locale = Locale::for_paper(None, [page_language().as_deref(), None], &[]);
    let (config, config_fingerprint) = match load_config().await {
        (Boot::Ready(config), fingerprint) => (config, fingerprint),
        (Boot::Invalid(reason), _) => {
            leptos::logging::error!("config.json: {reason}");
            return Err((
                stale(page_locale, page_locale.text(Msg::ConfigInvalid)),
                page_locale,
            ));
        }
        (Boot::Unreachable(error), _) => {
            let reason = LoadError::Fetch(error).message(page_locale);
            return Err((stale(page_locale, &reason), page_locale));
        }
        (Boot::Loading, _) => return Err((page_locale.text(Msg::Loading).to_owned(), page_locale)),
    };
    let locale = Locale::for_paper(
        config.locale.as_deref(),
        [page_language().as_deref(), None],
        &[],
    );
    let start = fresh_start();
    let choice = choose_feed(&config, &start.page_url, start.requested_feed.as_deref());
    let deadline = Duration::from_millis(u64::from(config.feed_timeout_ms));
    let first_page = fetch_feed(choice.url(), deadline, false)
        .await
        .map_err(|error| (stale(locale, &error.message(locale)), locale))?;
    let matches = start.requested_feed.is_none()
        && mark.feed_fingerprint == first_page.fingerprint
        && mark.config_fingerprint == config_fingerprint
        && mark.feed_pages == 1
        && mark.path == pathname();
    // The page's own language first, so that the paper keeps the language it was written in.
    let languages = page_language().into_iter().chain(start.languages).collect();
    let article = published_article();
    let neighbours = article.as_ref().map(|_| published_neighbours());
    let start = Start {
        languages,
        // A page taken over as published shows the time it was published until the app's
        // clock takes over.
        now_ms: if matches {
            mark.published_ms
        } else {
            start.now_ms
        },
        loaded: Some(Loaded { config, first_page }),
        article: article.map(Arc::new),
        neighbours,
        ..start
    };
    Ok((start, matches))
}

/// "The paper could not be updated: you are reading the published edition." and why.
fn stale(locale: Locale, reason: &str) -> String {
    format!("{} {reason}", locale.text(Msg::PublishedEdition))
}

/// Keeps the published page, which reads without the app, and says above it why the app could
/// not take over, with a retry.
fn show_failure(mark: PublishedMark, message: String, locale: Locale) {
    let Some(main) = document().get_element_by_id("contenu") else {
        return;
    };
    let Ok(holder) = document().create_element("div") else {
        return;
    };
    holder.set_class_name("takeover-failure");
    main.prepend_with_node_1(&holder).ok();
    let target = holder.clone().unchecked_into();
    mount::mount_to(target, move || {
        provide_context(locale);
        let holder = StoredValue::new_local(holder);
        let mark = StoredValue::new(mark);
        let on_retry = Callback::new(move |()| {
            // Gone before the app draws: the page must be as it was published.
            holder.with_value(|holder| holder.remove());
            spawn_local(take_over(mark.get_value()));
        });
        view! { <LoadFailure message on_retry/> }
    })
    .forget();
}

/// The document's base URL (from `<base href>`), absolute: relative URLs resolve against it.
fn base_url() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window().location().href().unwrap_or_default())
}

/// Whether the app has a view for the address on screen. The archive's pages are drawn by
/// publishing alone, over the whole archive: the app's feed would show less.
fn has_view() -> bool {
    let base = browser::base_path(&base_url());
    crate::route::within_base(&base, &pathname()).is_some_and(|path| {
        !matches!(
            crate::route::Route::at(path).view(),
            crate::route::View::NotFound | crate::route::View::Archives
        )
    })
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
