use leptos::prelude::*;

use crate::i18n::{Locale, Msg};

/// A failure the reader can act on: what went wrong, and a button to try again.
#[component]
pub fn LoadFailure(message: Msg, on_retry: Callback<()>) -> impl IntoView {
    let locale = use_context::<Locale>().unwrap_or_default();
    view! {
        <div class="load-failure" role="alert">
            <p>{locale.text(message)}</p>
            <button type="button" on:click=move |_| on_retry.run(())>
                {locale.text(Msg::Retry)}
            </button>
        </div>
    }
}
