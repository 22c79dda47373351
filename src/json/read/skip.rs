//! Skipping a value of any depth: the reader keeps the open brackets in a list rather than
//! on the stack.

use super::{Error, Reader, Shape};

impl Reader<'_> {
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
