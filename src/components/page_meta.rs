use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The site's name, provided by the app for page titles.
#[derive(Clone, Copy)]
pub struct SiteName(pub Signal<String>);

/// The document's title, description and OpenGraph tags for one view.
#[component]
pub fn PageMeta(
    /// The view's own title; the site's name follows it.
    title: String,
    description: String,
    #[prop(optional)] image: Option<String>,
    #[prop(default = "website")] kind: &'static str,
) -> impl IntoView {
    let site = use_context::<SiteName>()
        .map(|name| name.0.get_untracked())
        .unwrap_or_default();
    let full_title = if title.is_empty() || title == site {
        site.clone()
    } else {
        format!("{title} — {site}")
    };
    let url = window().location().href().unwrap_or_default();
    view! {
        <Title text=full_title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=full_title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:type" content=kind/>
        <Meta property="og:site_name" content=site/>
        <Meta property="og:url" content=url/>
        {image.map(|image| view! { <Meta property="og:image" content=image/> })}
    }
}
