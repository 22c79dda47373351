//! The discussion under an article: heading with the count, the form, the sorted thread.

mod form;
mod item;

use leptos::prelude::*;

pub use form::CommentForm;
pub use item::CommentThread;

use crate::{
    comment_store::{CommentStore, LoadStatus, SharedBackend, StorageNotice, ThreadRef},
    comments::Sort,
    components::{on_mount, use_interactive, use_locale, LoadFailure, Notice},
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
    // The discussion starts (loads, shows its form) once the app runs and the reader comes
    // near it: below an article, it costs the first screen nothing.
    let near = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    on_mount(move || {
        if let Some(section) = section.get_untracked() {
            crate::browser::when_near(&section, move || near.set(true));
        }
    });
    Effect::new(move |started: Option<bool>| {
        let start = near.get() && started != Some(true);
        if start {
            untrack(|| store.start());
        }
        start || started == Some(true)
    });
    let notice = move || {
        store.notice.get().map(|notice| {
            let message = locale.text(match notice {
                StorageNotice::KeptAside => Msg::StorageKeptAside,
                StorageNotice::Full => Msg::StorageFull,
                StorageNotice::Unavailable => Msg::StorageUnavailable,
            });
            view! { <Notice message=message.to_owned()/> }
        })
    };
    let failure = move || match store.status.get() {
        LoadStatus::Failed(_) => Some(view! {
            <LoadFailure message=locale.text(Msg::CommentsFailed).to_owned() on_retry=Callback::new(move |()| store.load())/>
        }),
        _ => None,
    };
    let sort_button = move |sort: Sort, label: Msg| {
        view! {
            <button
                type="button"
                aria-pressed=move || (store.sort.get() == sort).to_string()
                on:click=move |_| store.sort.set(sort)
            >
                {locale.text(label)}
            </button>
        }
    };
    let empty = move || {
        (store.status.get() == LoadStatus::Ready && store.count.get() == 0)
            .then(|| view! { <p class="comments-empty">{locale.text(Msg::NoComments)}</p> })
    };
    // A published page read without JavaScript says why there is no discussion.
    let interactive = use_interactive();
    let ready = move || interactive.get() && near.get();
    let needs_app = move || view! { <p class="needs-app">{locale.text(Msg::CommentsNeedApp)}</p> };
    view! {
        <section class="comments" aria-labelledby="commentaires" node_ref=section>
            <h2 id="commentaires">{move || locale.comments_heading(store.count.get())}</h2>
            <Show when=ready fallback=needs_app>
                {notice}
                {failure}
                <CommentForm store parent=None/>
                <div class="comments-sort" role="group" aria-label=locale.text(Msg::SortComments)>
                    {sort_button(Sort::Newest, Msg::SortNewest)}
                    {sort_button(Sort::Oldest, Msg::SortOldest)}
                </div>
                {empty}
                <CommentThread store nodes=store.thread_view/>
            </Show>
        </section>
    }
    .into_any()
}
