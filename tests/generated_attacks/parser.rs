//! The feed parser on arbitrary bytes and on mutated valid fixtures: it never panics, it
//! accepts or refuses with a typed error, and what it accepts keeps the reader's promises.

use std::collections::HashSet;

use manchette::feed::{
    limits::{MAX_AUTHORS, MAX_ITEMS, MAX_TAGS, TITLE_KEPT},
    parse, FeedError,
};
use proptest::{collection::vec, prelude::*, sample::select};
use serde_json::Value;

use crate::driver::check;

/// What every parse must hold: a typed answer, and items with unique, non-blank ids and
/// fields within the limits.
fn holds(bytes: &[u8]) -> Result<(), String> {
    let feed = match parse(bytes) {
        Ok(feed) => feed,
        Err(FeedError::Empty(dropped)) if dropped.beyond_limit > 0 => {
            return Err(format!("empty, yet items past the limit: {dropped:?}"))
        }
        Err(_) => return Ok(()),
    };
    if feed.items.is_empty() || feed.items.len() > MAX_ITEMS {
        return Err(format!("{} items accepted", feed.items.len()));
    }
    let mut ids = HashSet::new();
    for item in &feed.items {
        if item.id.trim().is_empty() {
            return Err(format!("an accepted item has a blank id: {item:?}"));
        }
        if !ids.insert(&item.id) {
            return Err(format!("the id {:?} is accepted twice", item.id));
        }
        if item
            .title
            .as_ref()
            .is_some_and(|t| t.chars().count() > TITLE_KEPT)
        {
            return Err("a title past its limit".into());
        }
        if item.tags.len() > MAX_TAGS || item.authors.len() > MAX_AUTHORS {
            return Err("tags or authors past their count".into());
        }
        if item.title.is_none() && item.content_html.is_none() && item.content_text.is_none() {
            return Err(format!("an item with nothing to show: {:?}", item.id));
        }
    }
    Ok(())
}

#[test]
fn arbitrary_bytes() {
    check("parser-bytes", 10_000, vec(any::<u8>(), 0..1_500), |b| {
        holds(b)
    });
}

/// The valid fixtures the mutations start from.
fn valid_fixtures() -> Vec<Value> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut fixtures: Vec<(String, Value)> = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .flatten()
        .filter_map(|entry| {
            let bytes = std::fs::read(entry.path()).ok()?;
            parse(&bytes).ok()?;
            let value = serde_json::from_slice(&bytes).ok()?;
            Some((entry.file_name().to_string_lossy().into_owned(), value))
        })
        .collect();
    fixtures.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(fixtures.len() >= 20, "the valid fixtures");
    fixtures.into_iter().map(|(_, value)| value).collect()
}

/// Characters that break text in the ways hostile feeds try: bidirectional controls,
/// zero-width characters, a byte-order mark, escapes' look-alikes.
const TRICKY: [char; 12] = [
    '\u{202E}', '\u{2066}', '\u{2069}', '\u{200F}', '\u{200B}', '\u{FEFF}', '\u{0}', '"', '\\',
    '&', '<', '\u{E000}',
];

/// A private-use character that the mutation turns into a lone surrogate's escape.
const SURROGATE_MARK: char = '\u{E000}';

fn tricky_text() -> impl Strategy<Value = String> {
    vec(prop_oneof![any::<char>(), select(&TRICKY[..])], 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Duplicate(usize),
    Retype(usize, u8),
    Text(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), 0..7_u8).prop_map(|(at, kind)| Mutation::Retype(at, kind)),
        (any::<usize>(), tricky_text()).prop_map(|(at, text)| Mutation::Text(at, text)),
    ]
}

/// One step down a JSON document.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every node's path, in document order (the root first).
fn paths(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                here.push(Step::Key(key.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(list) => {
            for (index, child) in list.iter().enumerate() {
                here.push(Step::Index(index));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key),
        Step::Index(index) => value.get_mut(*index),
    })
}

fn apply(document: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    paths(document, &mut Vec::new(), &mut all);
    let at = |index: usize| all[index % all.len()].clone();
    match mutation {
        Mutation::Drop(index) => {
            let path = at(*index);
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (node(document, parent), last) {
                (Some(Value::Object(map)), Step::Key(key)) => {
                    map.remove(key);
                }
                (Some(Value::Array(list)), Step::Index(i)) => {
                    list.remove(*i);
                }
                _ => {}
            }
        }
        Mutation::Duplicate(index) => {
            let path = at(*index);
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            let copy = node(document, &path).cloned();
            match (node(document, parent), last, copy) {
                (Some(Value::Array(list)), Step::Index(i), Some(copy)) => list.insert(*i, copy),
                (Some(Value::Object(map)), Step::Key(key), Some(copy)) => {
                    map.insert(format!("{key}_"), copy);
                }
                _ => {}
            }
        }
        Mutation::Retype(index, kind) => {
            if let Some(target) = node(document, &at(*index)) {
                *target = match kind {
                    0 => Value::Null,
                    1 => Value::Bool(true),
                    2 => Value::from(-1.5e308),
                    3 => Value::from(7),
                    4 => Value::from(""),
                    5 => Value::Array(vec![target.clone()]),
                    _ => serde_json::json!({ "x": target.clone() }),
                };
            }
        }
        Mutation::Text(index, text) => {
            if let Some(target) = node(document, &at(*index)) {
                *target = Value::from(text.clone());
            }
        }
    }
}

fn mutated_fixture() -> impl Strategy<Value = Vec<u8>> {
    let fixtures = valid_fixtures();
    (
        0..fixtures.len(),
        vec(mutation(), 1..6),
        prop_oneof![3 => Just(None), 1 => (0.0..1.0_f64).prop_map(Some)],
    )
        .prop_map(move |(which, mutations, truncate)| {
            let mut document = fixtures[which].clone();
            for mutation in &mutations {
                apply(&mut document, mutation);
            }
            let text = serde_json::to_string(&document).expect("a document");
            // JSON may escape a lone surrogate; serde_json never writes one itself.
            let mut bytes = text.replace(SURROGATE_MARK, "\\ud800").into_bytes();
            if let Some(fraction) = truncate {
                bytes.truncate((bytes.len() as f64 * fraction) as usize);
            }
            bytes
        })
}

#[test]
fn mutated_fixtures() {
    check("parser-mutations", 10_000, mutated_fixture(), |b| holds(b));
}
