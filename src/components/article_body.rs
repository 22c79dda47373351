use leptos::prelude::*;

use crate::{
    attachments::text_html, components::SanitizedHtml, feed::Attachment, pictures::Picture,
};

/// An item's body: `content_html` through the sanitiser, else `content_text` as paragraphs;
/// then the players of its sounds and videos, if it has any.
#[component]
pub fn ArticleBody(
    html: Option<String>,
    text: Option<String>,
    /// What relative URLs in the HTML resolve against.
    base: String,
    #[prop(optional)] lang: Option<String>,
    /// What publishing made of the pictures the HTML shows.
    #[prop(optional)]
    pictures: Vec<Picture>,
    #[prop(optional)] attachments: Vec<Attachment>,
) -> impl IntoView {
    // Plain text with players becomes HTML, which the players follow.
    let html = html.or_else(|| {
        (!attachments.is_empty()).then(|| text_html(text.as_deref().unwrap_or_default()))
    });
    match html {
        Some(html) => view! {
            <SanitizedHtml html base=Some(base) class="article-body" lang pictures attachments/>
        }
        .into_any(),
        None => view! {
            <div class="article-body" lang=lang>
                <TextParagraphs text=text.unwrap_or_default()/>
            </div>
        }
        .into_any(),
    }
}

/// Plain text as paragraphs: a blank line starts a new one. Always text nodes, never HTML.
#[component]
pub fn TextParagraphs(text: String) -> impl IntoView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view()
}
