//! The field-by-field checks of one page: the feed's top level, its extension, its items.

use serde_json::{Map, Value};

use super::{
    content::check_content_html,
    fields::{attachments_field, authors_field, describe, strings_field, text_field},
    limits::{check_item_count, check_item_limits},
    Findings, Seen, Severity,
};
use crate::{
    feed::{parse_date, parse_rfc3339},
    sanitize::urls::{safe_url, UrlUse},
    text::slugify,
    url,
};

const FEED_TEXT_FIELDS: [&str; 7] = [
    "title",
    "home_page_url",
    "feed_url",
    "description",
    "icon",
    "favicon",
    "language",
];
const ITEM_TEXT_FIELDS: [&str; 9] = [
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "language",
];

/// What relative URLs in a page resolve against: the page itself when it is on the web; a
/// file is checked as if it were served over https.
fn web_base(page: &str) -> &str {
    if page.starts_with("http://") || page.starts_with("https://") {
        page
    } else {
        "https://feed.invalid/"
    }
}

pub(super) fn check_top(root: &Value, page: &str, findings: &mut Findings, seen: &mut Seen) {
    let Some(top) = root.as_object() else { return };
    if !matches!(top.get("title"), Some(Value::String(_))) {
        findings.error("$.title", "\"title\" is required and must be a string");
    }
    for field in FEED_TEXT_FIELDS.into_iter().skip(1) {
        text_field(top, field, "$", findings, Severity::Warning);
    }
    authors_field(top, "$", findings);
    if let Some(extension) = top.get("_manchette") {
        check_newsroom(extension, findings, seen);
    }
    let Some(items) = top.get("items").and_then(Value::as_array) else {
        return;
    };
    check_item_count(items, findings);
    for (index, value) in items.iter().enumerate() {
        let path = format!("$.items[{index}]");
        match value.as_object() {
            Some(item) => check_item(item, &path, page, findings, seen),
            None => findings.error(path, "an item must be an object; readers skip this one"),
        }
    }
}

fn check_newsroom(extension: &Value, findings: &mut Findings, seen: &mut Seen) {
    let Some(extension) = extension.as_object() else {
        findings.warning(
            "$._manchette",
            "the extension must be an object: readers ignore it",
        );
        return;
    };
    let Some(sections) = extension.get("sections") else {
        return;
    };
    let Some(sections) = sections.as_array() else {
        findings.warning(
            "$._manchette.sections",
            "\"sections\" must be an array of objects",
        );
        return;
    };
    for (index, section) in sections.iter().enumerate() {
        let path = format!("$._manchette.sections[{index}]");
        let slug = section
            .get("slug")
            .or_else(|| section.get("name"))
            .and_then(Value::as_str)
            .map(slugify)
            .filter(|s| !s.is_empty());
        match slug {
            Some(slug) if seen.sections.contains(&slug) => findings.warning(
                path,
                format!("section \"{slug}\" is declared twice; the first one counts"),
            ),
            Some(slug) => seen.sections.push(slug),
            None => findings.warning(path, "a section needs a \"slug\" or a \"name\""),
        }
    }
}

