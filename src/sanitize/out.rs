//! Where the walk writes: the context it writes for, the sink that receives the allowed
//! nodes, and the elements open in it. Below both the walk and the markup the sanitiser writes
//! itself (`own`), which use it.

use super::rules::holds_only_table_parts;
use crate::{feed::Attachment, i18n::Locale, pictures::Picture};

/// Where the HTML comes from, which decides how its URLs resolve and which links leave.
pub struct Context<'a> {
    /// What relative URLs resolve against: the item's URL, else the feed's.
    pub base: Option<&'a str>,
    /// The page's origin (`https://journal.example.ma`), to mark links that leave it.
    pub page_origin: &'a str,
    /// The words a screen reader hears after an external link: "(lien externe)".
    pub external_label: &'a str,
    /// What publishing made of the item's pictures: an image among them is written as a
    /// `<picture>` of its variants.
    pub pictures: &'a [Picture],
    /// The reader's language, for the words of an embed's facade and of the players.
    pub locale: Locale,
    /// The item's attachments: those that are a sound or a video get players after the body
    /// ([`crate::attachments`]), at [`super::prerender`] and [`super::fill`].
    pub attachments: &'a [Attachment],
}

/// Where the allowed nodes are written.
pub trait Sink {
    fn text(&mut self, text: &str);
    /// Opens an element; the next calls write inside it until [`Sink::close`].
    fn open(&mut self, tag: &str, attributes: &[(String, String)]);
    fn close(&mut self, tag: &str);
}

/// The sink, and the elements open in it, outermost first.
pub(super) struct Out<'s, S> {
    sink: &'s mut S,
    pub(super) open: Vec<String>,
    /// Something was written. White space before that is dropped, as a parser drops it
    /// at the start of a document.
    started: bool,
    /// It only looks at what a block would write, to find a provider's address alone in it.
    pub(super) probing: bool,
}

impl<'s, S: Sink> Out<'s, S> {
    /// Writes into `sink` inside the elements `open`; a probe (`probing`) writes as if
    /// something came before.
    pub(super) fn new(sink: &'s mut S, open: Vec<String>, probing: bool) -> Self {
        Out {
            sink,
            open,
            started: probing,
            probing,
        }
    }

    pub(super) fn text(&mut self, text: &str) {
        let text = if self.started {
            text
        } else {
            text.trim_start_matches(is_html_space)
        };
        // A parser would move it out of the table; white space it leaves.
        let current = self.open.last().map_or("", String::as_str);
        if text.is_empty() || (holds_only_table_parts(current) && !text.chars().all(is_html_space))
        {
            return;
        }
        self.started = true;
        self.sink.text(text);
    }

    pub(super) fn open(&mut self, tag: &str, attributes: &[(String, String)]) {
        self.started = true;
        self.sink.open(tag, attributes);
        self.open.push(tag.to_owned());
    }

    pub(super) fn close(&mut self, tag: &str) {
        self.open.pop();
        self.sink.close(tag);
    }
}

/// White space as HTML's parser reads it (not U+00A0).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}
