//! Versioned JSON for what the browser keeps between visits. Every stored value carries a
//! `version`; a value this build cannot read (corrupt, or written by a newer Manchette) is
//! reported, never guessed at, so that the caller keeps it aside instead of overwriting it.

use crate::json::{self, FromJson, ToJson};

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

/// The schema version a stored object says it has.
fn version_of(raw: &[u8]) -> Result<u32, json::Error> {
    let mut reader = json::Reader::new(raw);
    let mut version = None;
    reader.object(|r, key| {
        if key == "version" {
            version = Some(r.read()?);
            Ok(())
        } else {
            r.skip()
        }
    })?;
    json::required(version, &reader, "version")
}

/// Reads a stored value of this schema version.
pub fn decode<T: FromJson>(raw: Option<&str>) -> Loaded<T> {
    let Some(raw) = raw else {
        return Loaded::Missing;
    };
    let raw = raw.as_bytes();
    match version_of(raw) {
        Ok(version) if version > VERSION => Loaded::Unreadable(Unreadable::Newer(version)),
        Ok(version) if version < 1 => Loaded::Unreadable(Unreadable::Corrupt(format!(
            "unknown schema version {version}"
        ))),
        Ok(_) => match json::parse::<T>(raw) {
            Ok(value) => Loaded::Ready(value),
            Err(error) => Loaded::Unreadable(Unreadable::Corrupt(error.to_string())),
        },
        Err(error) => Loaded::Unreadable(Unreadable::Corrupt(error.to_string())),
    }
}

/// The JSON to store.
pub fn encode<T: ToJson>(value: &T) -> String {
    json::Writer::text_of(value)
}
