//! feed-rs's model, mapped to a JSON Feed 1.1 with `_manchette` (the table is in
//! docs/feed-format.md).

use feed_rs::model::{Entry, Feed, Link, MediaObject, Text};
use serde_json::{json, Map, Value};

use super::{DropReason, Dropped, Options};
use crate::{
    html_text::escape_text,
    text::{slugify, text_of_html},
    url,
};

/// An entry's id when its feed gives none: its link, as the reader would take it, else a
/// hash of its link and title, else of its title alone, so the id is the same on every
/// import. Without a link or a title there is nothing stable to make one from: the id stays
/// empty, and the entry is dropped.
pub(super) fn id_of_entry_without_one(
    links: &[Link],
    title: &Option<Text>,
    _base: Option<&str>,
) -> String {
    if let Some(id) = links.iter().find_map(|link| url::as_id(&link.href)) {
        return id;
    }
    match (links.first(), title) {
        (Some(link), _) => feed_rs::parser::generate_id_from_link_and_title(link, title),
        (None, Some(title)) if !title.content.trim().is_empty() => {
            feed_rs::parser::generate_id_from_uri_and_title("", title)
        }
        (None, _) => String::new(),
    }
}

/// True for HTML (and XHTML) text.
fn is_html(media_type: &impl std::fmt::Display) -> bool {
    let media_type = media_type.to_string();
    media_type.starts_with("text/html") || media_type.contains("xhtml")
}

/// A text field's words: markup taken out of HTML text, whitespace runs made one space.
fn plain(text: &Text) -> Option<String> {
    let words = if is_html(&text.content_type) {
        text_of_html(&text.content)
    } else {
        text.content
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    (!words.is_empty()).then_some(words)
}

/// A text field as HTML: HTML as it is, plain text escaped into a paragraph.
fn html(text: &str, media_type: &impl std::fmt::Display) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(if is_html(media_type) {
        text.to_owned()
    } else {
        format!("<p>{}</p>", escape_text(text))
    })
}

/// Where an entry or a feed points on the web: its first link that is not about the feed
/// itself, an enclosure or a reply thread.
fn page_link(links: &[Link]) -> Option<&str> {
    links
        .iter()
        .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
        .map(|l| l.href.as_str())
}

fn rfc3339(seconds: i64) -> Option<String> {
    jiff::Timestamp::from_second(seconds)
        .ok()
        .map(|t| t.to_string())
}

/// `value` under `key`, when there is one.
fn put(object: &mut Map<String, Value>, key: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), value.into());
    }
}

/// The feed as a JSON Feed 1.1, and the entries left out of it. `lines` holds each entry's
/// line in the source, when the walk of the XML found as many entries as feed-rs read.
pub(super) fn json_feed(
    feed: Feed,
    location: &str,
    options: &Options,
    lines: &[usize],
) -> (Value, Vec<Dropped>) {
    let title = feed.title.as_ref().and_then(plain).unwrap_or_default();
    let web_location = location.starts_with("http://") || location.starts_with("https://");
    let mut top = Map::new();
    top.insert("version".into(), "https://jsonfeed.org/version/1.1".into());
    top.insert("title".into(), title.clone().into());
    put(&mut top, "home_page_url", page_link(&feed.links));
    let own = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .map(|l| l.href.clone())
        .or_else(|| web_location.then(|| location.to_owned()));
    put(&mut top, "feed_url", own);
    put(
        &mut top,
        "description",
        feed.description.as_ref().and_then(plain),
    );
    put(&mut top, "language", feed.language.clone());
    put(
        &mut top,
        "icon",
        feed.logo
            .as_ref()
            .or(feed.icon.as_ref())
            .map(|i| i.uri.clone()),
    );
    let mut newsroom = Map::new();
    put(
        &mut newsroom,
        "site_name",
        (!title.is_empty()).then_some(title),
    );
    put(&mut newsroom, "locale", feed.language.clone());
    if !options.sections.is_empty() {
        let sections: Vec<Value> = options
            .sections
            .iter()
            .enumerate()
            .map(|(order, name)| json!({ "slug": slugify(name), "name": name, "order": order + 1 }))
            .collect();
        newsroom.insert("sections".into(), sections.into());
    }
    top.insert("_manchette".into(), newsroom.into());
    let lines_known = lines.len() == feed.entries.len();
    let mut ids = std::collections::HashSet::new();
    let mut items = Vec::new();
    let mut dropped = Vec::new();
    for (index, entry) in feed.entries.into_iter().enumerate() {
        let title = entry.title.as_ref().and_then(plain);
        let kept = item(entry, options).and_then(|item| {
            let id = item["id"].as_str().unwrap_or_default().to_owned();
            if ids.insert(id.clone()) {
                Ok(item)
            } else {
                Err(DropReason::DuplicateId(id))
            }
        });
        match kept {
            Ok(item) => items.push(item),
            Err(reason) => dropped.push(Dropped {
                entry: index + 1,
                line: lines_known.then(|| lines[index]),
                title,
                reason,
            }),
        }
    }
    top.insert("items".into(), items.into());
    (Value::Object(top), dropped)
}

