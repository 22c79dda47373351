//! WordPress's own export (WXR: RSS 2.0 with `wp:` fields, Tools → Export), which a newsroom
//! loads its backlog from. It holds every post, page, draft, attachment and menu entry of the
//! site; the paper keeps only the published posts (`wp:post_type` post, `wp:status` publish).
//! The others are cut out of the document, byte for byte, before the RSS reader sees it.

use quick_xml::{events::Event, Reader};

/// What a WordPress export held besides its published posts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub posts_kept: usize,
    /// Each other kind of entry, with how many: ("page", 3), ("post, draft", 2), …
    pub others: Vec<(String, usize)>,
}

impl std::fmt::Display for LeftOut {
    /// "a WordPress export: 3 published posts kept; left out: 1 page, 2 drafts of posts, …"
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "a WordPress export: {} published posts kept",
            self.posts_kept
        )?;
        for (at, (kind, count)) in self.others.iter().enumerate() {
            let lead = if at == 0 { "; left out: " } else { ", " };
            write!(f, "{lead}{count} × {kind}")?;
        }
        Ok(())
    }
}

/// Whether `bytes` is a WordPress export: its root declares the export's namespace.
pub fn is_wordpress_export(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    head.windows(27)
        .any(|window| window == b"http://wordpress.org/export")
}

/// The export with only its published posts, and what was left out. `None` when the XML
/// breaks: the RSS reader then says where.
pub fn published_posts(bytes: &[u8]) -> Option<(Vec<u8>, LeftOut)> {
    let mut reader = Reader::from_reader(bytes);
    let mut kept = Vec::with_capacity(bytes.len());
    let mut left_out = LeftOut::default();
    // Where the bytes not yet copied start, and the item being read: where it starts, and
    // the text of its `wp:post_type` and `wp:status`.
    let mut copied = 0;
    let mut item: Option<(usize, Option<String>, Option<String>)> = None;
    let mut field: Option<&'static str> = None;
    loop {
        let before = reader.buffer_position() as usize;
        match reader.read_event().ok()? {
            Event::Start(element) => {
                let name = element.name().into_inner();
                if name == "item" && item.is_none() {
                    item = Some((before, None, None));
                } else if item.is_some() {
                    field = match name {
                        "wp:post_type" => Some("type"),
                        "wp:status" => Some("status"),
                        _ => None,
                    };
                }
            }
            Event::Text(text) if field.is_some() => {
                let value = text.into_inner().trim().to_owned();
                note(&mut item, field, value);
            }
            Event::CData(text) if field.is_some() => {
                let value = text.into_inner().trim().to_owned();
                note(&mut item, field, value);
            }
            Event::End(element) => {
                field = None;
                if element.name().into_inner() == "item" {
                    let (start, kind, status) = item.take()?;
                    let end = reader.buffer_position() as usize;
                    let kind = kind.unwrap_or_else(|| "post".into());
                    let status = status.unwrap_or_else(|| "publish".into());
                    if kind == "post" && status == "publish" {
                        left_out.posts_kept += 1;
                    } else {
                        kept.extend_from_slice(&bytes[copied..start]);
                        copied = end;
                        count(&mut left_out.others, &kind, &status);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    kept.extend_from_slice(&bytes[copied..]);
    Some((kept, left_out))
}

/// Puts the items of the feed made of an export (oldest first, as WordPress writes it) newest
/// first, as a feed has them; undated items last.
pub fn newest_first(feed: &mut serde_json::Value) {
    if let Some(items) = feed["items"].as_array_mut() {
        let date = |item: &serde_json::Value| {
            item["date_published"]
                .as_str()
                .and_then(crate::feed::parse_date)
                .map(|at| at.epoch_ms)
        };
        items.sort_by_key(|item| std::cmp::Reverse(date(item)));
    }
}

fn note(
    item: &mut Option<(usize, Option<String>, Option<String>)>,
    field: Option<&str>,
    value: String,
) {
    if let Some((_, kind, status)) = item {
        match field {
            Some("type") => *kind = Some(value),
            Some("status") => *status = Some(value),
            _ => {}
        }
    }
}

/// Counts one more entry of `kind` (a page, an attachment) or, for a post, of `status`.
fn count(others: &mut Vec<(String, usize)>, kind: &str, status: &str) {
    let name = match kind {
        "post" => format!("post ({status})"),
        other => other.replace('_', " "),
    };
    match others.iter_mut().find(|(known, _)| *known == name) {
        Some((_, count)) => *count += 1,
        None => others.push((name, 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Journal</title>
<item><title>Publié</title><wp:post_type><![CDATA[post]]></wp:post_type><wp:status><![CDATA[publish]]></wp:status></item>
<item><title>Brouillon</title><wp:post_type><![CDATA[post]]></wp:post_type><wp:status><![CDATA[draft]]></wp:status></item>
<item><title>Mentions légales</title><wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>
<item><title>photo.jpg</title><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status></item>
<item><title>Aussi publié</title><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>"#;

    #[test]
    fn only_the_published_posts_stay_byte_for_byte() {
        assert!(is_wordpress_export(EXPORT.as_bytes()));
        let (kept, left_out) = published_posts(EXPORT.as_bytes()).unwrap();
        let kept = String::from_utf8(kept).unwrap();
        assert_eq!(kept.matches("<item>").count(), 2);
        assert!(kept.contains("<item><title>Publié</title><wp:post_type><![CDATA[post]]></wp:post_type><wp:status><![CDATA[publish]]></wp:status></item>"));
        assert!(kept.contains("Aussi publié"));
        assert!(
            !kept.contains("Brouillon")
                && !kept.contains("Mentions")
                && !kept.contains("photo.jpg")
        );
        assert!(kept.ends_with("</channel></rss>"));
        assert_eq!(
            left_out.to_string(),
            "a WordPress export: 2 published posts kept; left out: 1 × post (draft), 1 × page, 1 × attachment"
        );
    }

    #[test]
    fn a_plain_feed_is_not_an_export() {
        assert!(!is_wordpress_export(
            b"<rss version=\"2.0\"><channel></channel></rss>"
        ));
    }
}
