use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    components::{ArticleListing, Card, FeedGate, NotFound},
    feed,
    feed_store::use_feed_store,
    paths,
};

/// `/rubrique/:slug`: a section's articles, newest first, with "Charger plus".
#[component]
pub fn SectionPage() -> impl IntoView {
    let store = use_feed_store();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    view! {
        <FeedGate store ready=move |feed| {
            let slug = slug.get();
            let base = store.url();
            match feed.newsroom.sections.iter().find(|s| s.slug == slug) {
                Some(section) => view! {
                    <ArticleListing
                        store
                        heading=section.name.clone()
                        description=format!("{} — {}", section.name, feed.title)
                        cards=feed::section_articles(&feed, &slug).into_iter().map(|i| Card::new(i, &base)).collect()
                        path=paths::section(&slug)
                        section=slug.clone()
                    />
                }
                .into_any(),
                None => view! { <NotFound sections=feed.newsroom.sections.clone()/> }.into_any(),
            }
        }/>
    }
}
