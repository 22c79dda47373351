//! Parts of a view (the newspaper's setup, its frame, the page, the blocks below the first
//! screen), drawn in tasks of their own when the app takes a published page over, so that no
//! page is one long task.

use std::cell::Cell;

use leptos::{
    html::Div,
    prelude::*,
    tachys::view::{Mountable, Render},
};
use wasm_bindgen::JsCast;

use super::on_mount::draw_soon;

thread_local! {
    /// Set while the app draws itself over published nodes.
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// The class of a part's wrapper, in published pages and in the app.
const CLASS: &str = "later";
/// The parts in an element that are not in another part there.
const OUTERMOST: &str = ":scope .later:not(:scope .later .later)";
/// The class of a part that still shows published nodes (style/base.css lays their blocks
/// below the first screen out only near the screen).
const PENDING: &str = "pending";
/// The class of the document's root once the app draws: until then, every published block
/// below the first screen is laid out only near the screen.
const APP: &str = "app";

/// A part of a view: the newspaper, its frame, the page, a block below the first screen. It draws as its
/// children do, except while the app draws itself over a published page
/// ([`draw_over_published`]): then the part shows its published HTML until a task of its own,
/// once the part above is live, draws it; the parts nested in it wait in turn for tasks of
/// their own. Its wrapper is `display: contents`, and adds nothing to the layout.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !TAKING_OVER.get() {
        return view! { <div class=CLASS>{children()}</div> }.into_any();
    }
    let holder = NodeRef::<Div>::new();
    draw_soon(move || {
        let Some(holder) = holder.get_untracked() else {
            return;
        };
        // Made while the published part is still in place, so that it can go on from what
        // the reader did there (typed text, say).
        draw_over(&holder, children, |view| {
            let mut part = view.build();
            part.mount(&holder, None);
            // The part's reactive state lives as long as the view that holds it.
            StoredValue::new_local(part);
        });
        holder.class_list().remove_1(PENDING).ok();
    });
    view! { <div class=format!("{CLASS} {PENDING}") node_ref=holder></div> }.into_any()
}

/// Replaces the published page in `body` with what `draw` mounts there, in one task, so that
/// nothing is painted in between: the parts below the first screen ([`Later`]) keep the
/// published page's nodes until their own task draws them, and the element the reader had
/// focused keeps the focus.
pub fn draw_over_published(body: &web_sys::HtmlElement, draw: impl FnOnce()) {
    mark_app_drawn();
    draw_over(body, || (), |()| draw());
}

/// Marks the document as the app's: from then on, of the published blocks, only those of the
/// parts still pending wait to be laid out. Called by every way the app starts drawing.
pub fn mark_app_drawn() {
    if let Some(root) = document().document_element() {
        root.class_list().add_1(APP).ok();
    }
}

/// Draws over the published nodes in `container`: `make` runs while they are still there,
/// `mount` once they are gone. Each `Later` part the drawing makes takes the published nodes
/// of its twin (the same views drew both from the same feed, so the parts pair up in document
/// order); were they ever to differ, the parts would show one task later, and nothing is lost.
fn draw_over<T>(container: &web_sys::HtmlElement, make: impl FnOnce() -> T, mount: impl FnOnce(T)) {
    let published = outermost_parts(container);
    crate::browser::keep_focus(|| {
        let outer = TAKING_OVER.replace(true);
        let made = make();
        container.set_inner_html("");
        mount(made);
        TAKING_OVER.set(outer);
        let drawn = outermost_parts(container);
        if drawn.len() == published.len() {
            for (holder, part) in drawn.iter().zip(&published) {
                while let Some(node) = part.first_child() {
                    holder.append_child(&node).ok();
                }
            }
        }
    });
}

/// The `Later` wrappers inside `container` that are not inside another one there, in document
/// order. The browser picks them out, in one call.
fn outermost_parts(container: &web_sys::HtmlElement) -> Vec<web_sys::Element> {
    let Ok(parts) = container.query_selector_all(OUTERMOST) else {
        return Vec::new();
    };
    (0..parts.length())
        .filter_map(|index| parts.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}
