use leptos::prelude::*;

use crate::{
    components::{use_locale, ArticleListing, Card, FeedGate, NotFound},
    feed,
    feed_store::use_feed_store,
    paths,
    route::Route,
    router::use_router,
};

/// `/tag/:tag`: the articles carrying a tag, newest first.
#[component]
pub fn TagPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let route = use_router().route;
    let slug = Memo::new(move |_| match route.get() {
        Route::Tag { tag } => tag,
        _ => String::new(),
    });
    view! {
        <FeedGate store ready=move |feed| {
            let slug = slug.get();
            let base = store.url();
            let articles = feed::tagged(&feed, &slug);
            match feed::tag_name(&feed, &slug).filter(|_| !articles.is_empty()) {
                Some(name) => {
                    let heading = locale.tag_heading(name);
                    view! {
                        <ArticleListing
                            store
                            description=format!("{heading} — {}", feed.title)
                            heading
                            path=paths::tag(name)
                            cards=articles.into_iter().map(|i| Card::new(i, &base)).collect()
                        />
                    }
                    .into_any()
                }
                None => view! { <NotFound sections=feed.newsroom.sections.clone()/> }.into_any(),
            }
        }/>
    }
}
