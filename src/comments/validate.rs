//! What a reader may submit, and how names are made safe to show.

/// The text's bounds, in characters.
pub const MIN_TEXT: usize = 3;
pub const MAX_TEXT: usize = 5_000;
pub const MAX_NAME: usize = 80;

/// Why a comment cannot be sent yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    TooShort,
    TooLong,
    NameTooLong,
    BadWebsite,
}

/// The length the counter shows: characters, as a reader counts them.
pub fn text_length(text: &str) -> usize {
    text.trim().chars().count()
}

/// Checks a submission; `Ok` holds the cleaned name and website.
pub fn validate(
    text: &str,
    name: &str,
    website: &str,
) -> Result<(Option<String>, Option<String>), Invalid> {
    let length = text_length(text);
    if length < MIN_TEXT {
        return Err(Invalid::TooShort);
    }
    if length > MAX_TEXT {
        return Err(Invalid::TooLong);
    }
    let name = clean_name(name);
    if name.chars().count() > MAX_NAME {
        return Err(Invalid::NameTooLong);
    }
    let website = website.trim();
    let website = if website.is_empty() {
        None
    } else {
        Some(safe_website(website).ok_or(Invalid::BadWebsite)?)
    };
    Ok(((!name.is_empty()).then_some(name), website))
}

/// An author's website, only when it is an http(s) URL.
pub fn safe_website(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let valid = !rest.is_empty() && !url.chars().any(|c| c.is_control() || c.is_whitespace());
    valid.then(|| url.to_owned())
}

/// Removes the characters that let a name pass for another: bidirectional overrides and
/// isolates, zero-width characters, and control characters. Whitespace runs become one space.
pub fn clean_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'
            ) && !c.is_control()
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_needs_three_to_five_thousand_characters() {
        assert_eq!(validate("  ab  ", "", ""), Err(Invalid::TooShort));
        assert!(validate("abc", "", "").is_ok());
        assert!(
            validate(&"é".repeat(MAX_TEXT), "", "").is_ok(),
            "characters, not bytes"
        );
        assert_eq!(
            validate(&"a".repeat(MAX_TEXT + 1), "", ""),
            Err(Invalid::TooLong)
        );
    }

    #[test]
    fn the_name_is_optional_and_cleaned() {
        assert_eq!(validate("Bonjour", "  ", ""), Ok((None, None)));
        assert_eq!(
            validate("Bonjour", " Samia  B. ", ""),
            Ok((Some("Samia B.".into()), None))
        );
        assert_eq!(
            validate("Bonjour", &"n".repeat(81), ""),
            Err(Invalid::NameTooLong)
        );
    }

    #[test]
    fn only_web_sites_are_links() {
        assert_eq!(
            validate("Bonjour", "", "https://blog.example.ma"),
            Ok((None, Some("https://blog.example.ma".into())))
        );
        assert_eq!(
            validate("Bonjour", "", "javascript:alert(1)"),
            Err(Invalid::BadWebsite)
        );
        assert_eq!(
            safe_website("HTTP://EXAMPLE.ORG"),
            Some("HTTP://EXAMPLE.ORG".into())
        );
        assert_eq!(safe_website("https://"), None);
        assert_eq!(safe_website("https://a b.example"), None);
        assert_eq!(safe_website("data:text/html,x"), None);
    }

    #[test]
    fn spoofing_characters_are_removed_from_names() {
        // "Admin" spelt backwards behind a right-to-left override would read as "Admin".
        assert_eq!(clean_name("\u{202E}nimdA"), "nimdA");
        assert_eq!(clean_name("Ka\u{200B}rim"), "Karim");
        assert_eq!(clean_name("\u{2067}Nadia\u{2069}"), "Nadia");
        assert_eq!(clean_name("Sa\u{0000}mi\u{FEFF}a"), "Samia");
        assert_eq!(clean_name("سمية"), "سمية", "Arabic letters stay");
    }
}
