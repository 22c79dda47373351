use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    components::{use_locale, FeedGate, PageMeta, SearchResults},
    feed_store::use_feed_store,
    i18n::Msg,
};

/// `/recherche?q=…`: everything loaded that matches, title matches first, then the newest.
#[component]
pub fn SearchPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    view! {
        <PageMeta title=locale.text(Msg::Search).to_owned() description=locale.text(Msg::SearchPrompt).to_owned()/>
        <section class="listing search-results">
            <h1 tabindex="-1">{locale.text(Msg::Search)}</h1>
            <FeedGate store ready=move |feed| {
                let index = store.search_index(&feed);
                view! { <SearchResults feed index query=q.get()/> }
            }/>
        </section>
    }
}
