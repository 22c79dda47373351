use leptos::{html::Div, prelude::*};

use crate::{
    components::use_locale,
    i18n::Msg,
    sanitize::html::{sanitize, Context},
};

/// An item's body: `content_html` through the sanitiser, else `content_text` as paragraphs.
#[component]
pub fn ArticleBody(
    html: Option<String>,
    text: Option<String>,
    /// What relative URLs in the HTML resolve against.
    base: String,
    #[prop(optional)] lang: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let container = NodeRef::<Div>::new();
    if let Some(html) = html {
        Effect::new(move |_| {
            let Some(container) = container.get() else {
                return;
            };
            let page_origin = window().location().origin().unwrap_or_default();
            let context = Context {
                base: Some(&base),
                page_origin: &page_origin,
                external_label: locale.text(Msg::ExternalLink),
            };
            container.set_inner_html("");
            container.append_child(&sanitize(&html, &context)).ok();
        });
        return view! { <div class="article-body" lang=lang node_ref=container></div> }.into_any();
    }
    let paragraphs: Vec<String> = text
        .unwrap_or_default()
        .split("\n\n")
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    view! {
        <div class="article-body" lang=lang>
            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
    }
    .into_any()
}
