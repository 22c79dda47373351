//! The mark a published page carries in its head, which tells the app taking it over what the
//! page was written from:
//! `<meta name="manchette-published" content="2 FEED CONFIG PAGES DAY PATH">`; and, on an
//! article's page, the article itself as it was published
//! (`<script type="application/json" id="manchette-article">`), so that the app taking the
//! page over still shows the story once the feed no longer holds it.

use crate::feed::{item_from_text, item_text, Item};

/// What a published page was written from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedMark {
    /// The address the page was written for, as links have it (`/sub/path/rubrique/sport`).
    pub path: String,
    /// The fingerprint of the feed's first page.
    pub feed_fingerprint: u64,
    /// The fingerprint of config.json (of no bytes without one).
    pub config_fingerprint: u64,
    /// How many pages of the feed the page needed (more than one for an older article).
    pub feed_pages: u32,
    /// The time its views showed: the start of the publishing day, so that a page written
    /// again the same day from the same feed is the same bytes.
    pub published_ms: i64,
}

const VERSION: &str = "2";

impl PublishedMark {
    /// The `name` of the `<meta>` element.
    pub const NAME: &'static str = "manchette-published";

    /// The `content` of the `<meta>` element.
    pub fn content(&self) -> String {
        format!(
            "{VERSION} {:016x} {:016x} {} {} {}",
            self.feed_fingerprint,
            self.config_fingerprint,
            self.feed_pages,
            self.published_ms,
            self.path
        )
    }

    pub fn parse(content: &str) -> Option<Self> {
        let mut fields = content.splitn(6, ' ');
        if fields.next()? != VERSION {
            return None;
        }
        Some(PublishedMark {
            feed_fingerprint: u64::from_str_radix(fields.next()?, 16).ok()?,
            config_fingerprint: u64::from_str_radix(fields.next()?, 16).ok()?,
            feed_pages: fields.next()?.parse().ok()?,
            published_ms: fields.next()?.parse().ok()?,
            path: fields.next()?.to_owned(),
        })
    }
}

/// The `id` of the element that holds an article page's item.
pub const ARTICLE_ELEMENT: &str = "manchette-article";

/// The element that carries `item` in a published page's head: its stored JSON (the shape a
/// saved article has), with every `<` escaped so that nothing in it can end the element.
pub fn article_element(item: &Item) -> String {
    format!(
        "    <script type=\"application/json\" id=\"{ARTICLE_ELEMENT}\">{}</script>\n",
        item_text(item).replace('<', "\\u003c")
    )
}

/// The item an article page carries, from the element's text; `None` when it does not read.
pub fn read_article(text: &str) -> Option<Item> {
    item_from_text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_reads_back_as_written() {
        let mark = PublishedMark {
            path: "/sub/path/article/1008/cosumar".into(),
            feed_fingerprint: 0xcbf2_9ce4_8422_2325,
            config_fingerprint: 7,
            feed_pages: 2,
            published_ms: 1_795_824_000_000,
        };
        assert_eq!(PublishedMark::parse(&mark.content()), Some(mark));
    }

    #[test]
    fn another_version_or_a_damaged_mark_is_no_mark() {
        assert_eq!(PublishedMark::parse("1 00 1 0 /"), None);
        assert_eq!(PublishedMark::parse("2 zz 00 1 0 /"), None);
        assert_eq!(PublishedMark::parse("2 00 00 1"), None);
    }

    #[test]
    fn an_article_reads_back_from_its_element_and_cannot_end_it() {
        let item = Item {
            id: "1008".into(),
            title: Some("Cosumar </script><script>alert(1)</script>".into()),
            content_html: Some("<p>Le corps <!-- et un commentaire --></p>".into()),
            ..Item::default()
        };
        let element = article_element(&item);
        let text = element
            .trim()
            .strip_prefix("<script type=\"application/json\" id=\"manchette-article\">")
            .and_then(|rest| rest.strip_suffix("</script>"))
            .unwrap();
        assert!(!text.contains('<'), "{text}");
        assert_eq!(read_article(text), Some(item));
        assert_eq!(read_article("{\"title\": \"sans id\"}"), None);
        assert_eq!(read_article("{\"id\": \"1\"} en trop"), None);
    }
}
