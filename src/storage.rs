//! The one storage helper: the browser's `localStorage`, under keys prefixed `manchette:`.
//! Storage may be missing (private modes), full, or hold anything: callers get errors, never
//! panics, and an unreadable value is kept aside rather than overwritten.

use leptos::prelude::window;

use crate::{
    json::{FromJson, ToJson},
    versioned::{self, Loaded, Unreadable},
};

const PREFIX: &str = "manchette:";

/// Why storage could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage in this browser, or access refused.
    Unavailable,
    /// The write did not fit (quota exceeded).
    Full,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// The name `key` has in the browser's storage.
pub fn stored_name(key: &str) -> String {
    format!("{PREFIX}{key}")
}

/// The value under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(&stored_name(key))
        .map_err(|_| StorageError::Unavailable)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&stored_name(key), value)
        .map_err(|_| StorageError::Full)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(&stored_name(key))
        .map_err(|_| StorageError::Unavailable)
}

/// Something the reader should know about this browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    /// Stored comments could not be read (corrupt, or from a newer version): they were kept
    /// aside, untouched.
    KeptAside,
    /// Storage is full: what was written may not survive a reload.
    Full,
    /// There is no storage: nothing survives a reload.
    Unavailable,
}

impl From<StorageError> for StorageNotice {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Full => StorageNotice::Full,
            StorageError::Unavailable => StorageNotice::Unavailable,
        }
    }
}

/// What reading a versioned value found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read<T> {
    /// The value, or `None` when nothing was stored.
    Value(Option<T>),
    /// The stored value could not be read; it now also lives under `aside`, and the key may
    /// be written again.
    KeptAside { aside: String, why: Unreadable },
    /// The stored value could not be read nor copied aside: the key must not be written.
    Untouchable(Unreadable),
    /// No storage at all.
    Unavailable,
}

/// Reads a versioned JSON value (see `versioned`).
pub fn read_versioned<T: FromJson>(key: &str) -> Read<T> {
    let Ok(raw) = read(key) else {
        return Read::Unavailable;
    };
    match versioned::decode::<T>(raw.as_deref()) {
        Loaded::Missing => Read::Value(None),
        Loaded::Ready(value) => Read::Value(Some(value)),
        Loaded::Unreadable(why) => {
            let aside = format!("{key}.unreadable-{}", js_sys::Date::now() as i64);
            match raw.as_deref().map(|raw| write(&aside, raw)) {
                Some(Ok(())) => Read::KeptAside { aside, why },
                _ => Read::Untouchable(why),
            }
        }
    }
}

/// Writes a versioned JSON value.
pub fn write_versioned<T: ToJson>(key: &str, value: &T) -> Result<(), StorageError> {
    write(key, &versioned::encode(value))
}
