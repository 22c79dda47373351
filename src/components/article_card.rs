use leptos::prelude::*;

use crate::{
    comment_store::{use_comment_counts, ThreadRef},
    components::{href, Loading, Photo},
    dates::{self, Style},
    feed::Item,
    i18n::{direction, Noun},
    instant::Timestamp,
    paths,
    pictures::{self, Picture, Place},
    sanitize::urls::{safe_url, UrlUse},
};

/// What a card shows of an item: small strings only, never the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub lead: Option<String>,
    pub image: Option<String>,
    /// What publishing made of the image, if it did.
    pub picture: Option<Picture>,
    pub section: Option<String>,
    /// The article's own language, when the feed gives it.
    pub language: Option<String>,
    pub date: Option<Timestamp>,
    pub path: String,
    /// The article's discussion, for its comment count.
    pub thread: ThreadRef,
}

impl Card {
    /// `image_base` is what a relative image URL resolves against (the feed's URL).
    pub fn new(item: &Item, image_base: &str) -> Self {
        let image = item.image.as_deref().and_then(|image| {
            safe_url(
                image,
                UrlUse::Image,
                Some(item.url.as_deref().unwrap_or(image_base)),
            )
        });
        Card {
            id: item.id.clone(),
            title: item.headline().unwrap_or_else(|| item.id.clone()),
            lead: item.lead.clone(),
            picture: image
                .as_deref()
                .and_then(|src| pictures::find(&item.pictures, src))
                .cloned(),
            image,
            section: item.section.clone(),
            language: item.language.clone(),
            date: item.date(),
            path: paths::article(item),
            thread: ThreadRef::of(item),
        }
    }
}

/// How much room a card takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardSize {
    /// The story that leads the front page: large image, chapô.
    Lead,
    /// A top story: image and title.
    Top,
    /// A list entry: small image, title, time.
    Compact,
}

/// A link to an article, with its picture when it has one.
#[component]
pub fn ArticleCard(card: Card, size: CardSize, #[prop(default = 3)] level: u8) -> impl IntoView {
    let locale = super::use_locale();
    let link = href(&card.path);
    let class = match size {
        CardSize::Lead => "card card-lead",
        CardSize::Top => "card card-top",
        CardSize::Compact => "card card-compact",
    };
    let title = view! { <a href=link>{card.title}</a> };
    let heading = match level {
        2 => view! { <h2 class="card-title">{title}</h2> }.into_any(),
        _ => view! { <h3 class="card-title">{title}</h3> }.into_any(),
    };
    // The lead picture is the front page's largest paint: fetched at once, first. The others
    // wait until they come near the screen.
    let (loading, place) = match size {
        CardSize::Lead => (Loading::First, Place::Lead),
        CardSize::Top => (Loading::Lazy, Place::Card),
        CardSize::Compact => (Loading::Lazy, Place::Thumbnail),
    };
    let picture = card.picture;
    let image = card
        .image
        .map(|src| view! { <Photo src picture place class="card-image" loading/> });
    let lead = (size != CardSize::Compact)
        .then_some(card.lead)
        .flatten()
        .map(|lead| view! { <p class="card-lead-text">{lead}</p> });
    let time = card.date.map(|date| {
        view! { <time class="card-time" datetime=dates::iso(date)>{dates::format(date, locale, Style::Full)}</time> }
    });
    let uri = card.thread.uri.clone();
    let counts = use_comment_counts();
    let comments = move || {
        counts
            .and_then(|counts| counts.get(&uri))
            .filter(|count| *count > 0)
            .map(|count| view! { <span class="card-comments">{locale.count(count, Noun::Comment)}</span> })
    };
    view! {
        <article class=class data-section=card.section>
            {image}
            <div class="card-text" lang=card.language.clone() dir=card.language.as_deref().map(direction)>
                {heading}
                {lead}
                <p class="card-meta">{time}{comments}</p>
            </div>
        </article>
    }
}
