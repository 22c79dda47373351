//! Versioned JSON for what the browser keeps between visits. Every stored value carries a
//! `version`; a value this build cannot read (corrupt, or written by a newer Manchette) is
//! reported, never guessed at, so that the caller keeps it aside instead of overwriting it.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The schema version this build writes and reads. A newer version is kept aside, untouched.
pub const VERSION: u32 = 1;

/// What was found under a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded<T> {
    /// Nothing stored yet.
    Missing,
    Ready(T),
    /// Something this version must not touch.
    Unreadable(Unreadable),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON, or not this shape.
    Corrupt(String),
    /// Written by a newer Manchette, with this schema version.
    Newer(u32),
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Reads a stored value of this schema version.
pub fn decode<T: DeserializeOwned>(raw: Option<&str>) -> Loaded<T> {
    let Some(raw) = raw else {
        return Loaded::Missing;
    };
    // Read as bytes, like the feed and the comment server's answers, so that the wasm holds
    // one instance of serde_json's reader rather than two (see bench/README.md).
    let raw = raw.as_bytes();
    match serde_json::from_slice::<VersionOnly>(raw) {
        Ok(VersionOnly { version }) if version > VERSION => {
            Loaded::Unreadable(Unreadable::Newer(version))
        }
        Ok(VersionOnly { version }) if version < 1 => Loaded::Unreadable(Unreadable::Corrupt(
            format!("unknown schema version {version}"),
        )),
        Ok(_) => match serde_json::from_slice::<T>(raw) {
            Ok(value) => Loaded::Ready(value),
            Err(error) => Loaded::Unreadable(Unreadable::Corrupt(error.to_string())),
        },
        Err(error) => Loaded::Unreadable(Unreadable::Corrupt(error.to_string())),
    }
}

/// The JSON to store.
pub fn encode<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
