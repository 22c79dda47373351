//! Which URLs the sanitiser keeps, and how: links and images resolved against their base,
//! only with a scheme their use allows, each candidate of a `srcset` on its own, and whether a
//! link leaves the site. Pure.

use crate::url::resolve;

/// How a URL is used, which decides the schemes it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    /// `a href`: http, https, mailto.
    Link,
    /// `img src` and the feed's image fields: http, https.
    Image,
}

/// The absolute URL to use for `value`, or `None` when it must be dropped. Relative URLs are
/// resolved against `base` (the item's `url`, else the feed's own URL).
pub fn safe_url(value: &str, url_use: UrlUse, base: Option<&str>) -> Option<String> {
    // Browsers ignore ASCII tabs and newlines inside URLs ("java\nscript:"), and trim
    // control characters and spaces at the ends: judge the URL as the browser will read it.
    let cleaned: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() || cleaned.chars().any(|c| c.is_control()) {
        return None;
    }
    let absolute = match scheme_of(&cleaned) {
        Some(_) => cleaned,
        None => resolve(base?, &cleaned)?,
    };
    let scheme = scheme_of(&absolute)?.to_ascii_lowercase();
    let allowed = match url_use {
        UrlUse::Link => matches!(scheme.as_str(), "http" | "https" | "mailto"),
        UrlUse::Image => matches!(scheme.as_str(), "http" | "https"),
    };
    allowed.then_some(absolute)
}

/// The scheme of a URL, if it has one (`https` in `https://…`).
fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    // A colon after a slash, `?` or `#` belongs to a relative path, not to a scheme.
    valid.then_some(scheme)
}

/// True when a link leaves the site: its origin differs from the page's.
pub fn is_external(url: &str, page_origin: &str) -> bool {
    crate::url::origin(url).is_some_and(|origin| origin != page_origin)
}

/// The candidates of an `img srcset` (`a.jpg 480w, b.jpg 2x`) that may load, each as a URL
/// [`safe_url`] allows for an image and a width (`480w`) or density (`2x`) descriptor, or
/// none. A candidate that is neither goes; `None` when none is left.
pub fn safe_srcset(value: &str, base: Option<&str>) -> Option<Vec<(String, String)>> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r');
    let mut kept = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c| is_space(c) || c == ',');
        if rest.is_empty() {
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (mut url, mut descriptor) = (&rest[..end], "");
        rest = &rest[end..];
        if url.ends_with(',') {
            url = url.trim_end_matches(',');
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            descriptor = rest[..end].trim_matches(is_space);
            rest = &rest[end..];
        }
        let valid_descriptor = descriptor.is_empty()
            || descriptor
                .strip_suffix('w')
                .is_some_and(|w| w.parse::<u32>().is_ok_and(|w| w > 0))
            || descriptor.strip_suffix('x').is_some_and(is_density);
        let url = safe_url(url, UrlUse::Image, base)
            .filter(|url| !url.contains(|c: char| is_space(c) || c == ',') && valid_descriptor);
        if let Some(url) = url {
            kept.push((url, descriptor.to_owned()));
        }
    }
    (!kept.is_empty()).then_some(kept)
}

/// True for a pixel density as a `srcset` writes it (`2`, `1.5`), above zero. Read by hand:
/// parsing a float would bring the float parser into the app's wasm for this alone.
fn is_density(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    !whole.is_empty()
        && whole.len() + fraction.len() <= 8
        && digits(whole)
        && digits(fraction)
        && !(text.contains('.') && fraction.is_empty())
        && text.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Option<&str> = Some("https://journal.example.ma/feed.json");

    #[test]
    fn links_may_be_web_or_mail() {
        assert_eq!(
            safe_url("https://a.example/x", UrlUse::Link, BASE).as_deref(),
            Some("https://a.example/x")
        );
        assert_eq!(
            safe_url("mailto:redaction@example.ma", UrlUse::Link, BASE).as_deref(),
            Some("mailto:redaction@example.ma")
        );
        assert_eq!(safe_url("mailto:x@example.ma", UrlUse::Image, BASE), None);
    }

    #[test]
    fn script_and_data_urls_are_dropped_however_they_are_spelt() {
        for hostile in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
        ] {
            assert_eq!(safe_url(hostile, UrlUse::Link, BASE), None, "{hostile:?}");
            assert_eq!(safe_url(hostile, UrlUse::Image, BASE), None, "{hostile:?}");
        }
    }

    #[test]
    fn relative_urls_resolve_against_the_base_or_go() {
        assert_eq!(
            safe_url("img/port.svg", UrlUse::Image, BASE).as_deref(),
            Some("https://journal.example.ma/img/port.svg")
        );
        assert_eq!(safe_url("img/port.svg", UrlUse::Image, None), None);
        assert_eq!(
            safe_url("/a:b", UrlUse::Link, BASE).as_deref(),
            Some("https://journal.example.ma/a:b")
        );
    }

    #[test]
    fn external_links_are_those_of_another_origin() {
        assert!(is_external(
            "https://other.example/x",
            "https://journal.example.ma"
        ));
        assert!(!is_external(
            "https://journal.example.ma/x",
            "https://journal.example.ma"
        ));
        assert!(!is_external(
            "mailto:x@example.ma",
            "https://journal.example.ma"
        ));
    }

    #[test]
    fn a_srcset_keeps_the_candidates_that_may_load() {
        let kept = |value| safe_srcset(value, BASE);
        assert_eq!(
            kept("a.jpg 480w, https://cdn.example/b.jpg 1024w,c.jpg 2x"),
            Some(vec![
                ("https://journal.example.ma/a.jpg".into(), "480w".into()),
                ("https://cdn.example/b.jpg".into(), "1024w".into()),
                ("https://journal.example.ma/c.jpg".into(), "2x".into()),
            ])
        );
        assert_eq!(
            kept("  d.jpg,, e.jpg 1.5x ,"),
            Some(vec![
                ("https://journal.example.ma/d.jpg".into(), String::new()),
                ("https://journal.example.ma/e.jpg".into(), "1.5x".into()),
            ])
        );
        // A hostile or broken candidate goes, and only it.
        assert_eq!(
            kept("javascript:alert(1) 1x, f.jpg 300w, g.jpg 0w, h.jpg 2q, i.jpg 10w 2x, j.jpg 0.0x, k.jpg 1.x, l.jpg .5x"),
            Some(vec![(
                "https://journal.example.ma/f.jpg".into(),
                "300w".into()
            )])
        );
        assert_eq!(kept("data:image/gif;base64,R0lGOD 1x"), None);
        assert_eq!(kept(" , "), None);
    }
}
