//! A pull reader over JSON text: the caller asks for the value it expects next, and skips
//! the rest. It checks the whole grammar (RFC 8259) and borrows strings that hold no escapes.
//! The text is checked to be UTF-8 as it is read, inside strings (outside them the grammar
//! admits only ASCII), so a feed is scanned once rather than twice.
//! Hostile input cannot exhaust the stack: objects and arrays read member by member nest at
//! most [`MAX_DEPTH`] deep, and skipped values keep their brackets in a list.

use std::borrow::Cow;

use super::{
    decimal::decimal_to_f64,
    scan::{checked_text, plain_run_end},
    Error,
};

mod skip;

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

    /// Where the reader stands, in bytes from the start: just past what it read, or at the
    /// next value once [`Reader::peek`] has looked at it. Lets a writer edit the text in place.
    pub fn position(&self) -> usize {
        self.at
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
        self.open(b'{', "an object")?;
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
        self.open(b'[', "an array")?;
        let mut first = true;
        while self.more(b']', first)? {
            first = false;
            element(self)?;
        }
        Ok(())
    }

    /// Steps into the object or array that must start here (`{` or `[`, named `what` if not).
    fn open(&mut self, bracket: u8, what: &str) -> Result<(), Error> {
        if self.next_byte()? != bracket {
            return Err(self.expected(what));
        }
        self.at += 1;
        self.enter()
    }
}

#[cfg(test)]
mod tests;
