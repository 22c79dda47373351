//! Parts of a view (the newspaper's setup, its frame, the page, the blocks below the first
//! screen), drawn in tasks of their own when the app takes a published page over, so that no
//! page is one long task.

use std::cell::{Cell, RefCell};

use leptos::{
    html::Div,
    prelude::*,
    tachys::view::{Mountable, Render},
};
use wasm_bindgen::JsCast;

use crate::on_mount::draw_soon;

thread_local! {
    /// Set while the app draws itself over published nodes.
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
    /// While the app draws a part over its published nodes: the published elements in it that
    /// a view may keep ([`published_twin`]).
    static TWINS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// The class of a part's wrapper, in published pages and in the app.
const CLASS: &str = "later";
/// The parts in an element that are not in another part there.
const OUTERMOST: &str = ":scope .later:not(:scope .later .later)";
/// The attribute of an element a view may keep as published when it takes the page over:
/// what the view made it from, fingerprinted.
const TWIN: &str = "data-twin";
/// The elements a view may keep, in an element, that are not in a part there.
const TWINS_OUTSIDE_PARTS: &str = ":scope [data-twin]:not(:scope .later [data-twin])";
/// The class of a part that still shows published nodes (style/base.css lays their blocks
/// below the first screen out only near the screen).
const PENDING: &str = "pending";
/// The class of the document's root once the app draws: until then, every published block
/// below the first screen is laid out only near the screen.
const APP: &str = "app";

/// A part of a view: the newspaper, its frame, the page, a block below the first screen. It
/// draws as its children do, except while the app draws itself over a published page
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
/// published page's nodes until their own task draws them, the element the reader had focused
/// keeps the focus, and the text they had selected stays selected while its nodes are kept.
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
    let published = select(container, OUTERMOST);
    let twins = select(container, TWINS_OUTSIDE_PARTS);
    // A player the reader started on the published page plays on through the move.
    let play_on = crate::browser::ask_page("keepPlaying", container);
    crate::browser::keep_focus(|| {
        crate::browser::keep_selection(|| {
            let outer = TAKING_OVER.replace(true);
            let outer_twins = TWINS.replace(twins);
            let made = make();
            container.set_inner_html("");
            mount(made);
            TAKING_OVER.set(outer);
            TWINS.set(outer_twins);
            let drawn = select(container, OUTERMOST);
            if drawn.len() == published.len() {
                for (holder, part) in drawn.iter().zip(&published) {
                    move_children(part, holder);
                }
            }
            crate::browser::call(&play_on, &wasm_bindgen::JsValue::UNDEFINED);
        })
    });
}

/// While the app draws itself over the published part that holds it, the published element
/// made from what `key` fingerprints ([`TWIN`]): its nodes are what the view would make, and the
/// view may keep them ([`move_children`]) rather than make them again. Each is given once;
/// `None` at any other time.
pub fn published_twin(key: &str) -> Option<web_sys::Element> {
    TWINS.with_borrow_mut(|twins| {
        let at = twins
            .iter()
            .position(|twin| twin.get_attribute(TWIN).as_deref() == Some(key))?;
        Some(twins.remove(at))
    })
}

/// Moves the nodes of `from` to the end of `to`, as they are.
pub fn move_children(from: &web_sys::Element, to: &web_sys::Element) {
    while let Some(node) = from.first_child() {
        to.append_child(&node).ok();
    }
}

/// The elements inside `container` that `selector` picks (relative to it, `:scope`), in
/// document order. The browser picks them out, in one call.
fn select(container: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let Ok(found) = container.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}
