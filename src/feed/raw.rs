//! The JSON shapes of a feed, read leniently: each field takes what it expects and drops
//! anything else (see `lenient`).

use super::{
    lenient::{flag, id, list, number, object, text, List, ObjectFields},
    model::{Attachment, Author},
};
use crate::{
    json::{Error, Reader},
    pictures::Picture,
    text::non_blank,
};

#[derive(Default)]
pub(super) struct RawFeed {
    pub(super) version: Option<String>,
    pub(super) title: Option<String>,
    pub(super) home_page_url: Option<String>,
    pub(super) feed_url: Option<String>,
    pub(super) description: Option<String>,
    pub(super) next_url: Option<String>,
    pub(super) icon: Option<String>,
    pub(super) favicon: Option<String>,
    pub(super) authors: Option<Vec<Author>>,
    pub(super) author: Option<Author>,
    pub(super) language: Option<String>,
    pub(super) expired: Option<bool>,
    pub(super) items: Option<List<RawItem>>,
    pub(super) newsroom: Option<RawNewsroom>,
}

impl ObjectFields for RawFeed {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "version" => self.version = text(reader)?,
            "title" => self.title = text(reader)?,
            "home_page_url" => self.home_page_url = text(reader)?,
            "feed_url" => self.feed_url = text(reader)?,
            "description" => self.description = text(reader)?,
            "next_url" => self.next_url = text(reader)?,
            "icon" => self.icon = text(reader)?,
            "favicon" => self.favicon = text(reader)?,
            "authors" => self.authors = list(reader, object::<Author>)?.values,
            "author" => self.author = object::<Author>(reader)?,
            "language" => self.language = text(reader)?,
            "expired" => self.expired = flag(reader)?,
            "items" => self.items = Some(list(reader, object::<RawItem>)?),
            "_manchette" => self.newsroom = object::<RawNewsroom>(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawItem {
    pub(super) id: Option<String>,
    pub(super) url: Option<String>,
    pub(super) external_url: Option<String>,
    pub(super) title: Option<String>,
    pub(super) content_html: Option<String>,
    pub(super) content_text: Option<String>,
    pub(super) summary: Option<String>,
    pub(super) image: Option<String>,
    pub(super) banner_image: Option<String>,
    pub(super) date_published: Option<String>,
    pub(super) date_modified: Option<String>,
    pub(super) authors: Option<Vec<Author>>,
    pub(super) author: Option<Author>,
    pub(super) tags: Vec<String>,
    pub(super) language: Option<String>,
    pub(super) attachments: Vec<Attachment>,
    pub(super) extension: Option<RawItemExtension>,
}

impl ObjectFields for RawItem {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "id" => self.id = id(reader)?,
            "url" => self.url = text(reader)?,
            "external_url" => self.external_url = text(reader)?,
            "title" => self.title = text(reader)?,
            "content_html" => self.content_html = text(reader)?,
            "content_text" => self.content_text = text(reader)?,
            "summary" => self.summary = text(reader)?,
            "image" => self.image = text(reader)?,
            "banner_image" => self.banner_image = text(reader)?,
            "date_published" => self.date_published = text(reader)?,
            "date_modified" => self.date_modified = text(reader)?,
            "authors" => self.authors = list(reader, object::<Author>)?.values,
            "author" => self.author = object::<Author>(reader)?,
            "tags" => self.tags = list(reader, text)?.into_vec(),
            "language" => self.language = text(reader)?,
            "attachments" => self.attachments = RawAttachment::read_list(reader)?,
            "_manchette" => self.extension = object::<RawItemExtension>(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

impl ObjectFields for Author {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "name" => self.name = text(reader)?,
            "url" => self.url = text(reader)?,
            "avatar" => self.avatar = text(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawAttachment {
    pub(super) url: Option<String>,
    pub(super) mime_type: Option<String>,
    pub(super) title: Option<String>,
    pub(super) size_in_bytes: Option<f64>,
    pub(super) duration_in_seconds: Option<f64>,
}

impl RawAttachment {
    /// A list of attachments, each kept only when it has its `url` and its `mime_type`.
    pub(super) fn read_list(reader: &mut Reader) -> Result<Vec<Attachment>, Error> {
        Ok(list(reader, object::<RawAttachment>)?
            .into_vec()
            .into_iter()
            .filter_map(RawAttachment::into_attachment)
            .collect())
    }

    /// An attachment needs both its `url` and its `mime_type`.
    pub(super) fn into_attachment(self) -> Option<Attachment> {
        Some(Attachment {
            url: non_blank(self.url)?,
            mime_type: non_blank(self.mime_type)?,
            title: non_blank(self.title),
            size_in_bytes: self
                .size_in_bytes
                .filter(|n| *n >= 0.0 && n.fract() == 0.0)
                .map(|n| n as u64),
            duration_in_seconds: self.duration_in_seconds.filter(|n| *n >= 0.0),
        })
    }
}

impl ObjectFields for RawAttachment {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "url" => self.url = text(reader)?,
            "mime_type" => self.mime_type = text(reader)?,
            "title" => self.title = text(reader)?,
            "size_in_bytes" => self.size_in_bytes = number(reader)?,
            "duration_in_seconds" => self.duration_in_seconds = number(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawNewsroom {
    pub(super) site_name: Option<String>,
    pub(super) sections: Vec<RawSection>,
    pub(super) social: Vec<RawSocialLink>,
    pub(super) locale: Option<String>,
}

impl ObjectFields for RawNewsroom {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "site_name" => self.site_name = text(reader)?,
            "sections" => self.sections = list(reader, object::<RawSection>)?.into_vec(),
            "social" => self.social = list(reader, object::<RawSocialLink>)?.into_vec(),
            "locale" => self.locale = text(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawSection {
    pub(super) slug: Option<String>,
    pub(super) name: Option<String>,
    pub(super) order: Option<f64>,
}

impl ObjectFields for RawSection {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "slug" => self.slug = text(reader)?,
            "name" => self.name = text(reader)?,
            "order" => self.order = number(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawSocialLink {
    pub(super) network: Option<String>,
    pub(super) url: Option<String>,
}

impl ObjectFields for RawSocialLink {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "network" => self.network = text(reader)?,
            "url" => self.url = text(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

#[derive(Default)]
pub(super) struct RawItemExtension {
    pub(super) kind: Option<String>,
    pub(super) section: Option<String>,
    pub(super) lead: Option<String>,
    pub(super) image_caption: Option<String>,
    pub(super) image_credit: Option<String>,
    pub(super) featured: Option<f64>,
    pub(super) related: Vec<String>,
    pub(super) comments: Vec<RawSeedComment>,
    pub(super) pictures: Vec<Picture>,
    pub(super) withdrawn: Option<bool>,
}

impl ObjectFields for RawItemExtension {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "kind" => self.kind = text(reader)?,
            "section" => self.section = text(reader)?,
            "lead" => self.lead = text(reader)?,
            "image_caption" => self.image_caption = text(reader)?,
            "image_credit" => self.image_credit = text(reader)?,
            "featured" => self.featured = number(reader)?,
            "related" => self.related = list(reader, id)?.into_vec(),
            "comments" => self.comments = list(reader, object::<RawSeedComment>)?.into_vec(),
            "pictures" => self.pictures = pictures(reader)?,
            "withdrawn" => self.withdrawn = flag(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}

/// An item's `pictures`, as publishing records them (`{"URL": "KEY WIDTH HEIGHT TINT"}`):
/// each entry that reads, the others dropped.
pub(super) fn pictures(reader: &mut Reader) -> Result<Vec<Picture>, Error> {
    #[derive(Default)]
    struct Pictures(Vec<Picture>);
    impl ObjectFields for Pictures {
        fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
            if let Some(picture) = text(reader)?.and_then(|facts| Picture::from_facts(key, &facts))
            {
                self.0.push(picture);
            }
            Ok(())
        }
    }
    Ok(object::<Pictures>(reader)?.map(|p| p.0).unwrap_or_default())
}

#[derive(Default)]
pub(super) struct RawSeedComment {
    pub(super) id: Option<String>,
    pub(super) parent: Option<String>,
    pub(super) author: Option<String>,
    pub(super) text: Option<String>,
    pub(super) created: Option<String>,
}

impl ObjectFields for RawSeedComment {
    fn read_field(&mut self, key: &str, reader: &mut Reader) -> Result<(), Error> {
        match key {
            "id" => self.id = id(reader)?,
            "parent" => self.parent = id(reader)?,
            "author" => self.author = text(reader)?,
            "text" => self.text = text(reader)?,
            "created" => self.created = text(reader)?,
            _ => reader.skip()?,
        }
        Ok(())
    }
}
