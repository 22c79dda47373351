use leptos::prelude::*;

use crate::{
    components::{FeedGate, HeadlineList},
    feed_store::use_feed_store,
};

/// The front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_feed_store();
    view! {
        <FeedGate
            store
            ready=|feed| {
                view! {
                    <h1>{feed.title.clone()}</h1>
                    <HeadlineList items=feed.items.clone()/>
                }
            }
        />
    }
}
