//! The JSON Feed model, its lenient parser and the rules a front page is built by.
//! Pure Rust: no browser APIs, so the app and the newsroom tools share it and `cargo test`
//! covers it natively.

mod date;
mod lenient;
pub mod limits;
mod live;
mod model;
mod pager;
mod raw;
mod read;
mod select;
mod stored;

use crate::json;

pub use date::{parse_date, parse_rfc3339};
pub use live::{arrivals, fingerprint, with_new_briefs, Arrivals};
pub use model::{
    Attachment, Author, Discarded, Feed, Item, Kind, Newsroom, Section, SeedComment, SocialLink,
};
pub use pager::{NextPage, Pager, ARTICLE_REACH};
pub use read::NotAFeed;
pub use select::{
    briefs, group_by, lead_story, neighbours, reading_minutes, related, section_articles, tag_name,
    tagged, top_stories,
};
pub use stored::{item_from_text, item_text, read_item, write_item};

/// Why a body could not become a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// The bytes are not JSON.
    NotJson(NotJson),
    /// Valid JSON, but not shaped like a JSON Feed.
    NotAFeed(NotAFeed),
    /// A page larger than [`limits::MAX_FEED_BYTES`]: its size in bytes.
    TooLarge(usize),
    /// A feed with no item the reader can show: how many it held, and why each one was
    /// dropped (all zero when `items` is empty).
    Empty(Discarded),
}

/// What a body that is not JSON looks like, so the message can say what arrived instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotJson {
    /// Nothing at all.
    EmptyBody,
    /// An HTML page: an error page, a login wall, the site's home page.
    Html,
    /// An XML document: RSS or Atom.
    Xml,
    /// JSON that stops in the middle.
    Truncated,
    /// Anything else, with the parser's words.
    Invalid(String),
}

/// Parses a response body straight into the model, in one pass over the bytes.
pub fn parse(bytes: &[u8]) -> Result<Feed, FeedError> {
    if bytes.len() > limits::MAX_FEED_BYTES {
        return Err(FeedError::TooLarge(bytes.len()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root = read_root(bytes).map_err(|error| FeedError::NotJson(diagnose(bytes, &error)))?;
    let feed = read::build(root)?;
    if feed.items.is_empty() {
        return Err(FeedError::Empty(feed.discarded));
    }
    Ok(feed)
}

/// The whole document, read leniently: `None` when it is JSON but not an object.
fn read_root(bytes: &[u8]) -> Result<Option<raw::RawFeed>, json::Error> {
    let mut reader = json::Reader::new(bytes);
    let root = lenient::object::<raw::RawFeed>(&mut reader)?;
    reader.finish()?;
    Ok(root)
}

fn diagnose(bytes: &[u8], error: &json::Error) -> NotJson {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return NotJson::EmptyBody;
    };
    let head =
        String::from_utf8_lossy(&bytes[start..bytes.len().min(start + 512)]).to_ascii_lowercase();
    if head.starts_with('<') {
        let xml = head.starts_with("<?xml") || head.contains("<rss") || head.contains("<feed");
        return if xml { NotJson::Xml } else { NotJson::Html };
    }
    if error.at_end {
        NotJson::Truncated
    } else {
        NotJson::Invalid(error.to_string())
    }
}
