use leptos::prelude::*;

use crate::{
    components::{use_locale, Notice},
    feed_store::{FeedStore, Status},
    i18n::Msg,
};

/// "Charger plus": follows the feed's `next_url`, and says so when the next page fails.
#[component]
pub fn LoadMore(store: FeedStore) -> impl IntoView {
    let locale = use_locale();
    let on_retry = Callback::new(move |()| store.load_more());
    move || {
        let status = store.more.get();
        let failure = match &status {
            Status::Failed(error) => Some(format!(
                "{} {}",
                locale.text(Msg::MoreFailed),
                error.message(locale)
            )),
            _ => None,
        };
        let loading = status == Status::Loading;
        view! {
            {failure.map(|message| view! { <Notice message/> })}
            <Show when=move || store.has_more()>
                <button type="button" class="load-more" disabled=loading on:click=move |_| on_retry.run(())>
                    {locale.text(if loading { Msg::LoadingMore } else { Msg::LoadMore })}
                </button>
            </Show>
        }
    }
}
