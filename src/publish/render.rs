//! One route through the app's own views, rendered natively with Leptos's `ssr` at the address
//! its `Start` names, and the head the view declared read back.

use std::sync::{Arc, Once};

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::{app::App, components::HeadSlot, head::PageHead, Start};

/// A route as the app draws it.
pub struct Rendered {
    /// What goes inside `<body>`.
    pub body: String,
    /// What the view declared with `PageMeta`.
    pub head: Option<PageHead>,
}

/// Renders the app at `start.address` (the path as links have it, the public path included).
pub fn render(start: &Start) -> Rendered {
    static EXECUTOR: Once = Once::new();
    // Rendering never awaits anything; the executor only has to exist.
    EXECUTOR.call_once(|| {
        let _ = any_spawner::Executor::init_futures_executor();
    });
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let rendered = owner.with(|| {
        let slot = HeadSlot(RwSignal::new(None));
        provide_context(slot);
        let start = start.clone();
        let body = view! { <App start/> }.to_html();
        Rendered {
            body,
            head: slot.0.get_untracked(),
        }
    });
    owner.cleanup();
    rendered
}
