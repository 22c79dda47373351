//! The discussion under an article: heading with the count, the form, the sorted thread.

mod discussion;
mod form;
mod item;

use leptos::prelude::*;

pub use form::CommentForm;
pub use item::CommentThread;

use crate::on_mount::on_mount;
use crate::{
    comment_store::{CommentStore, SharedBackend, ThreadRef},
    components::{use_interactive, use_locale, LoadFailure},
    i18n::Msg,
};

/// The comments area of an article.
#[component]
pub fn CommentsSection(thread: ThreadRef) -> impl IntoView {
    let locale = use_locale();
    let Some(backend) = use_context::<SharedBackend>() else {
        return ().into_any();
    };
    let store = CommentStore::provide(backend, thread);
    // The discussion starts (its code arrives, it loads, shows its form) once the app runs and
    // the reader comes near it: below an article, it costs the first screen nothing.
    let near = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    on_mount(move || {
        if let Some(section) = section.get_untracked() {
            crate::browser::when_near(&section, move || near.set(true));
        }
    });
    // A published page read without JavaScript says why there is no discussion.
    let interactive = use_interactive();
    let ready = move || interactive.get() && near.get();
    // A discussion whose code failed to arrive (offline on a first visit, say) offers a retry.
    let attempt = RwSignal::new(0u32);
    let needs_app = move || view! { <p class="needs-app">{locale.text(Msg::CommentsNeedApp)}</p> };
    view! {
        <section class="comments" aria-labelledby="commentaires" node_ref=section>
            <h2 id="commentaires">{move || locale.comments_heading(store.count.get())}</h2>
            <Show when=ready fallback=needs_app>
                {move || {
                    attempt.get();
                    Suspend::new(async move {
                        discussion::load(store).await.unwrap_or_else(|_| view! {
                            <LoadFailure
                                message=locale.text(Msg::CommentsFailed).to_owned()
                                on_retry=Callback::new(move |()| attempt.update(|n| *n += 1))
                            />
                        }.into_any())
                    })
                }}
            </Show>
        </section>
    }
    .into_any()
}
