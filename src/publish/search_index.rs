//! Publishing's search step: every published article, the archive's too, in a static search
//! index under `pagefind/`, written by Pagefind's library. The index is cut into chunks, so a
//! reader's browser fetches only the few its words need; the app asks it for what the feed it
//! loaded does not hold (src/archive_search.rs). Pagefind stems French and Arabic.

use std::collections::{BTreeMap, HashMap};

use pagefind::{api::PagefindIndex, options::PagefindServiceConfig};

use super::{output::Output, routes::Route};
use crate::{feed::Item, search::searchable_text};

/// Where the index lives in the build; the app fetches `pagefind/pagefind.js` from there.
pub const FOLDER: &str = "pagefind";

/// Pagefind's own search interfaces, which the app does without: not published.
const NOT_PUBLISHED: [&str; 5] = [
    "pagefind-ui.",
    "pagefind-modular-ui.",
    "pagefind-component-ui.",
    "pagefind-highlight.",
    "playground/",
];

/// One article as the index holds it.
struct Entry<'a> {
    /// Its path in the app, without the public path: Pagefind's script adds the folder the
    /// index is served from.
    path: &'a str,
    item: &'a Item,
}

/// Writes the index of the articles `routes` publish (`items`, by id; not their former
/// addresses), in the paper's `language` (an ISO 639-1 code: `fr`, `ar`), through `output`,
/// and removes the chunks of earlier indexes.
pub fn write(
    routes: &[Route],
    items: &HashMap<&str, &Item>,
    language: &str,
    output: &mut Output,
) -> Result<(), String> {
    let entries: Vec<_> = routes
        .iter()
        .filter(|route| !route.former)
        .filter_map(|route| {
            Some(Entry {
                path: &route.path,
                item: items.get(route.article.as_ref()?.id.as_str())?,
            })
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| format!("the search index: {error}"))?;
    let files = runtime.block_on(index_files(&entries, language))?;
    // The entry file names the index's other files: it goes last, once they are all there.
    let (entry, chunks): (Vec<_>, Vec<_>) = files
        .into_iter()
        .filter(|(name, _)| !NOT_PUBLISHED.iter().any(|skip| name.starts_with(skip)))
        .partition(|(name, _)| name == "pagefind-entry.json");
    for (name, bytes) in chunks.into_iter().chain(entry) {
        let file = format!("{FOLDER}/{name}");
        output
            .put(&file, &bytes)
            .map_err(|error| format!("{file}: {error}"))?;
    }
    output
        .keep_only_published(FOLDER)
        .map_err(|error| format!("removing the search index's former chunks: {error}"))
}

/// The index's files, by name within the folder.
async fn index_files(
    entries: &[Entry<'_>],
    language: &str,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let options = PagefindServiceConfig::builder()
        .force_language(language.to_owned())
        .build();
    let mut index = PagefindIndex::new(Some(options)).map_err(|error| error.to_string())?;
    for entry in entries {
        let item = entry.item;
        let mut meta = BTreeMap::new();
        meta.insert("title".to_owned(), item.headline().unwrap_or_default());
        if let Some(date) = item.date() {
            meta.insert("date".to_owned(), date.epoch_ms.to_string());
        }
        index
            .add_custom_record(
                entry.path.to_owned(),
                searchable_text(item),
                language.to_owned(),
                Some(meta),
                None,
                None,
            )
            .await
            .map_err(|error| format!("indexing {}: {error}", entry.path))?;
    }
    let files = index.get_files().await.map_err(|error| error.to_string())?;
    Ok(files
        .into_iter()
        .map(|file| {
            let name = file.filename.to_string_lossy().replace('\\', "/");
            (name, file.contents)
        })
        .collect())
}
