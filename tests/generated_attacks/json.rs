//! The app's JSON reader against serde_json on generated text: it accepts exactly the
//! documents serde_json accepts, and reads each one to the same value.

use manchette::json::{Error, Reader, Shape};
use proptest::{collection::vec, prelude::*, sample::select};
use serde_json::{Map, Value};

use crate::driver::check;

/// Pieces that make valid documents often and broken ones in every way.
const TOKENS: [&str; 30] = [
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    "\n",
    "\"a\"",
    "\"clé\"",
    "\"\\u00e9\\n\"",
    "\"\\ud83d\\ude00\"",
    "\"\\ud800\"",
    "\"\\x\"",
    "\"\\\"\"",
    "\"",
    "\\",
    "\"\u{1}\"",
    "0",
    "-12",
    "3.25e-2",
    "01",
    "1.",
    "-",
    "true",
    "false",
    "null",
    "nul",
    "\"tab\there\"",
    "é",
];

/// The document as our reader reads it, built as serde_json's value.
fn value(reader: &mut Reader) -> Result<Value, Error> {
    Ok(match reader.peek()? {
        Shape::Object => {
            let mut map = Map::new();
            reader.object(|r, key| {
                let member = value(r)?;
                map.insert(key.to_owned(), member);
                Ok(())
            })?;
            Value::Object(map)
        }
        Shape::Array => {
            let mut list = Vec::new();
            reader.array(|r| {
                list.push(value(r)?);
                Ok(())
            })?;
            Value::Array(list)
        }
        Shape::String => Value::String(reader.string()?.into_owned()),
        Shape::Number => {
            let text = reader.number_text()?;
            serde_json::from_str(text)
                .unwrap_or_else(|_| format!("unreadable number {text}").into())
        }
        Shape::Bool => Value::Bool(reader.bool()?),
        Shape::Null => {
            reader.null()?;
            Value::Null
        }
    })
}

fn ours(bytes: &[u8]) -> Result<Value, Error> {
    let mut reader = Reader::new(bytes);
    let read = value(&mut reader)?;
    reader.finish()?;
    // Skipping must agree with reading.
    let mut skipping = Reader::new(bytes);
    skipping.skip()?;
    skipping.finish()?;
    Ok(read)
}

fn agrees(bytes: &[u8]) -> Result<(), String> {
    let theirs = serde_json::from_slice::<Value>(bytes);
    match (ours(bytes), theirs) {
        (Ok(a), Ok(b)) if a == b => Ok(()),
        (Ok(a), Ok(b)) => Err(format!("read {a} where serde_json reads {b}")),
        (Err(_), Err(_)) => Ok(()),
        (Ok(a), Err(e)) => Err(format!("accepted {a}; serde_json: {e}")),
        (Err(e), Ok(b)) => Err(format!("refused {b}: {e}")),
    }
}

#[test]
fn token_soup() {
    let document = vec(select(TOKENS.to_vec()), 0..40).prop_map(|t| t.concat().into_bytes());
    check("json-tokens", 20_000, document, |b| agrees(b));
}

#[test]
fn arbitrary_bytes() {
    check("json-bytes", 5_000, vec(any::<u8>(), 0..200), |b| agrees(b));
}
