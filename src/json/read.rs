//! A pull reader over JSON text: the caller asks for the value it expects next, and skips
//! the rest. It checks the whole grammar (RFC 8259) and borrows strings that hold no escapes.
//! The text is checked to be UTF-8 as it is read, inside strings (outside them the grammar
//! admits only ASCII), so a feed is scanned once rather than twice.
//! Hostile input cannot exhaust the stack: objects and arrays read member by member nest at
//! most [`MAX_DEPTH`] deep, and skipped values keep their brackets in a list.

use std::borrow::Cow;

use super::{decimal::decimal_to_f64, Error};

/// How deep arrays and objects may nest.
pub const MAX_DEPTH: usize = 128;

/// What the next value is, from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

/// A position in JSON text.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader over `bytes`; text that is not UTF-8 is an error where it is met.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            at: 0,
            depth: 0,
        }
    }

    /// An error at the current position.
    pub fn error(&self, message: impl Into<Cow<'static, str>>) -> Error {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
        Error {
            message: message.into(),
            line,
            column,
            at_end: self.at >= self.bytes.len(),
        }
    }

    #[inline]
    fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    #[inline]
    fn skip_space(&mut self) {
        let bytes = self.bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next significant byte, not consumed.
    #[inline]
    fn next_byte(&mut self) -> Result<u8, Error> {
        self.skip_space();
        self.bytes()
            .get(self.at)
            .copied()
            .ok_or_else(|| self.error("unexpected end of input"))
    }

    /// What the next value is, without reading it.
    #[inline]
    pub fn peek(&mut self) -> Result<Shape, Error> {
        Ok(match self.next_byte()? {
            b'{' => Shape::Object,
            b'[' => Shape::Array,
            b'"' => Shape::String,
            b'-' | b'0'..=b'9' => Shape::Number,
            b't' | b'f' => Shape::Bool,
            b'n' => Shape::Null,
            _ => return Err(self.error("expected a value")),
        })
    }

    /// Checks that nothing but white space follows the value read.
    pub fn finish(mut self) -> Result<(), Error> {
        self.skip_space();
        if self.at < self.bytes.len() {
            return Err(self.error("trailing characters after the value"));
        }
        Ok(())
    }

    /// The expected word (`true`, `false`, `null`), consumed.
    fn word(&mut self, word: &str) -> Result<(), Error> {
        if self.bytes()[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else if word.as_bytes().starts_with(&self.bytes()[self.at..]) {
            self.at = self.bytes.len();
            Err(self.error("unexpected end of input"))
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn expected(&self, shape: &str) -> Error {
        self.error(format!("expected {shape}"))
    }

    /// A string.
    pub fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        if self.next_byte()? != b'"' {
            return Err(self.expected("a string"));
        }
        self.at += 1;
        let mut owned: Option<String> = None;
        loop {
            let run = self.at;
            self.at = plain_run_end(self.bytes(), run).map_err(|bad| {
                self.at = bad;
                self.error("invalid UTF-8")
            })?;
            let Some(&byte) = self.bytes().get(self.at) else {
                return Err(self.error("unexpected end of input"));
            };
            let plain = checked_text(&self.bytes()[run..self.at]);
            if byte == b'"' {
                self.at += 1;
                return Ok(match owned {
                    None => Cow::Borrowed(plain),
                    Some(mut text) => {
                        text.push_str(plain);
                        Cow::Owned(text)
                    }
                });
            }
            if byte != b'\\' {
                return Err(self.error("control character in a string"));
            }
            let mut text = owned.take().unwrap_or_default();
            text.push_str(plain);
            self.at += 1;
            text.push(self.escape()?);
            owned = Some(text);
        }
    }

    /// The character an escape stands for; the reader is just past the backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(&byte) = self.bytes().get(self.at) else {
            return Err(self.error("unexpected end of input"));
        };
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        if !self.bytes()[self.at..].starts_with(b"\\u") {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("lone surrogate in a \\u escape"));
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone surrogate in a \\u escape")),
                    _ => unit,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.bytes().get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.error("unexpected end of input"));
        };
        let mut value = 0;
        for &digit in digits {
            let Some(nibble) = (digit as char).to_digit(16) else {
                return Err(self.error("invalid \\u escape"));
            };
            value = value * 16 + nibble;
            self.at += 1;
        }
        Ok(value)
    }

    /// A number, as written (`-12`, `2.5e3`).
    pub fn number_text(&mut self) -> Result<&'a str, Error> {
        if !matches!(self.next_byte()?, b'-' | b'0'..=b'9') {
            return Err(self.expected("a number"));
        }
        let start = self.at;
        let bytes = self.bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at - from
        };
        let mut at = start;
        if bytes[at] == b'-' {
            at += 1;
        }
        let whole = digits(&mut at);
        let valid_whole = whole == 1 || (whole > 1 && bytes[at - whole] != b'0');
        let mut valid = valid_whole;
        if valid && bytes.get(at) == Some(&b'.') {
            at += 1;
            valid = digits(&mut at) > 0;
        }
        if valid && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            if matches!(bytes.get(at), Some(b'+' | b'-')) {
                at += 1;
            }
            valid = digits(&mut at) > 0;
        }
        self.at = at;
        if !valid {
            return Err(self.error("invalid number"));
        }
        Ok(checked_text(&bytes[start..at]))
    }

    /// A number as `f64`.
    pub fn f64(&mut self) -> Result<f64, Error> {
        self.number_text().map(decimal_to_f64)
    }

    /// A whole number that fits an `i64`.
    pub fn i64(&mut self) -> Result<i64, Error> {
        let text = self.number_text()?;
        text.parse()
            .map_err(|_| self.error(format!("expected a whole number, found {text}")))
    }

    /// `true` or `false`.
    pub fn bool(&mut self) -> Result<bool, Error> {
        match self.next_byte()? {
            b't' => self.word("true").map(|()| true),
            b'f' => self.word("false").map(|()| false),
            _ => Err(self.expected("true or false")),
        }
    }

    /// Consumes a `null` if one comes next; says whether it did.
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.next_byte()? == b'n' {
            self.word("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        Ok(())
    }

    /// Whether another member or element follows: after `,` there must be one, before the
    /// closing bracket there is none.
    fn more(&mut self, close: u8, first: bool) -> Result<bool, Error> {
        let byte = self.next_byte()?;
        if byte == close {
            self.at += 1;
            self.depth -= 1;
            return Ok(false);
        }
        if !first {
            if byte != b',' {
                return Err(self.error(if close == b'}' {
                    "expected `,` or `}`"
                } else {
                    "expected `,` or `]`"
                }));
            }
            self.at += 1;
            self.next_byte()?;
        }
        Ok(true)
    }

    /// An object, member by member: `member` gets each key and must read (or skip) its value.
    pub fn object(
        &mut self,
        mut member: impl FnMut(&mut Self, &str) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if self.next_byte()? != b'{' {
            return Err(self.expected("an object"));
        }
        self.at += 1;
        self.enter()?;
        let mut first = true;
        while self.more(b'}', first)? {
            first = false;
            if self.next_byte()? != b'"' {
                return Err(self.expected("a key"));
            }
            let key = self.string()?;
            if self.next_byte()? != b':' {
                return Err(self.error("expected `:`"));
            }
            self.at += 1;
            member(self, &key)?;
        }
        Ok(())
    }

    /// An array, element by element: `element` must read (or skip) each one.
    pub fn array(
        &mut self,
        mut element: impl FnMut(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if self.next_byte()? != b'[' {
            return Err(self.expected("an array"));
        }
        self.at += 1;
        self.enter()?;
        let mut first = true;
        while self.more(b']', first)? {
            first = false;
            element(self)?;
        }
        Ok(())
    }

    /// Reads past the next value, whatever it is, checking its grammar. It keeps the open
    /// brackets in a list rather than on the stack, so any depth is skipped.
    pub fn skip(&mut self) -> Result<(), Error> {
        let mut closing: Vec<u8> = Vec::new();
        loop {
            match self.peek()? {
                Shape::Object | Shape::Array => {
                    let close = if self.next_byte()? == b'{' {
                        b'}'
                    } else {
                        b']'
                    };
                    self.at += 1;
                    if self.next_byte()? == close {
                        self.at += 1;
                    } else {
                        closing.push(close);
                        if close == b'}' {
                            self.key_and_colon()?;
                        }
                        continue;
                    }
                }
                Shape::String => drop(self.string()?),
                Shape::Number => drop(self.number_text()?),
                Shape::Bool => drop(self.bool()?),
                Shape::Null => drop(self.null()?),
            }
            // A value is complete: close what it completes, up to the next member or element.
            loop {
                let Some(&close) = closing.last() else {
                    return Ok(());
                };
                match self.next_byte()? {
                    b',' => {
                        self.at += 1;
                        if close == b'}' {
                            self.key_and_colon()?;
                        }
                        break;
                    }
                    byte if byte == close => {
                        self.at += 1;
                        closing.pop();
                    }
                    _ if close == b'}' => return Err(self.error("expected `,` or `}`")),
                    _ => return Err(self.error("expected `,` or `]`")),
                }
            }
        }
    }

    fn key_and_colon(&mut self) -> Result<(), Error> {
        if self.next_byte()? != b'"' {
            return Err(self.expected("a key"));
        }
        self.string()?;
        if self.next_byte()? != b':' {
            return Err(self.error("expected `:`"));
        }
        self.at += 1;
        Ok(())
    }
}

/// Where the plain text of a string that starts at `at` ends: at its closing quote, a
/// backslash, a control character, or the end of `bytes`. On the way it checks that the text
/// is UTF-8, and gives the position of the first byte that is not. It looks at eight bytes at
/// a time while they are plain ASCII, which keeps long article bodies quick to read.
fn plain_run_end(bytes: &[u8], mut at: usize) -> Result<usize, usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const QUOTES: u64 = ONES * b'"' as u64;
    const BACKSLASHES: u64 = ONES * b'\\' as u64;
    const SPACES: u64 = ONES * 0x20;
    loop {
        while let Some(chunk) = bytes.get(at..at + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word);
            // A zero byte in `word ^ QUOTES` is a quote, in `word ^ BACKSLASHES` a backslash;
            // `word - SPACES` sets the high bit of a control character, and `word` itself that
            // of a byte outside ASCII. A borrow can mark a byte above a marked one, never
            // below, so the lowest mark is exact.
            let quote = word ^ QUOTES;
            let backslash = word ^ BACKSLASHES;
            let marks = (quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash)
                | word.wrapping_sub(SPACES)
                | word;
            let marks = marks & HIGH;
            if marks != 0 {
                at += marks.trailing_zeros() as usize / 8;
                break;
            }
            at += 8;
        }
        let Some(&byte) = bytes.get(at) else {
            return Ok(at);
        };
        match byte {
            b'"' | b'\\' | ..=0x1f => return Ok(at),
            ..=0x7f => at += 1,
            _ => at += utf8_sequence_len(&bytes[at..]).ok_or(at)?,
        }
    }
}

