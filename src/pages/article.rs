use std::sync::Arc;

use leptos::prelude::*;

use crate::{
    comment_store::ThreadRef,
    components::{
        absolute_url, href, use_locale, ArticleBody, ArticleCard, Byline, Card, CardSize,
        CommentsSection, FeedGate, Later, LoadFailure, Loading, NotFound, PageMeta, Photo,
        SaveButton, Share,
    },
    feed::{self, Feed, Item, ARTICLE_REACH},
    feed_store::{use_feed_store, FeedStore, LoadError, Status},
    head::ArticleFacts,
    i18n::{direction, Locale, Msg},
    neighbours::{Neighbour, Neighbours},
    paths,
    pictures::{self, Place},
    route::Route,
    router::{use_router, Move},
    sanitize::{
        scan::image_sources,
        urls::{safe_url, UrlUse},
    },
    saved::use_saved,
};

const RELATED: usize = 4;

/// The article the published page on screen carries (see [`crate::publish_mark`]), if any,
/// and its neighbours in the archive.
#[derive(Clone, Default)]
pub struct PublishedArticle {
    pub item: Option<Arc<Item>>,
    pub neighbours: Option<Neighbours>,
}

impl PublishedArticle {
    /// The published article, when it is the one the address `key` names.
    fn at(&self, key: &str) -> Option<Arc<Item>> {
        self.item
            .as_ref()
            .filter(|item| paths::names_article(key, &item.id))
            .cloned()
    }

    /// The published article's neighbours, when it is `item`.
    fn neighbours_of(&self, item: &Item) -> Option<Neighbours> {
        self.item
            .as_ref()
            .filter(|published| published.id == item.id)
            .and(self.neighbours.clone())
    }
}

/// `/article/:id/:slug`: the id decides; a wrong or missing slug is replaced by the canonical one.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let store = use_feed_store();
    let router = use_router();
    let address = Memo::new(move |_| match router.route.get() {
        Route::Article { id, slug } => (id, slug),
        _ => Default::default(),
    });
    let id = Memo::new(move |_| address.get().0);
    let slug = Memo::new(move |_| address.get().1);

    // Once the article is known, show it at its canonical URL.
    Effect::new(move |_| {
        let canonical = store.feed.with(|feed| {
            let feed = feed.as_ref()?;
            let item = feed
                .items
                .iter()
                .find(|i| paths::names_article(&id.get(), &i.id))?;
            let path = paths::article(item);
            (path != paths::article_path_with_slug(&id.get(), &slug.get())).then_some(path)
        });
        if let Some(path) = canonical {
            router.navigate(
                &path,
                Move {
                    replace: true,
                    keep_scroll: true,
                },
            );
        }
    });

    // An article the feed no longer holds: the published page's own copy, else one saved on
    // this device (the saved list is read only then, so that reading it redraws nothing else).
    let published = StoredValue::new(use_context::<PublishedArticle>().unwrap_or_default());
    let kept = move |key: &str| {
        published
            .with_value(|published| published.at(key))
            .or_else(|| use_saved().and_then(|saved| saved.at(key)).map(Arc::new))
    };
    // An article older than the first page: follow the feed's pages until it turns up.
    Effect::new(move |_| {
        let id = id.get();
        let missing = store.feed.with(|feed| {
            feed.as_ref()
                .is_some_and(|feed| feed.items.iter().all(|i| !paths::names_article(&id, &i.id)))
        });
        if missing
            && store.more.get() == Status::Idle
            && store.may_look_further(ARTICLE_REACH)
            && kept(&id).is_none()
        {
            store.load_more();
        }
    });

    view! {
        <FeedGate store ready=move |feed| {
            let id = id.get();
            // Its page's neighbours, found in the archive, else those of the feed.
            let neighbours = |item: &Item| {
                published
                    .with_value(|published| published.neighbours_of(item))
                    .unwrap_or_else(|| {
                        let (newer, older) = feed::neighbours(&feed, item);
                        Neighbours::of(newer, older)
                    })
            };
            match feed.items.iter().find(|i| paths::names_article(&id, &i.id)) {
                Some(item) => article_view(&feed, item, neighbours(item), &store.url()).into_any(),
                None => match kept(&id) {
                    Some(item) => article_view(&feed, &item, neighbours(&item), &store.url()).into_any(),
                    None => not_in_pages_loaded(store, &feed).into_any(),
                },
            }
        }/>
    }
}

/// While further pages are being followed, says so; when one fails, offers to try again;
/// when none is left, or the next one is on an origin the config refuses, the article is not
/// in the feed.
fn not_in_pages_loaded(store: FeedStore, feed: &Feed) -> impl IntoView {
    let locale = use_locale();
    match store.more.get() {
        Status::Failed(error) if !matches!(error, LoadError::Refused(_)) => {
            let message = format!(
                "{} {}",
                locale.text(Msg::ArticleLookFailed),
                error.message(locale)
            );
            let on_retry = Callback::new(move |()| store.load_more());
            view! { <LoadFailure message on_retry/> }.into_any()
        }
        Status::Loading => looking_further(locale).into_any(),
        Status::Idle if store.may_look_further(ARTICLE_REACH) => looking_further(locale).into_any(),
        Status::Idle | Status::Failed(_) => view! {
            <NotFound reason=Msg::ArticleNotFoundText sections=feed.newsroom.sections.clone()/>
        }
        .into_any(),
    }
}

fn looking_further(locale: Locale) -> impl IntoView {
    view! { <p class="loading" role="status">{locale.text(Msg::ArticleLookingFurther)}</p> }
}

