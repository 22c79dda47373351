//! The sanitiser on HTML generated from a grammar of tags, attributes, URL schemes,
//! references and comments, mutation-XSS shapes included: what comes out holds only the
//! allowlist, and sanitising it again gives it back unchanged.

use manchette::{
    sanitize::{
        embed::PLAYER_HOSTS,
        rules::{attribute_allowed, element_action, ElementAction},
        sanitize_to_string,
        urls::{safe_url, UrlUse},
        Context,
    },
    url::resolve,
};
use proptest::{collection::vec, prelude::*, sample::select};
use scraper::{Html, Node};

use crate::driver::check;

const PAGE: &str = "https://journal.example";

fn context() -> Context<'static> {
    Context {
        base: Some("https://journal.example/feed.json"),
        page_origin: PAGE,
        external_label: "(lien externe)",
        pictures: &[],
        locale: manchette::i18n::Locale::Fr,
        attachments: &[],
    }
}

const TAGS: &[&str] = &[
    "p",
    "a",
    "img",
    "svg",
    "math",
    "mtext",
    "mglyph",
    "mi",
    "annotation-xml",
    "foreignObject",
    "desc",
    "title",
    "style",
    "script",
    "noscript",
    "template",
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "iframe",
    "object",
    "embed",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h5",
    "div",
    "span",
    "b",
    "i",
    "strong",
    "em",
    "blockquote",
    "figure",
    "figcaption",
    "ul",
    "ol",
    "li",
    "br",
    "hr",
    "pre",
    "code",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "base",
    "meta",
    "link",
    "video",
    "audio",
    "source",
    "track",
    "picture",
    "details",
    "summary",
    "dialog",
    "body",
    "html",
    "head",
];

const ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "onerror",
    "onclick",
    "onload",
    "style",
    "class",
    "id",
    "srcdoc",
    "xlink:href",
    "formaction",
    "action",
    "title",
    "alt",
    "width",
    "height",
    "colspan",
    "start",
    "scope",
    "data-x",
    "is",
    "srcset",
    "sizes",
    "data-src",
    "data-srcset",
    "data-lazy-src",
    "background",
    "poster",
    "rel",
    "target",
    "controls",
    "autoplay",
    "preload",
    "muted",
    "loop",
    "playsinline",
    "kind",
    "srclang",
    "label",
    "type",
    "allow",
    "sandbox",
    "data-player",
    "data-allow",
    "data-title",
    "HREF",
    "SrC",
];

/// Values, many of them URLs: hidden schemes, references, quotes that try to break out.
const VALUES: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " java\tscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    "java&#x09;script:alert(1)",
    "java&Tab;script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https://journal.example/a",
    "http://journal.example/b?x=1#y",
    "https://autre.example/c",
    "mailto:redaction@journal.example",
    "//evil.example/x",
    "/local",
    "relatif.png",
    "\" onerror=\"alert(1)",
    "' onload='alert(1)",
    "100",
    "-1",
    "",
    "&quot;><script>alert(1)</script>",
    "url(javascript:alert(1))",
    "x\u{0}y",
    "a.jpg 480w, javascript:alert(1) 2x",
    "b.jpg 1x,c.jpg 2x , //evil.example/d.jpg 3x",
    "e.jpg 10w 2x, f.jpg 0w,,",
    "(max-width: 600px) 100vw, 600px",
    "data:image/gif;base64,R0lGOD 1x",
    "video/mp4",
    "audio/mpeg",
    "subtitles",
    "fr",
    "embed-play",
    "embed",
    "embed embed-audio",
    // Providers' addresses, and hostile ones dressed as them.
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
    "https://player.vimeo.com/video/76979871",
    "https://www.dailymotion.com/video/x8abc12",
    "https://soundcloud.com/journal/episode-12",
    "https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F123456",
    "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
    "https://www.facebook.com/journal/videos/1234567890",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com@evil.example/embed/dQw4w9WgXcQ",
    "https://www.youtube.com:8443/embed/dQw4w9WgXcQ",
    "//www.youtube.com/embed/dQw4w9WgXcQ",
    "javascript://www.youtube.com/embed/dQw4w9WgXcQ",
    "data:text/html,https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4\"><b>x",
    "https://www.youtube.com/watch?v=dQw4w9WgX'Q",
    "https://vimeo.com/1<script>",
    "https://evil.example/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQdQw4w9WgXcQ",
];

const TEXTS: &[&str] = &[
    "texte",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&amp;amp;",
    "&#x3c;img src=x onerror=alert(1)&#x3e;",
    "&#0;",
    "<!-- commentaire -->",
    "<!-- <script>alert(1)</script> -->",
    "<!--",
    "-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!doctype html>",
    "<?xml version=\"1.0\"?>",
    "</",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "`",
    " ",
    "\n",
    "\r\n",
    "&#13;",
    "\u{202E}",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://vimeo.com/76979871",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
];

