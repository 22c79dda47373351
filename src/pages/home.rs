use leptos::prelude::*;

use crate::on_mount::on_mount;
use crate::{
    comment_store::{use_comment_counts, ThreadRef},
    components::{
        href, use_locale, ArticleCard, BriefLine, BriefList, Card, CardSize, FeedGate, Later,
        PageMeta,
    },
    feed::{self, Feed},
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
};

/// How many stories each part of the front page holds.
const TOP_STORIES: usize = 4;
const PER_SECTION: usize = 4;
const BRIEFS: usize = 12;

/// The front page: the lead story, the top stories, a block per section, the fil info.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_feed_store();
    // `make bench` times the page from navigation to this mark: the front page drawn with
    // the feed, once each time the front page is shown.
    Effect::new(move |marked: Option<bool>| {
        let ready = store.feed.with(Option::is_some);
        if ready && marked != Some(true) {
            crate::browser::mark("manchette:home-rendered");
        }
        ready || marked == Some(true)
    });
    view! { <FeedGate store ready=move |feed| front_page(&feed, &store.url())/> }
}

fn front_page(feed: &Feed, base: &str) -> impl IntoView {
    let locale = use_locale();
    let lead = feed::lead_story(feed);
    let top = feed::top_stories(feed, lead, TOP_STORIES);
    let shown: Vec<&str> = lead.iter().chain(&top).map(|i| i.id.as_str()).collect();
    let blocks: Vec<_> = feed
        .newsroom
        .sections
        .iter()
        .map(|section| {
            let cards: Vec<Card> = feed::section_articles(feed, &section.slug)
                .into_iter()
                .filter(|i| !shown.contains(&i.id.as_str()))
                .take(PER_SECTION)
                .map(|i| Card::new(i, base))
                .collect();
            (section.clone(), cards)
        })
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    if let Some(counts) = use_comment_counts() {
        let threads = lead.iter().chain(&top).map(|i| ThreadRef::of(i));
        let in_blocks = blocks
            .iter()
            .flat_map(|(_, cards)| cards.iter().map(|c| c.thread.clone()));
        let threads: Vec<ThreadRef> = threads.chain(in_blocks).collect();
        on_mount(move || counts.request(threads));
    }
    let briefs: Vec<BriefLine> = feed::briefs(feed)
        .into_iter()
        .take(BRIEFS)
        .map(BriefLine::from)
        .collect();
    let description = feed
        .description
        .clone()
        .unwrap_or_else(|| feed.title.clone());
    let discarded = feed.discarded.total();
    let top_cards: Vec<Card> = top.iter().map(|item| Card::new(item, base)).collect();

    view! {
        <PageMeta title=String::new() description path=paths::HOME.to_owned()/>
        <h1 class="page-kicker" tabindex="-1">{locale.text(Msg::TopStories)}</h1>
        <div class="front-page">
            <div class="front-main">
                {lead.map(|item| {
                    let card = Card::new(item, base);
                    view! { <Later><ArticleCard card size=CardSize::Lead level=2/></Later> }
                })}
                <Later>
                    <ul class="top-stories">
                        {top_cards.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Top/></li> }).collect_view()}
                    </ul>
                </Later>
                {blocks
                    .into_iter()
                    .map(|(section, cards)| {
                        let heading_id = format!("rubrique-{}", section.slug);
                        let labelled_by = heading_id.clone();
                        // Below the first screen: each block is taken over in a task of its own.
                        view! {
                            <Later>
                            <section class="section-block" data-section=section.slug.clone() aria-labelledby=labelled_by>
                                <h2 id=heading_id><a href=href(&paths::section(&section.slug))>{section.name.clone()}</a></h2>
                                <ul class="card-list">
                                    {cards.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact/></li> }).collect_view()}
                                </ul>
                                <p class="more-link"><a href=href(&paths::section(&section.slug))>{locale.whole_section(&section.name)}</a></p>
                            </section>
                            </Later>
                        }
                    })
                    .collect_view()}
            </div>
            <Later>
                <aside class="front-briefs" aria-labelledby="fil-info-une">
                    <h2 id="fil-info-une">{locale.text(Msg::Briefs)}</h2>
                    <BriefList briefs/>
                    <p class="more-link"><a href=href(paths::BRIEFS)>{locale.text(Msg::AllBriefs)}</a></p>
                </aside>
            </Later>
        </div>
        {(discarded > 0).then(|| view! { <p class="discarded">{locale.discarded_items(discarded)}</p> })}
    }
}
