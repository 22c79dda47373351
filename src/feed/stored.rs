//! An item as the browser keeps it (a saved article), written and read back here. The shape is
//! the one serde wrote for [`Item`] before the app had its own JSON code, so lists saved by
//! earlier builds still read. Reading is lenient, like the feed's, except that a stored item
//! must have its id: without one it is not an item this build wrote, and the caller keeps
//! the whole value aside.

use super::{
    lenient::{list, number, object, text, ObjectFields},
    model::{Attachment, Author, Item, Kind, SeedComment},
    raw::{pictures, RawAttachment},
};
use crate::{
    instant::Timestamp,
    json::{Error, Reader, ToJson, Writer},
};

/// Reads a stored item.
pub fn read_item(reader: &mut Reader) -> Result<Item, Error> {
    object::<StoredItem>(reader)?
        .map(|stored| stored.0)
        .filter(|item| !item.id.is_empty())
        .ok_or_else(|| reader.error("a saved article without its id"))
}

/// An item in its stored shape, as text.
pub fn item_text(item: &Item) -> String {
    let mut out = Writer::default();
    write_item(item, &mut out);
    out.into_text()
}

/// The item `text` holds whole, in its stored shape; `None` when it does not read.
pub fn item_from_text(text: &str) -> Option<Item> {
    let mut reader = Reader::new(text.as_bytes());
    let item = read_item(&mut reader).ok()?;
    reader.finish().ok()?;
    Some(item)
}

/// Writes an item in its stored shape.
pub fn write_item(item: &Item, out: &mut Writer) {
    out.object(|o| {
        o.member("id", &item.id);
        o.member("url", &item.url);
        o.member("external_url", &item.external_url);
        o.member("title", &item.title);
        o.member("content_html", &item.content_html);
        o.member("content_text", &item.content_text);
        o.member("summary", &item.summary);
        o.member("image", &item.image);
        o.member("banner_image", &item.banner_image);
        o.member("date_published", &item.date_published);
        o.member("date_modified", &item.date_modified);
        o.member("authors", &item.authors);
        o.member("tags", &item.tags);
        o.member("language", &item.language);
        o.member("attachments", &item.attachments);
        o.member(
            "kind",
            match item.kind {
                Kind::Article => "Article",
                Kind::Brief => "Brief",
            },
        );
        o.member("section", &item.section);
        o.member("lead", &item.lead);
        o.member("image_caption", &item.image_caption);
        o.member("image_credit", &item.image_credit);
        o.member("featured", &item.featured);
        o.member("related", &item.related);
        o.member("comments", &item.comments);
        if !item.pictures.is_empty() {
            o.key("pictures").object(|o| {
                for picture in &item.pictures {
                    o.member(&picture.src, &picture.facts());
                }
            });
        }
    });
}

impl ToJson for Timestamp {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("epoch_ms", &self.epoch_ms);
            o.key("offset_minutes")
                .integer(i64::from(self.offset_minutes));
        });
    }
}

impl ToJson for Author {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("name", &self.name);
            o.member("url", &self.url);
            o.member("avatar", &self.avatar);
        });
    }
}

impl ToJson for Attachment {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("url", &self.url);
            o.member("mime_type", &self.mime_type);
            o.member("title", &self.title);
            o.member("size_in_bytes", &self.size_in_bytes);
            o.member("duration_in_seconds", &self.duration_in_seconds);
        });
    }
}

impl ToJson for SeedComment {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("id", &self.id);
            o.member("parent", &self.parent);
            o.member("author", &self.author);
            o.member("text", &self.text);
            o.member("created", &self.created);
        });
    }
}

fn texts(reader: &mut Reader) -> Result<Vec<String>, Error> {
    Ok(list(reader, text)?.into_vec())
}

fn timestamp(reader: &mut Reader) -> Result<Option<Timestamp>, Error> {
    Ok(object::<StoredTimestamp>(reader)?.and_then(|stored| stored.0))
}

#[derive(Default)]
struct StoredItem(Item);

