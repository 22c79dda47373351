use leptos::{html::Div, prelude::*, task::spawn_local};

use crate::{
    components::{
        later::{move_children, published_twin},
        use_locale, use_site,
    },
    feed::{fingerprint, Attachment},
    i18n::Msg,
    pictures::Picture,
    sanitize::{self, Context},
};

/// Untrusted HTML (feed content, a comment server's text), shown through the one sanitiser.
/// A published page holds it already sanitised by the publishing step; in the browser the
/// element is filled once it is in the page, with the published nodes when the app draws
/// itself over a published element made from the same HTML (`data-twin`).
#[component]
pub fn SanitizedHtml(
    html: String,
    /// What relative URLs resolve against; without one they are dropped.
    #[prop(optional_no_strip)]
    base: Option<String>,
    #[prop(optional)] class: &'static str,
    #[prop(optional_no_strip)] lang: Option<String>,
    /// What publishing made of the pictures the HTML shows.
    #[prop(optional)]
    pictures: Vec<Picture>,
    /// Sounds and videos whose players follow the HTML.
    #[prop(optional)]
    attachments: Vec<Attachment>,
) -> impl IntoView {
    let locale = use_locale();
    let external_label = locale.text(Msg::ExternalLink);
    let page_origin = use_site().page_origin;
    let context = Context {
        base: base.as_deref(),
        page_origin: &page_origin,
        external_label,
        pictures: &pictures,
        locale,
        attachments: &attachments,
    };
    let published = sanitize::prerender(&html, &context);
    let key = twin_key(&html, &context);
    // Drawn over a published page made from the same HTML, the published element is already
    // what the sanitiser would make: its nodes are kept, and the sanitiser does not run. They
    // move in as the element is made, in the task that draws the part, so that a selection in
    // them is kept too (`Later`).
    let twin = published_twin(&key);
    let keep_twin = move |element: web_sys::Element| {
        if let Some(twin) = &twin {
            move_children(twin, &element);
        }
    };
    let container = NodeRef::<Div>::new();
    let failed = locale.text(Msg::TextFailed);
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        // Filled once: until then the element holds only the renderer's placeholder comment.
        let blank = container.first_element_child().is_none()
            && container.text_content().unwrap_or_default().is_empty();
        if blank {
            let element: web_sys::Element = container.into();
            let (html, base, page_origin, pictures, attachments) = (
                html.clone(),
                base.clone(),
                page_origin.clone(),
                pictures.clone(),
                attachments.clone(),
            );
            spawn_local(async move {
                let filled = sanitize::fill(
                    element.clone(),
                    html,
                    base,
                    page_origin,
                    (external_label, locale),
                    pictures,
                    attachments,
                )
                .await;
                if filled.is_err() {
                    element.set_text_content(Some(failed));
                }
            });
        }
    });
    view! {
        <div class=class lang=lang data-twin=key node_ref=container inner_html=published use:keep_twin></div>
    }
}

/// What the sanitiser's output depends on, fingerprinted: the HTML and everything it is
/// sanitised against.
fn twin_key(html: &str, context: &Context) -> String {
    let pictures: Vec<String> = context.pictures.iter().map(Picture::facts).collect();
    let attachments: Vec<&str> = context
        .attachments
        .iter()
        .flat_map(|a| [a.url.as_str(), a.title.as_deref().unwrap_or_default()])
        .collect();
    let made_from = [
        context.base.unwrap_or_default(),
        context.page_origin,
        context.external_label,
        &pictures.concat(),
        &attachments.concat(),
        html,
    ]
    .join("\n");
    format!("{:016x}", fingerprint(made_from.as_bytes()))
}
