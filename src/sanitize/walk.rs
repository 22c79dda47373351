//! The sanitiser's walk, shared by both parsers: an inert parse of untrusted HTML is read
//! node by node, and only what `rules` allows is written out, element by element. The
//! browser parses with its `DomParser` and writes DOM nodes; the publishing step parses with
//! html5ever (the same HTML parsing algorithm) and writes HTML text. Nothing is re-parsed.
//!
//! What the walk writes is a fixed point: a parser reading the HTML text builds the tree the
//! walk wrote, and sanitising it again gives it back. So an element the parser would not
//! leave where it is (see [`nests_in`]) gives only its children, and the mark the walk puts
//! in an external link is recognised as its own.

use crate::{
    pictures::{self, Picture, Place, FORMATS},
    url::on_page,
};

use super::rules::{
    attribute_allowed, attribute_is_numeric, element_action, holds_only_table_parts, is_block,
    is_external, lazy_attribute, nests_in, safe_image_class, safe_image_type, safe_sizes,
    safe_srcset, safe_url, ElementAction, UrlUse,
};

/// Beyond this depth an element gives only its text: untrusted HTML cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Where the HTML comes from, which decides how its URLs resolve and which links leave.
pub struct Context<'a> {
    /// What relative URLs resolve against: the item's URL, else the feed's.
    pub base: Option<&'a str>,
    /// The page's origin (`https://journal.example.ma`), to mark links that leave it.
    pub page_origin: &'a str,
    /// The words a screen reader hears after an external link: "(lien externe)".
    pub external_label: &'a str,
    /// What publishing made of the item's pictures: an image among them is written as a
    /// `<picture>` of its variants.
    pub pictures: &'a [Picture],
}

/// One node of a parsed tree, as the walk sees it.
pub enum Parsed<N> {
    Text(String),
    Element {
        /// The lowercase local name.
        tag: String,
        /// False inside `svg` or `math`: such elements are never kept.
        html: bool,
        node: N,
    },
    /// Comments, processing instructions, doctypes: dropped.
    Other,
}

/// An inert parse of untrusted HTML.
pub trait Tree {
    type Node;
    fn children(&self, of: &Self::Node) -> Vec<Parsed<Self::Node>>;
    /// Attribute names (lowercase) and values, in any order.
    fn attributes(&self, of: &Self::Node) -> Vec<(String, String)>;
    /// All the text inside, concatenated.
    fn text_content(&self, of: &Self::Node) -> String;
}

/// Where the allowed nodes are written.
pub trait Sink {
    fn text(&mut self, text: &str);
    /// Opens an element; the next calls write inside it until [`Sink::close`].
    fn open(&mut self, tag: &str, attributes: &[(String, String)]);
    fn close(&mut self, tag: &str);
}

/// Writes into `sink` what `rules` allow of the children of `root`.
pub fn walk<T: Tree, S: Sink>(tree: &T, root: &T::Node, context: &Context, sink: &mut S) {
    let mut out = Out {
        sink,
        open: Vec::new(),
        started: false,
    };
    copy_children(tree, root, context, &mut out, 0);
}

/// The sink, and the elements open in it, outermost first.
struct Out<'s, S> {
    sink: &'s mut S,
    open: Vec<String>,
    /// Something was written. White space before that is dropped, as a parser drops it
    /// at the start of a document.
    started: bool,
}

impl<S: Sink> Out<'_, S> {
    fn text(&mut self, text: &str) {
        let text = if self.started {
            text
        } else {
            text.trim_start_matches(is_html_space)
        };
        // A parser would move it out of the table; white space it leaves.
        let current = self.open.last().map_or("", String::as_str);
        if text.is_empty() || (holds_only_table_parts(current) && !text.chars().all(is_html_space))
        {
            return;
        }
        self.started = true;
        self.sink.text(text);
    }

    fn open(&mut self, tag: &str, attributes: &[(String, String)]) {
        self.started = true;
        self.sink.open(tag, attributes);
        self.open.push(tag.to_owned());
    }

    fn close(&mut self, tag: &str) {
        self.open.pop();
        self.sink.close(tag);
    }
}

