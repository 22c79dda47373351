use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    comment_store::use_comment_counts,
    components::{use_locale, ArticleCard, Card, CardSize, FeedGate, LoadMore, NotFound, PageMeta},
    feed,
    feed_store::use_feed_store,
};

/// `/tag/:tag`: the articles carrying a tag.
#[component]
pub fn TagPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("tag").unwrap_or_default());
    view! {
        <FeedGate store ready=move |feed| {
            let slug = slug.get();
            let articles = feed::tagged(&feed, &slug);
            let Some(name) = feed::tag_name(&feed, &slug).filter(|_| !articles.is_empty()).map(str::to_owned) else {
                return view! { <NotFound sections=feed.newsroom.sections.clone()/> }.into_any();
            };
            let base = store.url();
            let cards: Vec<Card> = articles.into_iter().map(|i| Card::new(i, &base)).collect();
            if let Some(counts) = use_comment_counts() {
                counts.request(cards.iter().map(|c| c.thread.clone()).collect());
            }
            let heading = locale.tag_heading(&name);
            view! {
                <PageMeta title=heading.clone() description=format!("{heading} — {}", feed.title)/>
                <section class="listing">
                    <h1 tabindex="-1">{heading}</h1>
                    <ul class="card-list">
                        {cards.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact level=2/></li> }).collect_view()}
                    </ul>
                    <LoadMore store/>
                </section>
            }
            .into_any()
        }/>
    }
}
