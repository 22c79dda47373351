//! Following `next_url`, page after page, without ever fetching the same page twice.

use std::collections::HashSet;

use crate::url::resolve;

/// How many pages of a feed, the first included, are followed to find an article that a link
/// names but the first page no longer holds: the app does so, and the publishing step writes
/// the articles of that many pages. A bad link must not fetch a whole archive.
pub const ARTICLE_REACH: usize = 10;

/// What to do after a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage {
    /// Fetch this absolute URL next.
    Fetch(String),
    /// The feed has no further page.
    End,
    /// The next page is one already fetched: following it would loop.
    Loop(String),
    /// The `next_url` cannot be made absolute.
    Unresolvable(String),
}

/// Remembers every page URL fetched for one feed.
#[derive(Debug, Clone, Default)]
pub struct Pager {
    seen: HashSet<String>,
}

impl Pager {
    /// A pager whose first page, already fetched, is `first_url` (absolute).
    pub fn new(first_url: &str) -> Self {
        let mut pager = Pager::default();
        pager.seen.insert(without_fragment(first_url).to_owned());
        pager
    }

    /// The page after the one fetched from `current_url`, whose `next_url` is given. A URL it
    /// returns as `Fetch` is remembered: asking again for it answers `Loop`.
    pub fn next(&mut self, current_url: &str, next_url: Option<&str>) -> NextPage {
        let Some(reference) = next_url.filter(|r| !r.trim().is_empty()) else {
            return NextPage::End;
        };
        let Some(absolute) = resolve(current_url, reference) else {
            return NextPage::Unresolvable(reference.to_owned());
        };
        let key = without_fragment(&absolute).to_owned();
        if self.seen.insert(key) {
            NextPage::Fetch(absolute)
        } else {
            NextPage::Loop(absolute)
        }
    }

    /// Forgets a page whose fetch failed, so that it may be asked for again.
    pub fn forget(&mut self, url: &str) {
        self.seen.remove(without_fragment(url));
    }

    /// The pages fetched or being fetched, the first one included.
    pub fn pages(&self) -> usize {
        self.seen.len()
    }
}

fn without_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_followed_relative_to_the_current_page() {
        let mut pager = Pager::new("https://example.org/feeds/1.json");
        assert_eq!(
            pager.next("https://example.org/feeds/1.json", Some("2.json")),
            NextPage::Fetch("https://example.org/feeds/2.json".into())
        );
        assert_eq!(
            pager.next("https://example.org/feeds/2.json", Some("/archive/3.json")),
            NextPage::Fetch("https://example.org/archive/3.json".into())
        );
        assert_eq!(
            pager.next("https://example.org/archive/3.json", None),
            NextPage::End
        );
    }

    #[test]
    fn an_a_b_a_loop_stops_at_the_second_a() {
        let mut pager = Pager::new("https://example.org/a.json");
        assert_eq!(
            pager.next("https://example.org/a.json", Some("b.json")),
            NextPage::Fetch("https://example.org/b.json".into())
        );
        assert_eq!(
            pager.next("https://example.org/b.json", Some("a.json#top")),
            NextPage::Loop("https://example.org/a.json#top".into())
        );
    }

    #[test]
    fn a_page_pointing_at_itself_is_a_loop() {
        let mut pager = Pager::new("https://example.org/a.json");
        assert!(matches!(
            pager.next("https://example.org/a.json", Some("")),
            NextPage::End
        ));
        assert!(matches!(
            pager.next("https://example.org/a.json", Some("a.json")),
            NextPage::Loop(_)
        ));
    }

    #[test]
    fn pages_counts_each_page_once() {
        let mut pager = Pager::new("https://example.org/a.json");
        assert_eq!(pager.pages(), 1);
        pager.next("https://example.org/a.json", Some("b.json"));
        assert_eq!(pager.pages(), 2);
        pager.next("https://example.org/b.json", Some("a.json"));
        assert_eq!(pager.pages(), 2, "a loop adds no page");
        pager.forget("https://example.org/b.json");
        assert_eq!(pager.pages(), 1, "a failed page is not counted");
    }

    #[test]
    fn a_forgotten_page_may_be_fetched_again() {
        let mut pager = Pager::new("https://example.org/a.json");
        let next = pager.next("https://example.org/a.json", Some("b.json"));
        assert_eq!(next, NextPage::Fetch("https://example.org/b.json".into()));
        pager.forget("https://example.org/b.json");
        assert_eq!(
            pager.next("https://example.org/a.json", Some("b.json")),
            next
        );
    }

    #[test]
    fn a_relative_current_url_cannot_be_followed() {
        let mut pager = Pager::new("a.json");
        assert_eq!(
            pager.next("a.json", Some("b.json")),
            NextPage::Unresolvable("b.json".into())
        );
    }
}
