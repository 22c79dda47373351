use leptos::{prelude::*, task::spawn_local};

use crate::{
    comment_store::{BackendError, CommentStore},
    comments::{validate::safe_website, Body, Comment, Delivery, NewComment, Node},
    components::{use_locale, SanitizedHtml, TextParagraphs},
    dates::{self, Style},
    i18n::Msg,
};

use super::CommentForm;

/// A list of comments, each with its replies below it.
#[component]
pub fn CommentThread(store: CommentStore, #[prop(into)] nodes: Signal<Vec<Node>>) -> impl IntoView {
    view! {
        <ol class="comment-list">
            <For each=move || nodes.get() key=|node| node.clone() let:node>
                <CommentView store node/>
            </For>
        </ol>
    }
}

/// One comment: who and when, the text, and what the reader can do with it.
#[component]
fn CommentView(store: CommentStore, node: Node) -> impl IntoView {
    let locale = use_locale();
    let Node { comment, replies } = node;
    let id = comment.id.clone();
    let replying = RwSignal::new(false);
    let editing = RwSignal::new(false);
    let action_error = RwSignal::new(None::<&'static str>);
    let reply_count: usize = replies.iter().map(Node::size).sum();
    let has_replies = !replies.is_empty();

    let report = move |result: Result<(), BackendError>| {
        // The comment may have been redrawn (and this view disposed) while the request ran.
        action_error.try_set(match result {
            Ok(()) => None,
            Err(BackendError::Refused { status: 403, .. }) => {
                Some(locale.text(Msg::EditWindowPassed))
            }
            Err(_) => Some(locale.text(Msg::ActionFailed)),
        });
    };

    let header = meta(&comment, store);
    let body = body(&comment);
    let changeable = {
        let comment = comment.clone();
        move || store.can_change(&comment)
    };
    let delivery = comment.delivery.clone();
    let sent = delivery == Delivery::Sent;

    let like = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move { report(store.like(id).await) });
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move { report(store.delete(id).await) });
        }
    };
    let retry = {
        let id = id.clone();
        move |_| store.retry(id.clone())
    };
    let toggle = {
        let id = id.clone();
        move |_| store.toggle_collapsed(&id)
    };
    let collapsed = {
        let id = id.clone();
        Signal::derive(move || store.is_collapsed(&id))
    };
    let editor = {
        let comment = comment.clone();
        move || {
            editing
                .get()
                .then(|| edit_form(store, &comment, editing, report))
        }
    };
    let reply_form = {
        let parent = id.clone();
        move || {
            replying.get().then(|| {
                view! { <CommentForm store parent=Some(parent.clone()) on_done=Callback::new(move |()| replying.set(false))/> }
            })
        }
    };
    let replies_view = {
        move || {
            (has_replies && !collapsed.get()).then(|| {
                let replies = replies.clone();
                view! {
                    <ol class="comment-list comment-replies">
                        {replies.into_iter().map(|node| view! { <CommentView store node/> }.into_any()).collect_view()}
                    </ol>
                }
            })
        }
    };
    let retry_label = locale.text(Msg::Retry);
    view! {
        <li id=format!("commentaire-{id}") class="comment" data-delivery=delivery_name(&delivery) data-attempts=attempts(&delivery) class:mine=comment.mine>
            <article>
                {header}
                <div class="comment-text" dir="auto" class:hidden=move || editing.get()>{body}</div>
                {editor}
                <div class="comment-actions">
                    {(sent && !comment.deleted && !comment.mine).then(|| view! {
                        <button type="button" on:click=like>{format!("{} ({})", locale.text(Msg::Like), locale.number(comment.likes as usize))}</button>
                    })}
                    {(sent && !comment.deleted).then(|| view! {
                        <button type="button" aria-expanded=move || replying.get().to_string() on:click=move |_| replying.update(|r| *r = !*r)>
                            {locale.text(Msg::Reply)}
                        </button>
                    })}
                    {(!sent).then(|| view! { <button type="button" on:click=retry>{retry_label}</button> })}
                    <Show when=changeable.clone()>
                        <button type="button" on:click=move |_| editing.set(true)>{locale.text(Msg::Edit)}</button>
                        <button type="button" on:click=delete.clone()>{locale.text(Msg::Delete)}</button>
                    </Show>
                    {has_replies.then(|| view! {
                        <button type="button" aria-expanded=move || (!collapsed.get()).to_string() on:click=toggle>
                            {move || if collapsed.get() { locale.show_replies(reply_count) } else { locale.text(Msg::Collapse).to_owned() }}
                        </button>
                    })}
                </div>
                <p class="comment-error" role="alert">{move || action_error.get()}</p>
                {reply_form}
            </article>
            {replies_view}
        </li>
    }
}

