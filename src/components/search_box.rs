use std::time::Duration;

use leptos::{ev::KeyboardEvent, html::Input, prelude::*};
use wasm_bindgen::JsCast;

use crate::on_mount::on_mount;
use crate::{
    components::{href, use_interactive, use_locale},
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
    route::View,
    router::{use_router, Move},
};

/// The box's id.
const FIELD: &str = "recherche-q";

/// How long typing must pause before the results follow.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// The search box in the masthead. Typing shows `/recherche?q=…` (one history entry per
/// search, so back returns to it); `/` focuses the box, Escape clears it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let locale = use_locale();
    let store = use_feed_store();
    let input = NodeRef::<Input>::new();
    let router = use_router();
    let on_search_page = Memo::new(move |_| router.view.get() == View::Search);
    // Typed into the published page before the app took it over: kept, then searched.
    let interactive = use_interactive();
    let early = RwSignal::new(
        (!interactive.get_untracked())
            .then(|| crate::browser::typed_before_takeover(FIELD))
            .flatten(),
    );
    // The box shows the query of the search view, also after back and forward.
    let shown = Memo::new(move |_| {
        if let Some(text) = early.get() {
            text
        } else if on_search_page.get() {
            router.query("q").unwrap_or_default()
        } else {
            String::new()
        }
    });
    let pending = StoredValue::new_local(None::<TimeoutHandle>);

    let go = move |text: String| {
        let replace = on_search_page.get_untracked();
        router.navigate(
            &paths::search(&text),
            Move {
                replace,
                keep_scroll: replace,
            },
        );
    };
    on_mount(move || {
        if let Some(text) = early.get_untracked() {
            go(text);
            early.set(None);
        }
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        pending.update_value(|p| {
            if let Some(handle) = p.take() {
                handle.clear();
            }
        });
        let handle = set_timeout_with_handle(move || go(text), DEBOUNCE).ok();
        pending.set_value(handle);
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(input) = input.get() {
                input.set_value("");
            }
            if on_search_page.get_untracked() {
                go(String::new());
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(input) = input.get() {
            go(input.value());
        }
    };
    // "/" anywhere but in a field jumps to the box.
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| crate::browser::is_typing_field(&el));
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            if let Some(input) = input.get() {
                ev.prevent_default();
                input.focus().ok();
            }
        }
    });
    on_cleanup(move || slash.remove());

    view! {
        // Without the app the form still goes to the search page, which says what it needs.
        <form class="search-box" role="search" action=href(paths::SEARCH) on:submit=on_submit>
            <label for=FIELD class="visually-hidden">{locale.text(Msg::SearchLabel)}</label>
            <input
                id=FIELD
                node_ref=input
                type="search"
                name="q"
                dir="auto"
                autocomplete="off"
                enterkeyhint="search"
                placeholder=locale.text(Msg::SearchPlaceholder)
                prop:value=shown
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| store.prepare_search()
            />
        </form>
    }
}
