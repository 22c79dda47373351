//! What happens around a navigation: back and forward put the reader where they were, and
//! focus moves to the new view's heading so that screen readers announce it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::{on_mount::on_mount, router::use_router};

/// Place under the router, once.
#[component]
pub fn NavigationEffects() -> impl IntoView {
    let router = use_router();
    on_mount(|| {
        if let Ok(history) = window().history() {
            // The app restores scroll itself: the browser would do it before the view is drawn.
            history
                .set_scroll_restoration(web_sys::ScrollRestoration::Manual)
                .ok();
        }
    });
    // Where the reader was on each address of the visit, for back and forward.
    let positions = StoredValue::new(Vec::<(String, f64)>::new());
    let current = StoredValue::new(String::new());
    let popped = StoredValue::new(false);

    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let y = window().scroll_y().unwrap_or_default();
        current.with_value(|address| {
            positions.update_value(|p| match p.iter_mut().find(|(seen, _)| seen == address) {
                Some((_, at)) => *at = y,
                None => p.push((address.clone(), y)),
            })
        });
    });
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| popped.set_value(true));
    on_cleanup(move || {
        on_scroll.remove();
        on_popstate.remove();
    });

    Effect::new(move |previous: Option<()>| {
        let key = router.address();
        current.set_value(key.clone());
        if previous.is_none() {
            return;
        }
        let restore = popped.get_value().then(|| {
            positions.with_value(|p| {
                p.iter()
                    .find(|(seen, _)| *seen == key)
                    .map_or(0.0, |(_, y)| *y)
            })
        });
        popped.set_value(false);
        request_animation_frame(move || {
            if let Some(y) = restore {
                window().scroll_to_with_x_and_y(0.0, y);
            }
            focus_heading();
        });
    });
}

/// Focuses the main heading without scrolling to it, unless the reader is typing in a field
/// (the search box's results follow what they type): the focus stays there.
fn focus_heading() {
    if document()
        .active_element()
        .is_some_and(|element| crate::browser::is_typing_field(&element))
    {
        return;
    }
    let Ok(Some(heading)) = document().query_selector("#contenu h1") else {
        return;
    };
    let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    heading.focus_with_options(&options).ok();
}
