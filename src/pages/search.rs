use leptos::prelude::*;

use crate::{
    components::{use_interactive, use_locale, FeedGate, PageMeta, SearchResults},
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
    router::use_router,
};

/// `/recherche?q=…`: everything loaded that matches, title matches first, then the newest.
#[component]
pub fn SearchPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let router = use_router();
    let q = Memo::new(move |_| router.query("q").unwrap_or_default());
    // The published search page is what a reader without JavaScript lands on.
    let interactive = use_interactive();
    let needs_app = move || view! { <p class="needs-app">{locale.text(Msg::SearchNeedsApp)}</p> };
    view! {
        <PageMeta title=locale.text(Msg::Search).to_owned() description=locale.text(Msg::SearchPrompt).to_owned() path=paths::SEARCH.to_owned()/>
        <section class="listing search-results">
            <h1 tabindex="-1">{locale.text(Msg::Search)}</h1>
            <Show when=move || interactive.get() fallback=needs_app>
                <FeedGate store ready=move |feed| {
                    let index = store.search_index(&feed);
                    view! { <SearchResults feed index query=q.get()/> }
                }/>
            </Show>
        </section>
    }
}