/// White space as HTML's parser reads it (not U+00A0).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

fn copy_children<T: Tree, S: Sink>(
    tree: &T,
    from: &T::Node,
    context: &Context,
    out: &mut Out<S>,
    depth: usize,
) {
    for child in tree.children(from) {
        match child {
            Parsed::Text(text) => out.text(&text),
            Parsed::Element { tag, html, node } => {
                copy_element(tree, &node, &tag, html, context, out, depth)
            }
            Parsed::Other => {}
        }
    }
}

fn copy_element<T: Tree, S: Sink>(
    tree: &T,
    element: &T::Node,
    tag: &str,
    html: bool,
    context: &Context,
    out: &mut Out<S>,
    depth: usize,
) {
    if !html {
        return;
    }
    let action = element_action(tag);
    if action == ElementAction::Remove
        || (tag == "span" && is_external_mark(tree, element, context))
    {
        return;
    }
    if depth >= MAX_DEPTH {
        out.text(&tree.text_content(element));
        return;
    }
    let name = match action {
        ElementAction::Rename(name) => name,
        ElementAction::Keep | ElementAction::Remove | ElementAction::Unwrap => tag,
    };
    if action == ElementAction::Unwrap || !nests_in(&out.open, name) {
        copy_children(tree, element, context, out, depth + 1);
        if is_block(name) {
            out.text(" ");
        }
        return;
    }
    let found = tree.attributes(element);
    if name == "img" && out.open.last().is_none_or(|t| t != "picture") {
        if let Some(picture) = made_picture(&found, context) {
            write_picture(picture, &found, out);
            return;
        }
    }
    let (attributes, external) = kept_attributes(name, found, context);
    if name == "img" && !attributes.iter().any(|(n, _)| n == "src") {
        return;
    }
    out.open(name, &attributes);
    copy_children(tree, element, context, out, depth + 1);
    if external {
        out.open("span", &[("class".into(), EXTERNAL_MARK.into())]);
        out.text(&format!(" {}", context.external_label));
        out.close("span");
    }
    out.close(name);
}

/// A picture a lazy-loading script would have shown (`data-src`, with a placeholder in `src`)
/// takes its real sources, when they may load.
fn prefer_lazy_sources(found: &mut Vec<(String, String)>, context: &Context) {
    let lazy: Vec<(&'static str, String)> = found
        .iter()
        .filter_map(|(name, value)| {
            let real = lazy_attribute(&name.to_ascii_lowercase())?;
            let loads = match real {
                "src" => safe_url(value, UrlUse::Image, context.base).is_some(),
                "srcset" => safe_srcset(value, context.base).is_some(),
                _ => safe_sizes(value),
            };
            loads.then(|| (real, value.clone()))
        })
        .collect();
    for (real, value) in lazy {
        found.retain(|(name, _)| !name.eq_ignore_ascii_case(real));
        found.push((real.to_owned(), value));
    }
}

/// The picture publishing made of an image's source (its lazy-loaded one first), if it did.
fn made_picture<'a>(found: &[(String, String)], context: &Context<'a>) -> Option<&'a Picture> {
    let source = |wanted: &dyn Fn(&str) -> bool| {
        found
            .iter()
            .filter(|(name, _)| wanted(&name.to_ascii_lowercase()))
            .find_map(|(_, value)| safe_url(value, UrlUse::Image, context.base))
    };
    let src = source(&|name| lazy_attribute(name) == Some("src"))
        .or_else(|| source(&|name| name == "src"))?;
    pictures::find(context.pictures, &src)
}

