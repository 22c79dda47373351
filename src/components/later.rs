use leptos::{
    html::Div,
    prelude::*,
    tachys::{
        hydration::Cursor,
        view::{Position, PositionState, RenderHtml},
    },
};

use super::on_mount::hydrate_soon;

/// A part of a view below the first screen. It draws as its children do, except while the app
/// takes a published page over: then the part keeps its published HTML, and the app hydrates
/// it in a task of its own once the part above is live, so that a long page is no single long
/// task. Its wrapper is `display: contents`, and adds nothing to the layout.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    let hydrating = Owner::current_shared_context().is_some_and(|shared| shared.during_hydration());
    if !hydrating {
        return view! { <div class="later">{children()}</div> }.into_any();
    }
    let holder = NodeRef::<Div>::new();
    hydrate_soon(move || {
        let Some(holder) = holder.get_untracked() else {
            return;
        };
        let cursor = Cursor::new(holder.into());
        let state = children().hydrate::<true>(&cursor, &PositionState::new(Position::FirstChild));
        // The part's reactive state lives as long as the view that holds it.
        StoredValue::new_local(state);
    });
    view! { <div class="later" node_ref=holder></div> }.into_any()
}