/// The length of the UTF-8 sequence `rest` starts with, a byte outside ASCII; `None` when it
/// is not one (a stray continuation, an overlong form, a surrogate, past U+10FFFF, cut short).
fn utf8_sequence_len(rest: &[u8]) -> Option<usize> {
    const TAIL: std::ops::RangeInclusive<u8> = 0x80..=0xbf;
    let (len, second) = match rest[0] {
        0xc2..=0xdf => (2, TAIL),
        0xe0 => (3, 0xa0..=0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, TAIL),
        0xed => (3, 0x80..=0x9f),
        0xf0 => (4, 0x90..=0xbf),
        0xf1..=0xf3 => (4, TAIL),
        0xf4 => (4, 0x80..=0x8f),
        _ => return None,
    };
    let sequence = rest.get(..len)?;
    (second.contains(&sequence[1]) && sequence[2..].iter().all(|byte| TAIL.contains(byte)))
        .then_some(len)
}

/// Bytes the reader has checked: a string's text that `plain_run_end` passed, or a number's
/// ASCII characters.
fn checked_text(bytes: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(bytes).is_ok());
    // SAFETY: every caller passes bytes already checked to be UTF-8 (see above); checking
    // them again here would scan each string twice.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(text: &str) -> Reader<'_> {
        Reader::new(text.as_bytes())
    }

    fn skips(text: &str) -> Result<(), Error> {
        let mut r = reader(text);
        r.skip()?;
        r.finish()
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        assert!(matches!(
            reader(r#""Zoé""#).string().unwrap(),
            Cow::Borrowed("Zoé")
        ));
        let escaped = reader(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
            .string()
            .unwrap();
        assert_eq!(escaped, "a\"b\\c/d\né😀");
    }

    #[test]
    fn long_strings_end_where_they_should() {
        // Each special byte at each offset of an eight-byte word, after long plain runs.
        for special in ["\\\"", "\\n", "\"", "é"] {
            for offset in 0..17 {
                let body = format!("{}{special}{}", "a".repeat(offset), "bcdéfghij".repeat(3));
                let json = format!("\"{body}\"");
                let mut r = reader(&json);
                if special == "\"" {
                    assert_eq!(r.string().unwrap(), "a".repeat(offset));
                } else {
                    let expected: String = serde_json::from_str(&json).unwrap();
                    assert_eq!(r.string().unwrap(), expected, "{json}");
                    r.finish().unwrap();
                }
            }
        }
        let control = format!("\"{}\u{1}\"", "a".repeat(11));
        assert!(reader(&control).string().is_err());
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for good in ["0", "-0", "12", "-3.25", "1e5", "2.5E-3", "7e+2"] {
            assert_eq!(reader(good).number_text().unwrap(), good);
        }
        for bad in ["01", "-", "1.", ".5", "1e", "+1", "1.e3"] {
            assert!(skips(bad).is_err(), "{bad}");
        }
        assert_eq!(reader("2.5").f64().unwrap(), 2.5);
        assert!(reader("-0").f64().unwrap().is_sign_negative());
        assert_eq!(
            reader("-9007199254740993").i64().unwrap(),
            -9007199254740993
        );
        assert!(reader("1.0").i64().is_err());
    }

    #[test]
    fn whole_documents_are_checked() {
        for good in [
            r#"{"a": [1, {"b": null}, true, false, "x"], "c": {}}"#,
            " [ ] ",
            "\"\"",
        ] {
            assert!(skips(good).is_ok(), "{good}");
        }
        for bad in [
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1 2]",
            "[1,]",
            "{1: 2}",
            "tru",
            "nul",
            "{\"a\": 1} x",
            "\"tab\there\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "'a'",
            "",
        ] {
            assert!(skips(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_end_of_input_is_told_apart() {
        for cut in ["{\"a\": [1, 2", "\"open", "{\"a\"", "[tr", "\"\\u00"] {
            assert!(skips(cut).unwrap_err().at_end, "{cut}");
        }
        assert!(!skips("[1 2]").unwrap_err().at_end);
    }

    #[test]
    fn errors_say_where() {
        let error = skips("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!(error.to_string(), "expected `:` at line 3 column 7");
        let error = Reader::new(b"\"ok\xff\"").string().unwrap_err();
        assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 4");
    }

    #[test]
    fn strings_are_utf8_exactly_as_std_decides() {
        const SAMPLES: [u8; 11] = [
            0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff,
        ];
        let plain = |byte: &u8| *byte >= 0x20 && *byte != b'"' && *byte != b'\\';
        for lead in 0x80..=0xff_u8 {
            for second in (0..=0xff_u8).filter(plain) {
                for third in SAMPLES.iter().filter(|byte| plain(byte)) {
                    for fourth in SAMPLES.iter().filter(|byte| plain(byte)) {
                        let content = [lead, second, *third, *fourth];
                        // Once after enough ASCII for the eight-byte loop, once without.
                        for prefix in ["", "abcdefghi"] {
                            let text = [b"\"", prefix.as_bytes(), &content, b"\""].concat();
                            let read = Reader::new(&text).string().map(Cow::into_owned);
                            let expected = std::str::from_utf8(&content).map(str::to_owned);
                            assert_eq!(read.is_ok(), expected.is_ok(), "{content:x?}");
                            if let (Ok(read), Ok(expected)) = (read, expected) {
                                assert_eq!(read, prefix.to_owned() + &expected);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn utf8_is_checked_where_it_is_met() {
        let error = Reader::new(b"\"abcdefgh\xc3").string().unwrap_err();
        assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 10");
        let error = Reader::new(b"\"\xc3\xa9\xf0\x9f\x98").string().unwrap_err();
        assert_eq!(error.to_string(), "invalid UTF-8 at line 1 column 4");
        assert!(skips("[1, \"\u{e9}\"]").is_ok());
        assert!(skips("[1, \u{e9}]").is_err());
        assert!(Reader::new(b"[\xff]").skip().is_err());
    }

    #[test]
    fn values_read_in_place_nest_only_so_deep() {
        fn nested(reader: &mut Reader) -> Result<(), Error> {
            reader.array(nested)
        }
        let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(nested(&mut reader(&deep)).is_ok());
        let deeper = "[".repeat(100_000);
        let error = nested(&mut reader(&deeper)).unwrap_err();
        assert_eq!(error.message, "nested too deeply");
    }

    #[test]
    fn skipped_values_may_nest_at_any_depth() {
        let deep = "[{\"a\":".repeat(50_000) + "1" + &"}]".repeat(50_000);
        assert!(skips(&deep).is_ok());
        assert!(skips(&"[".repeat(100_000)).unwrap_err().at_end);
    }

    #[test]
    fn objects_give_their_keys_in_order() {
        let mut keys = Vec::new();
        reader(r#"{"n\u0061me": 1, "b": [2]}"#)
            .object(|r, key| {
                keys.push(key.to_owned());
                r.skip()
            })
            .unwrap();
        assert_eq!(keys, ["name", "b"]);
    }
}
