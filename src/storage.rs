//! The one storage helper: the browser's `localStorage`, under keys prefixed `manchette:`.
//! Storage may be missing (private modes), full, or hold anything: callers get errors, never
//! panics.

use leptos::prelude::window;

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

/// The value under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .map_err(|_| StorageError::Unavailable)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|_| StorageError::Full)
}
