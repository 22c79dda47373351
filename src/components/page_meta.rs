use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The site's name, provided by the app for page titles.
#[derive(Clone, Copy)]
pub struct SiteName(pub Signal<String>);

/// The document's title, description and OpenGraph tags for one view. The site's name
/// follows the view's title, and is filled in as soon as the feed tells it.
#[component]
pub fn PageMeta(
    /// The view's own title; empty for the front page.
    title: String,
    description: String,
    #[prop(optional)] image: Option<String>,
    #[prop(default = "website")] kind: &'static str,
) -> impl IntoView {
    let site = use_context::<SiteName>()
        .map(|name| name.0)
        .unwrap_or_default();
    let full_title = move || {
        let site = site.get();
        if title.is_empty() || title == site {
            site
        } else if site.is_empty() {
            title.clone()
        } else {
            format!("{title} — {site}")
        }
    };
    let url = window().location().href().unwrap_or_default();
    view! {
        <Title text=full_title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=full_title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:type" content=kind/>
        <Meta property="og:site_name" content=move || site.get()/>
        <Meta property="og:url" content=url/>
        {image.map(|image| view! { <Meta property="og:image" content=image/> })}
    }
}
