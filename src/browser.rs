//! What the views read from, and write to, the browser around them: the reader's clock, the
//! document's language and head. Called only where the app runs in a browser (effects, event
//! handlers); what the app reads at its start is in `takeover`.

use leptos::prelude::document;
use wasm_bindgen::{JsCast, JsValue};

use crate::{
    head::{canonical, PageHead},
    i18n::Locale,
};

/// The reader's clock, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Resolves after `ms` milliseconds, in a later task.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `near` once `element` comes within a screen of the viewport (at once where the
/// browser cannot tell).
pub fn when_near(element: &web_sys::Element, near: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;

    let near = std::rc::Rc::new(near);
    let on_change = {
        let near = near.clone();
        Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let seen = entries.iter().any(|entry| {
                    entry
                        .unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if seen {
                    observer.disconnect();
                    near();
                }
            },
        )
    };
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            observer.observe(element);
            // The observer holds the callback until it disconnects.
            on_change.forget();
        }
        Err(_) => near(),
    }
}

/// What a reader typed into the published page's field `id` before the app took it over,
/// if anything: the app goes on from there, rather than clearing it. `None` when publishing.
pub fn typed_before_takeover(id: &str) -> Option<String> {
    if leptos::prelude::is_server() {
        return None;
    }
    let input: web_sys::HtmlInputElement = document().get_element_by_id(id)?.dyn_into().ok()?;
    Some(input.value()).filter(|value| !value.is_empty())
}

/// Whether the reader opened the published page's element `id` (its class `open`, which the
/// page's own script sets: index.html) before the app took it over. `false` when publishing.
pub fn opened_before_takeover(id: &str) -> bool {
    !leptos::prelude::is_server()
        && document()
            .get_element_by_id(id)
            .is_some_and(|element| element.class_list().contains("open"))
}

/// Whether `element` is a field the reader types in.
pub fn is_typing_field(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.has_attribute("contenteditable")
}

/// Runs `draw`, which may replace the element the reader has focused, and gives the focus
/// back: to the same element if `draw` kept it in the page, else to its redrawn twin (the
/// element with its id), with the caret where it was.
pub fn keep_focus(draw: impl FnOnce()) {
    let focused = document()
        .active_element()
        .filter(|element| document().body().is_none_or(|body| **element != **body));
    let caret = focused
        .as_ref()
        .and_then(|element| element.dyn_ref::<web_sys::HtmlInputElement>())
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    draw();
    let Some(focused) = focused else {
        return;
    };
    let target = if focused.is_connected() {
        Some(focused)
    } else if focused.id().is_empty() {
        None
    } else {
        document().get_element_by_id(&focused.id())
    };
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    target.focus_with_options(&options).ok();
    if let (Some(input), Some((start, end))) =
        (target.dyn_ref::<web_sys::HtmlInputElement>(), caret)
    {
        input.set_selection_range(start, end).ok();
    }
}

/// Runs `draw`, which may move the nodes of the text the reader has selected, and selects the
/// same text again if its nodes are still in the page (moved as they are, or kept): moving a
/// node drops a selection in it. A selection in a field the reader types in is the field's own.
pub fn keep_selection(draw: impl FnOnce()) {
    // Reading the selection makes the browser lay the page out: the page's own script notes
    // whether there is one to read.
    if !noted_by_page("textSelected").is_truthy() {
        return draw();
    }
    let selection = leptos::prelude::window().get_selection().ok().flatten();
    let ends = selection
        .as_ref()
        .and_then(|selection| {
            Some((
                selection.anchor_node()?,
                selection.anchor_offset(),
                selection.focus_node()?,
                selection.focus_offset(),
            ))
        })
        .filter(|_| {
            !document()
                .active_element()
                .is_some_and(|e| is_typing_field(&e))
        });
    draw();
    if let (Some(selection), Some((anchor, anchor_offset, focus, focus_offset))) = (selection, ends)
    {
        if anchor.is_connected() && focus.is_connected() {
            selection
                .set_base_and_extent(&anchor, anchor_offset, &focus, focus_offset)
                .ok();
        }
    }
}

