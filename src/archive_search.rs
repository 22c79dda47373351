//! The app's one door to the archive's search index, which publishing writes under
//! `pagefind/` (src/publish/search_index.rs): Pagefind's own script, fetched the first time a
//! reader searches, asked for the stories that the feed the app loaded does not hold.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::{browser, paths};

/// The most stories a search shows from the archive.
pub const SHOWN: usize = 20;

/// Where publishing writes Pagefind's script, under the app's base.
const SCRIPT: &str = "/pagefind/pagefind.js";

/// One story the archive found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveHit {
    /// Its published page, with the app's base.
    pub address: String,
    pub title: String,
    /// Words around the match, in (piece, matched) runs.
    pub excerpt: Vec<(String, bool)>,
    pub date_ms: Option<i64>,
}

/// What the archive found past the stories on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArchiveFound {
    /// The first [`SHOWN`] of them.
    pub hits: Vec<ArchiveHit>,
    /// How many there are in all.
    pub count: usize,
}

/// Why the archive did not answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFailure {
    /// The reader is offline: the index needs the network.
    Offline,
    /// The index could not be fetched or read (a build published without it, a host's error).
    Unavailable,
}

/// The archive's stories for `query`, leaving out those at `shown` (addresses with the app's
/// `base`, as the page links them): the feed's own results, already on screen.
pub async fn search(
    base: &str,
    query: &str,
    shown: &[String],
) -> Result<ArchiveFound, ArchiveFailure> {
    let failure = || {
        if leptos::prelude::window().navigator().on_line() {
            ArchiveFailure::Unavailable
        } else {
            ArchiveFailure::Offline
        }
    };
    if !leptos::prelude::window().navigator().on_line() {
        return Err(ArchiveFailure::Offline);
    }
    let script = paths::href(base, SCRIPT);
    let pagefind = settled(browser::ask_page("load", &script.into()))
        .await
        .map_err(|_| failure())?;
    let found = settled(call(&pagefind, "search", &query.into()))
        .await
        .map_err(|_| failure())?;
    let results: Array = field(&found, "results").dyn_into().map_err(|_| failure())?;
    // Enough of the first results to fill the list once those on screen are left out.
    let wanted = Array::new();
    for result in results.iter().take(SHOWN + shown.len()) {
        wanted.push(&call(&result, "data", &JsValue::UNDEFINED));
    }
    let data: Array = settled(Promise::all(&wanted).into())
        .await
        .map_err(|_| failure())?
        .unchecked_into();
    let mut hits = Vec::new();
    let mut on_screen = 0;
    for data in data.iter() {
        let address = field(&data, "url").as_string().unwrap_or_default();
        if shown.contains(&address) {
            on_screen += 1;
            continue;
        }
        let meta = field(&data, "meta");
        hits.push(ArchiveHit {
            address,
            title: field(&meta, "title").as_string().unwrap_or_default(),
            excerpt: marked_pieces(&field(&data, "excerpt").as_string().unwrap_or_default()),
            date_ms: field(&meta, "date")
                .as_string()
                .and_then(|ms| ms.parse().ok()),
        });
    }
    hits.truncate(SHOWN);
    Ok(ArchiveFound {
        hits,
        count: results.length() as usize - on_screen,
    })
}

/// What a promise (or a plain value) settles to.
async fn settled(value: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(Promise::resolve(&value)).await
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &name.into()).unwrap_or_default()
}

/// Calls `object`'s method `name` with `argument`.
fn call(object: &JsValue, name: &str, argument: &JsValue) -> JsValue {
    field(object, name)
        .dyn_ref::<Function>()
        .and_then(|method| method.call1(object, argument).ok())
        .unwrap_or_default()
}

/// Pagefind's excerpt (text, its matched words in `<mark>`, `&`, `<` and `>` as entities) in
/// (piece, matched) runs, for text nodes and `<mark>`s: never parsed as HTML.
pub fn marked_pieces(excerpt: &str) -> Vec<(String, bool)> {
    let mut pieces = Vec::new();
    let mut rest = excerpt;
    let mut marked = false;
    while !rest.is_empty() {
        let tag = if marked { "</mark>" } else { "<mark>" };
        let (piece, after) = rest.split_once(tag).unwrap_or((rest, ""));
        if !piece.is_empty() {
            pieces.push((decoded(piece), marked));
        }
        rest = after;
        marked = !marked;
    }
    pieces
}

/// `text` with the entities an HTML text holds decoded.
fn decoded(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::marked_pieces;

    fn owned(runs: &[(&str, bool)]) -> Vec<(String, bool)> {
        runs.iter().map(|(p, m)| ((*p).to_owned(), *m)).collect()
    }

    #[test]
    fn an_excerpt_is_cut_at_its_marks() {
        assert_eq!(
            marked_pieces("Le <mark>budget</mark> de l’année et ses <mark>économies</mark>."),
            owned(&[
                ("Le ", false),
                ("budget", true),
                (" de l’année et ses ", false),
                ("économies", true),
                (".", false)
            ])
        );
        assert_eq!(marked_pieces("<mark>Port</mark>"), owned(&[("Port", true)]));
        assert_eq!(marked_pieces(""), owned(&[]));
    }

    #[test]
    fn an_excerpt_is_text_never_markup() {
        // What a hostile article wrote stays text, entities and all.
        assert_eq!(
            marked_pieces("&lt;img src=x onerror=alert(1)&gt; &amp;amp; <mark>x</mark>"),
            owned(&[("<img src=x onerror=alert(1)> &amp; ", false), ("x", true)])
        );
        // A mark left open marks the rest; a stray closing tag is text.
        assert_eq!(
            marked_pieces("a <mark>b"),
            owned(&[("a ", false), ("b", true)])
        );
        assert_eq!(marked_pieces("a</mark> b"), owned(&[("a</mark> b", false)]));
    }
}
