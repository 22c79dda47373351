//! Parts of a view below the first screen, drawn in tasks of their own when the app takes a
//! published page over, so that a long page is no single long task.

use std::cell::Cell;

use leptos::{
    html::Div,
    prelude::*,
    tachys::view::{Mountable, Render},
};
use wasm_bindgen::JsCast;

use super::on_mount::draw_soon;

thread_local! {
    /// Set while the app draws itself over a published page.
    static TAKING_OVER: Cell<bool> = const { Cell::new(false) };
}

/// The class of a part's wrapper, in published pages and in the app, and its selector.
const CLASS: &str = "later";
const SELECTOR: &str = ".later";

/// A part of a view below the first screen. It draws as its children do, except while the app
/// draws itself over a published page ([`draw_over_published`]): then the part shows its
/// published HTML until a task of its own, once the part above is live, draws it. Its wrapper
/// is `display: contents`, and adds nothing to the layout.
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
        let view = children();
        crate::browser::keep_focus(|| {
            let mut part = view.build();
            holder.set_inner_html("");
            part.mount(&holder, None);
            // The part's reactive state lives as long as the view that holds it.
            StoredValue::new_local(part);
        });
    });
    view! { <div class=CLASS node_ref=holder></div> }.into_any()
}

/// Replaces the published page in `body` with what `draw` mounts there, in one task, so that
/// nothing is painted in between: the parts below the first screen ([`Later`]) keep the
/// published page's nodes until their own task draws them, and the element the reader had
/// focused keeps the focus.
pub fn draw_over_published(body: &web_sys::HtmlElement, draw: impl FnOnce()) {
    let published = outermost_parts(body);
    crate::browser::keep_focus(|| {
        body.set_inner_html("");
        TAKING_OVER.set(true);
        draw();
        TAKING_OVER.set(false);
        let drawn = outermost_parts(body);
        // The same views drew both from the same feed, so the parts pair up in document order.
        // Were they ever to differ, the parts would show one task later, and nothing is lost.
        if drawn.len() == published.len() {
            for (holder, part) in drawn.iter().zip(&published) {
                while let Some(node) = part.first_child() {
                    holder.append_child(&node).ok();
                }
            }
        }
    });
}

/// The `Later` wrappers under `root` that are not inside another one, in document order.
fn outermost_parts(root: &web_sys::HtmlElement) -> Vec<web_sys::Element> {
    let Ok(all) = root.query_selector_all(SELECTOR) else {
        return Vec::new();
    };
    (0..all.length())
        .filter_map(|index| all.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter(|part| {
            part.parent_element()
                .and_then(|parent| parent.closest(SELECTOR).ok().flatten())
                .is_none()
        })
        .collect()
}
