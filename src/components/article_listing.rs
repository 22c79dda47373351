use leptos::prelude::*;

use crate::on_mount::on_mount;
use crate::{
    comment_store::use_comment_counts,
    components::{use_locale, ArticleCard, Card, CardSize, Later, LoadMore, PageMeta},
    feed_store::FeedStore,
    i18n::Msg,
};

/// The cards a listing takes over at once: about a screen's worth.
const FIRST_SCREEN: usize = 8;

/// A page of articles (a section's, a tag's): heading, cards with their comment counts, and
/// "Charger plus" for the feed's next pages.
#[component]
pub fn ArticleListing(
    store: FeedStore,
    heading: String,
    description: String,
    cards: Vec<Card>,
    /// The listing's own path (`/rubrique/sport`).
    path: String,
    #[prop(optional)] section: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    if let Some(counts) = use_comment_counts() {
        let threads = cards.iter().map(|c| c.thread.clone()).collect();
        on_mount(move || counts.request(threads));
    }
    let mut cards = cards;
    let rest = cards.split_off(cards.len().min(FIRST_SCREEN));
    let empty = cards
        .is_empty()
        .then(|| view! { <p>{locale.text(Msg::SectionEmpty)}</p> });
    view! {
        <PageMeta title=heading.clone() description path/>
        <section class="listing" data-section=section>
            <h1 tabindex="-1">{heading}</h1>
            {empty}
            <ul class="card-list">
                {cards.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact level=2/></li> }).collect_view()}
            </ul>
            // The rest is taken over after the first screen.
            {(!rest.is_empty()).then(|| view! {
                <Later>
                    <ul class="card-list">
                        {rest.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact level=2/></li> }).collect_view()}
                    </ul>
                </Later>
            })}
            <LoadMore store/>
        </section>
    }
}
