use leptos::prelude::*;

use crate::{
    components::use_locale,
    feed::Item,
    i18n::Msg,
    pwa::use_pwa,
    saved::{self, use_saved},
};

/// "Enregistrer": keeps a copy of the article, and its pictures, for offline reading. When
/// the browser's storage is full it says so beside the button, and nothing stored is lost.
#[component]
pub fn SaveButton(
    item: Item,
    /** The article's pictures, absolute, as the feed names them. */
    images: Vec<String>,
) -> impl IntoView {
    let locale = use_locale();
    let Some(saved) = use_saved() else {
        return ().into_any();
    };
    let pwa = use_pwa();
    let id = item.id.clone();
    let is_saved = Signal::derive(move || saved.contains(&id));
    let refused = RwSignal::new(false);
    let toggle = move |_| {
        // What the reader's browser loaded (a variant of the width it needed), else the
        // pictures as the feed names them.
        let shown = crate::browser::pictures_shown("article.article img");
        let images = if shown.is_empty() {
            images.clone()
        } else {
            shown
        };
        match saved.toggle(&item, images) {
            Some((urls, keep)) => {
                refused.set(false);
                if let Some(pwa) = pwa {
                    pwa.keep_images(&urls, keep);
                }
            }
            None => refused.set(true),
        }
    };
    let why = move || {
        let message = if refused.get() {
            saved.notice.get().map(saved::notice_message)?
        } else if is_saved.get() && pwa.is_some_and(|p| p.images_not_kept.get()) {
            Msg::SavedImagesNotKept
        } else {
            return None;
        };
        Some(view! { <p class="save-note" role="alert">{locale.text(message)}</p> })
    };
    view! {
        <button type="button" class="save" aria-pressed=move || is_saved.get().to_string() on:click=toggle>
            {locale.text(Msg::Save)}
        </button>
        {why}
    }
    .into_any()
}
