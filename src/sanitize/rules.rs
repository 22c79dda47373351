//! The sanitiser's allowlist, as pure rules: which elements stay, which attributes survive,
//! which URLs may be followed or loaded. The walk (`sanitize::walk`) applies them to
//! an inert parse; the feed validator applies them to report what the app will strip.

use crate::url::resolve;

/// What happens to an element of `content_html`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementAction {
    /// Kept, with its allowed attributes.
    Keep,
    /// Kept under another name: an `h1` in an article would compete with the page's title.
    Rename(&'static str),
    /// The tag goes; its children stay in its place (a `div`, a `span`, an `h1`).
    Unwrap,
    /// The element goes with everything inside it (a `script`, an `iframe`, an `svg`).
    Remove,
}

/// The rule for an element, by its lowercase tag name.
pub fn element_action(tag: &str) -> ElementAction {
    match tag {
        "p" | "h2" | "h3" | "h4" | "ul" | "ol" | "li" | "blockquote" | "figure" | "figcaption"
        | "img" | "picture" | "source" | "video" | "audio" | "track" | "a" | "strong" | "em"
        | "b" | "i" | "br" | "hr" | "table" | "caption" | "thead" | "tbody" | "tfoot" | "tr"
        | "th" | "td" | "code" | "pre" => ElementAction::Keep,
        "script" | "style" | "iframe" | "frame" | "frameset" | "object" | "embed" | "applet"
        | "svg" | "math" | "form" | "input" | "button" | "select" | "textarea" | "option"
        | "template" | "noscript" | "noembed" | "noframes" | "meta" | "base" | "link" | "title"
        | "head" | "canvas" | "portal" | "xmp" | "plaintext" | "param" | "dialog" | "colgroup"
        | "col" => ElementAction::Remove,
        "h1" => ElementAction::Rename("h2"),
        "h5" | "h6" => ElementAction::Rename("h4"),
        _ => ElementAction::Unwrap,
    }
}

/// True for containers that break the line: unwrapping one must not glue its words to the next.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h2"
            | "h3"
            | "h4"
            | "ul"
            | "ol"
            | "li"
            | "blockquote"
            | "figure"
            | "figcaption"
            | "pre"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "main"
            | "nav"
            | "address"
            | "center"
            | "details"
            | "summary"
            | "dl"
            | "dt"
            | "dd"
            | "fieldset"
    )
}

/// True when an HTML parser, reading `<tag>` while the kept elements `open` are open
/// (outermost first), would leave `tag` inside them, as the walk writes it. The first
/// parse never nests these ways, but an element it nested inside one the sanitiser drops
/// (`<p><mtext><p>`) would come out so. Then a parser reading the output closes the outer
/// element first: a `p` before a block, a heading right inside a heading, an `li` inside
/// an `li`, an `a` inside an `a`, and table parts anywhere but in their table.
pub fn nests_in(open: &[String], tag: &str) -> bool {
    let current = open.last().map_or("", String::as_str);
    let closes_p = matches!(
        tag,
        "p" | "h2"
            | "h3"
            | "h4"
            | "ul"
            | "ol"
            | "li"
            | "blockquote"
            | "figure"
            | "figcaption"
            | "pre"
            | "hr"
            | "table"
    );
    if closes_p && inside(open, "p", &["table", "td", "th", "caption"]) {
        return false;
    }
    match tag {
        // A picture's or a player's sources, only in it; a picture holds only its sources and
        // its image, a player its sources and its text tracks.
        "source" => matches!(current, "picture" | "video" | "audio"),
        "track" => matches!(current, "video" | "audio"),
        _ if current == "picture" => tag == "img",
        _ if matches!(current, "video" | "audio") => false,
        "video" | "audio" => {
            !inside(open, "video", &[]) && !inside(open, "audio", &[]) && !inside(open, "a", &[])
        }
        "h2" | "h3" | "h4" => !matches!(current, "h2" | "h3" | "h4"),
        // Only phrasing elements (and `p`) may stand between two list items.
        "li" => {
            !inside(open, "li", &[])
                || open.iter().rev().take_while(|t| *t != "li").any(|t| {
                    !matches!(t.as_str(), "p" | "a" | "strong" | "em" | "b" | "i" | "code")
                })
        }
        "a" => !inside(open, "a", &["td", "th", "caption"]),
        "caption" | "thead" | "tbody" | "tfoot" => current == "table",
        "tr" => matches!(current, "thead" | "tbody" | "tfoot"),
        "td" | "th" => current == "tr",
        _ => !holds_only_table_parts(current),
    }
}

/// True when `tag` is open, with none of `bounds` open inside it.
fn inside(open: &[String], tag: &str, bounds: &[&str]) -> bool {
    for open in open.iter().rev() {
        if open == tag {
            return true;
        }
        if bounds.contains(&open.as_str()) {
            return false;
        }
    }
    false
}

/// True for the table elements that hold only other table parts: a parser moves anything
/// else out of them (text too, unless it is white space).
pub fn holds_only_table_parts(tag: &str) -> bool {
    matches!(tag, "table" | "thead" | "tbody" | "tfoot" | "tr")
}

/// True when `attribute` (lowercase) may stay on a kept `tag`. URL attributes also need
/// [`safe_url`], an image's class [`safe_image_class`]; no event handler, `style` or `id`
/// ever stays.
pub fn attribute_allowed(tag: &str, attribute: &str) -> bool {
    matches!(
        (tag, attribute),
        ("a", "href" | "title")
            | (
                "img",
                "src" | "srcset" | "sizes" | "alt" | "width" | "height" | "title" | "class"
            )
            | ("source", "srcset" | "sizes" | "type" | "media" | "src")
            | (
                "video",
                "src" | "poster" | "width" | "height" | "muted" | "loop" | "playsinline"
            )
            | ("audio", "src" | "muted" | "loop")
            | ("track", "src" | "kind" | "srclang" | "label")
            | ("th" | "td", "colspan" | "rowspan")
            | ("ol", "start")
            | ("th", "scope")
    )
}

