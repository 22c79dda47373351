use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    comment_store::use_comment_counts,
    components::{use_locale, ArticleCard, Card, CardSize, FeedGate, LoadMore, NotFound, PageMeta},
    feed,
    feed_store::use_feed_store,
    i18n::Msg,
};

/// `/rubrique/:slug`: a section's articles, newest first, with "Charger plus".
#[component]
pub fn SectionPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    view! {
        <FeedGate store ready=move |feed| {
            let slug = slug.get();
            let Some(section) = feed.newsroom.sections.iter().find(|s| s.slug == slug).cloned() else {
                return view! { <NotFound sections=feed.newsroom.sections.clone()/> }.into_any();
            };
            let base = store.url();
            let cards: Vec<Card> = feed::section_articles(&feed, &slug).into_iter().map(|i| Card::new(i, &base)).collect();
            if let Some(counts) = use_comment_counts() {
                counts.request(cards.iter().map(|c| c.thread.clone()).collect());
            }
            let empty = cards.is_empty().then(|| view! { <p>{locale.text(Msg::SectionEmpty)}</p> });
            view! {
                <PageMeta title=section.name.clone() description=format!("{} — {}", section.name, feed.title)/>
                <section class="listing" data-section=slug>
                    <h1 tabindex="-1">{section.name}</h1>
                    {empty}
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
