use leptos::{html::Div, prelude::*};

use crate::{
    components::use_locale,
    i18n::Msg,
    sanitize::html::{sanitize, Context},
};

/// Untrusted HTML (feed content, a comment server's text), shown through the one sanitiser.
#[component]
pub fn SanitizedHtml(
    html: String,
    /// What relative URLs resolve against; without one they are dropped.
    #[prop(optional_no_strip)]
    base: Option<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional_no_strip)] lang: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let page_origin = window().location().origin().unwrap_or_default();
        let context = Context {
            base: base.as_deref(),
            page_origin: &page_origin,
            external_label: locale.text(Msg::ExternalLink),
        };
        container.set_inner_html("");
        container.append_child(&sanitize(&html, &context)).ok();
    });
    view! { <div class=class lang=lang node_ref=container></div> }
}