fn item(entry: Entry, options: &Options) -> Result<Value, DropReason> {
    let title = entry.title.as_ref().and_then(plain);
    let body = entry
        .content
        .as_ref()
        .and_then(|c| html(c.body.as_deref()?, &c.content_type));
    let summary_html = entry
        .summary
        .as_ref()
        .and_then(|s| html(&s.content, &s.content_type));
    let summary = entry.summary.as_ref().and_then(plain);
    // Without content (no content:encoded), a description that says more than the title is
    // the body.
    let content_html =
        body.or_else(|| summary_html.filter(|_| summary.as_deref() != title.as_deref()));
    if title.is_none() && content_html.is_none() {
        return Err(DropReason::NoTitleNorContent);
    }
    // An empty guid is no id; the link stands in, as when there is no guid.
    let id = match entry.id.trim() {
        "" => page_link(&entry.links)
            .and_then(url::as_id)
            .ok_or(DropReason::NoIdNorLink)?,
        id => id.to_owned(),
    };
    let briefs = options.briefs_category.as_deref().map(slugify);
    let categories: Vec<String> = entry
        .categories
        .iter()
        .filter_map(|c| {
            let name = c.label.as_deref().unwrap_or(&c.term).trim();
            (!name.is_empty()).then(|| name.to_owned())
        })
        .collect();
    let in_briefs = |name: &String| briefs.as_deref() == Some(slugify(name).as_str());
    // A brief: in the newsroom's briefs category, or a headline with no body.
    let brief = categories.iter().any(in_briefs) || content_html.is_none();
    let tags: Vec<String> = categories
        .iter()
        .filter(|c| !in_briefs(c))
        .cloned()
        .collect();
    let declared: Vec<String> = options.sections.iter().map(|s| slugify(s)).collect();
    let section = if declared.is_empty() {
        tags.first().map(|t| slugify(t))
    } else {
        tags.iter()
            .map(|t| slugify(t))
            .find(|slug| declared.contains(slug))
    };

    let mut object = Map::new();
    object.insert("id".into(), id.into());
    put(&mut object, "url", page_link(&entry.links));
    put(&mut object, "title", title);
    put(
        &mut object,
        "content_html",
        if brief { None } else { content_html },
    );
    put(&mut object, "summary", summary);
    let published = entry.published.or(entry.updated).map(|t| t.timestamp());
    let updated = entry
        .updated
        .map(|t| t.timestamp())
        .filter(|u| Some(*u) != published);
    put(&mut object, "date_published", published.and_then(rfc3339));
    put(&mut object, "date_modified", updated.and_then(rfc3339));
    let authors: Vec<Value> = entry
        .authors
        .iter()
        .filter_map(|person| {
            let name = person.name.as_deref()?.trim();
            (!name.is_empty()).then(|| {
                let mut author = Map::new();
                author.insert("name".into(), name.into());
                put(&mut author, "url", person.uri.clone());
                Value::Object(author)
            })
        })
        .collect();
    if !authors.is_empty() {
        object.insert("authors".into(), authors.into());
    }
    if !tags.is_empty() {
        object.insert("tags".into(), tags.into());
    }
    put(&mut object, "language", entry.language.clone());
    let media = Media::of(&entry.media);
    put(&mut object, "image", media.image.clone());
    if !media.attachments.is_empty() {
        object.insert("attachments".into(), media.attachments.into());
    }
    let mut extension = Map::new();
    extension.insert(
        "kind".into(),
        if brief { "brief" } else { "article" }.into(),
    );
    put(&mut extension, "section", section);
    put(&mut extension, "image_caption", media.caption);
    put(&mut extension, "image_credit", media.credit);
    object.insert("_manchette".into(), extension.into());
    Ok(Value::Object(object))
}

/// What an entry's Media RSS and enclosures give: its picture, with a caption and credit,
/// and its other files as attachments.
#[derive(Default)]
struct Media {
    image: Option<String>,
    caption: Option<String>,
    credit: Option<String>,
    attachments: Vec<Value>,
}

impl Media {
    fn of(objects: &[MediaObject]) -> Media {
        let mut media = Media::default();
        for object in objects {
            for content in &object.content {
                let Some(url) = content.url.as_ref().map(|u| u.to_string()) else {
                    continue;
                };
                let media_type = content.content_type.as_ref().map(|t| t.to_string());
                let picture = media_type
                    .as_deref()
                    .map_or_else(|| looks_like_a_picture(&url), |t| t.starts_with("image/"));
                if picture {
                    if media.image.is_none() {
                        media.image = Some(url);
                        media.caption = object.description.as_ref().and_then(plain);
                        media.credit = object.credits.first().map(|c| c.entity.clone());
                    }
                } else if let Some(media_type) = media_type {
                    let mut attachment = Map::new();
                    attachment.insert("url".into(), url.into());
                    attachment.insert("mime_type".into(), media_type.into());
                    put(&mut attachment, "size_in_bytes", content.size);
                    media.attachments.push(attachment.into());
                }
            }
            if media.image.is_none() {
                media.image = object.thumbnails.first().map(|t| t.image.uri.clone());
            }
        }
        media
    }
}

fn looks_like_a_picture(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]
        .iter()
        .any(|ext| path.ends_with(ext))
}
