use leptos::prelude::*;

use crate::{
    components::{ArticleListing, Card, FeedGate, NotFound},
    feed,
    feed_store::use_feed_store,
    paths,
    route::Route,
    router::use_router,
};

/// `/rubrique/:slug`: a section's articles, newest first, with "Charger plus".
#[component]
pub fn SectionPage() -> impl IntoView {
    let store = use_feed_store();
    let route = use_router().route;
    let slug = Memo::new(move |_| match route.get() {
        Route::Section { slug } => slug,
        _ => String::new(),
    });
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
