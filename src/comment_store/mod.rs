//! Comments in reactive signals: one store per article, provided through context. The store
//! keeps the comments and derives their count and thread with memos; it sends through the
//! configured backend, and keeps what the server has not accepted in a durable outbox.

mod backend;
mod counts;
mod isso;
mod local;
mod persist;

use std::{collections::HashSet, rc::Rc};

use leptos::{prelude::*, task::spawn_local};

pub use backend::{Backend, BackendError, CommentBackend, ThreadRef};
pub use counts::{provide_comment_counts, use_comment_counts, CommentCounts};
pub use isso::IssoBackend;
pub use local::LocalBackend;
pub use persist::{clear_draft, load_draft, load_signature, save_draft, save_signature};

pub use crate::storage::StorageNotice;

use crate::comments::{
    self, schema::PendingComment, Body, Comment, Delivery, NewComment, Node, Sort,
};

/// The backend, shared by every store (provided once by the app).
///
/// A store's signals may be disposed while a request is in flight (the reader left the
/// article): everything written after an `await` uses the `try_` forms, which then do nothing.
pub type SharedBackend = StoredValue<Rc<Backend>, LocalStorage>;

/// How loading the thread went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadStatus {
    Loading,
    Ready,
    Failed(BackendError),
}

/// What became of a submitted comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Posted {
    /// Accepted by the backend.
    Sent,
    /// Kept in the outbox, to be sent when the server can be reached.
    Queued,
    /// Neither sent nor kept: the text must stay in the form.
    NotKept(BackendError),
}

#[derive(Clone, Copy)]
pub struct CommentStore {
    comments: RwSignal<Vec<Comment>>,
    pub sort: RwSignal<Sort>,
    pub status: RwSignal<LoadStatus>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// The clock relative times read; it ticks while the store lives.
    pub now: RwSignal<i64>,
    collapsed: RwSignal<HashSet<String>>,
    pub count: Memo<usize>,
    pub thread_view: Memo<Vec<Node>>,
    backend: SharedBackend,
    thread: StoredValue<ThreadRef>,
    in_flight: StoredValue<HashSet<String>>,
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

fn online() -> bool {
    window().navigator().on_line()
}

/// The comment a pending outbox entry shows as.
fn pending_comment(pending: &PendingComment) -> Comment {
    Comment {
        id: pending.local_id.clone(),
        parent: pending.parent.clone(),
        author: pending.author.clone(),
        website: pending.website.clone(),
        body: Body::Text(pending.text.clone()),
        created: pending.created,
        modified: None,
        likes: 0,
        mine: true,
        deleted: false,
        delivery: match &pending.failure {
            Some(reason) => Delivery::Failed {
                attempts: pending.attempts,
                reason: reason.clone(),
            },
            None => Delivery::Pending {
                attempts: pending.attempts,
            },
        },
    }
}

impl CommentStore {
    /// Creates the store of one article's discussion, provides it, and loads it.
    pub fn provide(backend: SharedBackend, thread: ThreadRef) -> Self {
        let comments = RwSignal::new(Vec::<Comment>::new());
        let sort = RwSignal::new(Sort::default());
        let store = CommentStore {
            comments,
            sort,
            status: RwSignal::new(LoadStatus::Loading),
            notice: RwSignal::new(None),
            now: RwSignal::new(now()),
            collapsed: RwSignal::new(HashSet::new()),
            count: Memo::new(move |_| comments.with(|c| comments::count(c))),
            thread_view: Memo::new(move |_| comments.with(|c| comments::build(c, sort.get()))),
            backend,
            thread: StoredValue::new(thread),
            in_flight: StoredValue::new(HashSet::new()),
        };
        provide_context(store);
        let tick = set_interval_with_handle(
            move || store.now.set(now()),
            std::time::Duration::from_secs(30),
        )
        .ok();
        let on_online = window_event_listener_untyped("online", move |_| store.send_pending());
        on_cleanup(move || {
            if let Some(tick) = tick {
                tick.clear();
            }
            on_online.remove();
        });
        store.load();
        store
    }

    /// False once the article's view is gone; async work checks it after every `await`.
    fn alive(self) -> bool {
        !self.comments.is_disposed()
    }

    fn backend(self) -> Rc<Backend> {
        self.backend.get_value()
    }

    pub fn uri(self) -> String {
        self.thread.with_value(|t| t.uri.clone())
    }

    /// Fetches the thread, then shows it with this reader's undelivered comments.
    pub fn load(self) {
        self.status.try_set(LoadStatus::Loading);
        let backend = self.backend();
        let thread = self.thread.get_value();
        spawn_local(async move {
            let (pending, notice) = if backend.is_remote() {
                persist::load_outbox(&thread.uri)
            } else {
                (Vec::new(), None)
            };
            let listed = backend.list(&thread).await;
            if !self.alive() {
                return;
            }
            if let Some(notice) = notice.or_else(|| backend.take_notice()) {
                self.notice.try_set(Some(notice));
            }
            let status = match &listed {
                Ok(_) => LoadStatus::Ready,
                Err(error) => LoadStatus::Failed(error.clone()),
            };
            let mut all = listed.unwrap_or_default();
            all.extend(pending.iter().map(pending_comment));
            self.comments.set(all);
            self.status.try_set(status);
            self.send_pending();
        });
    }

