//! Where things are in an XML feed, for messages a newsroom can act on: the line of each
//! entry (`<item>`, `<entry>`), and the line and column where malformed XML breaks. feed-rs
//! gives neither, so quick-xml (which it reads with) walks the document once more.

use quick_xml::{events::Event, Reader};

/// A place in the source: line and column, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// What one walk of the document found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The line of each entry, in document order.
    pub entries: Vec<usize>,
    /// Where the XML first breaks, and quick-xml's words for it.
    pub broken: Option<(Place, String)>,
}

/// The parents an entry has in each dialect: RSS 2.0's `channel`, RSS 1.0's `rdf:RDF` and
/// Atom's `feed` (compared without their prefix).
const ENTRY_PARENTS: [&str; 3] = ["channel", "RDF", "feed"];

pub fn layout(bytes: &[u8]) -> Layout {
    let mut reader = Reader::from_reader(bytes);
    let mut open: Vec<String> = Vec::new();
    let mut layout = Layout::default();
    loop {
        let start = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(Event::Start(element)) => {
                let name = element.local_name().into_inner().to_owned();
                note_entry(&mut layout, &open, &name, bytes, start);
                open.push(name);
            }
            Ok(Event::Empty(element)) => {
                let name = element.local_name().into_inner().to_owned();
                note_entry(&mut layout, &open, &name, bytes, start);
            }
            Ok(Event::End(_)) => {
                open.pop();
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(error) => {
                let at = place(bytes, reader.error_position() as usize);
                layout.broken = Some((at, error.to_string()));
                break;
            }
        }
    }
    layout
}

fn note_entry(layout: &mut Layout, open: &[String], name: &str, bytes: &[u8], start: usize) {
    let is_entry = matches!(name, "item" | "entry");
    let in_feed = open
        .last()
        .is_some_and(|parent| ENTRY_PARENTS.contains(&parent.as_str()));
    if is_entry && in_feed {
        // The event starts after the white space before the tag.
        let tag = bytes[start..]
            .iter()
            .position(|&b| b == b'<')
            .map_or(start, |offset| start + offset);
        layout.entries.push(place(bytes, tag).line);
    }
}

/// The line and column of a byte offset (columns count characters).
pub fn place(bytes: &[u8], offset: usize) -> Place {
    let before = &bytes[..offset.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    Place {
        line: before.iter().filter(|&&b| b == b'\n').count() + 1,
        column: String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_on_their_lines_in_each_dialect() {
        let rss = b"<rss>\n<channel>\n  <item><title>a</title></item>\n  <item/>\n</channel></rss>";
        assert_eq!(layout(rss).entries, [3, 4]);
        let atom =
            b"<feed xmlns='http://www.w3.org/2005/Atom'>\n<entry>\n</entry>\n\n<entry/></feed>";
        assert_eq!(layout(atom).entries, [2, 5]);
        let rdf = b"<rdf:RDF>\n<channel><items><rdf:Seq/></items></channel>\n<item/>\n</rdf:RDF>";
        assert_eq!(
            layout(rdf).entries,
            [3],
            "RSS 1.0's channel lists items without being one"
        );
    }

    #[test]
    fn an_item_inside_something_else_is_no_entry() {
        let rss = b"<rss><channel><item><x:list><item/></x:list></item></channel></rss>";
        assert_eq!(layout(rss).entries.len(), 1);
    }

    #[test]
    fn broken_xml_is_placed_where_it_breaks() {
        let rss = "<rss><channel>\n<item>\n  <title>Café</title></itme>\n</item></channel></rss>";
        let found = layout(rss.as_bytes());
        let (at, words) = found.broken.expect("broken");
        assert_eq!(at.line, 3);
        assert!(at.column > 1, "{at}");
        assert!(!words.is_empty());
        assert_eq!(found.entries, [2]);
    }

    #[test]
    fn places_count_characters_not_bytes() {
        assert_eq!(
            place("é\nçà<".as_bytes(), "é\nçà".len()),
            Place { line: 2, column: 3 }
        );
    }
}
