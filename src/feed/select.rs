//! Choosing what a front page shows, by the rules in docs/feed-format.md.

use super::model::{Feed, Item, Kind};

/// The story that leads the front page: the article ranked `featured: 1` (or the best rank
/// given), else the newest article with an image, else the newest article.
pub fn lead_story(feed: &Feed) -> Option<&Item> {
    let articles = || feed.items.iter().filter(|i| i.kind == Kind::Article);
    articles()
        .filter(|i| i.featured.is_some())
        .min_by_key(|i| i.featured)
        .or_else(|| newest(articles().filter(|i| i.image.is_some())))
        .or_else(|| newest(articles()))
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
