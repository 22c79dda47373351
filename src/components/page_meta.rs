use leptos::prelude::*;

use crate::{
    head::{ArticleFacts, PageHead},
    router::use_router,
};

/// The site's name, provided by the app for page titles.
#[derive(Clone, Copy)]
pub struct SiteName(pub Signal<String>);

/// The head of the view on screen. `PageMeta` fills it; the publishing step writes it into
/// the page, and in the browser the app applies it to the document on every navigation.
#[derive(Clone, Copy)]
pub struct HeadSlot(pub RwSignal<Option<PageHead>>);

impl HeadSlot {
    /// The slot the publishing step provided to read the head back, else a new one.
    pub fn use_or_provide() -> Self {
        use_context::<HeadSlot>().unwrap_or_else(|| {
            let slot = HeadSlot(RwSignal::new(None));
            provide_context(slot);
            slot
        })
    }
}

/// Declares the view's title, description, canonical address and share preview.
#[component]
pub fn PageMeta(
    /// The view's own title; empty for the front page.
    title: String,
    description: String,
    /// The canonical path in the app; the address on screen by default.
    #[prop(optional)]
    path: Option<String>,
    /// The share picture, absolute.
    #[prop(optional_no_strip)]
    image: Option<String>,
    #[prop(optional)] article: Option<ArticleFacts>,
    /// For views search engines should not keep (the 404 view).
    #[prop(optional)]
    noindex: bool,
) -> impl IntoView {
    let Some(slot) = use_context::<HeadSlot>() else {
        return;
    };
    let path = path.unwrap_or_else(|| untrack(|| use_router().path()));
    slot.0.set(Some(PageHead {
        title,
        description,
        path,
        image,
        article,
        noindex,
    }));
}