    /// Sends a new comment. On a remote backend it first goes to the outbox, so that it
    /// survives a failure, a reload or a closed tab.
    pub async fn post(self, new: NewComment) -> Posted {
        let backend = self.backend();
        let thread = self.thread.get_value();
        let created = now();
        if !backend.is_remote() {
            return match backend.post(&thread, &new, created).await {
                Ok(comment) => {
                    self.comments.try_update(|c| c.push(comment));
                    Posted::Sent
                }
                Err(error) => {
                    if let Some(notice) = backend.take_notice() {
                        self.notice.try_set(Some(notice));
                    } else if let BackendError::Storage(e) = &error {
                        self.notice.try_set(Some(StorageNotice::from(e.clone())));
                    }
                    Posted::NotKept(error)
                }
            };
        }
        let pending = PendingComment {
            local_id: format!("local-{created}-{}", (js_sys::Math::random() * 1e9) as u64),
            parent: new.parent,
            author: new.author,
            website: new.website,
            text: new.text,
            created,
            attempts: 0,
            failure: None,
        };
        let (mut outbox, _) = persist::load_outbox(&thread.uri);
        outbox.push(pending.clone());
        let kept = persist::save_outbox(&thread.uri, &outbox);
        if let Err(error) = &kept {
            self.notice
                .try_set(Some(StorageNotice::from(error.clone())));
        }
        self.comments
            .try_update(|c| c.push(pending_comment(&pending)));
        match (self.deliver(pending.local_id.clone()).await, kept) {
            (true, _) => Posted::Sent,
            (false, Ok(())) => Posted::Queued,
            // Not sent and not stored: the comment lives only in this page; the form keeps it.
            (false, Err(error)) => {
                self.comments
                    .update(|c| c.retain(|x| x.id != pending.local_id));
                Posted::NotKept(BackendError::Storage(error))
            }
        }
    }

    /// Sends every pending comment (not the failed ones, which wait for the reader).
    pub fn send_pending(self) {
        let ids: Vec<String> = self.comments.with_untracked(|c| {
            c.iter()
                .filter(|x| matches!(x.delivery, Delivery::Pending { .. }))
                .map(|x| x.id.clone())
                .collect()
        });
        for id in ids {
            spawn_local(async move {
                self.deliver(id).await;
            });
        }
    }

    /// Sends a pending comment now, as the reader asked. A failed one starts afresh: the
    /// reader has seen why it failed, and may have edited it.
    pub fn retry(self, local_id: String) {
        let failed = self.comments.with_untracked(|c| {
            c.iter()
                .any(|x| x.id == local_id && matches!(x.delivery, Delivery::Failed { .. }))
        });
        if failed {
            self.update_outbox(&local_id, |p| {
                p.attempts = 0;
                p.failure = None;
            });
            self.set_delivery(&local_id, Delivery::Pending { attempts: 0 });
        }
        spawn_local(async move {
            self.deliver(local_id).await;
        });
    }

    /// One delivery attempt of an outbox comment; true when the server accepted it. Never
    /// two attempts of one comment at once, and none while the browser is offline.
    async fn deliver(self, local_id: String) -> bool {
        if !online()
            || !self
                .in_flight
                .try_update_value(|f| f.insert(local_id.clone()))
                .unwrap_or(false)
        {
            return false;
        }
        let thread = self.thread.get_value();
        let (outbox, _) = persist::load_outbox(&thread.uri);
        let Some(pending) = outbox.iter().find(|p| p.local_id == local_id).cloned() else {
            self.in_flight.try_update_value(|f| {
                f.remove(&local_id);
            });
            return false;
        };
        let new = NewComment {
            parent: pending.parent.clone(),
            author: pending.author.clone(),
            website: pending.website.clone(),
            text: pending.text.clone(),
        };
        let result = self.backend().post(&thread, &new, pending.created).await;
        if !self.alive() {
            // The reader left: drop the comment from the outbox if the server took it; if
            // not, the outbox keeps it for their next visit.
            if result.is_ok() {
                let (mut outbox, _) = persist::load_outbox(&thread.uri);
                outbox.retain(|p| p.local_id != local_id);
                let _ = persist::save_outbox(&thread.uri, &outbox);
            }
            return result.is_ok();
        }
        let delivered = match result {
            Ok(comment) => {
                let (mut outbox, _) = persist::load_outbox(&thread.uri);
                outbox.retain(|p| p.local_id != local_id);
                let _ = persist::save_outbox(&thread.uri, &outbox);
                self.comments.try_update(|c| {
                    c.retain(|x| x.id != comment.id);
                    if let Some(slot) = c.iter_mut().find(|x| x.id == local_id) {
                        *slot = comment;
                    }
                });
                true
            }
            Err(error) => {
                let current = Delivery::Pending {
                    attempts: pending.attempts,
                };
                let reason = failure_reason(&error);
                let next = if error.is_transient() {
                    current.after_failure(&reason)
                } else {
                    Delivery::Failed {
                        attempts: pending.attempts + 1,
                        reason: reason.clone(),
                    }
                };
                self.update_outbox(&local_id, |p| match &next {
                    Delivery::Failed { attempts, reason } => {
                        p.attempts = *attempts;
                        p.failure = Some(reason.clone());
                    }
                    Delivery::Pending { attempts } => p.attempts = *attempts,
                    Delivery::Sent => {}
                });
                self.set_delivery(&local_id, next);
                false
            }
        };
        self.in_flight.try_update_value(|f| {
            f.remove(&local_id);
        });
        delivered
    }

