//! Choosing what each view shows, by the rules in docs/feed-format.md. Plain functions over
//! the feed, so the views stay thin and these rules are tested natively.

use super::model::{Feed, Item, Kind};
use crate::text::{slugify, text_of_html};

/// Newest first by date; undated items keep their feed order, after the dated ones.
fn newest_first<'a>(items: impl Iterator<Item = &'a Item>) -> Vec<&'a Item> {
    sort_newest_first(items.collect())
}

/// Kept apart from the generic `newest_first` so that the wasm holds one copy of the sort,
/// not one per kind of iterator.
fn sort_newest_first(mut items: Vec<&Item>) -> Vec<&Item> {
    items.sort_by_key(|item| std::cmp::Reverse(item.date()));
    items
}

fn articles(feed: &Feed) -> impl Iterator<Item = &Item> {
    feed.items.iter().filter(|i| i.kind == Kind::Article)
}

/// The story that leads the front page: the article ranked `featured: 1` (or the best rank
/// given), else the newest article with an image, else the newest article.
pub fn lead_story(feed: &Feed) -> Option<&Item> {
    articles(feed)
        .filter(|i| i.featured.is_some())
        .min_by_key(|i| i.featured)
        .or_else(|| newest(articles(feed).filter(|i| i.image.is_some())))
        .or_else(|| newest(articles(feed)))
}

/// The newest of `items` by date; among undated items, the first in feed order.
fn newest<'a>(items: impl Iterator<Item = &'a Item>) -> Option<&'a Item> {
    items.reduce(|best, item| {
        if item.date() > best.date() {
            item
        } else {
            best
        }
    })
}

/// The top stories after the lead: ranked articles by rank, then the newest articles with
/// an image, then the newest articles; `count` at most, never the lead twice.
pub fn top_stories<'a>(feed: &'a Feed, lead: Option<&Item>, count: usize) -> Vec<&'a Item> {
    let is_lead = |i: &Item| lead.is_some_and(|l| l.id == i.id);
    let mut ranked: Vec<&Item> = articles(feed)
        .filter(|i| i.featured.is_some() && !is_lead(i))
        .collect();
    ranked.sort_by_key(|i| i.featured);
    let with_image = newest_first(articles(feed).filter(|i| i.image.is_some()));
    let all = newest_first(articles(feed));
    let mut chosen: Vec<&Item> = Vec::with_capacity(count);
    for item in ranked.into_iter().chain(with_image).chain(all) {
        if chosen.len() == count {
            break;
        }
        if !is_lead(item) && !chosen.iter().any(|c| c.id == item.id) {
            chosen.push(item);
        }
    }
    chosen
}

/// A section's articles, newest first.
pub fn section_articles<'a>(feed: &'a Feed, slug: &str) -> Vec<&'a Item> {
    newest_first(articles(feed).filter(|i| i.section.as_deref() == Some(slug)))
}

/// The articles carrying a tag (compared by slug), newest first.
pub fn tagged<'a>(feed: &'a Feed, tag_slug: &str) -> Vec<&'a Item> {
    newest_first(articles(feed).filter(|i| i.tags.iter().any(|t| slugify(t) == tag_slug)))
}

/// The tag's text as the feed writes it, for a tag slug.
pub fn tag_name<'a>(feed: &'a Feed, tag_slug: &str) -> Option<&'a str> {
    feed.items
        .iter()
        .flat_map(|i| &i.tags)
        .find(|t| slugify(t) == tag_slug)
        .map(String::as_str)
}

/// Every brief, newest first.
pub fn briefs(feed: &Feed) -> Vec<&Item> {
    newest_first(feed.items.iter().filter(|i| i.kind == Kind::Brief))
}

/// Items related to `item`: the ids it lists, in its order; without a list, the articles
/// sharing its section and tags, the closest first, then the newest.
pub fn related<'a>(feed: &'a Feed, item: &Item, count: usize) -> Vec<&'a Item> {
    if !item.related.is_empty() {
        return item
            .related
            .iter()
            .filter(|id| **id != item.id)
            .filter_map(|id| feed.items.iter().find(|i| &i.id == id))
            .take(count)
            .collect();
    }
    let tags: Vec<String> = item.tags.iter().map(|t| slugify(t)).collect();
    let score = |other: &Item| {
        let same_section =
            usize::from(other.section.is_some() && other.section == item.section) * 2;
        let shared_tags = other
            .tags
            .iter()
            .filter(|t| tags.contains(&slugify(t)))
            .count();
        same_section + shared_tags
    };
    let mut candidates: Vec<(usize, &Item)> =
        newest_first(articles(feed).filter(|i| i.id != item.id))
            .into_iter()
            .map(|other| (score(other), other))
            .filter(|(score, _)| *score > 0)
            .collect();
    // A stable sort keeps newest first among equal scores.
    candidates.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    candidates.into_iter().take(count).map(|(_, i)| i).collect()
}

/// The articles either side of `item` in its section: the newer one, then the older one.
pub fn neighbours<'a>(feed: &'a Feed, item: &Item) -> (Option<&'a Item>, Option<&'a Item>) {
    let Some(slug) = item.section.as_deref() else {
        return (None, None);
    };
    let list = section_articles(feed, slug);
    let Some(position) = list.iter().position(|i| i.id == item.id) else {
        return (None, None);
    };
    let newer = position.checked_sub(1).map(|p| list[p]);
    (newer, list.get(position + 1).copied())
}

/// Groups consecutive items by a key (a day, say), keeping their order.
pub fn group_by<'a, K: PartialEq>(
    items: &[&'a Item],
    key: impl Fn(&Item) -> K,
) -> Vec<(K, Vec<&'a Item>)> {
    let mut groups: Vec<(K, Vec<&Item>)> = Vec::new();
    for item in items {
        let k = key(item);
        match groups.last_mut() {
            Some((last, members)) if *last == k => members.push(item),
            _ => groups.push((k, vec![item])),
        }
    }
    groups
}

/// Minutes a reader needs for the item's text, at 230 words a minute; at least one.
pub fn reading_minutes(item: &Item) -> u32 {
    let words = match (&item.content_text, &item.content_html) {
        (Some(text), _) => text.split_whitespace().count(),
        (None, Some(html)) => text_of_html(html).split_whitespace().count(),
        (None, None) => 0,
    };
    let lead_words = item
        .lead
        .as_deref()
        .map_or(0, |l| l.split_whitespace().count());
    (((words + lead_words) as u32).div_ceil(230)).max(1)
}

#[cfg(test)]
mod tests;
