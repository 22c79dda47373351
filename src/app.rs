//! The App: its providers and its routing table.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{feed_store::FeedStore, i18n::Locale, pages::HomePage};

/// Where the feed lives, relative to the page's base URL.
const FEED_URL: &str = "feed.json";

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = Locale::from_tag(&window().navigator().language().unwrap_or_default());
    provide_context(locale);
    FeedStore::provide(FEED_URL).load();

    view! {
        <Router>
            <main id="contenu">
                <Routes fallback=|| ()>
                    <Route path=path!("/") view=HomePage/>
                </Routes>
            </main>
        </Router>
    }
}
