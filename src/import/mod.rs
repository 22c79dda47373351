//! The importer: RSS 0.9x/1.0/2.0 and Atom (and JSON Feed) read by `feed-rs`, written out as
//! a JSON Feed 1.1 with the `_manchette` extension, for the reader and the publishing step.
//! Native only: the wasm reads JSON Feed and nothing else. The mapping is documented in
//! docs/feed-format.md ("Importing RSS and Atom").

mod locate;
mod map;
mod repair;
mod wxr;

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

/// A feed imported, what was repaired on the way, and the entries left out.
#[derive(Debug, Clone)]
pub struct Imported {
    pub feed: Value,
    pub warnings: Vec<String>,
    pub dropped: Vec<Dropped>,
}

impl Imported {
    /// "4 items kept; 2 dropped: 1 with no title and no content, 1 with a duplicate id".
    pub fn summary(&self) -> String {
        let kept = self.feed["items"].as_array().map_or(0, Vec::len);
        let mut line = format!("{kept} {} kept", plural(kept, "item", "items"));
        if self.dropped.is_empty() {
            return line;
        }
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for dropped in &self.dropped {
            let why = dropped.reason.kind();
            match counts.iter_mut().find(|(reason, _)| *reason == why) {
                Some((_, count)) => *count += 1,
                None => counts.push((why, 1)),
            }
        }
        let reasons: Vec<String> = counts
            .into_iter()
            .map(|(why, count)| format!("{count} {why}"))
            .collect();
        line.push_str(&format!(
            "; {} dropped: {}",
            self.dropped.len(),
            reasons.join(", ")
        ));
        line
    }
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// An entry of the source the importer left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Its rank among the source's entries, from 1.
    pub entry: usize,
    /// Its line in the source, when known.
    pub line: Option<usize>,
    pub title: Option<String>,
    pub reason: DropReason,
}

/// Why an entry was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DropReason {
    /// No title and no content: nothing to show.
    NoTitleNorContent,
    /// No guid or id, no link, and no title to make a stable id from.
    NoIdNorLink,
    /// The same id as an earlier entry.
    DuplicateId(String),
}

impl DropReason {
    /// The reason, as a count of them reads: "2 with no title and no content".
    fn kind(&self) -> &'static str {
        match self {
            DropReason::NoTitleNorContent => "with no title and no content",
            DropReason::NoIdNorLink => "with no id and no link",
            DropReason::DuplicateId(_) => "with a duplicate id",
        }
    }
}

impl std::fmt::Display for Dropped {
    /// "line 57, entry 4 (« Titre »): a duplicate id (https://…), dropped".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}, ")?;
        }
        write!(f, "entry {}", self.entry)?;
        if let Some(title) = &self.title {
            write!(f, " (« {} »)", crate::text::shorten(title, 60))?;
        }
        match &self.reason {
            DropReason::NoTitleNorContent => write!(f, ": no title and no content")?,
            DropReason::NoIdNorLink => write!(f, ": no guid or id, no link and no title")?,
            DropReason::DuplicateId(id) => write!(f, ": the id {id} of an earlier entry")?,
        }
        write!(f, ", dropped")
    }
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
                dropped: Vec::new(),
            });
        }
    }
    let mut warnings = Vec::new();
    // A WordPress export holds the site's pages, drafts and attachments too: only its
    // published posts go on.
    let posts;
    let export = wxr::is_wordpress_export(bytes);
    let bytes = match export.then(|| wxr::published_posts(bytes)).flatten() {
        Some((kept, left_out)) => {
            warnings.push(left_out.to_string());
            posts = kept;
            &posts[..]
        }
        None => bytes,
    };
    let (parsed, read) = match parse(bytes, location) {
        Ok(feed) => (feed, std::borrow::Cow::Borrowed(bytes)),
        // Real feeds break in two common ways: text in windows-1252 declared as UTF-8, and a
        // bare `&`. Each is repaired once, with a warning, before giving up.
        Err(first) => {
            let (repaired, repairs) = repair::repair(bytes);
            if repairs.is_empty() {
                return Err(first);
            }
            let feed = parse(&repaired, location).map_err(|_| first)?;
            warnings.extend(repairs);
            (feed, std::borrow::Cow::Owned(repaired))
        }
    };
    let lines = locate::layout(&read).entries;
    let (mut feed, dropped) = map::json_feed(parsed, location, options, &lines);
    if export {
        wxr::newest_first(&mut feed);
    }
    Ok(Imported {
        feed,
        warnings,
        dropped,
    })
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
        ) if repair::names_a_feed_root(bytes) => {
            ImportError::Unreadable(malformed(bytes).unwrap_or_else(|| {
                "the XML is malformed: an RSS or Atom feed that does not parse to its end".into()
            }))
        }
        feed_rs::parser::ParseFeedError::ParseError(
            feed_rs::parser::ParseErrorKind::NoFeedRoot,
        ) => ImportError::NotAFeed("no RSS, Atom or JSON Feed root element".into()),
        other => ImportError::Unreadable(malformed(bytes).unwrap_or_else(|| other.to_string())),
    })
}

/// What is wrong with XML that does not parse, and where: "the XML is malformed at line 12,
/// column 9: expected `</title>`, but `</titel>` was found".
fn malformed(bytes: &[u8]) -> Option<String> {
    let (at, why) = locate::layout(bytes).broken?;
    Some(format!("the XML is malformed at {at}: {why}"))
}
