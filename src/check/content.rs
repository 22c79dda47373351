//! What the sanitiser will take out of an item's `content_html`.

use super::Findings;
use crate::sanitize::{
    embed::recognise,
    rules::{attribute_allowed, element_action, ElementAction},
    scan::start_tags,
    urls::{safe_url, UrlUse},
};

/// Reports what the sanitiser will take out of `content_html`, once per kind of finding.
pub(super) fn check_content_html(html: &str, base: &str, path: &str, findings: &mut Findings) {
    let mut notes: Vec<String> = Vec::new();
    for tag in start_tags(html) {
        if tag.name == "iframe" {
            let src = tag
                .attributes
                .iter()
                .find(|(name, _)| name == "src")
                .map_or("", |(_, value)| value.as_str());
            let (facade, note) = embed_note(src, base);
            if facade {
                findings.warning(path.to_owned(), note);
            } else {
                notes.push(note);
            }
            continue;
        }
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

/// What becomes of a frame: `(true, …)` for an embed the app shows as a click-to-play facade,
/// `(false, …)` for one it drops, with the reason.
fn embed_note(src: &str, base: &str) -> (bool, String) {
    if let Some(embed) = recognise(src) {
        let what = if embed.provider.is_audio() {
            "sound"
        } else {
            "video"
        };
        return (
            true,
            format!(
                "the {} {what} {} becomes a click-to-play facade (nothing loads from {} before the reader's click)",
                embed.provider.name(),
                embed.id,
                embed.provider.name()
            ),
        );
    }
    let why = match safe_url(src, UrlUse::Link, Some(base)) {
        Some(url) => format!("{url} is no provider Manchette plays; a link to it is left"),
        None => format!("\"{src}\" is not a web address"),
    };
    (false, format!("<iframe> is dropped: {why}"))
}
