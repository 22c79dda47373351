//! What the reader keeps of a feed: JSON Feed 1.1, plus the `_manchette` newsroom extension.

use super::limits::HEADLINE_SHOWN;
use crate::text::shorten;
use crate::{instant::Timestamp, pictures::Picture};

/// A feed, after the reader's duties: ids are strings, items are unique and have content.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    pub version: String,
    pub title: String,
    pub home_page_url: Option<String>,
    pub feed_url: Option<String>,
    pub description: Option<String>,
    pub next_url: Option<String>,
    pub icon: Option<String>,
    pub favicon: Option<String>,
    pub authors: Vec<Author>,
    pub language: Option<String>,
    pub expired: bool,
    pub items: Vec<Item>,
    /// The ids of the items the newsroom withdrew (`_manchette.withdrawn`): shown nowhere.
    pub withdrawn: Vec<String>,
    /// From `_manchette`, or derived from the items when the feed has no extension.
    pub newsroom: Newsroom,
    /// What the reader dropped, for the interface and the validator.
    pub discarded: Discarded,
}

impl Feed {
    /// Adds the items of the next page (`load more`): an id already shown is a duplicate and
    /// keeps its first item. The page's `next_url` becomes the feed's.
    pub fn append_page(&mut self, page: Feed) {
        let known: std::collections::HashSet<String> =
            self.items.iter().map(|i| i.id.clone()).collect();
        self.discarded.add(page.discarded);
        for item in page.items {
            if known.contains(&item.id) {
                self.discarded.duplicate_id += 1;
            } else {
                self.items.push(item);
            }
        }
        self.next_url = page.next_url;
    }

    /// After a refresh: keeps the items of `older` that this fresher copy no longer lists
    /// (they were on later pages, or have scrolled off the first page), after its own.
    pub fn keep_older_items(&mut self, older: &Feed) {
        let known: std::collections::HashSet<&str> =
            self.items.iter().map(|i| i.id.as_str()).collect();
        let kept: Vec<Item> = older
            .items
            .iter()
            .filter(|i| !known.contains(i.id.as_str()))
            .cloned()
            .collect();
        self.items.extend(kept);
    }
}

/// Counts of the items the reader could not keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Discarded {
    /// No `id` (or a blank one), and no http(s) `url` to stand for it.
    pub without_id: usize,
    /// The same `id` as an earlier item: the first one is kept.
    pub duplicate_id: usize,
    /// Neither a title nor any content.
    pub empty: usize,
    /// An element of `items` that is not an object.
    pub not_object: usize,
    /// Past the item limit of a page: the oldest are dropped.
    pub beyond_limit: usize,
}

impl Discarded {
    pub fn total(&self) -> usize {
        self.without_id + self.duplicate_id + self.empty + self.not_object + self.beyond_limit
    }

    /// The count for each reason, for the newsroom (the console, feedcheck): "without an id
    /// or an http(s) url: 3, with a duplicate id: 0, …".
    pub fn reasons(&self) -> String {
        format!(
            "without an id or an http(s) url: {}, with a duplicate id: {}, without a title or content: {}, not an object: {}, beyond the limit of {} items: {}",
            self.without_id, self.duplicate_id, self.empty, self.not_object, super::limits::MAX_ITEMS, self.beyond_limit
        )
    }

    pub fn add(&mut self, other: Discarded) {
        self.without_id += other.without_id;
        self.duplicate_id += other.duplicate_id;
        self.empty += other.empty;
        self.not_object += other.not_object;
        self.beyond_limit += other.beyond_limit;
    }
}

/// What the feed says about the newsroom itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Newsroom {
    pub site_name: Option<String>,
    /// In display order.
    pub sections: Vec<Section>,
    pub social: Vec<SocialLink>,
    /// A BCP 47 tag such as `fr-MA`.
    pub locale: Option<String>,
}

/// A section of the paper ("rubrique").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub slug: String,
    pub name: String,
}

/// A follow link: "Suivez-nous sur Facebook".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocialLink {
    /// The network's name as readers know it: "Facebook", "X", "Instagram".
    pub network: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Author {
    pub name: Option<String>,
    pub url: Option<String>,
    pub avatar: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attachment {
    pub url: String,
    pub mime_type: String,
    pub title: Option<String>,
    pub size_in_bytes: Option<u64>,
    pub duration_in_seconds: Option<f64>,
}

/// An article or a brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    #[default]
    Article,
    /// A short timestamped headline for the "fil info".
    Brief,
}

/// Saved articles store it in the shape `stored` writes and reads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: String,
    pub url: Option<String>,
    pub external_url: Option<String>,
    pub title: Option<String>,
    pub content_html: Option<String>,
    pub content_text: Option<String>,
    pub summary: Option<String>,
    pub image: Option<String>,
    pub banner_image: Option<String>,
    pub date_published: Option<Timestamp>,
    pub date_modified: Option<Timestamp>,
    pub authors: Vec<Author>,
    pub tags: Vec<String>,
    pub language: Option<String>,
    pub attachments: Vec<Attachment>,
    pub kind: Kind,
    /// The section's slug.
    pub section: Option<String>,
    /// The chapô: the extension's `lead`, else `summary`.
    pub lead: Option<String>,
    pub image_caption: Option<String>,
    pub image_credit: Option<String>,
    /// Front-page rank: 1 leads the page.
    pub featured: Option<u32>,
    /// Ids of related items, in the newsroom's order.
    pub related: Vec<String>,
    /// The discussion the newsroom seeds under the article (local comments backend).
    pub comments: Vec<SeedComment>,
    /// What publishing made of the item's pictures (its variants, size and tint).
    pub pictures: Vec<Picture>,
}

/// A comment the feed brings with an item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeedComment {
    pub id: String,
    pub parent: Option<String>,
    pub author: Option<String>,
    pub text: String,
    pub created: Option<Timestamp>,
}

impl Item {
    /// The date the item is sorted and shown by: published, else modified.
    pub fn date(&self) -> Option<Timestamp> {
        self.date_published.or(self.date_modified)
    }

    /// What lists, cards and the article's heading show as its headline: the title, else the
    /// text (a brief may have only that), cut at [`HEADLINE_SHOWN`] characters.
    pub fn headline(&self) -> Option<String> {
        let text = self.title.as_deref().or(self.content_text.as_deref())?;
        Some(shorten(text, HEADLINE_SHOWN).into_owned())
    }
}
