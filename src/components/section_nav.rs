use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    components::{href, use_locale},
    feed::Section,
    i18n::Msg,
    paths,
};

/// The list of sections, with the current one marked (`aria-current="page"`).
#[component]
pub fn SectionNav(sections: Vec<Section>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="section-nav">
            <li><A href=href(paths::HOME) exact=true>{locale.text(Msg::Home)}</A></li>
            {sections
                .into_iter()
                .map(|s| view! { <li data-section=s.slug.clone()><A href=href(&paths::section(&s.slug))>{s.name}</A></li> })
                .collect_view()}
            <li><A href=href(paths::BRIEFS)>{locale.text(Msg::Briefs)}</A></li>
            <li><A href=href(paths::SAVED)>{locale.text(Msg::SavedTitle)}</A></li>
        </ul>
    }
}
