//! The JSON shapes of a feed, read leniently: each field takes what it expects and drops
//! anything else (see `lenient`).

use serde::de::MapAccess;

use super::{
    lenient::{skip, Flag, Id, List, Number, Object, ObjectFields, Text},
    model::{Attachment, Author},
};
use crate::text::non_blank;

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
    pub(super) items: Option<List<Object<RawItem>>>,
    pub(super) newsroom: Option<RawNewsroom>,
}

impl ObjectFields for RawFeed {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "version" => self.version = map.next_value::<Text>()?.0,
            "title" => self.title = map.next_value::<Text>()?.0,
            "home_page_url" => self.home_page_url = map.next_value::<Text>()?.0,
            "feed_url" => self.feed_url = map.next_value::<Text>()?.0,
            "description" => self.description = map.next_value::<Text>()?.0,
            "next_url" => self.next_url = map.next_value::<Text>()?.0,
            "icon" => self.icon = map.next_value::<Text>()?.0,
            "favicon" => self.favicon = map.next_value::<Text>()?.0,
            "authors" => self.authors = map.next_value::<List<Object<Author>>>()?.values,
            "author" => self.author = map.next_value::<Object<Author>>()?.0,
            "language" => self.language = map.next_value::<Text>()?.0,
            "expired" => self.expired = map.next_value::<Flag>()?.0,
            "items" => self.items = Some(map.next_value()?),
            "_manchette" => self.newsroom = map.next_value::<Object<RawNewsroom>>()?.0,
            _ => skip(map)?,
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "id" => self.id = map.next_value::<Id>()?.0,
            "url" => self.url = map.next_value::<Text>()?.0,
            "external_url" => self.external_url = map.next_value::<Text>()?.0,
            "title" => self.title = map.next_value::<Text>()?.0,
            "content_html" => self.content_html = map.next_value::<Text>()?.0,
            "content_text" => self.content_text = map.next_value::<Text>()?.0,
            "summary" => self.summary = map.next_value::<Text>()?.0,
            "image" => self.image = map.next_value::<Text>()?.0,
            "banner_image" => self.banner_image = map.next_value::<Text>()?.0,
            "date_published" => self.date_published = map.next_value::<Text>()?.0,
            "date_modified" => self.date_modified = map.next_value::<Text>()?.0,
            "authors" => self.authors = map.next_value::<List<Object<Author>>>()?.values,
            "author" => self.author = map.next_value::<Object<Author>>()?.0,
            "tags" => self.tags = map.next_value::<List<Text>>()?.into_vec(),
            "language" => self.language = map.next_value::<Text>()?.0,
            "attachments" => self.attachments = RawAttachment::read_list(map)?,
            "_manchette" => self.extension = map.next_value::<Object<RawItemExtension>>()?.0,
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl ObjectFields for Author {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "name" => self.name = map.next_value::<Text>()?.0,
            "url" => self.url = map.next_value::<Text>()?.0,
            "avatar" => self.avatar = map.next_value::<Text>()?.0,
            _ => skip(map)?,
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
    pub(super) fn read_list<'de, A: MapAccess<'de>>(
        map: &mut A,
    ) -> Result<Vec<Attachment>, A::Error> {
        Ok(map
            .next_value::<List<Object<RawAttachment>>>()?
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "url" => self.url = map.next_value::<Text>()?.0,
            "mime_type" => self.mime_type = map.next_value::<Text>()?.0,
            "title" => self.title = map.next_value::<Text>()?.0,
            "size_in_bytes" => self.size_in_bytes = map.next_value::<Number>()?.0,
            "duration_in_seconds" => self.duration_in_seconds = map.next_value::<Number>()?.0,
            _ => skip(map)?,
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "site_name" => self.site_name = map.next_value::<Text>()?.0,
            "sections" => self.sections = map.next_value::<List<Object<RawSection>>>()?.into_vec(),
            "social" => self.social = map.next_value::<List<Object<RawSocialLink>>>()?.into_vec(),
            "locale" => self.locale = map.next_value::<Text>()?.0,
            _ => skip(map)?,
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "slug" => self.slug = map.next_value::<Text>()?.0,
            "name" => self.name = map.next_value::<Text>()?.0,
            "order" => self.order = map.next_value::<Number>()?.0,
            _ => skip(map)?,
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "network" => self.network = map.next_value::<Text>()?.0,
            "url" => self.url = map.next_value::<Text>()?.0,
            _ => skip(map)?,
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
}

impl ObjectFields for RawItemExtension {
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "kind" => self.kind = map.next_value::<Text>()?.0,
            "section" => self.section = map.next_value::<Text>()?.0,
            "lead" => self.lead = map.next_value::<Text>()?.0,
            "image_caption" => self.image_caption = map.next_value::<Text>()?.0,
            "image_credit" => self.image_credit = map.next_value::<Text>()?.0,
            "featured" => self.featured = map.next_value::<Number>()?.0,
            "related" => self.related = map.next_value::<List<Id>>()?.into_vec(),
            "comments" => {
                self.comments = map.next_value::<List<Object<RawSeedComment>>>()?.into_vec()
            }
            _ => skip(map)?,
        }
        Ok(())
    }
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
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key {
            "id" => self.id = map.next_value::<Id>()?.0,
            "parent" => self.parent = map.next_value::<Id>()?.0,
            "author" => self.author = map.next_value::<Text>()?.0,
            "text" => self.text = map.next_value::<Text>()?.0,
            "created" => self.created = map.next_value::<Text>()?.0,
            _ => skip(map)?,
        }
        Ok(())
    }
}