impl ObjectFields for StoredItem {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        let item = &mut self.0;
        match key {
            "id" => item.id = text(reader)?.unwrap_or_default(),
            "url" => item.url = text(reader)?,
            "external_url" => item.external_url = text(reader)?,
            "title" => item.title = text(reader)?,
            "content_html" => item.content_html = text(reader)?,
            "content_text" => item.content_text = text(reader)?,
            "summary" => item.summary = text(reader)?,
            "image" => item.image = text(reader)?,
            "banner_image" => item.banner_image = text(reader)?,
            "date_published" => item.date_published = timestamp(reader)?,
            "date_modified" => item.date_modified = timestamp(reader)?,
            "authors" => item.authors = list(reader, object::<Author>)?.into_vec(),
            "tags" => item.tags = texts(reader)?,
            "language" => item.language = text(reader)?,
            "attachments" => item.attachments = RawAttachment::read_list(reader)?,
            "kind" => {
                item.kind = match text(reader)?.as_deref() {
                    Some("Brief") => Kind::Brief,
                    _ => Kind::Article,
                }
            }
            "section" => item.section = text(reader)?,
            "lead" => item.lead = text(reader)?,
            "image_caption" => item.image_caption = text(reader)?,
            "image_credit" => item.image_credit = text(reader)?,
            "featured" => {
                item.featured = number(reader)?
                    .filter(|n| *n >= 0.0 && n.fract() == 0.0 && *n <= f64::from(u32::MAX))
                    .map(|n| n as u32)
            }
            "related" => item.related = texts(reader)?,
            "comments" => {
                item.comments = list(reader, object::<StoredSeed>)?
                    .into_vec()
                    .into_iter()
                    .map(|seed| seed.0)
                    .collect()
            }
            "pictures" => item.pictures = pictures(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

/// The stored form of a [`Timestamp`]: `{"epoch_ms": …, "offset_minutes": …}`.
#[derive(Default)]
struct StoredTimestamp(Option<Timestamp>);

impl ObjectFields for StoredTimestamp {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        if key != "epoch_ms" && key != "offset_minutes" {
            return reader.skip();
        }
        let value = number(reader)?.filter(|n| n.fract() == 0.0).unwrap_or(0.0);
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
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        let seed = &mut self.0;
        match key {
            "id" => seed.id = text(reader)?.unwrap_or_default(),
            "parent" => seed.parent = text(reader)?,
            "author" => seed.author = text(reader)?,
            "text" => seed.text = text(reader)?.unwrap_or_default(),
            "created" => seed.created = timestamp(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse;

    fn written(item: &Item) -> String {
        let mut out = Writer::default();
        write_item(item, &mut out);
        out.into_text()
    }

    fn read(json: &str) -> Result<Item, Error> {
        let mut reader = Reader::new(json.as_bytes());
        read_item(&mut reader)
    }

    fn round_trip(item: &Item) -> Item {
        read(&written(item)).unwrap()
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
        use crate::pictures::Picture;
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
            pictures: vec![Picture {
                src: "https://journal.example/a.jpg".into(),
                key: "0123456789abcdef".into(),
                width: 2048,
                height: 1365,
                tint: 37,
            }],
        };
        assert_eq!(round_trip(&item), item);
    }

    #[test]
    fn the_shape_is_the_one_earlier_builds_stored() {
        // Written by serde_json for `Item` before this module wrote it.
        let earlier = r#"{"id":"b-1","url":null,"external_url":null,"title":"Brève","content_html":null,"content_text":"Texte","summary":null,"image":null,"banner_image":null,"date_published":{"epoch_ms":1764000000000,"offset_minutes":-90},"date_modified":null,"authors":[{"name":"Salma","url":null,"avatar":null}],"tags":["port"],"language":null,"attachments":[{"url":"a.mp3","mime_type":"audio/mpeg","title":null,"size_in_bytes":1234,"duration_in_seconds":61.5}],"kind":"Brief","section":null,"lead":null,"image_caption":null,"image_credit":null,"featured":3,"related":[],"comments":[]}"#;
        let item = read(earlier).unwrap();
        assert_eq!(item.kind, Kind::Brief);
        assert_eq!(item.date_published.unwrap().offset_minutes, -90);
        assert_eq!(written(&item), earlier);
    }

    #[test]
    fn a_stored_item_without_its_id_is_refused() {
        for json in [r#"{"title":"Sans id"}"#, "5", "null", r#"{"id":""}"#] {
            assert!(read(json).is_err(), "{json}");
        }
    }
}
