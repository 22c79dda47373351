//! Field-by-field tolerant reading, in one pass over the bytes.
//!
//! A feed written by hand or by a buggy CMS often has a field of the wrong type: tags as a
//! string, authors as an object, a number where a text belongs. Each wrapper here reads the
//! shape it expects and skips any other shape, so one bad field costs that field only.

use std::{borrow::Cow, fmt, marker::PhantomData};

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A value read leniently: `Some` when the JSON had the expected shape.
pub trait Lenient {
    type Value;
    fn into_value(self) -> Option<Self::Value>;
}

/// A JSON object read key by key into a struct; unknown keys are skipped.
pub trait ObjectFields: Default {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Skips the value under the current key.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}

/// Generates visitor methods that accept a shape by ignoring it: the value becomes the default.
macro_rules! ignore_shapes {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method<E: de::Error>(self, _: $ty) -> Result<Self::Value, E> {
            Ok(Default::default())
        })*
    };
}

macro_rules! ignore_containers {
    (seq) => {
        fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(Default::default())
        }
    };
    (map) => {
        fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Default::default())
        }
    };
    (unit) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
    };
}

/// A JSON string.
#[derive(Default)]
pub struct Text(pub Option<String>);

impl Lenient for Text {
    type Value = String;
    fn into_value(self) -> Option<String> {
        self.0
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(Some(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text(Some(v)))
            }
            ignore_shapes!(
                visit_bool(bool),
                visit_i64(i64),
                visit_u64(u64),
                visit_f64(f64)
            );
            ignore_containers!(seq);
            ignore_containers!(map);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// An item id: a string, or a number turned into its decimal text.
#[derive(Default)]
pub struct Id(pub Option<String>);

impl Lenient for Id {
    type Value = String;
    fn into_value(self) -> Option<String> {
        self.0
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl<'de> Visitor<'de> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id(Some(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Id, E> {
                Ok(Id(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
                Ok(Id(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
                Ok(Id(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Id, E> {
                Ok(Id(v.is_finite().then(|| v.to_string())))
            }
            ignore_shapes!(visit_bool(bool));
            ignore_containers!(seq);
            ignore_containers!(map);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(IdVisitor)
    }
}

/// A JSON `true` or `false`.
#[derive(Default)]
pub struct Flag(pub Option<bool>);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagVisitor;
        impl<'de> Visitor<'de> for FlagVisitor {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a boolean")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag(Some(v)))
            }
            ignore_shapes!(
                visit_str(&str),
                visit_i64(i64),
                visit_u64(u64),
                visit_f64(f64)
            );
            ignore_containers!(seq);
            ignore_containers!(map);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(FlagVisitor)
    }
}

/// A JSON number, kept as `f64`.
#[derive(Default)]
pub struct Number(pub Option<f64>);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumberVisitor;
        impl<'de> Visitor<'de> for NumberVisitor {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number(Some(v as f64)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
                Ok(Number(Some(v as f64)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
                Ok(Number(Some(v)))
            }
            ignore_shapes!(visit_bool(bool), visit_str(&str));
            ignore_containers!(seq);
            ignore_containers!(map);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(NumberVisitor)
    }
}

/// A JSON object read into `T` through [`ObjectFields`].
pub struct Object<T>(pub Option<T>);

impl<T> Default for Object<T> {
    fn default() -> Self {
        Object(None)
    }
}

impl<T> Lenient for Object<T> {
    type Value = T;
    fn into_value(self) -> Option<T> {
        self.0
    }
}

impl<'de, T: ObjectFields> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: ObjectFields> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Object<T>, M::Error> {
                let mut value = T::default();
                while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                    value.read_field(&key, &mut map)?;
                }
                Ok(Object(Some(value)))
            }
            ignore_shapes!(
                visit_bool(bool),
                visit_str(&str),
                visit_i64(i64),
                visit_u64(u64),
                visit_f64(f64)
            );
            ignore_containers!(seq);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(ObjectVisitor(PhantomData))
    }
}

/// A JSON array whose elements of the wrong shape are dropped (and counted).
pub struct List<W: Lenient> {
    /// `None` when the value was not an array at all.
    pub values: Option<Vec<W::Value>>,
    pub dropped: usize,
}

impl<W: Lenient> Default for List<W> {
    fn default() -> Self {
        List {
            values: None,
            dropped: 0,
        }
    }
}

impl<W: Lenient> List<W> {
    /// The kept elements; none when the value was not an array.
    pub fn into_vec(self) -> Vec<W::Value> {
        self.values.unwrap_or_default()
    }
}

impl<'de, W: Lenient + Deserialize<'de>> Deserialize<'de> for List<W> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<W>(PhantomData<W>);
        impl<'de, W: Lenient + Deserialize<'de>> Visitor<'de> for ListVisitor<W> {
            type Value = List<W>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array")
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<List<W>, S::Error> {
                let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                let mut dropped = 0;
                while let Some(element) = seq.next_element::<W>()? {
                    match element.into_value() {
                        Some(value) => values.push(value),
                        None => dropped += 1,
                    }
                }
                Ok(List {
                    values: Some(values),
                    dropped,
                })
            }
            ignore_shapes!(
                visit_bool(bool),
                visit_str(&str),
                visit_i64(i64),
                visit_u64(u64),
                visit_f64(f64)
            );
            ignore_containers!(map);
            ignore_containers!(unit);
        }
        deserializer.deserialize_any(ListVisitor(PhantomData))
    }
}

/// An object key, borrowed from the input when it holds no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
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
        fn read_field<'de, A: MapAccess<'de>>(
            &mut self,
            key: &str,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match key {
                "name" => self.name = map.next_value::<Text>()?.0,
                "tags" => self.tags = map.next_value::<List<Text>>()?.into_vec(),
                _ => skip(map)?,
            }
            Ok(())
        }
    }

    fn pair(json: &str) -> Option<Pair> {
        serde_json::from_str::<Object<Pair>>(json).unwrap().0
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
        let id = |json| serde_json::from_str::<Id>(json).unwrap().0;
        assert_eq!(id("7").as_deref(), Some("7"));
        assert_eq!(id("-3").as_deref(), Some("-3"));
        assert_eq!(id("2.5").as_deref(), Some("2.5"));
        assert_eq!(id("\"abc\"").as_deref(), Some("abc"));
        assert_eq!(id("true"), None);
        assert_eq!(id("[\"a\"]"), None);
    }

    #[test]
    fn lists_count_what_they_drop() {
        let list: List<Text> = serde_json::from_str(r#"["a", 2, "c", false]"#).unwrap();
        assert_eq!(list.dropped, 2);
        assert_eq!(list.into_vec(), ["a", "c"]);
        let not_a_list: List<Text> = serde_json::from_str(r#""a""#).unwrap();
        assert!(not_a_list.values.is_none());
    }
}
