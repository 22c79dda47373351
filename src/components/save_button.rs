use leptos::prelude::*;

use crate::{components::use_locale, feed::Item, i18n::Msg, pwa::use_pwa, saved::use_saved};

/// "Enregistrer": keeps a copy of the article, and its pictures, for offline reading.
#[component]
pub fn SaveButton(
    item: Item,
    /** The article's pictures, absolute. */
    images: Vec<String>,
) -> impl IntoView {
    let locale = use_locale();
    let Some(saved) = use_saved() else {
        return ().into_any();
    };
    let id = item.id.clone();
    let is_saved = Signal::derive(move || saved.contains(&id));
    let toggle = move |_| {
        let (urls, keep) = saved.toggle(&item, images.clone());
        if let Some(pwa) = use_pwa() {
            pwa.keep_images(&urls, keep);
        }
    };
    view! {
        <button type="button" class="save" aria-pressed=move || is_saved.get().to_string() on:click=toggle>
            {locale.text(Msg::Save)}
        </button>
    }
    .into_any()
}
