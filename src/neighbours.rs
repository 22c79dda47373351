//! An article's neighbours in its section: the newer and the older story its page links to.
//! The app finds them in the feed it holds; publishing finds them in the whole archive, and
//! the app taking a published page over keeps the ones the page links to (`takeover`), even
//! when its feed holds neither.

use crate::{feed::Item, paths};

/// One neighbour, as its link shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    /// The article's app path (`/article/1008/cosumar`).
    pub path: String,
    pub headline: String,
}

/// The stories on each side of an article in its section, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Neighbours {
    pub newer: Option<Neighbour>,
    pub older: Option<Neighbour>,
}

impl Neighbour {
    fn of(item: &Item) -> Self {
        Neighbour {
            path: paths::article(item),
            headline: item.headline().unwrap_or_default(),
        }
    }
}

impl Neighbours {
    pub fn of(newer: Option<&Item>, older: Option<&Item>) -> Self {
        Neighbours {
            newer: newer.map(Neighbour::of),
            older: older.map(Neighbour::of),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.newer.is_none() && self.older.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_neighbour_is_its_articles_address_and_headline() {
        let older = Item {
            id: "7".into(),
            title: Some("L'ancien « titre »".into()),
            ..Item::default()
        };
        let neighbours = Neighbours::of(None, Some(&older));
        assert!(!neighbours.is_empty());
        assert_eq!(
            neighbours.older,
            Some(Neighbour {
                path: "/article/7/l-ancien-titre".into(),
                headline: "L'ancien « titre »".into()
            })
        );
        assert!(Neighbours::of(None, None).is_empty());
    }
}