/// What the page's own script (index.html) noted under `key` before the app ran, if anything.
pub fn noted_by_page(key: &str) -> JsValue {
    js_sys::Reflect::get(&leptos::prelude::window(), &"manchetteNoted".into())
        .and_then(|noted| js_sys::Reflect::get(&noted, &key.into()))
        .unwrap_or_default()
}

/// Calls the function the page's own script (index.html) noted under `key`, if there is one,
/// with `argument`; what it returns.
pub fn ask_page(key: &str, argument: &JsValue) -> JsValue {
    call(&noted_by_page(key), argument)
}

/// Calls `function` with `argument`, if it is a function; what it returns.
pub fn call(function: &JsValue, argument: &JsValue) -> JsValue {
    function
        .dyn_ref::<js_sys::Function>()
        .and_then(|function| function.call1(&JsValue::UNDEFINED, argument).ok())
        .unwrap_or_default()
}

/// The pictures the reader's browser chose for the images `selector` names (their
/// `currentSrc`: the variant of the width and format it needed), absolute.
pub fn pictures_shown(selector: &str) -> Vec<String> {
    let Ok(images) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..images.length())
        .filter_map(|i| images.item(i))
        .filter_map(|image| {
            js_sys::Reflect::get(&image, &"currentSrc".into())
                .ok()?
                .as_string()
        })
        .filter(|src| !src.is_empty())
        .collect()
}

/// Leaves a performance mark, for tests and `make bench` to find.
pub fn mark(name: &str) {
    if let Some(performance) = leptos::prelude::window().performance() {
        performance.mark(name).ok();
    }
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

/// Sets `<html lang>` and `dir`.
pub fn set_language(locale: Locale) {
    set_root_attribute("lang", locale.tag());
    set_root_attribute("dir", locale.dir());
}

/// Sets an attribute of `<html>`, only where it differs: a published page, or the page's own
/// script, has often set it already, and writing even the same value makes the browser check
/// every element's style again.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().document_element() {
        if root.get_attribute(name).as_deref() != Some(value) {
            root.set_attribute(name, value).ok();
        }
    }
}

/// Gives the document the head of the view on screen: its title, description, canonical
/// address and the OpenGraph tags a copied link is previewed with.
pub fn apply_head(head: &PageHead, site_name: &str, root: &str) {
    let title = head.full_title(site_name);
    document().set_title(&title);
    let url = canonical(root, &head.path);
    let noindex = head.noindex.then_some("noindex");
    for (tag, key_attribute, key, value_attribute, value) in [
        (
            "meta",
            "name",
            "description",
            "content",
            Some(head.description.as_str()),
        ),
        ("meta", "name", "robots", "content", noindex),
        ("link", "rel", "canonical", "href", Some(url.as_str())),
        (
            "meta",
            "property",
            "og:title",
            "content",
            Some(title.as_str()),
        ),
        (
            "meta",
            "property",
            "og:description",
            "content",
            Some(head.description.as_str()),
        ),
        ("meta", "property", "og:url", "content", Some(url.as_str())),
        (
            "meta",
            "property",
            "og:image",
            "content",
            head.image.as_deref(),
        ),
    ] {
        set_head_tag(tag, key_attribute, key, value_attribute, value);
    }
}

/// Sets the `value_attribute` of the head's `<tag key_attribute="key">`, adding the element
/// if it is missing; removes it when `value` is `None`.
fn set_head_tag(
    tag: &str,
    key_attribute: &str,
    key: &str,
    value_attribute: &str,
    value: Option<&str>,
) {
    let Some(head) = document().head() else {
        return;
    };
    let selector = format!("{tag}[{key_attribute}=\"{key}\"]");
    let found = head.query_selector(&selector).ok().flatten();
    match (found, value) {
        (Some(element), Some(value)) => {
            element.set_attribute(value_attribute, value).ok();
        }
        (Some(element), None) => element.remove(),
        (None, Some(value)) => {
            if let Ok(element) = document().create_element(tag) {
                element.set_attribute(key_attribute, key).ok();
                element.set_attribute(value_attribute, value).ok();
                head.append_child(&element).ok();
            }
        }
        (None, None) => {}
    }
}
