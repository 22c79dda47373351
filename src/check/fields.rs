//! Checks of single JSON fields: their type, and the shape of lists.

use serde_json::{Map, Value};

use super::{Findings, Severity};

/// A field that must be a string when present.
pub(super) fn text_field<'a>(
    object: &'a Map<String, Value>,
    field: &str,
    parent: &str,
    findings: &mut Findings,
    severity: Severity,
) -> Option<&'a str> {
    match object.get(field)? {
        Value::String(text) => Some(text),
        other => {
            let message = format!(
                "\"{field}\" is {}, not a string: readers ignore it",
                describe(other)
            );
            findings.push(severity, format!("{parent}.{field}"), message);
            None
        }
    }
}

pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn strings_field(
    object: &Map<String, Value>,
    field: &str,
    parent: &str,
    findings: &mut Findings,
) {
    let Some(value) = object.get(field) else {
        return;
    };
    let Some(list) = value.as_array() else {
        findings.warning(
            format!("{parent}.{field}"),
            format!("\"{field}\" must be an array of strings: readers ignore it"),
        );
        return;
    };
    for (index, entry) in list.iter().enumerate() {
        if !entry.is_string() {
            findings.warning(
                format!("{parent}.{field}[{index}]"),
                format!("{} in \"{field}\": readers skip it", describe(entry)),
            );
        }
    }
}

pub(super) fn authors_field(object: &Map<String, Value>, parent: &str, findings: &mut Findings) {
    if object.contains_key("author") && !object.contains_key("authors") {
        findings.warning(
            format!("{parent}.author"),
            "\"author\" is JSON Feed 1.0; version 1.1 uses \"authors\" (still read)",
        );
    }
    let Some(value) = object.get("authors") else {
        return;
    };
    let Some(list) = value.as_array() else {
        findings.warning(
            format!("{parent}.authors"),
            "\"authors\" must be an array of objects: readers ignore it",
        );
        return;
    };
    for (index, author) in list.iter().enumerate() {
        if !author.is_object() {
            findings.warning(
                format!("{parent}.authors[{index}]"),
                "an author must be an object: readers skip it",
            );
        }
    }
}

pub(super) fn attachments_field(item: &Map<String, Value>, parent: &str, findings: &mut Findings) {
    let Some(value) = item.get("attachments") else {
        return;
    };
    let Some(list) = value.as_array() else {
        findings.warning(
            format!("{parent}.attachments"),
            "\"attachments\" must be an array: readers ignore it",
        );
        return;
    };
    for (index, attachment) in list.iter().enumerate() {
        let has = |key| {
            attachment
                .get(key)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty())
        };
        if !has("url") || !has("mime_type") {
            findings.warning(
                format!("{parent}.attachments[{index}]"),
                "an attachment needs a \"url\" and a \"mime_type\": readers skip it",
            );
        }
    }
}
