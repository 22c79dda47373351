//! The RSS and Atom importer on arbitrary bytes and on byte-level mutations of the import
//! fixtures: it never panics, and what it accepts the reader reads as a JSON Feed.

use manchette::{
    feed::{self, FeedError},
    import::{import, Options},
};
use proptest::{collection::vec, prelude::*, sample::select};

use crate::driver::check;

fn holds(bytes: &[u8]) -> Result<(), String> {
    let Ok(imported) = import(
        bytes,
        "https://journal.example.ma/feed/",
        &Options::default(),
    ) else {
        return Ok(());
    };
    match feed::parse(imported.feed.to_string().as_bytes()) {
        Ok(_) | Err(FeedError::Empty(_)) => Ok(()),
        Err(error) => Err(format!(
            "the importer wrote what the reader refuses: {error:?}"
        )),
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/import_fixtures");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/import_fixtures")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e != "md"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| std::fs::read(path).expect("a fixture"))
        .collect()
}

/// Bytes that break XML in the ways feeds do.
const SNIPPETS: &[&[u8]] = &[
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"]]>",
    b"<![CDATA[",
    b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
    b"&a;",
    b"\xff\xfe",
    b"\xc3",
    b"\0",
    b"</item>",
    b"<item>",
    b"</channel>",
    b"<entry>",
    b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
    b"\"",
    b"'",
];

#[derive(Debug, Clone)]
enum Edit {
    Cut(usize, usize),
    Repeat(usize, usize),
    Insert(usize, &'static [u8]),
}

fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let files = fixtures();
    let edit = prop_oneof![
        (any::<usize>(), 0..64_usize).prop_map(|(at, len)| Edit::Cut(at, len)),
        (any::<usize>(), 0..64_usize).prop_map(|(at, len)| Edit::Repeat(at, len)),
        (any::<usize>(), select(SNIPPETS)).prop_map(|(at, s)| Edit::Insert(at, s)),
    ];
    (0..files.len(), vec(edit, 1..5)).prop_map(move |(which, edits)| {
        let mut bytes = files[which].clone();
        for edit in edits {
            let len = bytes.len().max(1);
            match edit {
                Edit::Cut(at, n) => {
                    let at = at % len;
                    bytes.drain(at.min(bytes.len())..(at + n).min(bytes.len()));
                }
                Edit::Repeat(at, n) => {
                    let at = (at % len).min(bytes.len());
                    let copy = bytes[at..(at + n).min(bytes.len())].to_vec();
                    bytes.splice(at..at, copy);
                }
                Edit::Insert(at, snippet) => {
                    let at = (at % len).min(bytes.len());
                    bytes.splice(at..at, snippet.iter().copied());
                }
            }
        }
        bytes
    })
}

#[test]
fn arbitrary_bytes() {
    check("import-bytes", 3_000, vec(any::<u8>(), 0..1_000), |b| {
        holds(b)
    });
}

#[test]
fn mutated_feeds() {
    check("import-mutations", 3_000, mutated(), |b| holds(b));
}
