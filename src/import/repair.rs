//! Best-effort repairs of the two ways real feeds most often break XML, tried only when the
//! feed does not parse as it is.

/// True for an HTML page: what a feed URL serves when it points at a site's page, an error
/// page or a login wall.
pub(super) fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head =
        String::from_utf8_lossy(&bytes[start..bytes.len().min(start + 256)]).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// True when the document opens an RSS, RSS 1.0 or Atom root element.
pub(super) fn names_a_feed_root(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    ["<rss", "<feed", "<rdf:rdf"]
        .iter()
        .any(|root| head.contains(root))
}

/// The bytes repaired, and a sentence for each repair made (none: nothing to repair).
pub(super) fn repair(bytes: &[u8]) -> (Vec<u8>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) if declares_utf8(bytes) => {
            warnings.push(
                "the feed says it is UTF-8 but is not: its text was read as windows-1252".into(),
            );
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            decoded.into_owned()
        }
        Err(_) => return (bytes.to_vec(), warnings),
    };
    let bare = bare_ampersands(&text);
    if bare > 0 {
        text = escape_bare_ampersands(&text);
        warnings.push(format!(
            "{bare} bare \"&\" (not written \"&amp;\") were read as \"&\""
        ));
    }
    (text.into_bytes(), warnings)
}

/// True when the XML declaration names UTF-8, or names nothing (UTF-8 is XML's default).
fn declares_utf8(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_ascii_lowercase();
    let Some(declaration) = head
        .strip_prefix("<?xml")
        .and_then(|d| d.split("?>").next())
    else {
        return true;
    };
    match declaration.split_once("encoding") {
        Some((_, value)) => value.contains("utf-8") || value.contains("utf8"),
        None => true,
    }
}

/// The length of the character reference at the start of `after` (what follows a `&`),
/// up to its `;`, when it is one.
fn reference_length(after: &str) -> Option<usize> {
    let end = after.find(';')?;
    let name = &after[..end];
    let valid = match name.strip_prefix('#') {
        Some(number) => match number.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
            None => !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        },
        None => {
            !name.is_empty() && name.len() <= 32 && name.bytes().all(|b| b.is_ascii_alphanumeric())
        }
    };
    valid.then_some(end + 1)
}

fn bare_ampersands(text: &str) -> usize {
    text.match_indices('&')
        .filter(|(at, _)| reference_length(&text[at + 1..]).is_none())
        .count()
}

fn escape_bare_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at + 1..];
        out.push_str(if reference_length(rest).is_some() {
            "&"
        } else {
            "&amp;"
        });
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_ampersands_are_escaped_and_references_kept() {
        let (fixed, warnings) =
            repair(b"<t>P\xC3\xAAche & littoral &amp; &#233; &eacute; ?a=1&b=2</t>");
        assert_eq!(
            String::from_utf8(fixed).unwrap(),
            "<t>Pêche &amp; littoral &amp; &#233; &eacute; ?a=1&amp;b=2</t>"
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("2 bare"));
    }

    #[test]
    fn windows_1252_declared_as_utf8_is_read_as_windows_1252() {
        let (fixed, warnings) =
            repair(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>\xC9t\xE9 \x92</t>");
        assert_eq!(
            String::from_utf8(fixed).unwrap(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>Été ’</t>"
        );
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn a_sound_feed_needs_no_repair() {
        assert!(repair(b"<rss><t>a &amp; b</t></rss>").1.is_empty());
        // Another declared encoding is the parser's to read.
        assert!(
            repair(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>\xE9</t>")
                .1
                .is_empty()
        );
    }

    #[test]
    fn html_pages_are_told_apart() {
        assert!(looks_like_html(b"\n<!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html lang=fr>"));
        assert!(!looks_like_html(b"<?xml version=\"1.0\"?><rss>"));
    }
}
