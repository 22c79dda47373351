//! The JSON Feed model and its parser. Pure Rust: no browser APIs, tested natively.

use serde::Deserialize;

/// A parsed feed, as the reader keeps it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Feed {
    pub version: String,
    pub title: String,
    pub items: Vec<Item>,
}

/// One entry of the feed.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Item {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
}

/// Why a body could not become a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// The bytes are not JSON at all (an HTML error page, an RSS document, a truncated body).
    NotJson(String),
    /// Valid JSON, but not shaped like a JSON Feed.
    NotAFeed(String),
}

/// Parses a response body straight into the model, in one pass.
pub fn parse(bytes: &[u8]) -> Result<Feed, FeedError> {
    serde_json::from_slice(bytes).map_err(|error| {
        if error.is_syntax() || error.is_eof() {
            FeedError::NotJson(error.to_string())
        } else {
            FeedError::NotAFeed(error.to_string())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_feed_keeps_its_title_and_items_in_order() {
        let feed = parse(
            br#"{"version":"https://jsonfeed.org/version/1.1","title":"Le Quotidien",
            "items":[{"id":"1","title":"Premier"},{"id":"2","title":"Second"}]}"#,
        )
        .unwrap();
        assert_eq!(feed.title, "Le Quotidien");
        let titles: Vec<_> = feed.items.iter().map(|i| i.title.as_deref()).collect();
        assert_eq!(titles, [Some("Premier"), Some("Second")]);
    }

    #[test]
    fn a_truncated_body_is_not_json() {
        let error = parse(br#"{"version":"https://jsonfeed.org/version/1.1","title":"Le Q"#);
        assert!(matches!(error, Err(FeedError::NotJson(_))), "{error:?}");
    }

    #[test]
    fn an_html_page_is_not_json() {
        let error = parse(b"<!doctype html><title>502 Bad Gateway</title>");
        assert!(matches!(error, Err(FeedError::NotJson(_))), "{error:?}");
    }

    #[test]
    fn json_without_items_is_not_a_feed() {
        let error = parse(br#"{"version":"https://jsonfeed.org/version/1.1","title":"X"}"#);
        assert!(matches!(error, Err(FeedError::NotAFeed(_))), "{error:?}");
    }
}