fn article_view(
    feed: &Arc<Feed>,
    item: &Item,
    neighbours: Neighbours,
    feed_url: &str,
) -> impl IntoView {
    let locale = use_locale();
    let base = item.url.clone().unwrap_or_else(|| feed_url.to_owned());
    let section = item
        .section
        .as_ref()
        .and_then(|slug| feed.newsroom.sections.iter().find(|s| &s.slug == slug))
        .cloned();
    // The whole title names the page and its share previews; the heading shows the headline.
    let title = item.title.clone().unwrap_or_default();
    let headline = item.headline().unwrap_or_default();
    let image = item
        .image
        .as_deref()
        .and_then(|i| safe_url(i, UrlUse::Image, Some(&base)));
    let path = paths::article(item);
    let canonical_url = absolute_url(&path);
    let related: Vec<Card> = feed::related(feed, item, RELATED)
        .into_iter()
        .map(|i| Card::new(i, feed_url))
        .collect();
    let has_neighbours = !neighbours.is_empty();
    let neighbour = |neighbour: Option<Neighbour>, label: Msg, class: &'static str| {
        neighbour.map(|Neighbour { path, headline }| {
            // One the feed does not hold (found in the archive) is left to its published page.
            let key = match Route::at(&path) {
                Route::Article { id, .. } => id,
                _ => String::new(),
            };
            let published = feed
                .items
                .iter()
                .all(|i| !paths::names_article(&key, &i.id))
                .then_some("");
            view! {
                <a class=class href=href(&path) data-published=published>
                    <span class="neighbour-label">{locale.text(label)}</span>
                    <span class="neighbour-title">{headline}</span>
                </a>
            }
        })
    };
    let newer = neighbour(
        neighbours.newer,
        Msg::NewerInSection,
        "neighbour neighbour-newer",
    );
    let older = neighbour(
        neighbours.older,
        Msg::OlderInSection,
        "neighbour neighbour-older",
    );
    let pictures: Vec<String> = image
        .iter()
        .cloned()
        .chain(
            item.content_html
                .as_deref()
                .map(|html| image_sources(html, &base))
                .unwrap_or_default(),
        )
        .collect();
    let description = item
        .lead
        .clone()
        .or_else(|| item.summary.clone())
        .unwrap_or_else(|| title.clone());
    let thread = ThreadRef::of(item);
    let (tags, saved_copy) = (item.tags.clone(), item.clone());
    let facts = ArticleFacts {
        headline: title.clone(),
        published: item.date_published,
        modified: item.date_modified,
        section: section.as_ref().map(|s| s.name.clone()),
        tags: item.tags.clone(),
        authors: item.authors.iter().filter_map(|a| a.name.clone()).collect(),
    };

    view! {
        <PageMeta title=title.clone() description path image=image.clone() article=facts/>
        <article class="article" data-section=item.section.clone() lang=item.language.clone() dir=item.language.as_deref().map(direction)>
            <header class="article-header">
                {section.as_ref().map(|s| view! {
                    <p class="kicker"><a href=href(&paths::section(&s.slug))>{s.name.clone()}</a></p>
                })}
                <h1 tabindex="-1">{headline.clone()}</h1>
                {item.lead.clone().map(|lead| view! { <p class="lead">{lead}</p> })}
                <Byline
                    authors=item.authors.iter().filter_map(|a| a.name.clone()).collect()
                    published=item.date_published
                    updated=item.date_modified
                    reading_minutes=feed::reading_minutes(item)
                />
            </header>
            {image.map(|src| view! {
                <figure class="hero">
                    <Photo picture=pictures::find(&item.pictures, &src).cloned() src place=Place::Article class="" loading=Loading::First/>
                    {(item.image_caption.is_some() || item.image_credit.is_some()).then(|| view! {
                        <figcaption>
                            {item.image_caption.clone()}" "
                            {item.image_credit.clone().map(|credit| view! { <span class="credit">{credit}</span> })}
                        </figcaption>
                    })}
                </figure>
            })}
            <ArticleBody html=item.content_html.clone() text=item.content_text.clone() base pictures=item.pictures.clone() attachments=item.attachments.clone()/>
            <Later>
            <footer class="article-footer">
                {(!tags.is_empty()).then(|| view! {
                    <nav class="tags" aria-label=locale.text(Msg::Tags)>
                        <h2>{locale.text(Msg::Tags)}</h2>
                        <ul>
                            {tags.into_iter().map(|tag| {
                                let link = href(&paths::tag(&tag));
                                view! { <li><a href=link>{tag}</a></li> }
                            }).collect_view()}
                        </ul>
                    </nav>
                })}
                <div class="article-actions">
                    <SaveButton item=saved_copy images=pictures/>
                    <Share title=headline url=canonical_url/>
                </div>
            </footer>
            </Later>
        </article>
        // Below the article: taken over after it, each part in a task of its own.
        <Later><CommentsSection thread/></Later>
        <Later>
            {has_neighbours.then(|| view! {
                <nav class="neighbours" aria-label=section.map(|s| s.name).unwrap_or_default()>{newer}{older}</nav>
            })}
            {(!related.is_empty()).then(|| view! {
                <section class="related" aria-labelledby="a-lire-aussi">
                    <h2 id="a-lire-aussi">{locale.text(Msg::Related)}</h2>
                    <ul class="card-list">
                        {related.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact/></li> }).collect_view()}
                    </ul>
                </section>
            })}
        </Later>
    }
}