/// The attribute a lazy-loading script reads its picture from (`data-src`, as WordPress's
/// lazy-load plugins write it, with a placeholder in `src`), and the one it stands for.
pub fn lazy_attribute(attribute: &str) -> Option<&'static str> {
    match attribute {
        "data-src" | "data-lazy-src" => Some("src"),
        "data-srcset" | "data-lazy-srcset" => Some("srcset"),
        "data-sizes" => Some("sizes"),
        _ => None,
    }
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

/// True for a `source`'s `type`: a picture's, a video's or a sound's media type
/// (`image/webp`, `video/mp4`, `audio/mpeg`).
pub fn safe_media_type(value: &str) -> bool {
    let subtype = ["image/", "video/", "audio/"]
        .iter()
        .find_map(|kind| value.strip_prefix(kind));
    subtype.is_some_and(|subtype| {
        !subtype.is_empty()
            && subtype.len() <= 40
            && subtype
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    })
}

/// True for a text track's `kind`.
pub fn safe_track_kind(value: &str) -> bool {
    matches!(
        value,
        "subtitles" | "captions" | "descriptions" | "chapters" | "metadata"
    )
}

/// True for a language tag (`fr`, `ar-MA`), as a text track's `srclang` names its language.
pub fn safe_language(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 35
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// True for the attributes a player keeps by their presence alone, whatever their value.
pub fn is_flag(attribute: &str) -> bool {
    matches!(attribute, "muted" | "loop" | "playsinline")
}

/// True for an image's `class` the sanitiser keeps: the tint publishing gives a picture
/// ([`crate::pictures::is_tint_class`]), and nothing else.
pub fn safe_image_class(value: &str) -> bool {
    crate::pictures::is_tint_class(value)
}

/// True for an `img sizes` value (or a `source media`) made only of what media conditions and
/// lengths are written with (`(max-width: 1024px) 100vw, 1024px`, `auto`).
pub fn safe_sizes(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 512
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " (),.:%+-*/".contains(c))
}

/// True when the attribute's value must be a number (sizes, spans, list starts).
pub fn attribute_is_numeric(attribute: &str) -> bool {
    matches!(
        attribute,
        "width" | "height" | "colspan" | "rowspan" | "start"
    )
}

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

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Option<&str> = Some("https://journal.example.ma/feed.json");

    #[test]
    fn the_allowlist_keeps_reading_markup() {
        for tag in [
            "p",
            "h2",
            "h4",
            "li",
            "blockquote",
            "figcaption",
            "img",
            "a",
            "em",
            "td",
            "pre",
        ] {
            assert_eq!(element_action(tag), ElementAction::Keep, "{tag}");
        }
    }

    #[test]
    fn active_content_goes_with_what_it_holds() {
        for tag in [
            "script", "style", "iframe", "object", "embed", "svg", "math", "form", "meta", "base",
            "template",
        ] {
            assert_eq!(element_action(tag), ElementAction::Remove, "{tag}");
        }
    }

    #[test]
    fn other_containers_give_up_their_tag_but_keep_their_text() {
        for tag in ["div", "span", "section", "u", "font", "custom-element"] {
            assert_eq!(element_action(tag), ElementAction::Unwrap, "{tag}");
        }
    }

    #[test]
    fn headings_fit_under_the_pages_own_title() {
        assert_eq!(element_action("h1"), ElementAction::Rename("h2"));
        assert_eq!(element_action("h6"), ElementAction::Rename("h4"));
        assert_eq!(element_action("h3"), ElementAction::Keep);
    }

    #[test]
    fn no_event_handler_or_style_survives() {
        for attribute in ["onclick", "onerror", "onload", "style", "id", "formaction"] {
            assert!(
                !attribute_allowed("a", attribute) && !attribute_allowed("img", attribute),
                "{attribute}"
            );
        }
        // An image's class is only ever a picture's tint.
        assert!(!attribute_allowed("a", "class") && !attribute_allowed("p", "class"));
        assert!(safe_image_class("tint tr0 tg3 tb2"));
        assert!(!safe_image_class("tint tr0 tg3 tb2 evil") && !safe_image_class("unsized"));
        assert!(safe_media_type("image/webp") && safe_media_type("video/mp4"));
        assert!(safe_media_type("audio/mpeg") && safe_media_type("image/svg+xml"));
        assert!(!safe_media_type("text/html") && !safe_media_type("image/"));
        assert!(!safe_media_type("video/mp4; codecs=\"x\"") && !safe_media_type("application/x"));
        assert!(attribute_allowed("a", "href"));
        assert!(attribute_allowed("img", "src"));
        assert!(!attribute_allowed("p", "title"));
    }

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

    #[test]
    fn sizes_are_media_conditions_and_lengths_only() {
        assert!(safe_sizes("auto, (max-width: 1024px) 100vw, 1024px"));
        assert!(safe_sizes("(min-width: 40rem) calc(50vw - 2rem), 100vw"));
        for hostile in ["", "100vw\" onerror=\"x", "url(javascript:x)'", "100vw;x"] {
            assert!(!safe_sizes(hostile), "{hostile}");
        }
    }

    #[test]
    fn lazy_loading_attributes_stand_for_the_real_ones() {
        assert_eq!(lazy_attribute("data-src"), Some("src"));
        assert_eq!(lazy_attribute("data-lazy-srcset"), Some("srcset"));
        assert_eq!(lazy_attribute("data-sizes"), Some("sizes"));
        assert_eq!(lazy_attribute("data-id"), None);
    }
}
