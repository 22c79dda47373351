//! A forgiving scan of an HTML fragment's start tags, for reading what HTML holds (the
//! validator's report, a saved article's pictures). Never used to sanitise: the app shows
//! HTML only through the browser's inert parser and `html`'s walk.

use super::{
    embed::recognise,
    rules::lazy_attribute,
    urls::{safe_url, UrlUse},
};
use crate::html_text::decode_references;

/// A start tag: its lowercase name and its attributes (lowercase names, raw values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
}

/// Every start tag of `html`, in order. Comments, doctypes and end tags are skipped.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        if name_len == 0 || !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let name = rest[..name_len].to_ascii_lowercase();
        rest = &rest[name_len..];
        let (attributes, remaining) = attributes(rest);
        rest = remaining;
        tags.push(StartTag { name, attributes });
    }
    tags
}

/// Reads attributes up to the closing `>`; returns them and the text after the tag.
fn attributes(mut rest: &str) -> (Vec<(String, String)>, &str) {
    let mut found = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return (found, rest);
        }
        if let Some(after) = rest.strip_prefix('>') {
            return (found, after);
        }
        let name_len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '=' | '>' | '/'))
            .unwrap_or(rest.len())
            .max(1);
        let name = rest[..name_len].to_ascii_lowercase();
        rest = rest[name_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (text, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = &after[1..];
                    match body.find(quote) {
                        Some(end) => (&body[..end], &body[end + 1..]),
                        None => (body, ""),
                    }
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = decode_references(text).into_owned();
            rest = remaining;
        }
        found.push((name, value));
    }
}

/// The pictures of an HTML fragment, as the sanitiser keeps them: absolute http(s) URLs, the
/// real one of a lazy-loaded picture first.
pub fn image_sources(html: &str, base: &str) -> Vec<String> {
    let safe = |src: &str| safe_url(src, UrlUse::Image, Some(base));
    start_tags(html)
        .into_iter()
        .filter(|tag| tag.name == "img")
        .filter_map(|tag| {
            let lazy = tag
                .attributes
                .iter()
                .filter(|(name, _)| lazy_attribute(name) == Some("src"))
                .find_map(|(_, src)| safe(src));
            lazy.or_else(|| {
                let (_, src) = tag.attributes.iter().find(|(name, _)| name == "src")?;
                safe(src)
            })
        })
        .collect()
}

/// The posters of the embeds an HTML fragment's frames and links name (a YouTube video's
/// thumbnail), which its facades show once publishing hosts them.
pub fn embed_posters(html: &str) -> Vec<String> {
    start_tags(html)
        .into_iter()
        .filter_map(|tag| {
            let wanted = match tag.name.as_str() {
                "iframe" => "src",
                "a" => "href",
                _ => return None,
            };
            let (_, url) = tag.attributes.iter().find(|(name, _)| name == wanted)?;
            recognise(url)?.poster()
        })
        .collect()
}

/// Which pictures an item shows, by the URL the views resolve them to (against the item's
/// `url`, else `feed_url`, the address the feed is read from): its `image`, its
/// `banner_image`, then every image of its `content_html` and its embeds' posters, each once. Publishing makes
/// variants of these and records what it made under the same URLs.
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
        found.extend(embed_posters(html));
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|url| seen.insert(url.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Vec<String> {
        start_tags(html).into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn start_tags_are_found_and_the_rest_skipped() {
        assert_eq!(
            names("<p>a</p><!-- <script> --><IMG src=x><br/>< p>"),
            ["p", "img", "br"]
        );
    }

    #[test]
    fn attributes_in_every_quoting_style() {
        let tags = start_tags(
            r#"<a href="https://x.example/?a=1&amp;b=2" title='t' data-x=plain hidden>"#,
        );
        assert_eq!(
            tags[0].attributes,
            [
                ("href".into(), "https://x.example/?a=1&b=2".into()),
                ("title".into(), "t".into()),
                ("data-x".into(), "plain".into()),
                ("hidden".into(), String::new()),
            ]
        );
    }

    #[test]
    fn pictures_are_listed_absolute_and_safe() {
        let html = r#"<p>x</p><img src="img/a.svg"><IMG SRC='https://cdn.example/b.jpg'><img src="javascript:x"><img><img src="data:image/gif;base64,R0lGOD" data-src="img/c.jpg">"#;
        assert_eq!(
            image_sources(html, "https://journal.example/feed.json"),
            [
                "https://journal.example/img/a.svg",
                "https://cdn.example/b.jpg",
                "https://journal.example/img/c.jpg"
            ]
        );
    }

    #[test]
    fn entities_that_hide_a_scheme_are_decoded() {
        let tags = start_tags("<a href=\"&#106;avascript&colon;alert(1)\">");
        assert_eq!(tags[0].attributes[0].1, "javascript:alert(1)");
    }

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

    #[test]
    fn a_youtube_embeds_poster_is_one_of_its_pictures() {
        let html = r#"<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk?feature=oembed"></iframe><a href="https://vimeo.com/76979871">x</a><a href="https://youtu.be/dQw4w9WgXcQ">y</a><iframe src="https://youtube.com.evil.example/embed/aBcDeFgHiJk"></iframe>"#;
        assert_eq!(
            embed_posters(html),
            [
                "https://i.ytimg.com/vi/aBcDeFgHiJk/hqdefault.jpg",
                "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
            ]
        );
    }
}
