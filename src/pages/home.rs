use leptos::prelude::*;

use crate::{
    components::{use_locale, FeedGate, HeadlineList, LoadMore},
    feed_store::use_feed_store,
};

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    view! {
        <FeedGate
            store
            ready=move |feed| {
                let discarded = feed.discarded.total();
                view! {
                    <h1>{feed.newsroom.site_name.clone().unwrap_or_else(|| feed.title.clone())}</h1>
                    <HeadlineList items=feed.items.clone()/>
                    <LoadMore store/>
                    {(discarded > 0).then(|| view! { <p class="discarded">{locale.discarded_items(discarded)}</p> })}
                }
            }
        />
    }
}
