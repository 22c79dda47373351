//! The sanitiser in the browser: its `DomParser` parses untrusted HTML into an inert document
//! (no script runs, nothing loads), and the walk builds a new fragment from it. The release
//! build compiles it into a wasm part of its own (scripts/split-wasm.mjs), which the service
//! worker keeps with the shell: a published page taken over keeps its sanitised body and
//! never needs it, and the app's first view of an article fetches it.

use leptos::{prelude::document, wasm_split::SplitLoaderError};
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, DomParser, Element, Node, SupportedType};

use super::{
    out::{Context, Sink},
    walk::{walk, Parsed, Tree},
};
use crate::{attachments::with_players, feed::Attachment, i18n::Locale, pictures::Picture};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Turns untrusted HTML into a fragment of allowed elements, ready to insert in the page.
pub fn sanitize(html: &str, context: &Context) -> DocumentFragment {
    let output = document().create_document_fragment();
    let parsed =
        DomParser::new().and_then(|parser| parser.parse_from_string(html, SupportedType::TextHtml));
    if let Some(body) = parsed.ok().and_then(|parsed| parsed.body()) {
        let mut sink = DomSink {
            open: vec![output.clone().into()],
        };
        walk(&InertDocument, &body.into(), context, &mut sink);
    }
    output
}

/// Fills `element` with `html`, and the players of `attachments`, sanitised against the
/// context these name (`words`: those after an external link, and the reader's language),
/// once the sanitiser's code is in; `Err` when it could not be fetched.
pub async fn fill(
    element: Element,
    html: String,
    base: Option<String>,
    page_origin: String,
    words: (&'static str, Locale),
    pictures: Vec<Picture>,
    attachments: Vec<Attachment>,
) -> Result<(), SplitLoaderError> {
    #[cfg(split_wasm)]
    let filled = fill_now(
        element,
        html,
        base,
        page_origin,
        words,
        pictures,
        attachments,
    )
    .await;
    #[cfg(not(split_wasm))]
    let filled = fill_now(
        element,
        html,
        base,
        page_origin,
        words,
        pictures,
        attachments,
    );
    filled
}

/// Fetches the sanitiser's code without using it: before the app draws a page anew over a
/// published article, so that its body is filled in the same task as the rest.
pub async fn ready() -> Result<(), SplitLoaderError> {
    #[cfg(split_wasm)]
    let ready = load_sanitiser().await;
    #[cfg(not(split_wasm))]
    let ready = Ok(());
    ready
}

/// The sanitiser's code: in the release build, a wasm part of its own, named `sanitiser`.
#[cfg_attr(
    split_wasm,
    leptos::wasm_split::wasm_split(
        sanitiser,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_sanitiser)
    )
)]
fn fill_now(
    element: Element,
    html: String,
    base: Option<String>,
    page_origin: String,
    (external_label, locale): (&'static str, Locale),
    pictures: Vec<Picture>,
    attachments: Vec<Attachment>,
) -> Result<(), SplitLoaderError> {
    let context = Context {
        base: base.as_deref(),
        page_origin: &page_origin,
        external_label,
        pictures: &pictures,
        locale,
        attachments: &attachments,
    };
    let html = with_players(&html, &attachments, locale);
    element.append_child(&sanitize(&html, &context)).ok();
    Ok(())
}

/// Nothing to write ahead of the browser: it sanitises once the view is in the page.
pub fn prerender(_html: &str, _context: &Context) -> Option<String> {
    None
}

struct InertDocument;

impl Tree for InertDocument {
    type Node = Node;

    fn children(&self, of: &Node) -> Vec<Parsed<Node>> {
        let mut children = Vec::new();
        let mut child = of.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            children.push(match node.node_type() {
                Node::TEXT_NODE => Parsed::Text(node.text_content().unwrap_or_default()),
                Node::ELEMENT_NODE => match node.dyn_ref::<Element>() {
                    Some(element) => Parsed::Element {
                        tag: element.local_name(),
                        html: element.namespace_uri().as_deref() == Some(XHTML),
                        node,
                    },
                    None => Parsed::Other,
                },
                _ => Parsed::Other,
            });
        }
        children
    }

    fn attributes(&self, of: &Node) -> Vec<(String, String)> {
        let Some(element) = of.dyn_ref::<Element>() else {
            return Vec::new();
        };
        element
            .get_attribute_names()
            .iter()
            .filter_map(|name| name.as_string())
            .filter_map(|name| Some((name.clone(), element.get_attribute(&name)?)))
            .collect()
    }

    fn text_content(&self, of: &Node) -> String {
        of.text_content().unwrap_or_default()
    }
}

/// Builds DOM nodes; `open` holds the element being filled and its ancestors.
struct DomSink {
    open: Vec<Node>,
}

impl DomSink {
    fn append(&mut self, node: &Node) {
        if let Some(parent) = self.open.last() {
            parent.append_child(node).ok();
        }
    }
}

impl Sink for DomSink {
    fn text(&mut self, text: &str) {
        let node = document().create_text_node(text);
        self.append(&node);
    }

    fn open(&mut self, tag: &str, attributes: &[(String, String)]) {
        let Ok(element) = document().create_element(tag) else {
            // Keep the stack balanced: what goes inside lands in the parent.
            self.open.push(
                self.open
                    .last()
                    .cloned()
                    .unwrap_or_else(|| document().into()),
            );
            return;
        };
        for (name, value) in attributes {
            element.set_attribute(name, value).ok();
        }
        self.append(&element);
        self.open.push(element.into());
    }

    fn close(&mut self, _tag: &str) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }
}