/// An image publishing made variants of, as a `<picture>`: WebP, then JPEG in the image, each
/// at every width, drawn at the article's measure, with its real size and its tint, and the
/// original's alternative text.
fn write_picture<S: Sink>(picture: &Picture, found: &[(String, String)], out: &mut Out<S>) {
    let sizes = Place::Article.sizes().to_owned();
    let [(modern, modern_ext), (_, fallback_ext)] = FORMATS;
    out.open("picture", &[]);
    out.open(
        "source",
        &[
            ("sizes".into(), sizes.clone()),
            ("srcset".into(), picture.srcset("", modern_ext)),
            ("type".into(), modern.into()),
        ],
    );
    out.close("source");
    let mut attributes = Vec::new();
    if let Some((_, alt)) = found
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("alt"))
    {
        attributes.push(("alt".into(), alt.clone()));
    }
    attributes.extend([
        ("class".into(), picture.tint_class()),
        ("height".into(), picture.height.to_string()),
        ("sizes".into(), sizes),
        ("src".into(), picture.fallback("")),
        ("srcset".into(), picture.srcset("", fallback_ext)),
        ("width".into(), picture.width.to_string()),
        ("loading".into(), "lazy".into()),
        ("decoding".into(), "async".into()),
    ]);
    out.open("img", &attributes);
    out.close("img");
    out.close("picture");
}

/// The class of the words the walk adds in a link that leaves the site.
const EXTERNAL_MARK: &str = "visually-hidden";

/// True for the words the walk added in an external link, read again: they go, and the
/// walk adds them again if the link still leaves the site.
fn is_external_mark<T: Tree>(tree: &T, span: &T::Node, context: &Context) -> bool {
    let attributes = tree.attributes(span);
    matches!(attributes.as_slice(), [(name, value)] if name == "class" && value == EXTERNAL_MARK)
        && tree.text_content(span) == format!(" {}", context.external_label)
}

/// The attributes a kept element leaves with, sorted by name so that both parsers write them
/// in one order, then those the app adds; and whether it is a link that leaves the site.
fn kept_attributes(
    tag: &str,
    mut found: Vec<(String, String)>,
    context: &Context,
) -> (Vec<(String, String)>, bool) {
    if tag == "img" {
        prefer_lazy_sources(&mut found, context);
    }
    found.sort();
    found.dedup_by(|a, b| a.0 == b.0);
    let mut external = false;
    let mut kept = Vec::new();
    for (name, value) in found {
        let name = name.to_ascii_lowercase();
        if !attribute_allowed(tag, &name) {
            continue;
        }
        let value = match name.as_str() {
            "href" => match safe_url(&value, UrlUse::Link, context.base) {
                Some(url) => {
                    external = is_external(&url, context.page_origin);
                    on_page(&url, context.page_origin)
                }
                None => continue,
            },
            "src" => match safe_url(&value, UrlUse::Image, context.base) {
                Some(url) => on_page(&url, context.page_origin),
                None => continue,
            },
            "class" if !safe_image_class(&value) => continue,
            "type" if !safe_image_type(&value) => continue,
            "media" if !safe_sizes(&value) => continue,
            "srcset" => match safe_srcset(&value, context.base) {
                Some(candidates) => candidates
                    .iter()
                    .map(|(url, descriptor)| {
                        let url = on_page(url, context.page_origin);
                        if descriptor.is_empty() {
                            url
                        } else {
                            format!("{url} {descriptor}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                None => continue,
            },
            "sizes" if !safe_sizes(&value) => continue,
            "sizes" => value.trim().to_owned(),
            _ if attribute_is_numeric(&name) => match value.trim().parse::<u32>() {
                Ok(number) => number.to_string(),
                Err(_) => continue,
            },
            _ => value,
        };
        kept.push((name, value));
    }
    let has = |kept: &[(String, String)], name: &str| kept.iter().any(|(n, _)| n == name);
    match tag {
        "a" if has(&kept, "href") => {
            kept.push(("rel".into(), "noopener noreferrer".into()));
            if external {
                kept.push(("class".into(), "external".into()));
            }
        }
        "img" => {
            let sized = has(&kept, "width") && has(&kept, "height");
            kept.push(("loading".into(), "lazy".into()));
            kept.push(("decoding".into(), "async".into()));
            if !sized {
                // A tint fills a picture's box while it loads; an image without a size has none.
                kept.retain(|(name, _)| name != "class");
                kept.push(("class".into(), "unsized".into()));
            }
        }
        _ => {}
    }
    (kept, external)
}
