//! The sanitiser in the publishing step: html5ever parses untrusted HTML as the browser's
//! `DomParser` does (the same algorithm, with scripting off, so `<noscript>` holds markup),
//! and the walk writes the allowed part as HTML text for the page.

use html5ever::{
    driver::{parse_document, ParseOpts},
    tendril::TendrilSink,
    tree_builder::TreeBuilderOpts,
};
use scraper::{node::Node as ParsedNode, Html, HtmlTreeSink};

use super::{
    out::{Context, Sink},
    walk::{walk, Parsed, Tree},
};
use crate::attachments::with_players;

/// The allowed part of untrusted HTML, as HTML text.
pub fn sanitize_to_string(html: &str, context: &Context) -> String {
    let options = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let document = parse_document(HtmlTreeSink::new(Html::new_document()), options).one(html);
    let mut sink = HtmlSink {
        html: String::with_capacity(html.len()),
        in_new_pre: false,
    };
    if let Some(body) = body(&document) {
        walk(&document, &body, context, &mut sink);
    }
    sink.html
}

/// What the published page holds where the browser would sanitise once the view is drawn.
/// The body and the players of the item's attachments.
pub fn prerender(html: &str, context: &Context) -> Option<String> {
    let html = with_players(html, context.attachments, context.locale);
    Some(sanitize_to_string(&html, context))
}

/// Natively there is no document to fill: a published page holds [`prerender`]'s HTML.
pub async fn fill(
    _element: web_sys::Element,
    _html: String,
    _base: Option<String>,
    _page_origin: String,
    _words: (&'static str, crate::i18n::Locale),
    _pictures: Vec<crate::pictures::Picture>,
    _attachments: Vec<crate::feed::Attachment>,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    Ok(())
}

type NodeId = ego_tree::NodeId;

fn body(document: &Html) -> Option<NodeId> {
    let html = document
        .tree
        .root()
        .children()
        .find(|n| matches!(n.value(), ParsedNode::Element(e) if e.name() == "html"))?;
    html.children()
        .find(|n| matches!(n.value(), ParsedNode::Element(e) if e.name() == "body"))
        .map(|n| n.id())
}

const XHTML: &str = "http://www.w3.org/1999/xhtml";

impl Tree for Html {
    type Node = NodeId;

    fn children(&self, of: &NodeId) -> Vec<Parsed<NodeId>> {
        let Some(node) = self.tree.get(*of) else {
            return Vec::new();
        };
        node.children()
            .map(|child| match child.value() {
                ParsedNode::Text(text) => Parsed::Text(text.to_string()),
                ParsedNode::Element(element) => Parsed::Element {
                    tag: element.name.local.to_string(),
                    html: &*element.name.ns == XHTML,
                    node: child.id(),
                },
                _ => Parsed::Other,
            })
            .collect()
    }

    fn attributes(&self, of: &NodeId) -> Vec<(String, String)> {
        match self.tree.get(*of).map(|n| n.value()) {
            Some(ParsedNode::Element(element)) => element
                .attrs()
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .collect(),
            _ => Vec::new(),
        }
    }

    fn text_content(&self, of: &NodeId) -> String {
        self.tree
            .get(*of)
            .map(|node| {
                node.descendants()
                    .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Writes HTML text: text and attribute values escaped, void elements left unclosed.
struct HtmlSink {
    html: String,
    /// A `pre` was just opened: a parser drops a line feed right after its tag.
    in_new_pre: bool,
}

fn is_void(tag: &str) -> bool {
    matches!(tag, "img" | "br" | "hr" | "source" | "track")
}

impl Sink for HtmlSink {
    fn text(&mut self, text: &str) {
        if std::mem::take(&mut self.in_new_pre) && text.starts_with('\n') {
            self.html.push('\n');
        }
        crate::html_text::escape_text_into(text, &mut self.html);
    }

    fn open(&mut self, tag: &str, attributes: &[(String, String)]) {
        self.html.push('<');
        self.html.push_str(tag);
        for (name, value) in attributes {
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            crate::html_text::escape_attribute_into(value, &mut self.html);
            self.html.push('"');
        }
        self.html.push('>');
        self.in_new_pre = tag == "pre";
    }

    fn close(&mut self, tag: &str) {
        self.in_new_pre = false;
        if !is_void(tag) {
            self.html.push_str("</");
            self.html.push_str(tag);
            self.html.push('>');
        }
    }
}
