//! What a fresh copy of the feed changes on screen. New briefs may appear at once; new
//! articles wait for the reader, so that nothing moves under what they are reading.

use std::collections::HashSet;

use super::model::{Feed, Kind};

/// What a fresh copy brings that the feed on screen does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Arrivals {
    pub articles: usize,
    pub briefs: usize,
}

/// Counts the items of `fresh` missing from `shown`, by kind.
pub fn arrivals(shown: &Feed, fresh: &Feed) -> Arrivals {
    let known: HashSet<&str> = shown.items.iter().map(|i| i.id.as_str()).collect();
    let mut arrivals = Arrivals::default();
    for item in fresh
        .items
        .iter()
        .filter(|i| !known.contains(i.id.as_str()))
    {
        match item.kind {
            Kind::Article => arrivals.articles += 1,
            Kind::Brief => arrivals.briefs += 1,
        }
    }
    arrivals
}

/// The feed on screen with the fresh copy's new briefs added: what can change at once.
pub fn with_new_briefs(shown: &Feed, fresh: &Feed) -> Feed {
    let known: HashSet<&str> = shown.items.iter().map(|i| i.id.as_str()).collect();
    let mut next = shown.clone();
    next.items.extend(
        fresh
            .items
            .iter()
            .filter(|i| i.kind == Kind::Brief && !known.contains(i.id.as_str()))
            .cloned(),
    );
    next
}

/// A cheap fingerprint of a response body (FNV-1a), to skip re-reading an unchanged feed.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::Item;

    fn item(id: &str, kind: Kind) -> Item {
        Item {
            id: id.into(),
            title: Some(id.into()),
            kind,
            ..Item::default()
        }
    }

    fn feed(items: Vec<Item>) -> Feed {
        Feed {
            items,
            ..Feed::default()
        }
    }

    #[test]
    fn new_items_are_counted_by_kind() {
        let shown = feed(vec![item("a1", Kind::Article), item("b1", Kind::Brief)]);
        let fresh = feed(vec![
            item("a3", Kind::Article),
            item("a2", Kind::Article),
            item("b2", Kind::Brief),
            item("a1", Kind::Article),
            item("b1", Kind::Brief),
        ]);
        assert_eq!(
            arrivals(&shown, &fresh),
            Arrivals {
                articles: 2,
                briefs: 1
            }
        );
        assert_eq!(arrivals(&fresh, &fresh), Arrivals::default());
    }

    #[test]
    fn only_briefs_join_the_feed_on_screen() {
        let shown = feed(vec![item("a1", Kind::Article)]);
        let fresh = feed(vec![
            item("a2", Kind::Article),
            item("b2", Kind::Brief),
            item("a1", Kind::Article),
        ]);
        let next = with_new_briefs(&shown, &fresh);
        let ids: Vec<&str> = next.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["a1", "b2"]);
    }

    #[test]
    fn fingerprints_tell_bodies_apart() {
        assert_eq!(fingerprint(b"{}"), fingerprint(b"{}"));
        assert_ne!(fingerprint(b"{\"a\":1}"), fingerprint(b"{\"a\":2}"));
    }
}
