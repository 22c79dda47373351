//! The sanitiser's allowlist, as pure rules: which elements stay, where they may nest, which
//! attributes survive and which of their values (the URLs are `sanitize::urls`'). The walk
//! (`sanitize::walk`) applies them to an inert parse; the feed validator applies them to
//! report what the app will strip.

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
/// [`super::urls::safe_url`], an image's class [`safe_image_class`]; no event handler,
/// `style` or `id` ever stays.
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

#[cfg(test)]
mod tests {
    use super::*;

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