    fn update_outbox(self, local_id: &str, change: impl FnOnce(&mut PendingComment)) {
        let uri = self.uri();
        let (mut outbox, _) = persist::load_outbox(&uri);
        if let Some(entry) = outbox.iter_mut().find(|p| p.local_id == local_id) {
            change(entry);
            if let Err(error) = persist::save_outbox(&uri, &outbox) {
                self.notice.try_set(Some(StorageNotice::from(error)));
            }
        }
    }

    fn set_delivery(self, id: &str, delivery: Delivery) {
        self.comments.try_update(|c| {
            if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                comment.delivery = delivery;
            }
        });
    }

    /// True while the reader may edit or delete `comment`.
    pub fn can_change(self, comment: &Comment) -> bool {
        match comment.delivery {
            Delivery::Sent => self.backend().can_change(comment, self.now.get()),
            Delivery::Pending { .. } | Delivery::Failed { .. } => true,
        }
    }

    pub async fn like(self, id: String) -> Result<(), BackendError> {
        let likes = self.backend().like(&self.thread.get_value(), &id).await?;
        self.comments.try_update(|c| {
            if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                comment.likes = likes;
            }
        });
        Ok(())
    }

    /// Replaces a comment's text: in the outbox when it is not delivered yet, else on the backend.
    pub async fn edit(self, id: String, new: NewComment) -> Result<(), BackendError> {
        let delivered = self
            .comments
            .with_untracked(|c| c.iter().any(|x| x.id == id && x.delivery == Delivery::Sent));
        if !delivered {
            self.update_outbox(&id, |p| p.text = new.text.clone());
            self.comments.try_update(|c| {
                if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                    comment.body = Body::Text(new.text.clone());
                }
            });
            return Ok(());
        }
        let edited = self
            .backend()
            .edit(&self.thread.get_value(), &id, &new)
            .await?;
        self.comments.try_update(|c| {
            if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                *comment = Comment {
                    mine: true,
                    ..edited
                };
            }
        });
        Ok(())
    }

    pub async fn delete(self, id: String) -> Result<(), BackendError> {
        let delivered = self
            .comments
            .with_untracked(|c| c.iter().any(|x| x.id == id && x.delivery == Delivery::Sent));
        if !delivered {
            let uri = self.uri();
            let (mut outbox, _) = persist::load_outbox(&uri);
            outbox.retain(|p| p.local_id != id);
            persist::save_outbox(&uri, &outbox).map_err(BackendError::Storage)?;
            self.comments.try_update(|c| c.retain(|x| x.id != id));
            return Ok(());
        }
        let kept = self.backend().delete(&self.thread.get_value(), &id).await?;
        self.comments.try_update(|c| match kept {
            Some(placeholder) => {
                if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                    *comment = placeholder;
                }
            }
            None => c.retain(|x| x.id != id),
        });
        Ok(())
    }

    pub fn is_collapsed(self, id: &str) -> bool {
        self.collapsed.with(|c| c.contains(id))
    }

    pub fn toggle_collapsed(self, id: &str) {
        self.collapsed.update(|c| {
            if !c.remove(id) {
                c.insert(id.to_owned());
            }
        });
    }
}

/// The reason kept with a failed comment: the server's own words when it gave some.
fn failure_reason(error: &BackendError) -> String {
    match error {
        BackendError::Unreachable => String::new(),
        BackendError::ServerError(status) => format!("HTTP {status}"),
        BackendError::Refused { status, reason } if reason.is_empty() => format!("HTTP {status}"),
        BackendError::Refused { reason, .. } => reason.clone(),
        BackendError::Storage(_) | BackendError::BadAnswer => String::new(),
    }
}

/// The store of the article on screen.
pub fn use_comment_store() -> CommentStore {
    expect_context::<CommentStore>()
}
