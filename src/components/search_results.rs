use leptos::prelude::*;

use crate::{
    components::{href, use_locale, ArchiveResults, Highlighted},
    dates::{self, Style},
    feed::{Feed, Kind},
    i18n::Msg,
    paths,
    search::SearchIndex,
};

/// The most results one page shows.
const SHOWN: usize = 50;

/// What `query` finds in `feed`, with the matched words marked, then what the archive holds
/// past it; sections to try when the feed holds nothing.
#[component]
pub fn SearchResults(
    feed: std::sync::Arc<Feed>,
    index: std::rc::Rc<SearchIndex>,
    query: String,
) -> impl IntoView {
    let locale = use_locale();
    if query.trim().is_empty() {
        return view! { <p class="listing-intro">{locale.text(Msg::SearchPrompt)}</p> }.into_any();
    }
    let hits = index.search(&query);
    let summary = locale.search_results(hits.len(), query.trim());
    if hits.is_empty() {
        return view! {
            <p class="search-summary" role="status">{summary}</p>
            <ArchiveResults query=query.clone()/>
            <p>{locale.text(Msg::SearchSuggest)}</p>
            <ul class="not-found-sections">
                {feed
                    .newsroom
                    .sections
                    .iter()
                    .map(|s| view! { <li><a href=href(&paths::section(&s.slug))>{s.name.clone()}</a></li> })
                    .collect_view()}
            </ul>
        }
        .into_any();
    }
    let results = hits
        .into_iter()
        .take(SHOWN)
        .map(|hit| {
            let item = &feed.items[hit.item];
            let title = item.headline().unwrap_or_default();
            let when = item.date().map(|d| view! { <time datetime=dates::iso(d)>{dates::format(d, locale, Style::Full)}</time> });
            match item.kind {
                Kind::Brief => view! {
                    <li class="search-brief">
                        <p class="search-kind">{locale.text(Msg::Briefs)}</p>
                        <p><Highlighted text=title query=query.clone()/></p>
                        {when}
                    </li>
                }
                .into_any(),
                Kind::Article => view! {
                    <li>
                        <h2 class="card-title">
                            <a href=href(&paths::article(item))><Highlighted text=title query=query.clone()/></a>
                        </h2>
                        {item.lead.clone().map(|lead| view! { <p><Highlighted text=lead query=query.clone()/></p> })}
                        {when}
                    </li>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! {
        <p class="search-summary" role="status">{summary}</p>
        <ol class="card-list search-list">{results}</ol>
        <ArchiveResults query=query.clone()/>
    }
    .into_any()
}
