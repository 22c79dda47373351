use leptos::prelude::*;

use crate::{
    components::{href, use_locale},
    feed::Section,
    i18n::Msg,
    paths,
    router::use_router,
};

/// The list of sections, with the current one marked (`aria-current="page"`).
#[component]
pub fn SectionNav(sections: Vec<Section>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="section-nav">
            <li>{nav_link(paths::HOME, locale.text(Msg::Home).to_owned())}</li>
            {sections
                .into_iter()
                .map(|s| view! { <li data-section=s.slug.clone()>{nav_link(&paths::section(&s.slug), s.name)}</li> })
                .collect_view()}
            <li>{nav_link(paths::BRIEFS, locale.text(Msg::Briefs).to_owned())}</li>
            <li>{nav_link(paths::SAVED, locale.text(Msg::SavedTitle).to_owned())}</li>
        </ul>
    }
}

/// A link to the app path `path`, marked while the reader is there.
fn nav_link(path: &str, text: String) -> impl IntoView {
    let router = use_router();
    let target = path.to_owned();
    let current = move || {
        let here = router.path();
        (here.trim_end_matches('/') == target.trim_end_matches('/')).then_some("page")
    };
    view! { <a href=href(path) aria-current=current>{text}</a> }
}
