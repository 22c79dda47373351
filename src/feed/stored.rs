//! An item as the browser keeps it (a saved article): the shape serde writes for [`Item`], read
//! back with the feed's own lenient readers rather than a second, derived reader in the wasm.
//! A stored item must have its id: without one it is not an item this build wrote, and the
//! caller keeps the whole value aside.

use serde::de::{self, Deserialize, Deserializer, MapAccess};

use super::{
    lenient::{skip, List, Number, Object, ObjectFields, Text},
    model::{Author, Item, Kind, SeedComment},
    raw::RawAttachment,
    Timestamp,
};

/// Reads an item written by serde from [`Item`] (`#[serde(deserialize_with = …)]`).
pub fn deserialize_item<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
    Object::<StoredItem>::deserialize(deserializer)?
        .0
        .map(|stored| stored.0)
        .filter(|item| !item.id.is_empty())
        .ok_or_else(|| de::Error::custom("a saved article without its id"))
}

fn text<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<String>, A::Error> {
    Ok(map.next_value::<Text>()?.0)
}

fn texts<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Vec<String>, A::Error> {
    Ok(map.next_value::<List<Text>>()?.into_vec())
}

fn timestamp<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Timestamp>, A::Error> {
    Ok(map
        .next_value::<Object<StoredTimestamp>>()?
        .0
        .and_then(|stored| stored.0))
}

#[derive(Default)]
struct StoredItem(Item);

impl ObjectFields for StoredItem {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let item = &mut self.0;
        match key {
            "id" => item.id = text(map)?.unwrap_or_default(),
            "url" => item.url = text(map)?,
            "external_url" => item.external_url = text(map)?,
            "title" => item.title = text(map)?,
            "content_html" => item.content_html = text(map)?,
            "content_text" => item.content_text = text(map)?,
            "summary" => item.summary = text(map)?,
            "image" => item.image = text(map)?,
            "banner_image" => item.banner_image = text(map)?,
            "date_published" => item.date_published = timestamp(map)?,
            "date_modified" => item.date_modified = timestamp(map)?,
            "authors" => item.authors = map.next_value::<List<Object<Author>>>()?.into_vec(),
            "tags" => item.tags = texts(map)?,
            "language" => item.language = text(map)?,
            "attachments" => item.attachments = RawAttachment::read_list(map)?,
            "kind" => {
                item.kind = match text(map)?.as_deref() {
                    Some("Brief") => Kind::Brief,
                    _ => Kind::Article,
                }
            }
            "section" => item.section = text(map)?,
            "lead" => item.lead = text(map)?,
            "image_caption" => item.image_caption = text(map)?,
            "image_credit" => item.image_credit = text(map)?,
            "featured" => {
                item.featured = map
                    .next_value::<Number>()?
                    .0
                    .filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= f64::from(u32::MAX))
                    .map(|n| n as u32)
            }
            "related" => item.related = texts(map)?,
            "comments" => {
                item.comments = map
                    .next_value::<List<Object<StoredSeed>>>()?
                    .into_vec()
                    .into_iter()
                    .map(|seed| seed.0)
                    .collect()
            }
            _ => skip(map)?,
        }
        Ok(())
    }
}

/// serde's form of a [`Timestamp`]: `{"epoch_ms": …, "offset_minutes": …}`.
#[derive(Default)]
struct StoredTimestamp(Option<Timestamp>);

impl ObjectFields for StoredTimestamp {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if key != "epoch_ms" && key != "offset_minutes" {
            return skip(map);
        }
        let value = map
            .next_value::<Number>()?
            .0
            .filter(|n| n.fract() == 0.0)
            .unwrap_or(0.0);
        let at = self.0.get_or_insert(Timestamp {
            epoch_ms: 0,
            offset_minutes: 0,
        });
        if key == "epoch_ms" {
            at.epoch_ms = value as i64;
        } else {
            at.offset_minutes = value as i16;
        }
        Ok(())
    }
}

#[derive(Default)]
struct StoredSeed(SeedComment);

impl ObjectFields for StoredSeed {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let seed = &mut self.0;
        match key {
            "id" => seed.id = text(map)?.unwrap_or_default(),
            "parent" => seed.parent = text(map)?,
            "author" => seed.author = text(map)?,
            "text" => seed.text = text(map)?.unwrap_or_default(),
            "created" => seed.created = timestamp(map)?,
            _ => skip(map)?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;
    use crate::feed::{parse, Attachment};

    #[derive(Deserialize)]
    struct Stored {
        #[serde(deserialize_with = "deserialize_item")]
        item: Item,
    }

    #[derive(serde::Serialize)]
    struct Written<'a> {
        item: &'a Item,
    }

    fn round_trip(item: &Item) -> Item {
        let json = serde_json::to_vec(&Written { item }).unwrap();
        serde_json::from_slice::<Stored>(&json).unwrap().item
    }

    #[test]
    fn every_sample_item_reads_back_as_it_was_written() {
        let feed = parse(include_bytes!("../../public/feed.json")).unwrap();
        assert!(feed.items.len() > 50);
        for item in &feed.items {
            assert_eq!(&round_trip(item), item, "{}", item.id);
        }
    }

    #[test]
    fn every_field_reads_back() {
        let at = |epoch_ms| Timestamp {
            epoch_ms,
            offset_minutes: 60,
        };
        let item = Item {
            id: "42".into(),
            url: Some("https://journal.example/a".into()),
            external_url: Some("https://ailleurs.example/b".into()),
            title: Some("Titre".into()),
            content_html: Some("<p>Texte</p>".into()),
            content_text: Some("Texte".into()),
            summary: Some("Résumé".into()),
            image: Some("a.jpg".into()),
            banner_image: Some("b.jpg".into()),
            date_published: Some(at(1_764_000_000_000)),
            date_modified: Some(at(1_764_000_060_000)),
            authors: vec![Author {
                name: Some("Salma".into()),
                url: None,
                avatar: Some("s.png".into()),
            }],
            tags: vec!["économie".into(), "port".into()],
            language: Some("fr".into()),
            attachments: vec![Attachment {
                url: "a.mp3".into(),
                mime_type: "audio/mpeg".into(),
                title: Some("Podcast".into()),
                size_in_bytes: Some(1234),
                duration_in_seconds: Some(61.5),
            }],
            kind: Kind::Brief,
            section: Some("economie".into()),
            lead: Some("Chapô".into()),
            image_caption: Some("Légende".into()),
            image_credit: Some("Crédit".into()),
            featured: Some(2),
            related: vec!["7".into()],
            comments: vec![SeedComment {
                id: "c1".into(),
                parent: Some("c0".into()),
                author: Some("Omar".into()),
                text: "Bravo".into(),
                created: Some(at(1_764_000_120_000)),
            }],
        };
        assert_eq!(round_trip(&item), item);
    }

    #[test]
    fn a_stored_item_without_its_id_is_refused() {
        for json in [
            r#"{"item":{"title":"Sans id"}}"#,
            r#"{"item":5}"#,
            r#"{"item":null}"#,
        ] {
            assert!(serde_json::from_str::<Stored>(json).is_err(), "{json}");
        }
    }
}
