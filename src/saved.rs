//! Articles the reader saved for later ("Sauvegardés"): a copy of each, kept in the browser so
//! that it can be read offline even after it leaves the feed.

use crate::{
    feed::{read_item, write_item, Item},
    i18n::Msg,
    json::{required, Error, FromJson, Reader, ToJson, Writer},
    on_mount::on_mount,
    paths,
    storage::{self, Read, StorageNotice},
    versioned::VERSION,
};
use leptos::prelude::*;

const KEY: &str = "saved.v1";

#[derive(Debug, Clone, PartialEq)]
pub struct SavedArticle {
    pub item: Item,
    /// Milliseconds since the epoch.
    pub saved_at: i64,
    /// The pictures kept for offline reading.
    pub images: Vec<String>,
}

struct SavedList {
    version: u32,
    articles: Vec<SavedArticle>,
}

impl FromJson for SavedArticle {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let (mut item, mut saved_at, mut images) = (None, None, None);
        reader.object(|r, key| {
            match key {
                "item" => item = Some(read_item(r)?),
                "saved_at" => saved_at = Some(r.read()?),
                "images" => images = Some(r.read()?),
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(SavedArticle {
            item: required(item, reader, "item")?,
            saved_at: required(saved_at, reader, "saved_at")?,
            images: required(images, reader, "images")?,
        })
    }
}

impl ToJson for SavedArticle {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            write_item(&self.item, o.key("item"));
            o.member("saved_at", &self.saved_at);
            o.member("images", &self.images);
        });
    }
}

impl FromJson for SavedList {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let (mut version, mut articles) = (None, None);
        reader.object(|r, key| {
            match key {
                "version" => version = Some(r.read()?),
                "articles" => articles = Some(r.read()?),
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(SavedList {
            version: required(version, reader, "version")?,
            articles: required(articles, reader, "articles")?,
        })
    }
}

impl ToJson for SavedList {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("version", &self.version);
            o.member("articles", &self.articles);
        });
    }
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

    /// A saved copy of the article an address names (its id segment, see
    /// [`paths::names_article`]).
    pub fn at(self, key: &str) -> Option<Item> {
        self.articles.with(|a| {
            a.iter()
                .find(|s| paths::names_article(key, &s.item.id))
                .map(|s| s.item.clone())
        })
    }

    /// Saves `item` (with its pictures), or removes it when it is saved already. Returns the
    /// pictures now to keep (`true`) or to forget (`false`); `None` when storage refused the
    /// change, which is then not made: what is stored stays, and `notice` says why.
    pub fn toggle(self, item: &Item, images: Vec<String>) -> Option<(Vec<String>, bool)> {
        let mut articles = self.articles.get_untracked();
        let change = match articles.iter().position(|s| s.item.id == item.id) {
            Some(position) => (articles.remove(position).images, false),
            None => {
                articles.insert(
                    0,
                    SavedArticle {
                        item: item.clone(),
                        saved_at: js_sys::Date::now() as i64,
                        images: images.clone(),
                    },
                );
                (images, true)
            }
        };
        // A list that cannot be stored (none, or an unreadable one kept in place) lives in
        // this page only.
        if self.writable.get_value() {
            let list = SavedList {
                version: VERSION,
                articles,
            };
            if let Err(error) = storage::write_versioned(KEY, &list) {
                self.notice.set(Some(error.into()));
                return None;
            }
            articles = list.articles;
        }
        if self.notice.get_untracked() == Some(StorageNotice::Full) {
            self.notice.set(None);
        }
        self.articles.set(articles);
        Some(change)
    }
}

/// What the reader is told about the saved articles' storage.
pub fn notice_message(notice: StorageNotice) -> Msg {
    match notice {
        StorageNotice::Full => Msg::StorageSavedFull,
        StorageNotice::KeptAside => Msg::StorageKeptAside,
        StorageNotice::Unavailable => Msg::StorageUnavailable,
    }
}

pub fn use_saved() -> Option<Saved> {
    use_context::<Saved>()
}
