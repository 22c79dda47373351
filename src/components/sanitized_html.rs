use leptos::{html::Div, prelude::*};

use crate::{
    components::{use_locale, use_site},
    i18n::Msg,
    sanitize::{self, Context},
};

/// Untrusted HTML (feed content, a comment server's text), shown through the one sanitiser.
/// A published page holds it already sanitised by the publishing step; in the browser the
/// element is filled once it is in the page, unless it came filled from a published page.
#[component]
pub fn SanitizedHtml(
    html: String,
    /// What relative URLs resolve against; without one they are dropped.
    #[prop(optional_no_strip)]
    base: Option<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional_no_strip)] lang: Option<String>,
) -> impl IntoView {
    let external_label = use_locale().text(Msg::ExternalLink);
    let page_origin = use_site().page_origin;
    let context = Context {
        base: base.as_deref(),
        page_origin: &page_origin,
        external_label,
    };
    let published = sanitize::prerender(&html, &context);
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        // Drawn here, the element holds only the renderer's placeholder comment; taken over
        // from a published page, it holds what the publishing step wrote.
        let blank = container.first_element_child().is_none()
            && container.text_content().unwrap_or_default().is_empty();
        if blank {
            let context = Context {
                base: base.as_deref(),
                page_origin: &page_origin,
                external_label,
            };
            sanitize::fill(&container, &html, &context);
        }
    });
    view! { <div class=class lang=lang node_ref=container inner_html=published></div> }
}
