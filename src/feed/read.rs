//! From the raw shapes to the model: the reader's duties and the extension's rules.

use std::collections::HashSet;

use super::{
    date::parse_date,
    limits::{LEAD_KEPT, MAX_AUTHORS, MAX_ITEMS, MAX_TAGS, NAME_KEPT, TAG_KEPT, TITLE_KEPT},
    model::{Author, Discarded, Feed, Item, Kind, Newsroom, Section, SeedComment, SocialLink},
    raw::{RawFeed, RawItem, RawNewsroom},
    FeedError,
};
use crate::{
    text::{cut, non_blank, plain_text, slugify, text_of_html},
    url,
};

/// The version URLs this reader understands.
const VERSION_PREFIX: &str = "https://jsonfeed.org/version/";

/// The top of the document: an object, or something that is not a feed.
pub(super) fn build(root: Option<RawFeed>) -> Result<Feed, FeedError> {
    let raw = root.ok_or(FeedError::NotAFeed(NotAFeed::NotAnObject))?;
    let version = raw
        .version
        .ok_or(FeedError::NotAFeed(NotAFeed::NoVersion))?;
    if !version.starts_with(VERSION_PREFIX) {
        return Err(FeedError::NotAFeed(NotAFeed::UnknownVersion(version)));
    }
    let item_list = raw.items.ok_or(FeedError::NotAFeed(NotAFeed::NoItems))?;
    let mut discarded = Discarded {
        not_object: item_list.dropped,
        ..Discarded::default()
    };
    let raw_items = item_list
        .values
        .ok_or(FeedError::NotAFeed(NotAFeed::ItemsNotAnArray))?;

    let mut seen = HashSet::with_capacity(raw_items.len());
    let mut items = Vec::with_capacity(raw_items.len());
    let mut withdrawn = Vec::new();
    for raw_item in raw_items {
        // An item without an id of its own is known by its address.
        let id = raw_item
            .id
            .clone()
            .filter(|id| !id.trim().is_empty())
            .or_else(|| raw_item.url.as_deref().and_then(url::as_id));
        let Some(id) = id else {
            discarded.without_id += 1;
            continue;
        };
        if seen.contains(&id) {
            discarded.duplicate_id += 1;
            continue;
        }
        if raw_item.extension.as_ref().and_then(|e| e.withdrawn) == Some(true) {
            withdrawn.push(id);
            continue;
        }
        match build_item(id.clone(), raw_item) {
            Some(item) => {
                seen.insert(id);
                items.push(item);
            }
            None => discarded.empty += 1,
        }
    }

    discarded.beyond_limit = keep_newest(&mut items);
    let newsroom = build_newsroom(raw.newsroom, &items);
    Ok(Feed {
        version,
        title: cut(plain_text(raw.title), TITLE_KEPT).unwrap_or_default(),
        home_page_url: non_blank(raw.home_page_url),
        feed_url: non_blank(raw.feed_url),
        description: plain_text(raw.description),
        next_url: non_blank(raw.next_url),
        icon: non_blank(raw.icon),
        favicon: non_blank(raw.favicon),
        authors: authors(raw.authors, raw.author),
        language: non_blank(raw.language),
        expired: raw.expired.unwrap_or(false),
        items,
        withdrawn,
        newsroom,
        discarded,
    })
}

/// Why a JSON document is not a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAFeed {
    NotAnObject,
    NoVersion,
    UnknownVersion(String),
    NoItems,
    ItemsNotAnArray,
}

fn build_item(id: String, raw: RawItem) -> Option<Item> {
    let title = cut(plain_text(raw.title), TITLE_KEPT);
    let content_html = non_blank(raw.content_html);
    let content_text = plain_text(raw.content_text);
    if title.is_none() && content_html.is_none() && content_text.is_none() {
        return None;
    }
    let extension = raw.extension.unwrap_or_default();
    let tags: Vec<String> = raw
        .tags
        .into_iter()
        .filter_map(|t| cut(plain_text(Some(t)), TAG_KEPT))
        .take(MAX_TAGS)
        .collect();
    let kind = match extension.kind.as_deref() {
        Some("brief") => Kind::Brief,
        Some("article") => Kind::Article,
        _ if title.is_some() && !has_body_beyond_title(&title, &content_html, &content_text) => {
            Kind::Brief
        }
        _ => Kind::Article,
    };
    let section = non_blank(extension.section)
        .or_else(|| tags.first().cloned())
        .map(|s| slugify(&s))
        .filter(|s| !s.is_empty());
    let summary = cut(plain_text(raw.summary), LEAD_KEPT);
    Some(Item {
        id,
        url: non_blank(raw.url),
        external_url: non_blank(raw.external_url),
        lead: cut(plain_text(extension.lead), LEAD_KEPT).or_else(|| summary.clone()),
        title,
        content_html,
        content_text,
        summary,
        image: non_blank(raw.image),
        banner_image: non_blank(raw.banner_image),
        date_published: raw.date_published.as_deref().and_then(parse_date),
        date_modified: raw.date_modified.as_deref().and_then(parse_date),
        authors: authors(raw.authors, raw.author),
        tags,
        language: non_blank(raw.language),
        attachments: raw.attachments,
        kind,
        section,
        image_caption: plain_text(extension.image_caption),
        image_credit: plain_text(extension.image_credit),
        featured: extension
            .featured
            .filter(|rank| *rank >= 1.0 && rank.fract() == 0.0 && *rank <= f64::from(u32::MAX))
            .map(|rank| rank as u32),
        related: extension.related,
        comments: extension
            .comments
            .into_iter()
            .filter_map(|c| {
                Some(SeedComment {
                    id: non_blank(c.id)?,
                    text: non_blank(c.text)?,
                    parent: non_blank(c.parent),
                    author: non_blank(c.author),
                    created: c.created.as_deref().and_then(parse_date),
                })
            })
            .collect(),
        pictures: extension.pictures,
    })
}

