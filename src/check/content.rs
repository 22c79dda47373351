//! What the sanitiser will take out of an item's `content_html`.

use super::Findings;
use crate::sanitize::{
    rules::{attribute_allowed, element_action, safe_url, ElementAction, UrlUse},
    scan::start_tags,
};

/// Reports what the sanitiser will take out of `content_html`, once per kind of finding.
pub(super) fn check_content_html(html: &str, base: &str, path: &str, findings: &mut Findings) {
    let mut notes: Vec<String> = Vec::new();
    for tag in start_tags(html) {
        let action = element_action(&tag.name);
        if action == ElementAction::Remove {
            notes.push(format!("<{}> is removed with its content", tag.name));
            continue;
        }
        if matches!(action, ElementAction::Unwrap | ElementAction::Rename(_)) {
            continue;
        }
        for (attribute, value) in &tag.attributes {
            if attribute.starts_with("on") || attribute == "style" {
                notes.push(format!(
                    "the {attribute} attribute on <{}> is removed",
                    tag.name
                ));
            } else if attribute_allowed(&tag.name, attribute)
                && matches!(attribute.as_str(), "href" | "src")
            {
                let url_use = if attribute == "href" {
                    UrlUse::Link
                } else {
                    UrlUse::Image
                };
                if safe_url(value, url_use, Some(base)).is_none() {
                    notes.push(format!(
                        "the URL \"{value}\" in <{} {attribute}> is removed",
                        tag.name
                    ));
                }
            }
        }
    }
    let mut reported: Vec<&String> = Vec::new();
    for note in &notes {
        if reported.contains(&note) {
            continue;
        }
        reported.push(note);
        findings.warning(path.to_owned(), format!("the app strips this: {note}"));
    }
}
