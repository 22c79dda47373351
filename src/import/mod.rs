//! The importer: RSS 0.9x/1.0/2.0 and Atom (and JSON Feed) read by `feed-rs`, written out as
//! a JSON Feed 1.1 with the `_manchette` extension, for the reader and the publishing step.
//! Native only: the wasm reads JSON Feed and nothing else. The mapping is documented in
//! docs/feed-format.md ("Importing RSS and Atom").

mod map;
mod repair;

use serde_json::Value;

use crate::feed::limits::MAX_FEED_BYTES;

/// What the newsroom tells the importer about its feed.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Items in this category (compared without case or accents) are briefs.
    pub briefs_category: Option<String>,
    /// The sections, in order: an item's section is its first category among them. Without
    /// them, each item's first category is its section.
    pub sections: Vec<String>,
}

/// `--sections "Politique, Économie"` as the list of names.
pub fn section_list(names: &str) -> Vec<String> {
    names
        .split(',')
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

/// A feed imported, and what was repaired on the way.
#[derive(Debug, Clone)]
pub struct Imported {
    pub feed: Value,
    pub warnings: Vec<String>,
}

/// Why a source could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing at all.
    Empty,
    /// More than [`MAX_FEED_BYTES`].
    TooLarge(usize),
    /// Something else than a feed: an HTML page, say.
    NotAFeed(String),
    /// A feed the parser could not read, with its words.
    Unreadable(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the source is empty"),
            ImportError::TooLarge(bytes) => write!(
                f,
                "the source is {bytes} bytes; the importer reads at most {MAX_FEED_BYTES}"
            ),
            ImportError::NotAFeed(what) => write!(f, "this is not a feed: {what}"),
            ImportError::Unreadable(why) => write!(f, "the feed cannot be read: {why}"),
        }
    }
}

/// Imports `bytes`, fetched from `location` (relative links resolve against it).
pub fn import(bytes: &[u8], location: &str, options: &Options) -> Result<Imported, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_FEED_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    if repair::looks_like_html(bytes) {
        return Err(ImportError::NotAFeed(
            "an HTML page (an error page, a login wall or the site's home page?)".into(),
        ));
    }
    // A JSON Feed the reader takes is already what the importer makes: it goes through as
    // it is, `_manchette` included, so any source can enter the pipeline.
    if crate::feed::parse(bytes).is_ok() {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Ok(feed) = serde_json::from_slice(text) {
            return Ok(Imported {
                feed,
                warnings: Vec::new(),
            });
        }
    }
    let mut warnings = Vec::new();
    let parsed = match parse(bytes, location) {
        Ok(feed) => feed,
        // Real feeds break in two common ways: text in windows-1252 declared as UTF-8, and a
        // bare `&`. Each is repaired once, with a warning, before giving up.
        Err(first) => {
            let (repaired, repairs) = repair::repair(bytes);
            if repairs.is_empty() {
                return Err(first);
            }
            let feed = parse(&repaired, location).map_err(|_| first)?;
            warnings.extend(repairs);
            feed
        }
    };
    let feed = map::json_feed(parsed, location, options, &mut warnings);
    Ok(Imported { feed, warnings })
}

fn parse(bytes: &[u8], location: &str) -> Result<feed_rs::model::Feed, ImportError> {
    let base =
        (location.starts_with("http://") || location.starts_with("https://")).then_some(location);
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base)
        .id_generator(map::id_of_entry_without_one)
        .build();
    // quick-xml (0.42) panics on some malformed documents (a second XML declaration naming an
    // encoding, found by tests/generated_attacks): a hostile feed must not stop publishing.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse(bytes)))
        .map_err(|_| ImportError::Unreadable("the XML parser gave up on this document".into()))?;
    parsed.map_err(|error| match error {
        // feed-rs says so too of a feed whose XML breaks before its root is read.
        feed_rs::parser::ParseFeedError::ParseError(
            feed_rs::parser::ParseErrorKind::NoFeedRoot,
        ) if repair::names_a_feed_root(bytes) => ImportError::Unreadable(
            "the XML is malformed: an RSS or Atom feed that does not parse to its end".into(),
        ),
        feed_rs::parser::ParseFeedError::ParseError(
            feed_rs::parser::ParseErrorKind::NoFeedRoot,
        ) => ImportError::NotAFeed("no RSS, Atom or JSON Feed root element".into()),
        other => ImportError::Unreadable(other.to_string()),
    })
}
