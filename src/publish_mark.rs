//! The mark a published page carries in its head, which tells the app taking it over what the
//! page was written from:
//! `<meta name="manchette-published" content="2 FEED CONFIG PAGES DAY PATH">`.

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
}
