//! The search index over a feed, built once per feed load: every term, sorted, with the items
//! and fields it appears in. A query term matches every indexed term it is a prefix of, so
//! results follow the reader's typing.

use std::collections::HashMap;

use super::normalize::{for_each_term, query_terms};
use crate::{
    feed::{Feed, Item},
    instant::Timestamp,
    text::text_of_html,
};

/// Where a term appears in an item, as bits.
const TITLE: u8 = 1;
const LEAD: u8 = 2;
const TAGS: u8 = 4;
const BODY: u8 = 8;

/// A search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The item's position in the feed's `items`.
    pub item: usize,
    /// How many of the query's terms the title holds.
    pub in_title: usize,
    pub score: u32,
    pub date: Option<Timestamp>,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Sorted terms, each with its postings: (item, fields).
    terms: Vec<(String, Vec<(u32, u8)>)>,
    dates: Vec<Option<Timestamp>>,
}

impl SearchIndex {
    pub fn build(feed: &Feed) -> Self {
        let mut postings: HashMap<String, Vec<(u32, u8)>> = HashMap::new();
        for (position, item) in feed.items.iter().enumerate() {
            let position = position as u32;
            for (text, field) in fields_of(item) {
                for_each_term(&text, |term| {
                    let list = match postings.get_mut(term) {
                        Some(list) => list,
                        None => postings.entry(term.to_owned()).or_default(),
                    };
                    // Items are visited in order: this item's posting, if any, is the last.
                    match list.last_mut() {
                        Some((item, mask)) if *item == position => *mask |= field,
                        _ => list.push((position, field)),
                    }
                });
            }
        }
        let mut terms: Vec<_> = postings.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        SearchIndex {
            terms,
            dates: feed.items.iter().map(Item::date).collect(),
        }
    }

    /// The items holding every term of `query` (as a prefix of one of their words): those
    /// with the query in their title first, then the newest.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query_terms(query);
        if query.is_empty() {
            return Vec::new();
        }
        // The items holding every term so far, in item order: (item, in title, score).
        let mut matched: Option<Vec<(u32, usize, u32)>> = None;
        // For the term at hand, the fields each item holds it in (0: none), by item.
        let mut fields = vec![0u8; self.dates.len()];
        for term in &query {
            fields.fill(0);
            let start = self
                .terms
                .partition_point(|(t, _)| t.as_str() < term.as_str());
            for (_, postings) in self.terms[start..]
                .iter()
                .take_while(|(t, _)| t.starts_with(term.as_str()))
            {
                for &(item, mask) in postings {
                    fields[item as usize] |= mask;
                }
            }
            let next: Vec<(u32, usize, u32)> = match matched {
                None => (0u32..)
                    .zip(&fields)
                    .filter(|(_, mask)| **mask != 0)
                    .map(|(item, &mask)| {
                        let (in_title, score) = weigh(mask);
                        (item, in_title, score)
                    })
                    .collect(),
                Some(previous) => previous
                    .into_iter()
                    .filter_map(|(item, in_title, score)| {
                        let mask = fields[item as usize];
                        (mask != 0).then(|| {
                            let (title, points) = weigh(mask);
                            (item, in_title + title, score + points)
                        })
                    })
                    .collect(),
            };
            if next.is_empty() {
                return Vec::new();
            }
            matched = Some(next);
        }
        let mut hits: Vec<Hit> = matched
            .unwrap_or_default()
            .into_iter()
            .map(|(item, in_title, score)| Hit {
                item: item as usize,
                in_title,
                score,
                date: self.dates[item as usize],
            })
            .collect();
        hits.sort_by(|a, b| {
            b.in_title
                .cmp(&a.in_title)
                .then(b.date.cmp(&a.date))
                .then(b.score.cmp(&a.score))
                .then(a.item.cmp(&b.item))
        });
        hits
    }
}

/// (whether the title holds the term, points by field).
fn weigh(mask: u8) -> (usize, u32) {
    let mut points = 0;
    for (field, weight) in [(TITLE, 10), (LEAD, 4), (TAGS, 3), (BODY, 1)] {
        if mask & field != 0 {
            points += weight;
        }
    }
    (usize::from(mask & TITLE != 0), points)
}

/// The searchable texts of an item, with their field.
/// Everything a reader may search `item` by, one field to a line: what publishing gives the
/// archive's index (src/publish/search_index.rs), so both searches read the same text.
pub fn searchable_text(item: &Item) -> String {
    let mut fields: Vec<String> = Vec::new();
    for (text, _) in fields_of(item) {
        // The chapô is often the summary again.
        if !fields.contains(&text) {
            fields.push(text);
        }
    }
    fields.join("\n")
}

fn fields_of(item: &Item) -> Vec<(String, u8)> {
    let mut fields = Vec::new();
    fields.extend(item.title.clone().map(|t| (t, TITLE)));
    fields.extend(item.lead.clone().map(|t| (t, LEAD)));
    fields.extend(item.summary.clone().map(|t| (t, LEAD)));
    fields.extend(item.tags.iter().map(|t| (t.clone(), TAGS)));
    fields.extend(
        item.authors
            .iter()
            .filter_map(|a| a.name.clone())
            .map(|n| (n, TAGS)),
    );
    if let Some(text) = &item.content_text {
        fields.push((text.clone(), BODY));
    } else if let Some(html) = &item.content_html {
        fields.push((text_of_html(html), BODY));
    }
    fields
}
