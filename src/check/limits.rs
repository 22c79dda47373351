//! The reader's limits (`feed::limits`), reported where a page passes them.

use serde_json::{Map, Value};

use super::Findings;
use crate::feed::limits::{
    HEADLINE_SHOWN, LEAD_KEPT, MAX_AUTHORS, MAX_ITEMS, MAX_TAGS, NAME_KEPT, TAG_KEPT, TITLE_KEPT,
};

/// A page with more items than the reader takes.
pub(super) fn check_item_count(items: &[Value], findings: &mut Findings) {
    if items.len() > MAX_ITEMS {
        findings.warning(
            "$.items",
            format!(
                "{} items: readers keep the newest {MAX_ITEMS} and drop the {} others",
                items.len(),
                items.len() - MAX_ITEMS
            ),
        );
    }
}

/// The fields of one item that readers cut or leave out.
pub(super) fn check_item_limits(item: &Map<String, Value>, path: &str, findings: &mut Findings) {
    let long = |field: &str| {
        item.get(field)
            .and_then(Value::as_str)
            .map(|t| t.chars().count())
    };
    if let Some(length) = long("title").filter(|&n| n > HEADLINE_SHOWN) {
        let kept = if length > TITLE_KEPT {
            format!("keep {TITLE_KEPT} of them and ")
        } else {
            String::new()
        };
        findings.warning(
            format!("{path}.title"),
            format!("the title is {length} characters: readers {kept}show {HEADLINE_SHOWN}, with an ellipsis"),
        );
    }
    if let Some(length) = long("summary").filter(|&n| n > LEAD_KEPT) {
        findings.warning(
            format!("{path}.summary"),
            format!("the summary is {length} characters: readers keep {LEAD_KEPT}"),
        );
    }
    if let Some(tags) = item.get("tags").and_then(Value::as_array) {
        if tags.len() > MAX_TAGS {
            findings.warning(
                format!("{path}.tags"),
                format!("{} tags: readers keep the first {MAX_TAGS}", tags.len()),
            );
        }
        for (index, tag) in tags.iter().enumerate().take(MAX_TAGS) {
            too_long(
                tag.as_str(),
                TAG_KEPT,
                &format!("{path}.tags[{index}]"),
                "tag",
                findings,
            );
        }
    }
    if let Some(authors) = item.get("authors").and_then(Value::as_array) {
        if authors.len() > MAX_AUTHORS {
            findings.warning(
                format!("{path}.authors"),
                format!(
                    "{} authors: readers keep the first {MAX_AUTHORS}",
                    authors.len()
                ),
            );
        }
        for (index, author) in authors.iter().enumerate().take(MAX_AUTHORS) {
            let name = author.get("name").and_then(Value::as_str);
            too_long(
                name,
                NAME_KEPT,
                &format!("{path}.authors[{index}].name"),
                "name",
                findings,
            );
        }
    }
}

fn too_long(text: Option<&str>, kept: usize, path: &str, what: &str, findings: &mut Findings) {
    let Some(length) = text.map(|t| t.chars().count()).filter(|&n| n > kept) else {
        return;
    };
    findings.warning(
        path.to_owned(),
        format!("the {what} is {length} characters: readers keep {kept}, with an ellipsis"),
    );
}
