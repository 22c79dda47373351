//! The sanitiser's walk, shared by both parsers: an inert parse of untrusted HTML is read
//! node by node, and only what `rules` allows is written out, element by element. The
//! browser parses with its `DomParser` and writes DOM nodes; the publishing step parses with
//! html5ever (the same HTML parsing algorithm) and writes HTML text. Nothing is re-parsed.
//!
//! What the walk writes is a fixed point: a parser reading the HTML text builds the tree the
//! walk wrote, and sanitising it again gives it back. So an element the parser would not
//! leave where it is (see [`nests_in`]) gives only its children, and the mark the walk puts
//! in an external link is recognised as its own.

use super::{
    embed::{recognise, Embed},
    out::{Context, Out, Sink},
    own::{
        made_picture, title_of, write_facade, write_picture, write_play, FACADE, FACADE_AUDIO, PLAY,
    },
};
use crate::url::on_page;

use super::rules::{
    attribute_allowed, attribute_is_numeric, element_action, is_block, is_flag, lazy_attribute,
    nests_in, safe_image_class, safe_language, safe_media_type, safe_sizes, safe_track_kind,
    ElementAction,
};
use super::urls::{is_external, safe_srcset, safe_url, UrlUse};

/// Beyond this depth an element gives only its text: untrusted HTML cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

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

/// Writes into `sink` what `rules` allow of the children of `root`.
pub fn walk<T: Tree, S: Sink>(tree: &T, root: &T::Node, context: &Context, sink: &mut S) {
    let mut out = Out::new(sink, Vec::new(), false);
    copy_children(tree, root, context, &mut out, 0);
}

fn copy_children<T: Tree, S: Sink>(
    tree: &T,
    from: &T::Node,
    context: &Context,
    out: &mut Out<S>,
    depth: usize,
) {
    let children = tree.children(from);
    if let Some(embed) = lone_embed(tree, from, &children, context, out, depth) {
        write_facade(&embed, "", context, out, |href, words, out| {
            write_link(href, words, context, out)
        });
        return;
    }
    for child in children {
        match child {
            Parsed::Text(text) => out.text(&text),
            Parsed::Element { tag, html, node } => {
                copy_element(tree, &node, &tag, html, context, out, depth)
            }
            Parsed::Other => {}
        }
    }
}

/// A provider's address alone in its block (WordPress leaves it so when it could not expand
/// an embed): that embed, when all the block writes is the address as one text (so the block
/// reads the same once sanitised, whatever stood between its pieces).
fn lone_embed<T: Tree, S: Sink>(
    tree: &T,
    block: &T::Node,
    children: &[Parsed<T::Node>],
    context: &Context,
    out: &Out<S>,
    depth: usize,
) -> Option<Embed> {
    if out.probing || !nests_in(&out.open, "a") || !tree.text_content(block).contains("://") {
        return None;
    }
    let mut probe = Probe::default();
    let mut probed = Out::new(&mut probe, out.open.clone(), true);
    for child in children {
        match child {
            Parsed::Text(text) => probed.text(text),
            Parsed::Element { tag, html, node } => {
                copy_element(tree, node, tag, *html, context, &mut probed, depth + 1)
            }
            Parsed::Other => {}
        }
    }
    if probe.opened {
        return None;
    }
    recognise(&probe.text)
}

/// A sink that keeps only the text written to it, and whether an element was.
#[derive(Default)]
struct Probe {
    text: String,
    opened: bool,
}

