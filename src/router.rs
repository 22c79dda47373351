//! The app's router: the address in a signal, the view it names (`route`), and the history.
//!
//! The same router serves both sides. Publishing gives it the address of the page it writes;
//! in the browser, once the view is in the page, [`Router::listen`] follows the history (back
//! and forward) and routes the clicks on the app's own links without a page load.

use leptos::prelude::*;

use crate::{
    paths,
    route::{query_value, within_base, Route, View},
};

/// Where the reader is: the address's path (the base included, as the address bar has it)
/// and its query (`?q=…`, or empty).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Address {
    path: String,
    search: String,
}

impl Address {
    fn parse(address: &str) -> Self {
        let address = address.split('#').next().unwrap_or_default();
        let (path, search) = match address.find('?') {
            Some(at) => address.split_at(at),
            None => (address, ""),
        };
        Address {
            path: path.to_owned(),
            search: search.to_owned(),
        }
    }
}

/// How [`Router::navigate`] moves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Move {
    /// Replaces the current history entry rather than adding one.
    pub replace: bool,
    /// Keeps the scroll position, rather than going to the top of the new view.
    pub keep_scroll: bool,
}

/// The router, provided by the app (`use_router`). Copy.
#[derive(Clone, Copy)]
pub struct Router {
    base: StoredValue<String>,
    address: RwSignal<Address>,
    /// The route at the current address.
    pub route: Memo<Route>,
    /// The view it draws: changes only when another view is needed.
    pub view: Memo<View>,
}

impl Router {
    /// A router at `address` (path and query, as the address bar has them) under `base`
    /// (`/sub/path`, or empty), provided to the views below.
    pub fn provide(base: String, address: &str) -> Self {
        let address = RwSignal::new(Address::parse(address));
        let base = StoredValue::new(base);
        let route = Memo::new(move |_| {
            address.with(|a| {
                base.with_value(|base| {
                    within_base(base, &a.path).map_or(Route::NotFound, Route::at)
                })
            })
        });
        let view = Memo::new(move |_| route.with(Route::view));
        let router = Router {
            base,
            address,
            route,
            view,
        };
        provide_context(router);
        router
    }

    /// The current app path, without the base (tracked).
    pub fn path(&self) -> String {
        let base = self.base;
        self.address.with(|a| {
            base.with_value(|base| within_base(base, &a.path).unwrap_or(&a.path).to_owned())
        })
    }

    /// The whole address, path and query, as a key for the place the reader is at (tracked).
    pub fn address(&self) -> String {
        self.address.with(|a| format!("{}{}", a.path, a.search))
    }

    /// A value of the address's query (tracked).
    pub fn query(&self, name: &str) -> Option<String> {
        self.address.with(|a| query_value(&a.search, name))
    }

    /// Goes to the app path `path` (which may carry a query), without a page load.
    pub fn navigate(&self, path: &str, how: Move) {
        let address = self.base.with_value(|base| paths::href(base, path));
        self.go(&address, how, None);
    }

    /// Records `address` in the history, shows its view, and scrolls where it says.
    fn go(&self, address: &str, how: Move, hash: Option<String>) {
        let address = Address::parse(address);
        let url = format!(
            "{}{}{}",
            address.path,
            address.search,
            hash.as_deref().unwrap_or_default()
        );
        let replace = how.replace || self.address.with_untracked(|a| *a == address);
        if let Ok(history) = window().history() {
            let written = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
            if written.is_err() {
                // The browser refused (a sandboxed frame): load the page instead.
                window().location().set_href(&url).ok();
                return;
            }
        }
        self.address.set(address);
        if !how.keep_scroll {
            // Once the new view is drawn.
            request_animation_frame(move || scroll_to(hash.as_deref()));
        }
    }

    /// Follows the browser's history and routes the clicks on the app's links, for as long
    /// as the calling view lives. Browser only: call it from `on_mount`.
    pub fn listen(self) {
        let on_popstate = window_event_listener(leptos::ev::popstate, move |_| {
            self.address.set(current_address());
        });
        let on_click = window_event_listener(leptos::ev::click, move |event| self.on_click(&event));
        on_cleanup(move || {
            on_popstate.remove();
            on_click.remove();
        });
    }

    /// Routes a click on a link to one of the app's views, unless the reader asked for
    /// something else (another tab, a download), the link leaves the app, or it is to a
    /// published page the app has no view for (`data-published`: an archived article).
    fn on_click(&self, event: &web_sys::MouseEvent) {
        use wasm_bindgen::JsCast;

        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let elsewhere = !matches!(link.target().as_str(), "" | "_self")
            || link.has_attribute("download")
            || link.has_attribute("data-published")
            || link.rel().split_whitespace().any(|rel| rel == "external");
        let location = window().location();
        if elsewhere || Some(link.origin()) != location.origin().ok() {
            return;
        }
        let (path, search, hash) = (link.pathname(), link.search(), link.hash());
        let here = self
            .address
            .with_untracked(|a| a.path == path && a.search == search);
        // Within the page, the browser scrolls to the anchor itself.
        if here && !hash.is_empty() {
            return;
        }
        // Addresses the app has no view for are the server's (a file, another site's part).
        let route = self
            .base
            .with_value(|base| within_base(base, &path).map(Route::at));
        if matches!(route, None | Some(Route::NotFound)) {
            return;
        }
        event.prevent_default();
        let hash = (!hash.is_empty()).then_some(hash);
        self.go(&format!("{path}{search}"), Move::default(), hash);
    }
}

/// The router the app provided.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// The browser's address, path and query.
fn current_address() -> Address {
    let location = window().location();
    Address {
        path: location.pathname().unwrap_or_default(),
        search: location.search().unwrap_or_default(),
    }
}

/// To the element the hash names, else to the top. As the browser does, the name is tried as
/// written, then percent-decoded (`#r%C3%A9sum%C3%A9` names `id="résumé"`).
fn scroll_to(hash: Option<&str>) {
    let target = hash
        .map(|hash| hash.trim_start_matches('#'))
        .and_then(|id| {
            document()
                .get_element_by_id(id)
                .or_else(|| document().get_element_by_id(&paths::decode_segment(id)?))
        });
    match target {
        Some(element) => element.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}
