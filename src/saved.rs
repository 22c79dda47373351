//! Articles the reader saved for later ("Sauvegardés"): a copy of each, kept in the browser so
//! that it can be read offline even after it leaves the feed.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    components::on_mount,
    feed::Item,
    storage::{self, Read, StorageNotice},
    versioned::VERSION,
};

const KEY: &str = "saved.v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    pub item: Item,
    /// Milliseconds since the epoch.
    pub saved_at: i64,
    /// The pictures kept for offline reading.
    pub images: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct SavedList {
    version: u32,
    articles: Vec<SavedArticle>,
}

/// The saved articles, newest saved first.
#[derive(Clone, Copy)]
pub struct Saved {
    pub articles: RwSignal<Vec<SavedArticle>>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// False when the stored list could not be read nor kept aside: it must not be overwritten.
    writable: StoredValue<bool>,
}

impl Saved {
    /// Provides the list, empty until the browser's storage has been read (right after the
    /// first drawing), so that a published page and the app taking it over agree.
    pub fn provide() -> Self {
        let saved = Saved {
            articles: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            writable: StoredValue::new(false),
        };
        provide_context(saved);
        on_mount(move || saved.read_storage());
        saved
    }

    fn read_storage(self) {
        let (articles, notice, writable) = match storage::read_versioned::<SavedList>(KEY) {
            Read::Value(list) => (list.map(|l| l.articles).unwrap_or_default(), None, true),
            Read::KeptAside { .. } => (Vec::new(), Some(StorageNotice::KeptAside), true),
            Read::Untouchable(_) => (Vec::new(), Some(StorageNotice::KeptAside), false),
            Read::Unavailable => (Vec::new(), Some(StorageNotice::Unavailable), false),
        };
        self.writable.set_value(writable);
        // Only news for the views: an empty list would redraw every view that reads it.
        if notice.is_some() {
            self.notice.set(notice);
        }
        if !articles.is_empty() {
            self.articles.set(articles);
        }
    }

    pub fn contains(self, id: &str) -> bool {
        self.articles.with(|a| a.iter().any(|s| s.item.id == id))
    }

    /// A saved copy of an article.
    pub fn get(self, id: &str) -> Option<Item> {
        self.articles
            .with(|a| a.iter().find(|s| s.item.id == id).map(|s| s.item.clone()))
    }

    /// Saves `item` (with its pictures), or removes it when it is saved already. Returns the
    /// pictures now to keep (`true`) or to forget (`false`).
    pub fn toggle(self, item: &Item, images: Vec<String>) -> (Vec<String>, bool) {
        let mut removed = Vec::new();
        let mut keep = true;
        self.articles.update(|articles| {
            if let Some(position) = articles.iter().position(|s| s.item.id == item.id) {
                removed = articles.remove(position).images;
                keep = false;
            } else {
                articles.insert(
                    0,
                    SavedArticle {
                        item: item.clone(),
                        saved_at: js_sys::Date::now() as i64,
                        images: images.clone(),
                    },
                );
            }
        });
        self.persist();
        if keep {
            (images, true)
        } else {
            (removed, false)
        }
    }

    fn persist(self) {
        if !self.writable.get_value() {
            return;
        }
        let list = SavedList {
            version: VERSION,
            articles: self.articles.get_untracked(),
        };
        if let Err(error) = storage::write_versioned(KEY, &list) {
            self.notice.set(Some(error.into()));
        }
    }
}

pub fn use_saved() -> Option<Saved> {
    use_context::<Saved>()
}
