use leptos::prelude::*;

use crate::{
    components::{href, use_locale, PageMeta},
    feed::Section,
    i18n::Msg,
    paths,
};

/// The 404 view: what happened, and the ways back.
#[component]
pub fn NotFound(
    #[prop(default = Msg::NotFoundText)] reason: Msg,
    sections: Vec<Section>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageMeta title=locale.text(Msg::NotFoundTitle).to_owned() description=locale.text(reason).to_owned() noindex=true/>
        <section class="not-found">
            <h1 tabindex="-1">{locale.text(Msg::NotFoundTitle)}</h1>
            <p>{locale.text(reason)}</p>
            <p><a href=href(paths::HOME)>{locale.text(Msg::BackHome)}</a></p>
            <p>{locale.text(Msg::BrowseSections)}</p>
            <ul class="not-found-sections">
                {sections
                    .into_iter()
                    .map(|s| view! { <li><a href=href(&paths::section(&s.slug))>{s.name}</a></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
