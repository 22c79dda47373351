//! What publishing keeps between runs: each run's items recorded in the archive
//! (`crate::archive`), the pages of the items the newsroom removed taken down, and every
//! article the archive holds given back to be published, whether or not the feed still
//! carries it, with the addresses its page had before (a corrected title changes its slug).

use std::collections::HashSet;

use super::{output::Output, routes::file_for, PublishError};
use crate::{
    archive::{Archive, ArchiveError, Recorded},
    feed::{Item, Kind},
    feed_store::FeedPage,
    paths,
};

/// What the archive gives publishing.
pub(super) struct Remembered {
    /// Every item, newest first.
    pub items: Vec<Item>,
    /// The addresses articles' pages had before their current one, as (id, address).
    pub former_addresses: Vec<(String, String)>,
    /// What this run's items changed in it.
    pub recorded: Recorded,
    /// For the newsroom.
    pub warnings: Vec<String>,
}

/// The address of an item's page, if it has one.
fn page_address(item: &Item) -> Option<String> {
    (item.kind == Kind::Article).then(|| paths::article(item))
}

/// Records the items of the feed's `pages` (with what the image step made of their pictures)
/// and of a long import's `backlog`, takes down the pages of every item removed so far, and
/// returns what the archive holds.
pub(super) fn remember(
    archive: &mut Archive,
    pages: &[FeedPage],
    backlog: &[Item],
    output: &mut Output,
) -> Result<Remembered, PublishError> {
    let failed = |error: ArchiveError| PublishError::Archive(error.to_string());
    let mut seen = HashSet::new();
    let items: Vec<Item> = pages
        .iter()
        .flat_map(|page| &page.feed.items)
        .chain(backlog)
        .filter(|item| seen.insert(item.id.as_str()))
        .cloned()
        .collect();
    let withdrawn: Vec<String> = pages
        .iter()
        .flat_map(|page| page.feed.withdrawn.iter().cloned())
        .collect();
    let recorded = archive
        .record(&items, &withdrawn, page_address)
        .map_err(failed)?;
    let warnings = recorded
        .refused
        .iter()
        .map(|id| {
            format!("item {id}: unpublished (publish --unpublish), but the feed still carries it: its page stays down, and the app still shows it from the feed until the newsroom removes it there")
        })
        .collect();
    let removed = archive.removed_addresses().map_err(failed)?;
    for file in removed.iter().filter_map(|address| file_for(address)) {
        output
            .remove(&file)
            .map_err(|error| PublishError::Write(format!("{file}: {error}")))?;
    }
    let items = archive.items().map_err(failed)?;
    let current: HashSet<String> = items.iter().filter_map(page_address).collect();
    let former_addresses = (archive.addresses().map_err(failed)?)
        .into_iter()
        .filter(|(_, address)| !current.contains(address))
        .collect();
    Ok(Remembered {
        items,
        former_addresses,
        recorded,
        warnings,
    })
}
