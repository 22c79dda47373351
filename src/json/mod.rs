//! JSON, read and written by the app's own small code rather than serde's (serde_core alone
//! was 56 KB of the wasm's code; bench/README.md, "The wasm, step by step"). Pure Rust,
//! tested natively, and against serde_json by the generated attacks.
//!
//! - [`Reader`] pulls values one by one: the feed reads leniently on top of it (`feed`), the
//!   browser's stored values and the comment server's answers strictly, through [`FromJson`].
//! - [`Writer`] writes what the browser stores and what the comment server is sent.
//!
//! The newsroom tools (feedcheck, import, gen-feed) still use serde_json natively.

mod decimal;
mod read;
mod scan;
mod write;

use std::{borrow::Cow, fmt};

pub use read::{Reader, Shape, MAX_DEPTH};
pub use write::{Members, ToJson, Writer};

/// Why JSON could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub message: Cow<'static, str>,
    /// From 1.
    pub line: usize,
    /// From 1, in bytes.
    pub column: usize,
    /// True when the text stopped before the value was complete.
    pub at_end: bool,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// A value read strictly: the wrong shape is an error.
pub trait FromJson: Sized {
    fn read_json(reader: &mut Reader) -> Result<Self, Error>;
}

/// Reads a whole document as `T`.
pub fn parse<T: FromJson>(bytes: &[u8]) -> Result<T, Error> {
    let mut reader = Reader::new(bytes);
    let value = T::read_json(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// The value of a member an object must have, or the error that names it.
pub fn required<T>(value: Option<T>, reader: &Reader, key: &str) -> Result<T, Error> {
    value.ok_or_else(|| reader.error(format!("missing field `{key}`")))
}

impl Error {
    /// The same error, saying which member held the bad value.
    pub fn in_member(mut self, key: &str) -> Error {
        self.message = format!("`{key}`: {}", self.message).into();
        self
    }
}

impl Reader<'_> {
    /// The next value, as `T`.
    pub fn read<T: FromJson>(&mut self) -> Result<T, Error> {
        T::read_json(self)
    }
}

impl FromJson for String {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        reader.string().map(Cow::into_owned)
    }
}

impl FromJson for i64 {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        reader.i64()
    }
}

impl FromJson for u32 {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let value = reader.i64()?;
        u32::try_from(value).map_err(|_| reader.error(format!("{value} is out of range")))
    }
}

impl FromJson for usize {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let value = reader.i64()?;
        usize::try_from(value).map_err(|_| reader.error(format!("{value} is out of range")))
    }
}

impl FromJson for f64 {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        reader.f64()
    }
}

impl FromJson for bool {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        reader.bool()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        if reader.null()? {
            return Ok(None);
        }
        T::read_json(reader).map(Some)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let mut values = Vec::new();
        reader.array(|reader| {
            values.push(T::read_json(reader)?);
            Ok(())
        })?;
        Ok(values)
    }
}

/// Reads (and, unless marked `read`, writes) a struct as a JSON object of its fields, in the
/// order given. A `required` field must be present; a `default` one may be missing, and so
/// may an `Option` field marked `default`. Unknown members are skipped.
macro_rules! json_object {
    (read $name:ident { $($field:ident: $rule:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $name {
            fn read_json(reader: &mut $crate::json::Reader) -> Result<Self, $crate::json::Error> {
                $(let mut $field = None;)*
                reader.object(|r, key| {
                    match key {
                        $(stringify!($field) => $field = Some(r.read()?),)*
                        _ => r.skip()?,
                    }
                    Ok(())
                })?;
                Ok($name { $($field: $crate::json::json_object!(@$rule $field, reader),)* })
            }
        }
    };
    ($name:ident { $($field:ident: $rule:ident),* $(,)? }) => {
        $crate::json::json_object!(read $name { $($field: $rule),* });
        impl $crate::json::ToJson for $name {
            fn write_json(&self, out: &mut $crate::json::Writer) {
                out.object(|o| {
                    $(o.member(stringify!($field), &self.$field);)*
                });
            }
        }
    };
    (@required $field:ident, $reader:ident) => {
        $crate::json::required($field, $reader, stringify!($field))?
    };
    (@default $field:ident, $reader:ident) => {
        $field.unwrap_or_default()
    };
}
pub(crate) use json_object;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_read_strictly() {
        assert_eq!(parse::<Vec<u32>>(b" [1, 2, 3] "), Ok(vec![1, 2, 3]));
        assert_eq!(parse::<Option<String>>(b"null").unwrap(), None::<String>);
        assert!(parse::<Vec<u32>>(b"[1, -2]").is_err());
        assert!(parse::<Vec<u32>>(b"[1, \"2\"]").is_err());
        assert!(parse::<String>(b"\"a\" \"b\"").is_err());
        let error = parse::<bool>(b"\n  nope").unwrap_err();
        assert_eq!(
            error.to_string(),
            "expected true or false at line 2 column 3"
        );
    }

    #[derive(Debug, PartialEq)]
    struct Note {
        id: String,
        parent: Option<String>,
        likes: u32,
    }

    json_object!(Note {
        id: required,
        parent: default,
        likes: default,
    });

    #[test]
    fn structs_read_their_members_and_write_them_in_order() {
        let note = parse::<Note>(br#"{"likes": 2, "other": [1], "id": "n1"}"#).unwrap();
        let expected = Note {
            id: "n1".into(),
            parent: None,
            likes: 2,
        };
        assert_eq!(note, expected);
        assert_eq!(
            Writer::text_of(&note),
            r#"{"id":"n1","parent":null,"likes":2}"#
        );
        let error = parse::<Note>(br#"{"parent": "p"}"#).unwrap_err();
        assert_eq!(error.message, "missing field `id`");
        assert!(parse::<Note>(br#"{"id": 3}"#).is_err());
    }

    #[test]
    fn what_is_written_reads_back() {
        let values = vec![Some("é\"\u{7}".to_owned()), None, Some(String::new())];
        let text = Writer::text_of(&values);
        assert_eq!(parse::<Vec<Option<String>>>(text.as_bytes()), Ok(values));
    }
}
