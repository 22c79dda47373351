//! Comments in reactive signals: one store per article, provided through context. The store
//! keeps the comments and derives their count and thread with memos; it sends through the
//! configured backend, and keeps what the server has not accepted in a durable outbox.

mod backend;
mod configured;
mod counts;
mod delivery;
mod isso;
mod local;
mod persist;

use std::{collections::HashSet, rc::Rc};

use leptos::{prelude::*, task::spawn_local};

pub use backend::{BackendError, CommentBackend, ThreadRef};
pub use configured::Backend;
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
    /// Creates the store of one article's discussion and provides it; [`CommentStore::start`]
    /// loads it.
    pub fn provide(backend: SharedBackend, thread: ThreadRef) -> Self {
        let comments = RwSignal::new(Vec::<Comment>::new());
        let sort = RwSignal::new(Sort::default());
        let store = CommentStore {
            comments,
            sort,
            status: RwSignal::new(LoadStatus::Loading),
            notice: RwSignal::new(None),
            now: RwSignal::new(0),
            collapsed: RwSignal::new(HashSet::new()),
            count: Memo::new(move |_| comments.with(|c| comments::count(c))),
            thread_view: Memo::new(move |_| comments.with(|c| comments::build(c, sort.get()))),
            backend,
            thread: StoredValue::new(thread),
            in_flight: StoredValue::new(HashSet::new()),
        };
        provide_context(store);
        store
    }

    /// Loads the discussion and keeps it live (its clock, sending when the network is back).
    /// Comments live in the browser (its storage, or a comment server it calls): the view
    /// starts them once it is in a browser and near the reader, never in a published page.
    pub fn start(self) {
        self.now.set(now());
        let tick = set_interval_with_handle(
            move || self.now.set(now()),
            std::time::Duration::from_secs(30),
        )
        .ok();
        let on_online = window_event_listener_untyped("online", move |_| self.send_pending());
        let outbox = persist::outbox_storage_name(&self.uri());
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(outbox.as_str()) {
                self.outbox_changed_elsewhere();
            }
        });
        on_cleanup(move || {
            if let Some(tick) = tick {
                tick.clear();
            }
            on_online.remove();
            on_storage.remove();
        });
        self.load();
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

    /// Fetches the thread, then shows it with this reader's undelivered comments, and sends
    /// those.
    pub fn load(self) {
        self.status.try_set(LoadStatus::Loading);
        self.fetch_thread(true);
    }

    /// Fetches the thread and shows it with the outbox. A fetch that fails shows the outbox
    /// alone when loading; when refreshing, what is on screen stays.
    fn fetch_thread(self, loading: bool) {
        let backend = self.backend();
        let thread = self.thread.get_value();
        // What is on screen as the fetch starts. A comment that appears while the thread is
        // on its way (the reader posted it meanwhile) stays when the thread arrives.
        let shown_before: Vec<String> = self
            .comments
            .with_untracked(|shown| shown.iter().map(|c| c.id.clone()).collect());
        spawn_local(async move {
            let listed = backend.list(&thread).await;
            if !self.alive() || (listed.is_err() && !loading) {
                return;
            }
            // Read once the thread is in: what was delivered meanwhile has left the outbox.
            let (pending, notice) = if backend.is_remote() {
                persist::load_outbox(&thread.uri)
            } else {
                (Vec::new(), None)
            };
            if let Some(notice) = notice.or_else(|| backend.take_notice()) {
                self.notice.try_set(Some(notice));
            }
            let status = match &listed {
                Ok(_) => LoadStatus::Ready,
                Err(error) => LoadStatus::Failed(error.clone()),
            };
            let mut all = listed.unwrap_or_default();
            all.extend(pending.iter().map(pending_comment));
            self.comments.try_update(|shown| {
                let meanwhile: Vec<Comment> = shown
                    .drain(..)
                    .filter(|c| !shown_before.contains(&c.id) && all.iter().all(|a| a.id != c.id))
                    .collect();
                all.extend(meanwhile);
                *shown = all;
            });
            self.status.try_set(status);
            if loading {
                self.send_pending();
            }
        });
    }

    /// Another tab changed this thread's outbox: show what it queued or edited, and when
    /// it delivered (or deleted) a comment shown here as waiting, fetch the thread again to
    /// show it as the server has it.
    fn outbox_changed_elsewhere(self) {
        let (outbox, _) = persist::load_outbox(&self.uri());
        let mut gone = false;
        self.comments.update(|shown| {
            shown.retain(|c| {
                let kept =
                    c.delivery == Delivery::Sent || outbox.iter().any(|p| p.local_id == c.id);
                gone |= !kept;
                kept
            });
            for pending in &outbox {
                match shown.iter_mut().find(|c| c.id == pending.local_id) {
                    Some(comment) => *comment = pending_comment(pending),
                    None => shown.push(pending_comment(pending)),
                }
            }
        });
        if gone {
            self.fetch_thread(false);
        }
    }

    /// True while the reader may edit or delete `comment`.
    pub fn can_change(self, comment: &Comment) -> bool {
        if comment.deleted {
            return false;
        }
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
        self.comments.try_update(|c| {
            match kept {
                Some(placeholder) => {
                    if let Some(comment) = c.iter_mut().find(|x| x.id == id) {
                        *comment = placeholder;
                    }
                }
                None => c.retain(|x| x.id != id),
            }
            // A placeholder kept for this comment's sake goes with it.
            comments::prune_placeholders(c);
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

/// The store of the article on screen.
pub fn use_comment_store() -> CommentStore {
    expect_context::<CommentStore>()
}
