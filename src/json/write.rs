//! JSON text, written value by value into one `String`.

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut Writer);
}

/// JSON being written.
#[derive(Default)]
pub struct Writer {
    text: String,
}

impl Writer {
    /// The text of `value`.
    pub fn text_of(value: &(impl ToJson + ?Sized)) -> String {
        let mut out = Writer::default();
        value.write_json(&mut out);
        out.text
    }

    /// The text written so far.
    pub fn into_text(self) -> String {
        self.text
    }

    /// A string, with the escapes JSON needs: quotes, backslashes and control characters.
    pub fn string(&mut self, value: &str) {
        let text = &mut self.text;
        text.reserve(value.len() + 2);
        text.push('"');
        let mut run = 0;
        for (at, byte) in value.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            text.push_str(&value[run..at]);
            if escape.is_empty() {
                text.push_str("\\u00");
                text.push(hex_digit(byte >> 4));
                text.push(hex_digit(byte & 0xf));
            } else {
                text.push_str(escape);
            }
            run = at + 1;
        }
        text.push_str(&value[run..]);
        text.push('"');
    }

    /// A whole number.
    pub fn integer(&mut self, value: i64) {
        if value < 0 {
            self.text.push('-');
        }
        self.digits(value.unsigned_abs());
    }

    fn digits(&mut self, mut rest: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        self.text
            .extend(digits[at..].iter().map(|&digit| char::from(digit)));
    }

    /// A number. Whole values are written as integers (clamped to `u64`'s range), others
    /// with at most six decimals, finer than any duration a feed gives. Not finite: `null`.
    pub fn number(&mut self, value: f64) {
        if !value.is_finite() {
            return self.null();
        }
        if value.is_sign_negative() && value != 0.0 {
            self.text.push('-');
        }
        let magnitude = value.abs();
        if magnitude.fract() == 0.0 || magnitude >= 1e12 {
            return self.digits(magnitude as u64);
        }
        let millionths = (magnitude * 1e6).round() as u64;
        self.digits(millionths / 1_000_000);
        let mut fraction = millionths % 1_000_000;
        if fraction > 0 {
            self.text.push('.');
            let mut unit = 100_000;
            while fraction > 0 {
                self.text.push(char::from(b'0' + (fraction / unit) as u8));
                fraction %= unit;
                unit /= 10;
            }
        }
    }

    pub fn bool(&mut self, value: bool) {
        self.text.push_str(if value { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.text.push_str("null");
    }

    /// An object: `members` writes each member with [`Members::member`].
    pub fn object(&mut self, members: impl FnOnce(&mut Members)) {
        self.text.push('{');
        let mut writing = Members {
            out: self,
            first: true,
        };
        members(&mut writing);
        self.text.push('}');
    }

    /// An array of `items`.
    pub fn array<T: ToJson>(&mut self, items: &[T]) {
        self.array_of(items, |out, item| item.write_json(out));
    }

    /// An array of `items`, each written by `each`.
    pub fn array_of<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Writer, &T)) {
        self.text.push('[');
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                self.text.push(',');
            }
            each(self, item);
        }
        self.text.push(']');
    }
}

fn hex_digit(nibble: u8) -> char {
    char::from_digit(u32::from(nibble), 16).unwrap_or('0')
}

/// The members of an object being written.
pub struct Members<'w> {
    out: &'w mut Writer,
    first: bool,
}

impl Members<'_> {
    /// Writes `key` and its value.
    pub fn member(&mut self, key: &str, value: &(impl ToJson + ?Sized)) {
        self.key(key);
        value.write_json(self.out);
    }

    /// Writes `key`; the caller writes its value on the writer returned.
    pub fn key(&mut self, key: &str) -> &mut Writer {
        if !self.first {
            self.out.text.push(',');
        }
        self.first = false;
        self.out.string(key);
        self.out.text.push(':');
        self.out
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut Writer) {
        out.string(self);
    }
}

impl ToJson for i64 {
    fn write_json(&self, out: &mut Writer) {
        out.integer(*self);
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut Writer) {
        out.integer(i64::from(*self));
    }
}

impl ToJson for u64 {
    fn write_json(&self, out: &mut Writer) {
        out.digits(*self);
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut Writer) {
        out.number(*self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut Writer) {
        out.bool(*self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut Writer) {
        (**self).write_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut Writer) {
        match self {
            Some(value) => value.write_json(out),
            None => out.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut Writer) {
        out.array(self);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut Writer) {
        out.array(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_what_json_needs() {
        let text = Writer::text_of("a\"b\\c\nd\u{1}é</script>");
        assert_eq!(text, r#""a\"b\\c\nd\u0001é</script>""#);
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, "a\"b\\c\nd\u{1}é</script>");
    }

    #[test]
    fn numbers_read_back_as_written() {
        for (value, text) in [
            (0.0, "0"),
            (-12.0, "-12"),
            (2.5, "2.5"),
            (-0.125, "-0.125"),
            (3599.000001, "3599.000001"),
            (1e300, "18446744073709551615"),
            (f64::NAN, "null"),
        ] {
            assert_eq!(Writer::text_of(&value), text, "{value}");
        }
        assert_eq!(Writer::text_of(&i64::MIN), i64::MIN.to_string());
        assert_eq!(Writer::text_of(&u32::MAX), "4294967295");
        assert_eq!(Writer::text_of(&u64::MAX), u64::MAX.to_string());
    }

    #[test]
    fn objects_and_arrays_nest() {
        let mut out = Writer::default();
        out.object(|o| {
            o.member("id", "a-1");
            o.member("tags", &vec!["x".to_owned(), "y".to_owned()]);
            o.member("none", &None::<String>);
            o.key("inner").object(|o| o.member("ok", &true));
        });
        assert_eq!(
            out.text,
            r#"{"id":"a-1","tags":["x","y"],"none":null,"inner":{"ok":true}}"#
        );
    }
}