fn check_item(
    item: &Map<String, Value>,
    path: &str,
    page: &str,
    findings: &mut Findings,
    seen: &mut Seen,
) {
    let id = match item.get("id") {
        Some(Value::String(id)) if !id.trim().is_empty() => Some(id.clone()),
        Some(Value::Number(n)) => {
            findings.warning(
                format!("{path}.id"),
                format!("id {n} is a number; ids are strings (readers convert it)"),
            );
            Some(n.to_string())
        }
        unusable => {
            let (where_, what) = match unusable {
                None => (path.to_owned(), "the item has no id".to_owned()),
                Some(Value::String(_)) => (format!("{path}.id"), "the id is blank".to_owned()),
                Some(other) => (
                    format!("{path}.id"),
                    format!("the id is {}", describe(other)),
                ),
            };
            let by_address = item.get("url").and_then(Value::as_str).and_then(url::as_id);
            match &by_address {
                Some(id) => findings.warning(
                    where_,
                    format!("{what}: readers use its url as the id, \"{id}\" (keep the url stable, or give the item an id)"),
                ),
                None => findings.error(where_, format!("{what} and no http(s) url: readers discard it")),
            }
            by_address
        }
    };
    if let Some(id) = &id {
        let here = format!("{page} {path}");
        if let Some(first) = seen.ids.get(id) {
            findings.error(
                format!("{path}.id"),
                format!("duplicate id \"{id}\", first used at {first}: readers keep the first"),
            );
        } else {
            seen.ids.insert(id.clone(), here);
        }
    }
    // A withdrawn item needs nothing but its id (the report says it is withdrawn).
    let withdrawn = item.get("_manchette").and_then(|e| e.get("withdrawn"));
    if withdrawn == Some(&Value::Bool(true)) {
        return;
    }

    let texts: Vec<Option<&str>> = ITEM_TEXT_FIELDS
        .iter()
        .map(|field| text_field(item, field, path, findings, Severity::Warning))
        .collect();
    let [url, _, title, html, text, ..] = texts[..] else {
        return;
    };
    if html.is_none() && text.is_none() {
        if title.is_some() {
            findings.warning(
                path.to_owned(),
                "no content_html or content_text: Manchette shows it as a brief (JSON Feed asks for one of them)",
            );
        } else {
            findings.error(
                path.to_owned(),
                "no title and no content: readers discard this item",
            );
        }
    }
    for field in ["date_published", "date_modified"] {
        if let Some(date) = text_field(item, field, path, findings, Severity::Error) {
            if parse_rfc3339(date).is_some() {
                continue;
            }
            if parse_date(date).is_some() {
                findings.warning(
                    format!("{path}.{field}"),
                    format!("\"{date}\" is an RFC 2822 date: Manchette reads it, but JSON Feed asks for RFC 3339, such as 2024-11-20T17:35:00+01:00"),
                );
            } else {
                findings.error(
                    format!("{path}.{field}"),
                    format!("\"{date}\" is not an RFC 3339 date such as 2024-11-20T17:35:00+01:00: readers show no date"),
                );
            }
        }
    }
    for field in ["image", "banner_image"] {
        if let Some(image) = item.get(field).and_then(Value::as_str) {
            if safe_url(image, UrlUse::Image, Some(url.unwrap_or(web_base(page)))).is_none() {
                findings.warning(
                    format!("{path}.{field}"),
                    format!("\"{image}\" is not an http(s) image URL"),
                );
            }
        }
    }
    strings_field(item, "tags", path, findings);
    check_item_limits(item, path, findings);
    authors_field(item, path, findings);
    attachments_field(item, path, findings);
    if let Some(html) = html {
        check_content_html(
            html,
            url.unwrap_or(web_base(page)),
            &format!("{path}.content_html"),
            findings,
        );
    }
    let first_tag = item
        .get("tags")
        .and_then(Value::as_array)
        .and_then(|t| t.first())
        .and_then(Value::as_str);
    check_item_extension(
        item.get("_manchette"),
        first_tag,
        path,
        page,
        findings,
        seen,
    );
}

fn check_item_extension(
    extension: Option<&Value>,
    first_tag: Option<&str>,
    path: &str,
    page: &str,
    findings: &mut Findings,
    seen: &mut Seen,
) {
    let path = format!("{path}._manchette");
    let extension = match extension {
        None => None,
        Some(Value::Object(extension)) => Some(extension),
        Some(other) => {
            findings.warning(
                path.clone(),
                format!(
                    "the extension is {}, not an object: readers ignore it",
                    describe(other)
                ),
            );
            None
        }
    };
    let declared_section =
        extension.and_then(|e| text_field(e, "section", &path, findings, Severity::Warning));
    if !seen.sections.is_empty() {
        let (section, where_) = match declared_section {
            Some(section) => (Some(section), format!("{path}.section")),
            None => (first_tag, path.replace("._manchette", ".tags[0]")),
        };
        if let Some(section) = section {
            let slug = slugify(section);
            if !seen.sections.contains(&slug) {
                findings.error(
                    where_,
                    format!(
                        "unknown section \"{section}\"; the feed declares: {}",
                        seen.sections.join(", ")
                    ),
                );
            }
        }
    }
    let Some(extension) = extension else { return };
    if let Some(kind) = text_field(extension, "kind", &path, findings, Severity::Warning) {
        if kind != "article" && kind != "brief" {
            findings.warning(
                format!("{path}.kind"),
                format!("kind \"{kind}\" is neither \"article\" nor \"brief\": the rule decides"),
            );
        }
    }
    for field in ["lead", "image_caption", "image_credit"] {
        text_field(extension, field, &path, findings, Severity::Warning);
    }
    if let Some(rank) = extension.get("featured") {
        if rank.as_u64().is_none_or(|r| r == 0) {
            findings.warning(
                format!("{path}.featured"),
                "\"featured\" must be a whole number from 1: readers ignore it",
            );
        }
    }
    if let Some(related) = extension.get("related") {
        match related.as_array() {
            Some(list) => {
                for (index, id) in list.iter().enumerate() {
                    let id = match id {
                        Value::String(id) => id.clone(),
                        Value::Number(n) => n.to_string(),
                        _ => continue,
                    };
                    seen.related
                        .push((page.to_owned(), format!("{path}.related[{index}]"), id));
                }
            }
            None => findings.warning(
                format!("{path}.related"),
                "\"related\" must be an array of ids",
            ),
        }
    }
}
