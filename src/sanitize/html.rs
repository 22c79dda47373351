//! The sanitiser's walk: the browser parses untrusted HTML into an inert document (no script
//! runs, nothing loads), and a new tree is built from it element by element, keeping only
//! what `rules` allows. Nothing is re-parsed afterwards.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, DomParser, Element, Node, SupportedType};

use super::rules::{
    attribute_allowed, attribute_is_numeric, element_action, is_block, is_external, safe_url,
    ElementAction, UrlUse,
};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

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
}

/// Turns untrusted HTML into a fragment of allowed elements, ready to insert in the page.
pub fn sanitize(html: &str, context: &Context) -> DocumentFragment {
    let output = document().create_document_fragment();
    let Ok(parser) = DomParser::new() else {
        return output;
    };
    let Ok(parsed) = parser.parse_from_string(html, SupportedType::TextHtml) else {
        return output;
    };
    if let Some(body) = parsed.body() {
        copy_children(&body, &output, context, 0);
    }
    output
}

fn copy_children(from: &Node, to: &Node, context: &Context, depth: usize) {
    let mut child = from.first_child();
    while let Some(node) = child {
        match node.node_type() {
            Node::TEXT_NODE => {
                let text = document().create_text_node(&node.text_content().unwrap_or_default());
                to.append_child(&text).ok();
            }
            Node::ELEMENT_NODE => {
                if let Some(element) = node.dyn_ref::<Element>() {
                    copy_element(element, to, context, depth);
                }
            }
            // Comments, processing instructions, CDATA: dropped.
            _ => {}
        }
        child = node.next_sibling();
    }
}

fn copy_element(element: &Element, to: &Node, context: &Context, depth: usize) {
    // Elements outside HTML's namespace (inside `svg` or `math`) are never kept.
    if element.namespace_uri().as_deref() != Some(XHTML) {
        return;
    }
    let tag = element.local_name();
    let action = element_action(&tag);
    if action == ElementAction::Remove {
        return;
    }
    if depth >= MAX_DEPTH {
        let text = document().create_text_node(&element.text_content().unwrap_or_default());
        to.append_child(&text).ok();
        return;
    }
    let name = match action {
        ElementAction::Unwrap => {
            copy_children(element, to, context, depth + 1);
            if is_block(&tag) {
                to.append_child(&document().create_text_node(" ")).ok();
            }
            return;
        }
        ElementAction::Rename(name) => name,
        ElementAction::Keep | ElementAction::Remove => tag.as_str(),
    };
    let Ok(copy) = document().create_element(name) else {
        return;
    };
    copy_attributes(element, &copy, name, context);
    if name == "img" && copy.get_attribute("src").is_none() {
        return;
    }
    copy_children(element, &copy, context, depth + 1);
    if name == "a" && copy.has_attribute("data-external") {
        copy.remove_attribute("data-external").ok();
        copy.set_class_name("external");
        if let Ok(label) = document().create_element("span") {
            label.set_class_name("visually-hidden");
            label.set_text_content(Some(&format!(" {}", context.external_label)));
            copy.append_child(&label).ok();
        }
    }
    to.append_child(&copy).ok();
}

fn copy_attributes(from: &Element, to: &Element, tag: &str, context: &Context) {
    let names = from.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        let name = name.to_ascii_lowercase();
        if !attribute_allowed(tag, &name) {
            continue;
        }
        let Some(value) = from.get_attribute(&name) else {
            continue;
        };
        let value = match name.as_str() {
            "href" => match safe_url(&value, UrlUse::Link, context.base) {
                Some(url) => {
                    if is_external(&url, context.page_origin) {
                        to.set_attribute("data-external", "").ok();
                    }
                    url
                }
                None => continue,
            },
            "src" => match safe_url(&value, UrlUse::Image, context.base) {
                Some(url) => url,
                None => continue,
            },
            _ if attribute_is_numeric(&name) => match value.trim().parse::<u32>() {
                Ok(number) => number.to_string(),
                Err(_) => continue,
            },
            _ => value,
        };
        to.set_attribute(&name, &value).ok();
    }
    match tag {
        "a" if to.has_attribute("href") => {
            to.set_attribute("rel", "noopener noreferrer").ok();
        }
        "img" => {
            to.set_attribute("loading", "lazy").ok();
            to.set_attribute("decoding", "async").ok();
            if !(to.has_attribute("width") && to.has_attribute("height")) {
                to.set_class_name("unsized");
            }
        }
        _ => {}
    }
}
