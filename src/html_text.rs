//! Text and HTML, both ways: escaping text written into HTML (published pages), so a parser
//! reads it back as text, never as markup; and decoding the character references that feeds
//! leave in their plain-text fields (`Blog &#8211; InfluxData`).

use std::borrow::Cow;

/// Appends `text` for use between tags: `&`, `<` and `>` become references.
pub fn escape_text_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A parser reads a raw CR as LF: the reference keeps it.
            '\r' => out.push_str("&#13;"),
            // U+00A0 stays a character: the parser reads it back the same.
            c => out.push(c),
        }
    }
}

/// Appends `value` for use inside a double-quoted attribute.
pub fn escape_attribute_into(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_text_into(text, &mut out);
    out
}

pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    escape_attribute_into(value, &mut out);
    out
}

/// The named references a decoder knows: the markup-significant ones, the spaces, dashes and
/// quotes CMSs write, and the accented letters of French and its neighbours. Others stay
/// as written.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("colon", ':'),
    ("Tab", '\t'),
    ("NewLine", '\n'),
    ("nbsp", '\u{a0}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("shy", '\u{ad}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("bull", '•'),
    ("middot", '·'),
    ("deg", '°'),
    ("euro", '€'),
    ("pound", '£'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("sect", '§'),
    ("para", '¶'),
    ("times", '×'),
    ("divide", '÷'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("szlig", 'ß'),
    ("AElig", 'Æ'),
    ("aelig", 'æ'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Ccedil", 'Ç'),
    ("ccedil", 'ç'),
    ("Ntilde", 'Ñ'),
    ("ntilde", 'ñ'),
    ("Agrave", 'À'),
    ("agrave", 'à'),
    ("Aacute", 'Á'),
    ("aacute", 'á'),
    ("Acirc", 'Â'),
    ("acirc", 'â'),
    ("Auml", 'Ä'),
    ("auml", 'ä'),
    ("Egrave", 'È'),
    ("egrave", 'è'),
    ("Eacute", 'É'),
    ("eacute", 'é'),
    ("Ecirc", 'Ê'),
    ("ecirc", 'ê'),
    ("Euml", 'Ë'),
    ("euml", 'ë'),
    ("Igrave", 'Ì'),
    ("igrave", 'ì'),
    ("Iacute", 'Í'),
    ("iacute", 'í'),
    ("Icirc", 'Î'),
    ("icirc", 'î'),
    ("Iuml", 'Ï'),
    ("iuml", 'ï'),
    ("Ograve", 'Ò'),
    ("ograve", 'ò'),
    ("Oacute", 'Ó'),
    ("oacute", 'ó'),
    ("Ocirc", 'Ô'),
    ("ocirc", 'ô'),
    ("Ouml", 'Ö'),
    ("ouml", 'ö'),
    ("Ugrave", 'Ù'),
    ("ugrave", 'ù'),
    ("Uacute", 'Ú'),
    ("uacute", 'ú'),
    ("Ucirc", 'Û'),
    ("ucirc", 'û'),
    ("Uuml", 'Ü'),
    ("uuml", 'ü'),
    ("Yuml", 'Ÿ'),
    ("yuml", 'ÿ'),
];

/// What HTML makes of the numeric references 128 to 159: the windows-1252 characters a
/// text once meant by them (`&#150;` is an en dash). Zero marks the codes it leaves alone.
const WINDOWS_1252: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘',
    '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// The longest reference read, `&` and `;` aside (`&#x10FFFF;`, `&NewLine;`).
const LONGEST_REFERENCE: usize = 8;

/// Decodes the character references in `text` once, as an HTML parser does in text:
/// `&#8211;`, `&#x2013;` and `&ndash;` become "–", `&amp;amp;` becomes `&amp;`, and
/// `&lt;b&gt;` the three characters `<b>`, which stay text. A reference must end with its
/// semicolon; an unknown one stays as written. Text without `&` is returned as it is.
pub fn decode_references(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        let reference = rest
            .find(';')
            .filter(|&end| end <= LONGEST_REFERENCE)
            .and_then(|end| Some((character(&rest[..end])?, end)));
        match reference {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference's name or number (between `&` and `;`) stands for.
fn character(reference: &str) -> Option<char> {
    let Some(number) = reference.strip_prefix('#') else {
        return NAMED
            .iter()
            .find(|(name, _)| *name == reference)
            .map(|(_, c)| *c);
    };
    let (digits, radix) = match number.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let code = u32::from_str_radix(digits, radix).ok()?;
    Some(match code {
        0x80..=0x9F => match WINDOWS_1252[(code - 0x80) as usize] {
            '\0' => char::from_u32(code)?,
            c => c,
        },
        // NUL, surrogates and codes past Unicode become the replacement character.
        code => char::from_u32(code)
            .filter(|_| code != 0)
            .unwrap_or(char::REPLACEMENT_CHARACTER),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_decoded_once() {
        assert_eq!(
            decode_references("Blog &#8211; InfluxData"),
            "Blog – InfluxData"
        );
        assert_eq!(decode_references("&#x2013;&ndash;&#150;"), "–––");
        assert_eq!(
            decode_references("Caf&eacute; &amp; th&eacute;"),
            "Café & thé"
        );
        assert_eq!(decode_references("&amp;amp;"), "&amp;");
        assert_eq!(decode_references("&amp;#8211;"), "&#8211;");
    }

    #[test]
    fn decoded_markup_stays_text() {
        assert_eq!(decode_references("&lt;b&gt;gras&lt;/b&gt;"), "<b>gras</b>");
    }

    #[test]
    fn what_is_not_a_reference_stays_as_written() {
        for text in [
            "AT&T",
            "a & b",
            "&unknown;",
            "&amp",
            "&#;",
            "&#+5;",
            "&#x;",
            "&;",
            "&#99999999999999999999;",
            "fin &",
        ] {
            assert_eq!(decode_references(text), text, "{text}");
        }
        assert!(matches!(
            decode_references("sans esperluette"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn impossible_numbers_become_the_replacement_character() {
        assert_eq!(
            decode_references("&#0;&#xD800;&#x110000;"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
        // The windows-1252 holes keep their own code.
        assert_eq!(decode_references("&#129;"), "\u{81}");
    }

    #[test]
    fn markup_stays_text() {
        assert_eq!(
            escape_text("</title><script>alert(1)</script> & co"),
            "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
        assert_eq!(
            escape_attribute("\" onload=\"x\" <b>&amp;"),
            "&quot; onload=&quot;x&quot; &lt;b&gt;&amp;amp;"
        );
    }
}
