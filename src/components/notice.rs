use leptos::prelude::*;

use crate::{components::use_locale, i18n::Msg};

/// A polite notice above the content, with a retry when one is offered.
#[component]
pub fn Notice(message: String, #[prop(optional)] on_retry: Option<Callback<()>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="notice" role="status">
            <p>{message}</p>
            {on_retry.map(|on_retry| view! {
                <button type="button" on:click=move |_| on_retry.run(())>{locale.text(Msg::Retry)}</button>
            })}
        </div>
    }
}
