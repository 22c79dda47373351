use leptos::prelude::*;

use crate::{components::NotFound, feed_store::use_feed_store};

/// Any path the router does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let store = use_feed_store();
    let sections = move || {
        store.feed.with(|f| {
            f.as_ref()
                .map(|f| f.newsroom.sections.clone())
                .unwrap_or_default()
        })
    };
    move || view! { <NotFound sections=sections()/> }
}