fn delivery_name(delivery: &Delivery) -> &'static str {
    match delivery {
        Delivery::Sent => "sent",
        Delivery::Pending { .. } => "pending",
        Delivery::Failed { .. } => "failed",
    }
}

/// Attempts made to deliver a comment not yet sent.
fn attempts(delivery: &Delivery) -> Option<String> {
    match delivery {
        Delivery::Sent => None,
        Delivery::Pending { attempts } | Delivery::Failed { attempts, .. } => {
            Some(attempts.to_string())
        }
    }
}

/// Author, relative time (the full date in its title), and the delivery state.
fn meta(comment: &Comment, store: CommentStore) -> impl IntoView {
    let locale = use_locale();
    let author = comment
        .author
        .clone()
        .unwrap_or_else(|| locale.text(Msg::Anonymous).to_owned());
    let author = match comment.website.as_deref().and_then(safe_website) {
        Some(site) => view! { <a href=site rel="nofollow ugc noopener noreferrer external"><bdi>{author}</bdi></a> }.into_any(),
        None => view! { <bdi>{author}</bdi> }.into_any(),
    };
    let created = comment.created;
    let stamp = dates::from_millis(created);
    let status = match &comment.delivery {
        Delivery::Sent => None,
        Delivery::Pending { .. } => Some(locale.text(Msg::Pending).to_owned()),
        Delivery::Failed { reason, .. } if reason.is_empty() => {
            Some(locale.text(Msg::FailedToSend).to_owned())
        }
        Delivery::Failed { reason, .. } => {
            Some(format!("{} : {reason}", locale.text(Msg::FailedToSend)))
        }
    };
    view! {
        <header class="comment-meta">
            <span class="comment-author">{author}</span>
            {comment.mine.then(|| view! { " "<span class="comment-mine">{locale.text(Msg::ByYou)}</span> })}
            " "
            <time datetime=dates::iso(stamp) title=dates::format(stamp, locale, Style::Full)>
                {move || dates::relative(store.now.get(), created, locale)}
            </time>
            {comment.modified.map(|_| view! { " · "<span>{locale.text(Msg::Edited)}</span> })}
            {status.map(|status| view! { " "<span class="comment-status">{status}</span> })}
        </header>
    }
}

fn body(comment: &Comment) -> AnyView {
    let locale = use_locale();
    if comment.deleted {
        return view! { <p class="comment-deleted">{locale.text(Msg::Deleted)}</p> }.into_any();
    }
    match &comment.body {
        Body::Text(text) => view! { <TextParagraphs text=text.clone()/> }.into_any(),
        Body::Html(html) => view! { <SanitizedHtml html=html.clone()/> }.into_any(),
    }
}

/// Editing one of the reader's comments in place.
fn edit_form(
    store: CommentStore,
    comment: &Comment,
    editing: RwSignal<bool>,
    report: impl Fn(Result<(), BackendError>) + Copy + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let original = match &comment.body {
        Body::Text(text) => text.clone(),
        Body::Html(html) => html_to_text(html),
    };
    let text = RwSignal::new(original);
    let id = comment.id.clone();
    let (author, website, parent) = (
        comment.author.clone(),
        comment.website.clone(),
        comment.parent.clone(),
    );
    let field_id = format!("modifier-{id}");
    let save = move |_| {
        let new = NewComment {
            parent: parent.clone(),
            author: author.clone(),
            website: website.clone(),
            text: text.get_untracked(),
        };
        if crate::comments::validate::validate(&new.text, "", "").is_err() {
            report(Err(BackendError::BadAnswer));
            return;
        }
        let id = id.clone();
        spawn_local(async move {
            let result = store.edit(id, new).await;
            if result.is_ok() {
                editing.try_set(false);
            }
            report(result);
        });
    };
    view! {
        <div class="comment-edit">
            <label for=field_id.clone() class="visually-hidden">{locale.text(Msg::Edit)}</label>
            <textarea id=field_id dir="auto" rows="4" prop:value=text on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <div class="comment-buttons">
                <button type="button" class="button-primary" on:click=save>{locale.text(Msg::Save)}</button>
                <button type="button" on:click=move |_| editing.set(false)>{locale.text(Msg::Cancel)}</button>
            </div>
        </div>
    }
}

/// The text of server-rendered HTML, through an inert parse, for editing.
fn html_to_text(html: &str) -> String {
    web_sys::DomParser::new()
        .ok()
        .and_then(|parser| {
            parser
                .parse_from_string(html, web_sys::SupportedType::TextHtml)
                .ok()
        })
        .and_then(|doc| doc.body())
        .and_then(|body| body.text_content())
        .unwrap_or_default()
}
