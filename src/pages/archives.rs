//! `/archives`, the paper's months with their counts, and `/archives/<yyyy>/<mm>`, every
//! article of one month by day. Only publishing draws them, from the whole archive: the feed
//! it gives the view holds the month's articles (or, for the index, every dated article). The
//! app, whose feed holds only the latest stories, has no view for them and leaves their
//! published pages as they are (`takeover`), so this module is not in its wasm.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::{
    components::{href, use_locale, FeedGate, NotFound, PageMeta},
    dates::{self, Style},
    feed::{self, Feed, Item, Kind},
    feed_store::use_feed_store,
    i18n::Locale,
    paths,
    route::Route,
    router::use_router,
};

/// The archive's index, or one month's page, as the address says.
#[component]
pub fn ArchivesPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    let route = use_router().route;
    view! {
        <FeedGate store ready=move |feed| match route.get() {
            Route::Month { year, month } => month_page(&feed, year, month, locale).into_any(),
            _ => index_page(&feed, locale).into_any(),
        }/>
    }
}

/// The calendar month an article falls in, in the newsroom's time zone.
pub fn month_of(item: &Item) -> Option<(i64, u32)> {
    let (year, month, _) = dates::local_day(item.date()?);
    Some((year, month))
}

fn dated_articles(feed: &Feed) -> impl Iterator<Item = (&Item, (i64, u32))> {
    feed.items
        .iter()
        .filter(|i| i.kind == Kind::Article)
        .filter_map(|i| Some((i, month_of(i)?)))
}

fn index_page(feed: &Feed, locale: Locale) -> impl IntoView {
    let mut months: BTreeMap<(i64, u32), usize> = BTreeMap::new();
    for (_, month) in dated_articles(feed) {
        *months.entry(month).or_default() += 1;
    }
    let mut years: Vec<(i64, Vec<(u32, usize)>)> = Vec::new();
    for ((year, month), count) in months.into_iter().rev() {
        match years.last_mut() {
            Some((last, months)) if *last == year => months.push((month, count)),
            _ => years.push((year, vec![(month, count)])),
        }
    }
    let title = locale.archives().to_owned();
    view! {
        <PageMeta title=title.clone() description=locale.archives_intro().to_owned() path=paths::ARCHIVES.to_owned()/>
        <section class="listing archives">
            <h1 tabindex="-1">{title}</h1>
            <p class="listing-intro">{locale.archives_intro()}</p>
            {years.into_iter().map(|(year, months)| view! {
                <section class="archive-year">
                    <h2>{locale.number(usize::try_from(year).unwrap_or_default())}</h2>
                    <ul class="archive-months">
                        {months.into_iter().map(|(month, count)| entry(
                            &paths::month(year, month),
                            dates::month_title(year, month, locale),
                            Some(locale.article_count(count)),
                        )).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </section>
    }
}

fn month_page(feed: &Feed, year: i64, month: u32, locale: Locale) -> AnyView {
    let mut articles: Vec<&Item> = dated_articles(feed)
        .filter(|(_, at)| *at == (year, month))
        .map(|(item, _)| item)
        .collect();
    if articles.is_empty() {
        return view! { <NotFound sections=feed.newsroom.sections.clone()/> }.into_any();
    }
    articles.sort_by_key(|item| std::cmp::Reverse(item.date()));
    let days = feed::group_by(&articles, |item| item.date().map(dates::local_day));
    let title = dates::month_title(year, month, locale);
    let section_name = |item: &Item| {
        let slug = item.section.as_deref()?;
        let section = feed.newsroom.sections.iter().find(|s| s.slug == slug)?;
        Some(section.name.clone())
    };
    view! {
        <PageMeta
            title=format!("{title} — {}", locale.archives())
            description=format!("{title} — {}", locale.article_count(articles.len()))
            path=paths::month(year, month)
        />
        <section class="listing archives">
            <p class="kicker"><a href=href(paths::ARCHIVES)>{locale.archives()}</a></p>
            <h1 tabindex="-1">{title}</h1>
            <p class="listing-intro">{locale.article_count(articles.len())}</p>
            {days.into_iter().map(|(_, items)| {
                let day = items[0].date().map(|d| dates::format(d, locale, Style::Day));
                view! {
                    <section class="archive-day">
                        {day.map(|day| view! { <h2>{day}</h2> })}
                        <ul class="archive-list">
                            {items.into_iter().map(|item| entry(
                                &paths::article(item),
                                item.headline().unwrap_or_default(),
                                section_name(item),
                            )).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </section>
    }
    .into_any()
}

/// One line of the archive's lists: a link, and a note after it (a count, a section).
fn entry(path: &str, text: String, note: Option<String>) -> impl IntoView {
    view! {
        <li>
            <a href=href(path)>{text}</a>
            {note.map(|note| view! { " "<span class="archive-note">{note}</span> })}
        </li>
    }
}
