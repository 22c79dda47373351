use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};

use crate::{
    comment_store::{
        clear_draft, load_draft, load_signature, save_draft, save_signature, CommentStore, Posted,
        StorageNotice,
    },
    comments::{
        validate::{text_length, validate, Invalid, MAX_TEXT},
        NewComment,
    },
    components::use_locale,
    i18n::Msg,
};

/// Writing a comment or a reply. The text is saved as a draft while the reader types, and
/// leaves the form only once the comment is safe: accepted, or kept in the outbox.
#[component]
pub fn CommentForm(
    store: CommentStore,
    /// The comment replied to, for a reply.
    parent: Option<String>,
    /// Called once the comment is safe (a reply form closes).
    #[prop(optional)]
    on_done: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let uri = store.uri();
    let draft = load_draft(&uri)
        .filter(|d| d.parent == parent)
        .map(|d| d.text)
        .unwrap_or_default();
    let signature = load_signature();
    let text = RwSignal::new(draft);
    let name = RwSignal::new(signature.name);
    let website = RwSignal::new(signature.website);
    let sending = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let info = RwSignal::new(None::<&'static str>);
    let suffix = parent.clone().unwrap_or_else(|| "nouveau".into());
    let ids = (
        format!("nom-{suffix}"),
        format!("site-{suffix}"),
        format!("texte-{suffix}"),
        format!("compteur-{suffix}"),
    );

    let draft_uri = uri.clone();
    let draft_parent = parent.clone();
    let on_text = move |ev| {
        let value = event_target_value(&ev);
        if let Err(error) = save_draft(&draft_uri, &value, draft_parent.clone()) {
            store.notice.set(Some(StorageNotice::from(error)));
        }
        text.set(value);
    };
    let remember = move || {
        // Not remembering the name only means typing it again next time.
        let _ = save_signature(&name.get_untracked(), &website.get_untracked());
    };

    let submit_parent = parent.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        info.set(None);
        let (author, site) = match validate(
            &text.get_untracked(),
            &name.get_untracked(),
            &website.get_untracked(),
        ) {
            Ok(cleaned) => cleaned,
            Err(invalid) => {
                error.set(Some(locale.text(match invalid {
                    Invalid::TooShort => Msg::CommentTooShort,
                    Invalid::TooLong => Msg::CommentTooLong,
                    Invalid::NameTooLong => Msg::NameTooLong,
                    Invalid::BadWebsite => Msg::BadWebsite,
                })));
                return;
            }
        };
        error.set(None);
        remember();
        sending.set(true);
        let new = NewComment {
            parent: submit_parent.clone(),
            author,
            website: site,
            text: text.get_untracked().trim().to_owned(),
        };
        let uri = uri.clone();
        spawn_local(async move {
            let outcome = store.post(new).await;
            // A reply form may be gone by now (its comment was redrawn): `try_` forms then do nothing.
            sending.try_set(false);
            match outcome {
                Posted::Sent | Posted::Queued => {
                    if outcome == Posted::Queued {
                        info.try_set(Some(locale.text(Msg::CommentQueued)));
                    }
                    text.try_set(String::new());
                    clear_draft(&uri);
                    if let Some(done) = on_done {
                        done.try_run(());
                    }
                }
                Posted::NotKept(_) => {
                    error.try_set(Some(locale.text(Msg::CommentNotKept)));
                }
            }
        });
    };

    let length = move || text.with(|t| text_length(t));
    let (name_id, site_id, text_id, counter_id) = ids;
    let label = if parent.is_some() {
        Msg::ReplyTo
    } else {
        Msg::CommentText
    };
    view! {
        <form class="comment-form" on:submit=on_submit novalidate>
            <div class="comment-field">
                <label for=text_id.clone()>{locale.text(label)}</label>
                <textarea
                    id=text_id
                    dir="auto"
                    rows="4"
                    aria-describedby=counter_id.clone()
                    prop:value=text
                    on:input=on_text
                ></textarea>
                <p id=counter_id class="comment-counter" class:over=move || { length() > MAX_TEXT }>
                    {move || locale.characters(length(), MAX_TEXT)}
                </p>
            </div>
            <div class="comment-signature">
                <div class="comment-field">
                    <label for=name_id.clone()>{locale.text(Msg::CommentName)}" "<span>{locale.text(Msg::Optional)}</span></label>
                    <input id=name_id type="text" dir="auto" autocomplete="name" maxlength="120" prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="comment-field">
                    <label for=site_id.clone()>{locale.text(Msg::CommentWebsite)}" "<span>{locale.text(Msg::Optional)}</span></label>
                    <input id=site_id type="url" autocomplete="url" inputmode="url" prop:value=website on:input=move |ev| website.set(event_target_value(&ev))/>
                </div>
            </div>
            <p class="comment-error" role="alert">{move || error.get()}</p>
            <p class="comment-info" role="status">{move || info.get()}</p>
            <div class="comment-buttons">
                <button type="submit" class="button-primary" disabled=sending>
                    {move || locale.text(if sending.get() { Msg::Publishing } else { Msg::Publish })}
                </button>
                {on_done.map(|done| view! {
                    <button type="button" on:click=move |_| done.run(())>{locale.text(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}
