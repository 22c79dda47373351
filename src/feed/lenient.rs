//! Field-by-field tolerant reading, in one pass over the bytes.
//!
//! A feed written by hand or by a buggy CMS often has a field of the wrong type: tags as a
//! string, authors as an object, a number where a text belongs. Each reader here takes the
//! shape it expects and skips any other shape, so one bad field costs that field only. Only
//! JSON that is not JSON at all is an error.

use crate::json::{Error, Reader, Shape};

/// A JSON object read key by key into a struct; unknown keys are skipped.
pub trait ObjectFields: Default {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error>;
}

/// The next value, through `read` when it has the `expected` shape; skipped otherwise.
fn when<T>(
    reader: &mut Reader,
    expected: Shape,
    read: impl FnOnce(&mut Reader) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    if reader.peek()? == expected {
        return read(reader).map(Some);
    }
    reader.skip().map(|()| None)
}

/// A JSON string.
pub fn text(reader: &mut Reader) -> Result<Option<String>, Error> {
    when(reader, Shape::String, |r| {
        r.string().map(|s| s.into_owned())
    })
}

/// An item id: a string, or a number kept as written.
pub fn id(reader: &mut Reader) -> Result<Option<String>, Error> {
    if reader.peek()? == Shape::Number {
        return reader.number_text().map(|n| Some(n.to_owned()));
    }
    text(reader)
}

/// A JSON `true` or `false`.
pub fn flag(reader: &mut Reader) -> Result<Option<bool>, Error> {
    when(reader, Shape::Bool, |r| r.bool())
}

/// A JSON number.
pub fn number(reader: &mut Reader) -> Result<Option<f64>, Error> {
    when(reader, Shape::Number, |r| r.f64())
}

/// A JSON object read into `T` through [`ObjectFields`].
pub fn object<T: ObjectFields>(reader: &mut Reader) -> Result<Option<T>, Error> {
    when(reader, Shape::Object, |r| {
        let mut value = T::default();
        r.object(|r, key| value.read_field(key, r))?;
        Ok(value)
    })
}

/// A JSON array whose elements of the wrong shape are dropped (and counted).
pub struct List<V> {
    /// `None` when the value was not an array at all.
    pub values: Option<Vec<V>>,
    pub dropped: usize,
}

impl<V> List<V> {
    /// The kept elements; none when the value was not an array.
    pub fn into_vec(self) -> Vec<V> {
        self.values.unwrap_or_default()
    }
}

/// An array, each element read by `element`: `None` drops it.
pub fn list<V>(
    reader: &mut Reader,
    mut element: impl FnMut(&mut Reader) -> Result<Option<V>, Error>,
) -> Result<List<V>, Error> {
    let mut dropped = 0;
    let values = when(reader, Shape::Array, |r| {
        let mut values = Vec::new();
        r.array(|r| {
            match element(r)? {
                Some(value) => values.push(value),
                None => dropped += 1,
            }
            Ok(())
        })?;
        Ok(values)
    })?;
    Ok(List { values, dropped })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, Debug)]
    struct Pair {
        name: Option<String>,
        tags: Vec<String>,
    }

    impl ObjectFields for Pair {
        fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
            match key {
                "name" => self.name = text(reader)?,
                "tags" => self.tags = list(reader, text)?.into_vec(),
                _ => reader.skip()?,
            }
            Ok(())
        }
    }

    fn read<T>(json: &str, read: impl FnOnce(&mut Reader) -> Result<T, Error>) -> T {
        let mut reader = Reader::new(json.as_bytes());
        let value = read(&mut reader).unwrap();
        reader.finish().unwrap();
        value
    }

    fn pair(json: &str) -> Option<Pair> {
        read(json, object::<Pair>)
    }

    #[test]
    fn each_field_of_the_wrong_type_is_dropped_alone() {
        let p = pair(r#"{"name": 42, "tags": ["a", 1, null, "b", {"x": 1}]}"#).unwrap();
        assert_eq!(p.name, None);
        assert_eq!(p.tags, ["a", "b"]);
        let p = pair(r#"{"name": "Zoé", "tags": "a,b", "other": [1, {"deep": [2]}]}"#).unwrap();
        assert_eq!(p.name.as_deref(), Some("Zoé"));
        assert!(p.tags.is_empty());
    }

    #[test]
    fn escaped_keys_are_still_recognised() {
        let p = pair(r#"{"n\u0061me": "escaped"}"#).unwrap();
        assert_eq!(p.name.as_deref(), Some("escaped"));
    }

    #[test]
    fn a_non_object_is_none() {
        assert!(pair("[1, 2]").is_none());
        assert!(pair("\"text\"").is_none());
        assert!(pair("null").is_none());
    }

    #[test]
    fn ids_accept_numbers() {
        let id = |json| read(json, id);
        assert_eq!(id("7").as_deref(), Some("7"));
        assert_eq!(id("-3").as_deref(), Some("-3"));
        assert_eq!(id("2.5").as_deref(), Some("2.5"));
        assert_eq!(id("\"abc\"").as_deref(), Some("abc"));
        assert_eq!(id("true"), None);
        assert_eq!(id("[\"a\"]"), None);
    }

    #[test]
    fn lists_count_what_they_drop() {
        let list_of = |json| read(json, |r| list(r, text));
        let list = list_of(r#"["a", 2, "c", false]"#);
        assert_eq!(list.dropped, 2);
        assert_eq!(list.into_vec(), ["a", "c"]);
        assert!(list_of(r#""a""#).values.is_none());
    }

    #[test]
    fn broken_json_inside_a_skipped_field_is_still_an_error() {
        let mut reader = Reader::new(br#"{"other": [1 2], "name": "x"}"#);
        assert!(object::<Pair>(&mut reader).is_err());
    }
}
