use std::sync::Arc;

use leptos::prelude::*;

use crate::{
    components::{use_locale, LoadFailure, Notice},
    feed::Feed,
    feed_store::{FeedStore, Status},
    i18n::Msg,
};

/// The view a page draws from the feed.
type Ready = Arc<dyn Fn(Arc<Feed>) -> AnyView + Send + Sync>;

/// Shows `ready` with the feed once one has loaded. Before that: a loading notice, or the
/// failure with a retry. When a later refresh fails, the last feed stays under a notice.
#[component]
pub fn FeedGate<V>(
    store: FeedStore,
    ready: impl Fn(Arc<Feed>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    // Each page has its own `ready`; the gate around it is compiled once, not once per page.
    gate(store, Arc::new(move |feed| ready(feed).into_any()))
}

fn gate(store: FeedStore, ready: Ready) -> impl IntoView {
    let locale = use_locale();
    let on_retry = Callback::new(move |()| store.load());
    let notice = move || match store.status.get() {
        Status::Failed(error) if store.feed.with(Option::is_some) => {
            let message = format!(
                "{} {}",
                locale.text(Msg::RefreshFailed),
                error.message(locale)
            );
            Some(view! { <Notice message on_retry/> })
        }
        _ => None,
    };
    // Once a feed is on screen, a refresh in flight or failing does not re-render it.
    let body = move || match store.feed.get() {
        Some(feed) => ready(feed).into_any(),
        None => match store.status.get() {
            Status::Failed(error) => {
                view! { <LoadFailure message=error.message(locale) on_retry/> }.into_any()
            }
            _ => view! { <p class="loading" role="status">{locale.text(Msg::Loading)}</p> }
                .into_any(),
        },
    };
    view! {
        {notice}
        {body}
    }
}
