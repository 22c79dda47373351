//! The feed as publishing reads it: its first page and each page `next_url` leads to, RSS and
//! Atom imported first, and the items of a long import past what the site serves.

use super::PublishError;
use crate::{
    check::{check_feed, Fetched, Source, Sources},
    config::{Config, FeedPolicy},
    feed::{FeedError, Item, NextPage, NotJson, Pager, ARTICLE_REACH},
    feed_store::FeedPage,
};

/// The most items the site's copy of an imported feed holds: a longer import (a backlog, a
/// WordPress export) is served as its newest items, the others go to the archive.
const IMPORTED_PAGE: usize = 100;

/// What reading the feed gave.
pub(super) struct ReadFeed {
    /// The feed's pages, as the app follows them.
    pub pages: Vec<FeedPage>,
    /// The first page's bytes (the site's copy of the feed).
    pub first_bytes: Vec<u8>,
    /// The items of a long import past its first page, which only the archive holds.
    pub backlog: Vec<Item>,
    pub warnings: Vec<String>,
}

/// The feed's pages: the first, then each page its `next_url` leads to, on the origins the
/// app allows, to the feed's end (a newsroom's backlog, on the first run) or to the first
/// page past the app's reach that `known` says the archive holds unchanged (later runs). A
/// later page that fails ends the reading, with a warning; a first page that fails stops the
/// run with feedcheck's report.
pub(super) fn read_feed(
    location: &str,
    config: &Config,
    root: &str,
    import: &crate::import::Options,
    known: &dyn Fn(&FeedPage) -> bool,
) -> Result<ReadFeed, PublishError> {
    let mut sources = Sources;
    let unreadable = |location: &str| {
        let report = check_feed(location, &mut Sources);
        PublishError::Feed(format!(
            "the feed cannot be published:\n{}{}",
            report.listing(),
            report.summary()
        ))
    };
    let Ok(Fetched { bytes, .. }) = sources.fetch(location) else {
        return Err(unreadable(location));
    };
    let mut warnings = Vec::new();
    let mut backlog = Vec::new();
    // RSS and Atom are imported first: the JSON Feed made of them is what the app reads.
    let (first, bytes) = match FeedPage::parse(&bytes) {
        Ok(first) => (first, bytes),
        Err(FeedError::NotJson(NotJson::Xml | NotJson::Html)) => {
            let imported = crate::import::import(&bytes, location, import)
                .map_err(|error| PublishError::Feed(format!("{location}: {error}")))?;
            let dropped = imported.dropped.iter().map(ToString::to_string);
            let notes = imported.warnings.iter().cloned().chain(dropped);
            warnings.extend(notes.map(|note| format!("{location}: {note}")));
            let mut feed = imported.feed;
            let older = (feed["items"].as_array_mut())
                .filter(|items| items.len() > IMPORTED_PAGE)
                .map(|items| items.split_off(IMPORTED_PAGE))
                .unwrap_or_default();
            for chunk in older.chunks(IMPORTED_PAGE) {
                let mut page = feed.clone();
                page["items"] = chunk.to_vec().into();
                let read = FeedPage::parse(page.to_string().as_bytes());
                backlog.extend(read.into_iter().flat_map(|page| page.feed.items.to_vec()));
            }
            let bytes = format!("{feed:#}").into_bytes();
            let first = FeedPage::parse(&bytes).map_err(|error| {
                let why = match error {
                    FeedError::Empty(dropped) if dropped.total() == 0 => "it has no items".into(),
                    FeedError::Empty(dropped) => dropped.reasons(),
                    other => format!("{other:?}"),
                };
                PublishError::Feed(format!(
                    "{location}: imported, but no item of it can be shown: {why}"
                ))
            })?;
            (first, bytes)
        }
        Err(_) => return Err(unreadable(location)),
    };
    let policy = FeedPolicy::new(config, root);
    let mut pager = Pager::new(location);
    let mut current = location.to_owned();
    let mut pages = vec![first];
    while pages.len() < ARTICLE_REACH || !pages.last().is_some_and(known) {
        let next_url = pages.last().and_then(|p| p.feed.next_url.clone());
        let NextPage::Fetch(next) = pager.next(&current, next_url.as_deref()) else {
            break;
        };
        if !(next.starts_with("file://") || policy.allows(&next)) {
            warnings.push(format!(
                "{next}: next_url leaves the origins config.json allows; not followed"
            ));
            break;
        }
        match sources
            .fetch(&next)
            .map(|fetched| FeedPage::parse(&fetched.bytes))
        {
            Ok(Ok(page)) => pages.push(page),
            Ok(Err(error)) => {
                warnings.push(format!(
                    "{next}: not read ({error:?}); the articles after it are not published"
                ));
                break;
            }
            Err(error) => {
                warnings.push(format!(
                    "{next}: {error}; the articles after it are not published"
                ));
                break;
            }
        }
        current = next;
    }
    Ok(ReadFeed {
        pages,
        first_bytes: bytes,
        backlog,
        warnings,
    })
}