/// Keeps the newest [`MAX_ITEMS`] items, in the feed's order; undated items count as the
/// oldest. Returns how many were dropped.
fn keep_newest(items: &mut Vec<Item>) -> usize {
    let over = items.len().saturating_sub(MAX_ITEMS);
    if over == 0 {
        return 0;
    }
    let mut by_age: Vec<usize> = (0..items.len()).collect();
    // Newest first; among equals (and undated items), the feed's order.
    by_age.sort_by(|&a, &b| items[b].date().cmp(&items[a].date()));
    let mut keep = vec![false; items.len()];
    for &index in &by_age[..MAX_ITEMS] {
        keep[index] = true;
    }
    let mut flags = keep.into_iter();
    items.retain(|_| flags.next().unwrap_or(false));
    over
}

/// Version 1.1's `authors` wins over 1.0's `author`; authors with nothing in them are dropped.
fn authors(authors: Option<Vec<Author>>, author: Option<Author>) -> Vec<Author> {
    authors
        .or_else(|| author.map(|a| vec![a]))
        .unwrap_or_default()
        .into_iter()
        .map(|a| Author {
            name: cut(plain_text(a.name), NAME_KEPT),
            url: non_blank(a.url),
            avatar: non_blank(a.avatar),
        })
        .filter(|a| a.name.is_some() || a.url.is_some())
        .take(MAX_AUTHORS)
        .collect()
}

/// True when the content says more than the title: the rule that tells articles from briefs.
fn has_body_beyond_title(
    title: &Option<String>,
    html: &Option<String>,
    text: &Option<String>,
) -> bool {
    let body = match (text, html) {
        (Some(text), _) => text.trim().to_owned(),
        (None, Some(html)) => text_of_html(html),
        (None, None) => return false,
    };
    let title = title.as_deref().unwrap_or_default().trim();
    !body.is_empty() && body != title
}

fn build_newsroom(raw: Option<RawNewsroom>, items: &[Item]) -> Newsroom {
    let raw = raw.unwrap_or_default();
    let mut declared: Vec<(f64, Section)> = raw
        .sections
        .into_iter()
        .filter_map(|s| {
            let name = cut(plain_text(s.name), TAG_KEPT);
            let slug = non_blank(s.slug)
                .or_else(|| name.clone())
                .map(|s| slugify(&s))?;
            let name = name.unwrap_or_else(|| slug.clone());
            (!slug.is_empty()).then_some((s.order.unwrap_or(f64::MAX), Section { slug, name }))
        })
        .collect();
    // A stable sort keeps the feed's order among equal or missing `order`s.
    declared.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut sections: Vec<Section> = Vec::new();
    for (_, section) in declared {
        if !sections.iter().any(|s| s.slug == section.slug) {
            sections.push(section);
        }
    }
    if sections.is_empty() {
        sections = sections_from_tags(items);
    }
    Newsroom {
        site_name: plain_text(raw.site_name),
        sections,
        social: raw
            .social
            .into_iter()
            .filter_map(|s| {
                Some(SocialLink {
                    network: non_blank(s.network)?,
                    url: non_blank(s.url)?,
                })
            })
            .collect(),
        locale: non_blank(raw.locale),
    }
}

/// Without the extension, each item's first tag names its section, in order of first appearance.
fn sections_from_tags(items: &[Item]) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for item in items.iter().filter(|i| i.kind == Kind::Article) {
        let Some(slug) = &item.section else { continue };
        if sections.iter().any(|s| &s.slug == slug) {
            continue;
        }
        let name = match item.tags.first() {
            Some(tag) if &slugify(tag) == slug => tag.clone(),
            _ => slug.clone(),
        };
        sections.push(Section {
            slug: slug.clone(),
            name,
        });
    }
    sections
}
