use std::sync::Arc;

use leptos::prelude::*;

use crate::{
    components::LoadFailure,
    feed::Feed,
    feed_store::{FeedState, FeedStore},
    i18n::{Locale, Msg},
};

/// Shows `ready` once the feed is loaded; until then a loading notice, or the failure with a retry.
#[component]
pub fn FeedGate<V>(
    store: FeedStore,
    ready: impl Fn(Arc<Feed>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    let locale = use_context::<Locale>().unwrap_or_default();
    let on_retry = Callback::new(move |()| store.load());
    move || match store.state.get() {
        FeedState::Loading => view! {
            <p class="loading" role="status">{locale.text(Msg::Loading)}</p>
        }
        .into_any(),
        FeedState::Ready(feed) => ready(feed).into_any(),
        FeedState::Failed(error) => {
            view! { <LoadFailure message=error.message() on_retry/> }.into_any()
        }
    }
}
