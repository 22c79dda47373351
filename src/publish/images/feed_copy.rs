//! The feed the site serves, with what publishing learnt of its pictures: each item gets
//! `_manchette.pictures` (`{"URL": "KEY WIDTH HEIGHT TINT"}`), so that the app draws the same
//! `<picture>` markup the published pages hold. Everything else stays byte for byte as the
//! newsroom wrote it: the members are written into the text, not the whole feed again.

use std::{collections::HashMap, ops::Range};

use crate::{
    json::{Error, Reader, Shape, Writer},
    pictures::Picture,
    sanitize::scan::pictures_of,
};

/// One change to the text: `range` replaced by `text` (an insertion when it is empty).
struct Edit {
    range: Range<usize>,
    text: String,
}

/// What the walk noted of one item.
#[derive(Default)]
struct ItemNotes {
    members: usize,
    image: Option<String>,
    banner_image: Option<String>,
    content_html: Option<String>,
    url: Option<String>,
    extension: Option<ExtensionNotes>,
}

struct ExtensionNotes {
    /// Where its closing brace is.
    close: usize,
    empty: bool,
    /// Where the value of a `pictures` member already there is.
    pictures: Option<Range<usize>>,
}

/// `bytes` (a JSON Feed page) with each item's pictures recorded from `known`, by the URL the
/// views resolve them to (against the item's `url`, else `feed_url`). An item none of whose
/// pictures is known is left as it is, unless it held `pictures` already, which is replaced.
pub fn with_pictures(
    bytes: &[u8],
    known: &HashMap<String, Picture>,
    feed_url: &str,
) -> Result<Vec<u8>, Error> {
    let mut edits = Vec::new();
    let mut reader = Reader::new(bytes);
    reader.object(|r, key| {
        if key != "items" || r.peek()? != Shape::Array {
            return r.skip();
        }
        r.array(|r| {
            if r.peek()? != Shape::Object {
                return r.skip();
            }
            let notes = read_item(r)?;
            let close = r.position() - 1;
            edits.extend(edit_for(notes, close, known, feed_url));
            Ok(())
        })
    })?;
    reader.finish()?;
    let mut text = bytes.to_vec();
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.range.start));
    for edit in edits {
        text.splice(edit.range, edit.text.into_bytes());
    }
    Ok(text)
}

fn read_item(r: &mut Reader) -> Result<ItemNotes, Error> {
    let mut notes = ItemNotes::default();
    r.object(|r, key| {
        notes.members += 1;
        let slot = match key {
            "image" => &mut notes.image,
            "banner_image" => &mut notes.banner_image,
            "content_html" => &mut notes.content_html,
            "url" => &mut notes.url,
            "_manchette" if r.peek()? == Shape::Object => {
                notes.extension = Some(read_extension(r)?);
                return Ok(());
            }
            _ => return r.skip(),
        };
        if r.peek()? == Shape::String {
            *slot = Some(r.string()?.into_owned()).filter(|text| !text.trim().is_empty());
            Ok(())
        } else {
            r.skip()
        }
    })?;
    Ok(notes)
}

fn read_extension(r: &mut Reader) -> Result<ExtensionNotes, Error> {
    let (mut members, mut pictures) = (0, None);
    r.object(|r, key| {
        members += 1;
        if key == "pictures" {
            r.peek()?;
            let start = r.position();
            r.skip()?;
            pictures = Some(start..r.position());
            Ok(())
        } else {
            r.skip()
        }
    })?;
    Ok(ExtensionNotes {
        close: r.position() - 1,
        empty: members == 0,
        pictures,
    })
}

