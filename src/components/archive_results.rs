//! The archive's results under the feed's own, on the search page. The app draws an empty
//! place for them; the code that asks the archive and draws its answer there is, in the
//! release build, a wasm of its own (scripts/split-wasm.mjs), fetched the first time a reader
//! searches. Other builds call it directly.

use std::{future::Future, pin::Pin};

use leptos::{html::Section, prelude::*, task::spawn_local, wasm_split::SplitLoaderError};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::{
    archive_search::{self, ArchiveFailure, ArchiveFound},
    components::{use_base, use_locale},
    dates::{self, Style},
    i18n::Locale,
    instant::Timestamp,
    on_mount::on_mount,
    search::pieces,
};

/// The attribute that holds the query the place is for.
const QUERY: &str = "data-query";

/// The stories the archive holds for `query` past the feed's own results listed before it, or
/// why there are none.
#[component]
pub fn ArchiveResults(query: String) -> impl IntoView {
    let locale = use_locale();
    let base = use_base();
    let words = locale.archive_words();
    let section = NodeRef::<Section>::new();
    on_mount(move || {
        let Some(section) = section.get_untracked() else {
            return;
        };
        // The page keeps this place from one query to the next: it draws only the answer to
        // the query it last asked, whichever answer comes last.
        let _ = section.set_attribute(QUERY, &query);
        spawn_local(async move {
            let place: Element = section.clone().into();
            if load(place, locale, base, query).await.is_err() {
                section.set_text_content(Some(words.failed));
            }
        });
    });
    view! {
        <section class="search-archive" node_ref=section>
            <p class="search-summary">{words.searching}</p>
        </section>
    }
}

/// Asks the archive and draws its answer in `place`, once the code is in.
async fn load(
    place: Element,
    locale: Locale,
    base: String,
    query: String,
) -> Result<(), SplitLoaderError> {
    #[cfg(split_wasm)]
    let answer = archive_results(place, locale, base, query).await?;
    #[cfg(not(split_wasm))]
    let answer = archive_results(place, locale, base, query)?;
    answer.await;
    Ok(())
}

/// The asking and the drawing: in the release build, a wasm part of its own, named
/// `archive_results`.
#[cfg_attr(
    split_wasm,
    leptos::wasm_split::wasm_split(archive_results, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn archive_results(
    place: Element,
    locale: Locale,
    base: String,
    query: String,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, SplitLoaderError> {
    Ok(Box::pin(async move {
        let answer = archive_search::search(&base, &query, &shown(&place)).await;
        if place.get_attribute(QUERY).as_deref() == Some(query.as_str()) {
            draw(&place, locale, &query, answer);
        }
    }))
}

/// The addresses of the feed's results listed before `place`: the archive's leave them out.
fn shown(place: &Element) -> Vec<String> {
    let Some(links) = place
        .parent_element()
        .and_then(|results| results.query_selector_all(".search-list a[href]").ok())
    else {
        return Vec::new();
    };
    (0..links.length())
        .filter_map(|i| {
            links
                .item(i)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("href")
        })
        .collect()
}

/// Draws the archive's `answer` in `place`, in place of what was there: DOM nodes, their text
/// set as text, never parsed.
fn draw(
    place: &Element,
    locale: Locale,
    query: &str,
    answer: Result<ArchiveFound, ArchiveFailure>,
) {
    let words = locale.archive_words();
    let document = document();
    place.set_text_content(None);
    let status = |text: &str| {
        let status = child(&document, place, "p");
        status.set_class_name("search-summary");
        let _ = status.set_attribute("role", "status");
        status.set_text_content(Some(text));
    };
    let found = match answer {
        Ok(found) if found.hits.is_empty() => return status(words.nothing_more),
        Ok(found) => found,
        Err(ArchiveFailure::Offline) => return status(words.offline),
        Err(ArchiveFailure::Unavailable) => return status(words.failed),
    };
    let heading = child(&document, place, "h2");
    heading.set_text_content(Some(words.heading));
    status(&locale.archive_found(found.count));
    let list = child(&document, place, "ol");
    list.set_class_name("card-list search-list");
    for hit in found.hits {
        let item = child(&document, &list, "li");
        let title = child(&document, &item, "h3");
        title.set_class_name("card-title");
        // Its published page, loaded whole: the app's views know only the feed.
        let link = child(&document, &title, "a");
        let _ = link.set_attribute("href", &hit.address);
        let _ = link.set_attribute("data-published", "");
        let title_pieces: Vec<_> = pieces(&hit.title, query)
            .into_iter()
            .map(|(piece, marked)| (piece.to_owned(), marked))
            .collect();
        marked_text(&document, &link, &title_pieces);
        marked_text(&document, &child(&document, &item, "p"), &hit.excerpt);
        if let Some(epoch_ms) = hit.date_ms {
            let date = Timestamp {
                epoch_ms,
                offset_minutes: 0,
            };
            let time = child(&document, &item, "time");
            let _ = time.set_attribute("datetime", &dates::iso(date));
            time.set_text_content(Some(&dates::format(date, locale, Style::Full)));
        }
    }
}

/// A new `tag` element, the last child of `parent`.
fn child(document: &Document, parent: &Element, tag: &str) -> Element {
    let element = document
        .create_element(tag)
        .expect("the tags here are valid names");
    let _ = parent.append_child(&element);
    element
}

/// Appends `pieces` to `parent` as text, the matched ones in `<mark>`s.
fn marked_text(document: &Document, parent: &Element, pieces: &[(String, bool)]) {
    for (piece, marked) in pieces {
        if *marked {
            child(document, parent, "mark").set_text_content(Some(piece));
        } else {
            let _ = parent.append_with_str_1(piece);
        }
    }
}
