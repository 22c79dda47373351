//! The part of a discussion a reader acts in: the form, the sort buttons and the thread. The
//! release build compiles it into a wasm of its own (scripts/split-wasm.mjs), fetched the
//! first time a reader comes near a discussion; other builds call it directly.

use leptos::{prelude::*, wasm_split::SplitLoaderError};

use super::{CommentForm, CommentThread};
use crate::{
    comment_store::{CommentStore, LoadStatus, StorageNotice},
    comments::Sort,
    components::{use_locale, LoadFailure, Notice},
    i18n::Msg,
};

/// The discussion, started, and its view, once its code is in.
pub(super) async fn load(store: CommentStore) -> Result<AnyView, SplitLoaderError> {
    #[cfg(split_wasm)]
    let view = discussion(store).await;
    #[cfg(not(split_wasm))]
    let view = discussion(store);
    view
}

/// The discussion's code: in the release build, a wasm part of its own, named `discussion`.
#[cfg_attr(
    split_wasm,
    leptos::wasm_split::wasm_split(discussion, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn discussion(store: CommentStore) -> Result<AnyView, SplitLoaderError> {
    store.start();
    let locale = use_locale();
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
    Ok(view! {
        {notice}
        {failure}
        <CommentForm store parent=None/>
        <div class="comments-sort" role="group" aria-label=locale.text(Msg::SortComments)>
            {sort_button(Sort::Newest, Msg::SortNewest)}
            {sort_button(Sort::Oldest, Msg::SortOldest)}
        </div>
        {empty}
        <CommentThread store nodes=store.thread_view/>
    }
    .into_any())
}
