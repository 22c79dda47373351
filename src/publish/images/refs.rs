//! Which pictures an item shows, by the URL the views resolve them to: its `image`, its
//! `banner_image`, and every `<img>` of its `content_html` (a lazy-loaded one by its real
//! URL). The same rule names them in the model and in the feed's JSON, so that the facts
//! publishing learns of a picture reach every item that shows it.

use crate::{
    feed::Item,
    sanitize::{
        rules::{safe_url, UrlUse},
        scan::image_sources,
    },
};

/// The pictures of an item, resolved against its `url`, else against `feed_url` (the
/// address the app reads the feed from), each once, in the order the item names them.
pub fn pictures_of(
    image: Option<&str>,
    banner_image: Option<&str>,
    content_html: Option<&str>,
    item_url: Option<&str>,
    feed_url: &str,
) -> Vec<String> {
    let base = item_url.unwrap_or(feed_url);
    let mut found: Vec<String> = [image, banner_image]
        .into_iter()
        .flatten()
        .filter_map(|src| safe_url(src, UrlUse::Image, Some(base)))
        .collect();
    if let Some(html) = content_html {
        found.extend(image_sources(html, base));
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|url| seen.insert(url.clone()));
    found
}

/// The pictures of a model item.
pub fn item_pictures(item: &Item, feed_url: &str) -> Vec<String> {
    pictures_of(
        item.image.as_deref(),
        item.banner_image.as_deref(),
        item.content_html.as_deref(),
        item.url.as_deref(),
        feed_url,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = "https://journal.example.ma/feed.json";

    #[test]
    fn an_items_pictures_resolve_as_the_views_resolve_them() {
        let html = r#"<p><img src="img/a.jpg"><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/b.jpg"><img src="javascript:x"></p>"#;
        assert_eq!(
            pictures_of(
                Some("img/a.jpg"),
                Some("/img/c.jpg"),
                Some(html),
                None,
                FEED
            ),
            [
                "https://journal.example.ma/img/a.jpg",
                "https://journal.example.ma/img/c.jpg",
                "https://cdn.example/b.jpg",
            ]
        );
        assert_eq!(
            pictures_of(
                Some("a.jpg"),
                None,
                None,
                Some("https://cms.example/2026/11/article/"),
                FEED
            ),
            ["https://cms.example/2026/11/article/a.jpg"]
        );
    }
}