fn edit_for(
    notes: ItemNotes,
    close: usize,
    known: &HashMap<String, Picture>,
    feed_url: &str,
) -> Option<Edit> {
    let shown = pictures_of(
        notes.image.as_deref(),
        notes.banner_image.as_deref(),
        notes.content_html.as_deref(),
        notes.url.as_deref(),
        feed_url,
    );
    let found: Vec<&Picture> = shown.iter().filter_map(|src| known.get(src)).collect();
    let mut value = Writer::default();
    value.object(|o| {
        for picture in &found {
            o.member(&picture.src, &picture.facts());
        }
    });
    let value = value.into_text();
    let comma = |empty: bool| if empty { "" } else { "," };
    match notes.extension {
        Some(ExtensionNotes {
            pictures: Some(range),
            ..
        }) => Some(Edit { range, text: value }),
        _ if found.is_empty() => None,
        Some(extension) => Some(Edit {
            range: extension.close..extension.close,
            text: format!("{}\"pictures\":{value}", comma(extension.empty)),
        }),
        None => Some(Edit {
            range: close..close,
            text: format!(
                "{}\"_manchette\":{{\"pictures\":{value}}}",
                comma(notes.members == 0)
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed;

    const FEED_URL: &str = "https://journal.example.ma/feed.json";

    fn known() -> HashMap<String, Picture> {
        [(
            "https://journal.example.ma/img/port.jpg",
            "0123456789abcdef",
        )]
        .into_iter()
        .map(|(src, key)| {
            let picture = Picture {
                src: src.into(),
                key: key.into(),
                width: 2048,
                height: 1365,
                tint: 21,
            };
            (src.to_owned(), picture)
        })
        .collect()
    }

    #[test]
    fn each_item_gets_the_facts_of_its_pictures_and_nothing_else_moves() {
        let feed = r#"{ "version": "https://jsonfeed.org/version/1.1", "title": "T",
  "items": [
    {"id": "1", "image": "img/port.jpg", "content_text": "a"},
    {"id": "2", "content_html": "<p><img src=\"/img/port.jpg\"></p>", "_manchette": {"section": "economie"}},
    {"id": "3", "content_text": "sans image", "_manchette": {}},
    {"id": "4", "image": "img/port.jpg", "_manchette": {"pictures": {"https://x.example/old.jpg": "0000000000000000 1 1 0"}}},
    {"id": "5", "image": "img/autre.jpg", "_manchette": {"pictures": {"https://x.example/old.jpg": "0000000000000000 1 1 0"}}}
  ]
}"#;
        let copy =
            String::from_utf8(with_pictures(feed.as_bytes(), &known(), FEED_URL).unwrap()).unwrap();
        let facts =
            r#"{"https://journal.example.ma/img/port.jpg":"0123456789abcdef 2048 1365 21"}"#;
        assert!(copy.contains(&format!(
            r#"{{"id": "1", "image": "img/port.jpg", "content_text": "a","_manchette":{{"pictures":{facts}}}}}"#
        )), "{copy}");
        assert!(
            copy.contains(&format!(
                r#""_manchette": {{"section": "economie","pictures":{facts}}}}}"#
            )),
            "{copy}"
        );
        assert!(copy.contains(r#"{"id": "3", "content_text": "sans image", "_manchette": {}}"#));
        assert!(
            copy.contains(&format!(
                r#"{{"id": "4", "image": "img/port.jpg", "_manchette": {{"pictures": {facts}}}}}"#
            )),
            "{copy}"
        );
        assert!(
            copy.contains(
                r#"{"id": "5", "image": "img/autre.jpg", "_manchette": {"pictures": {}}}"#
            ),
            "{copy}"
        );
        assert!(
            copy.starts_with(r#"{ "version": "https://jsonfeed.org/version/1.1", "title": "T","#)
        );
        // The app reads the facts back onto the items.
        let read = feed::parse(copy.as_bytes()).unwrap();
        assert_eq!(
            read.items[0].pictures,
            vec![known()["https://journal.example.ma/img/port.jpg"].clone()]
        );
        assert_eq!(read.items[1].pictures.len(), 1);
        assert!(read.items[2].pictures.is_empty());
        // Written again from its own copy, the feed is the same bytes.
        assert_eq!(
            with_pictures(copy.as_bytes(), &known(), FEED_URL).unwrap(),
            copy.as_bytes()
        );
    }

    #[test]
    fn a_feed_without_known_pictures_is_left_as_it_is() {
        let feed = br#"{"items": [{"id": "1", "image": "a.svg"}], "title": "x"}"#;
        assert_eq!(
            with_pictures(feed, &known(), FEED_URL).unwrap(),
            feed.to_vec()
        );
        assert!(with_pictures(b"{\"items\": [", &known(), FEED_URL).is_err());
    }
}