#[derive(Debug, Clone)]
enum Token {
    Open(&'static str, Vec<(&'static str, &'static str)>, bool),
    Close(&'static str),
    Text(&'static str),
}

fn token() -> impl Strategy<Value = Token> {
    let attribute = (select(ATTRIBUTES), select(VALUES));
    prop_oneof![
        4 => (select(TAGS), vec(attribute, 0..4), any::<bool>())
            .prop_map(|(tag, attributes, closed)| Token::Open(tag, attributes, closed)),
        2 => select(TAGS).prop_map(Token::Close),
        2 => select(TEXTS).prop_map(Token::Text),
    ]
}

fn write(tokens: Vec<Token>) -> String {
    let mut html = String::new();
    for token in tokens {
        match token {
            Token::Open(tag, attributes, closed) => {
                html.push('<');
                html.push_str(tag);
                for (name, value) in attributes {
                    html.push_str(&format!(" {name}=\"{value}\""));
                }
                html.push_str(if closed { "/>" } else { ">" });
            }
            Token::Close(tag) => html.push_str(&format!("</{tag}>")),
            Token::Text(text) => html.push_str(text),
        }
    }
    html
}

/// What the sanitiser itself adds to what it keeps.
fn added_by_the_sanitiser(tag: &str, name: &str, value: &str) -> bool {
    matches!(
        (tag, name, value),
        ("a", "rel", "noopener noreferrer")
            | ("a", "class", "external")
            | ("img", "loading", "lazy")
            | ("img", "decoding", "async")
            | ("img", "class", "unsized")
            | ("span", "class", "visually-hidden")
            | ("video" | "audio", "controls", "")
            | ("video", "preload", "metadata")
            | ("audio", "preload", "none")
    )
}

/// What the sanitiser writes for an embed's facade, judged on its own terms: its wrapper and
/// its label, a play link whose player comes from a provider's host and whose features are a
/// provider's, and nothing more.
fn facade_markup(tag: &str, name: &str, value: &str) -> bool {
    match (tag, name) {
        ("span", "class") => matches!(value, "embed" | "embed embed-audio" | "embed-label"),
        ("a", "class") => value == "embed-play",
        ("a", "data-title") => true,
        ("a", "data-allow") => value
            .split("; ")
            .all(|feature| feature.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')),
        ("a", "data-player") => PLAYER_HOSTS.iter().any(|host| {
            value
                .strip_prefix(host)
                .is_some_and(|rest| rest.starts_with('/'))
                && !value.contains(['"', '<', '>', '\'', ' '])
        }),
        _ => false,
    }
}

/// A URL the sanitiser wrote: on the page (a path) or absolute, with a scheme `use_` allows.
fn url_allowed(value: &str, use_: UrlUse) -> bool {
    let absolute = if value.starts_with('/') && !value.starts_with("//") {
        resolve(PAGE, value)
    } else {
        Some(value.to_owned())
    };
    absolute.is_some_and(|url| safe_url(&url, use_, None).as_deref() == Some(url.as_str()))
}

/// Every element and attribute of `html`, judged against the allowlist.
fn only_the_allowlist(html: &str) -> Result<(), String> {
    let fragment = Html::parse_fragment(html);
    // The parser's own <html> holds the fragment.
    for node in fragment.root_element().descendants().skip(1) {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let tag = element.name();
        let kept = element_action(tag) == ElementAction::Keep
            || (tag == "span"
                && element.attr("class").is_some_and(|class| {
                    class == "visually-hidden" || facade_markup("span", "class", class)
                }));
        if !kept {
            return Err(format!("<{tag}> is outside the allowlist in {html:?}"));
        }
        for (name, value) in element.attrs() {
            if added_by_the_sanitiser(tag, name, value) || facade_markup(tag, name, value) {
                continue;
            }
            if !attribute_allowed(tag, name) {
                return Err(format!("{name} on <{tag}> in {html:?}"));
            }
            let use_ = match name {
                "href" => Some(UrlUse::Link),
                "src" | "poster" => Some(UrlUse::Image),
                _ => None,
            };
            if use_.is_some_and(|use_| !url_allowed(value, use_)) {
                return Err(format!("the URL {value:?} in {html:?}"));
            }
            // Each candidate of a srcset: a URL an image may load from, then its descriptor.
            if name == "srcset"
                && !value.split(", ").all(|candidate| {
                    let url = candidate.split(' ').next().unwrap_or_default();
                    url_allowed(url, UrlUse::Image)
                })
            {
                return Err(format!("the srcset {value:?} in {html:?}"));
            }
        }
    }
    Ok(())
}

fn holds(html: &str) -> Result<(), String> {
    let once = sanitize_to_string(html, &context());
    only_the_allowlist(&once)?;
    // What a later reader re-parses (a published page, a saved copy) is what was written.
    let twice = sanitize_to_string(&once, &context());
    if twice != once {
        return Err(format!(
            "not a fixed point: {html:?} gives {once:?}, then {twice:?}"
        ));
    }
    Ok(())
}

#[test]
fn generated_html() {
    let html = vec(token(), 0..24).prop_map(write);
    check("sanitiser-grammar", 10_000, html, |h| holds(h));
}
