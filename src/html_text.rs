//! Escaping for HTML written as text (published pages): what a parser must read back as
//! text, never as markup.

/// Appends `text` for use between tags: `&`, `<` and `>` become references.
pub fn escape_text_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
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

#[cfg(test)]
mod tests {
    use super::*;

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
