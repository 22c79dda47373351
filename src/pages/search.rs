use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{use_interactive, use_locale, FeedGate, PageMeta, SearchResults},
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
};

/// `/recherche?q=…`: everything loaded that matches, title matches first, then the newest.
#[component]
pub fn SearchPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
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