impl Sink for Probe {
    fn text(&mut self, text: &str) {
        self.text.push_str(text);
    }
    fn open(&mut self, _: &str, _: &[(String, String)]) {
        self.opened = true;
    }
    fn close(&mut self, _: &str) {}
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
    if let Some(written) = own_markup(tree, element, tag, context, out, depth) {
        return written;
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
    let has = |wanted: &str| attributes.iter().any(|(n, _)| n == wanted);
    // An image, a source or a track that names nothing to load is nothing.
    let empty = match name {
        "img" | "track" => !has("src"),
        "source" => !has("src") && !has("srcset"),
        "video" | "audio" => {
            !has("src")
                && !tree.children(element).iter().any(|child| {
                    matches!(child, Parsed::Element { tag, node, .. } if tag == "source"
                        && tree.attributes(node).iter().any(|(name, _)| name.eq_ignore_ascii_case("src")))
                })
        }
        _ => false,
    };
    if empty {
        return;
    }
    out.open(name, &attributes);
    copy_children(tree, element, context, out, depth + 1);
    if external {
        write_external_mark(context, out);
    }
    out.close(name);
}

/// What the walk writes itself for an element, if it does (an embed's facade, and its own
/// facades read again); `None` for an element it copies.
fn own_markup<T: Tree, S: Sink>(
    tree: &T,
    element: &T::Node,
    tag: &str,
    context: &Context,
    out: &mut Out<S>,
    depth: usize,
) -> Option<()> {
    if depth >= MAX_DEPTH || !nests_in(&out.open, "a") {
        return None;
    }
    let found = tree.attributes(element);
    let attribute = |wanted: &str| {
        found
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(_, value)| value.trim())
    };
    let plain_link =
        |href: &str, words: &str, out: &mut Out<S>| write_link(href, words, context, out);
    match tag {
        // A frame of a provider we know becomes its facade; any other leaves a link to it.
        "iframe" => {
            let src = attribute("src").unwrap_or_default();
            match recognise(src) {
                Some(embed) => write_facade(&embed, &title_of(&found), context, out, plain_link),
                None => {
                    if let Some(url) = safe_url(src, UrlUse::Link, context.base) {
                        let words = title_of(&found);
                        let words = if words.trim().is_empty() {
                            url.clone()
                        } else {
                            words
                        };
                        let paragraph = nests_in(&out.open, "p");
                        if paragraph {
                            out.open("p", &[]);
                        }
                        write_link(&url, &words, context, out);
                        if paragraph {
                            out.close("p");
                        }
                    }
                }
            }
            Some(())
        }
        // Its own facade read again, or a link showing a provider's address.
        "a" => {
            let href = attribute("href")?;
            let embed = recognise(href)?;
            if attribute("class") == Some(PLAY) {
                write_play(&embed, &title_of(&found), context, out);
            } else if tree.text_content(element).trim() == href {
                write_facade(&embed, "", context, out, plain_link);
            } else {
                return None;
            }
            Some(())
        }
        // Its own facade's wrapper, read again.
        "span" if matches!(attribute("class"), Some(FACADE | FACADE_AUDIO)) => {
            let class = attribute("class").unwrap_or(FACADE).to_owned();
            out.open("span", &[("class".into(), class)]);
            copy_children(tree, element, context, out, depth + 1);
            out.close("span");
            Some(())
        }
        _ => None,
    }
}

/// A link the walk writes itself, as it would copy `<a href>` with these words.
fn write_link<S: Sink>(href: &str, words: &str, context: &Context, out: &mut Out<S>) {
    let (attributes, external) =
        kept_attributes("a", vec![("href".to_owned(), href.to_owned())], context);
    out.open("a", &attributes);
    out.text(words);
    if external {
        write_external_mark(context, out);
    }
    out.close("a");
}

/// The words a screen reader hears after a link that leaves the site.
fn write_external_mark<S: Sink>(context: &Context, out: &mut Out<S>) {
    out.open("span", &[("class".into(), EXTERNAL_MARK.into())]);
    out.text(&format!(" {}", context.external_label));
    out.close("span");
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
            "type" if !safe_media_type(&value) => continue,
            "media" if !safe_sizes(&value) => continue,
            "kind" if !safe_track_kind(&value) => continue,
            "srclang" if !safe_language(&value) => continue,
            "poster" => match safe_url(&value, UrlUse::Image, context.base) {
                Some(url) => on_page(&url, context.page_origin),
                None => continue,
            },
            _ if is_flag(&name) => String::new(),
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
        // A player always has its controls, never plays by itself, and fetches nothing of a
        // sound (and only a video's first frame and length) before the reader asks.
        "video" | "audio" => {
            kept.push(("controls".into(), String::new()));
            let preload = if tag == "video" { "metadata" } else { "none" };
            kept.push(("preload".into(), preload.into()));
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
