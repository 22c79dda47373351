use leptos::prelude::*;

use crate::{components::use_locale, i18n::Msg};

/// A failure the reader can act on: what went wrong, and a button to try again.
#[component]
pub fn LoadFailure(message: String, on_retry: Callback<()>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="load-failure" role="alert">
            <p>{message}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {locale.text(Msg::Retry)}
            </button>
        </div>
    }
}
