//! Delivering comments: posting, the outbox that keeps what the server has not accepted,
//! and sending it again (on `online`, on the reader's request), one attempt at a time.

use std::rc::Rc;

use leptos::{prelude::*, task::spawn_local};

use super::{
    backend::{BackendError, CommentBackend, ThreadRef},
    configured::Backend,
    now, online, pending_comment, persist, CommentStore, Posted,
};
use crate::{
    comments::{schema::PendingComment, Comment, Delivery, NewComment},
    storage::{StorageError, StorageNotice},
    tab_lock,
};

impl CommentStore {
    /// Sends a new comment. On a remote backend it first goes to the outbox, so that it
    /// survives a failure, a reload or a closed tab.
    pub async fn post(self, new: NewComment) -> Posted {
        let backend = self.backend();
        let thread = self.thread.get_value();
        let created = now();
        if backend.is_remote() {
            let pending = PendingComment {
                local_id: format!("local-{created}-{}", (js_sys::Math::random() * 1e9) as u64),
                parent: new.parent.clone(),
                author: new.author.clone(),
                website: new.website.clone(),
                text: new.text.clone(),
                created,
                attempts: 0,
                failure: None,
            };
            let (mut outbox, _) = persist::load_outbox(&thread.uri);
            outbox.push(pending.clone());
            match persist::save_outbox(&thread.uri, &outbox) {
                Ok(()) => {
                    self.comments
                        .try_update(|c| c.push(pending_comment(&pending)));
                    return if self.deliver(pending.local_id).await {
                        Posted::Sent
                    } else {
                        Posted::Queued
                    };
                }
                // Not stored, so no other tab knows of it: it goes straight to the server,
                // and stays in the form if the server does not take it.
                Err(error) => {
                    self.notice.try_set(Some(StorageNotice::from(error)));
                }
            }
        }
        match backend.post(&thread, &new, created).await {
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
    /// two attempts of one comment at once, in this tab or another, and none while the
    /// browser is offline.
    async fn deliver(self, local_id: String) -> bool {
        if !online()
            || !self
                .in_flight
                .try_update_value(|f| f.insert(local_id.clone()))
                .unwrap_or(false)
        {
            return false;
        }
        // The reader's tabs share the outbox. One sends at a time, and reads the outbox
        // afresh under the lock, so a comment another tab has delivered is not sent again.
        let lock = format!("manchette-outbox:{}", self.uri());
        let delivered =
            tab_lock::one_tab_at_a_time(&lock, self.attempt_and_show(local_id.clone())).await;
        if delivered.is_none() {
            self.in_flight.try_update_value(|f| {
                f.remove(&local_id);
            });
        }
        delivered.unwrap_or(false)
    }

    /// Makes one attempt, under the lock, and shows how it went as soon as it is known.
    async fn attempt_and_show(self, local_id: String) -> bool {
        let attempted = attempt(self.backend(), self.thread.get_value(), local_id.clone()).await;
        let delivered = match attempted {
            None => false,
            Some(Attempt { sent, next, kept }) => {
                if let Err(error) = kept {
                    self.notice.try_set(Some(StorageNotice::from(error)));
                }
                match sent {
                    Ok(comment) => {
                        self.comments.try_update(|c| {
                            c.retain(|x| x.id != comment.id);
                            if let Some(slot) = c.iter_mut().find(|x| x.id == local_id) {
                                *slot = comment;
                            }
                        });
                        true
                    }
                    Err(_) => {
                        self.set_delivery(&local_id, next);
                        false
                    }
                }
            }
        };
        self.in_flight.try_update_value(|f| {
            f.remove(&local_id);
        });
        delivered
    }

    pub(super) fn update_outbox(self, local_id: &str, change: impl FnOnce(&mut PendingComment)) {
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
}

/// What one attempt at an outbox comment came to.
struct Attempt {
    /// The comment as the server stored it, or why it did not.
    sent: Result<Comment, BackendError>,
    /// Where the comment stands now.
    next: Delivery,
    /// Whether the outbox could record it.
    kept: Result<(), StorageError>,
}

/// Sends an outbox comment, while this tab holds the thread's lock, and records the outcome
/// in the outbox before the lock goes: `None` when the outbox no longer holds the comment
/// (another tab delivered it, or the reader deleted it).
async fn attempt(backend: Rc<Backend>, thread: ThreadRef, local_id: String) -> Option<Attempt> {
    let (outbox, _) = persist::load_outbox(&thread.uri);
    let pending = outbox.into_iter().find(|p| p.local_id == local_id)?;
    let sent = backend
        .post(&thread, &new_of(&pending), pending.created)
        .await;
    let next = match &sent {
        Ok(_) => Delivery::Sent,
        Err(error) => {
            let reason = failure_reason(error);
            if error.is_transient() {
                Delivery::Pending {
                    attempts: pending.attempts,
                }
                .after_failure(&reason)
            } else {
                Delivery::Failed {
                    attempts: pending.attempts + 1,
                    reason,
                }
            }
        }
    };
    // Read again: the reader may have edited the comment while it was on its way.
    let (mut outbox, _) = persist::load_outbox(&thread.uri);
    match &next {
        Delivery::Sent => outbox.retain(|p| p.local_id != local_id),
        Delivery::Pending { attempts } => outbox
            .iter_mut()
            .filter(|p| p.local_id == local_id)
            .for_each(|p| p.attempts = *attempts),
        Delivery::Failed { attempts, reason } => outbox
            .iter_mut()
            .filter(|p| p.local_id == local_id)
            .for_each(|p| {
                p.attempts = *attempts;
                p.failure = Some(reason.clone());
            }),
    }
    let kept = persist::save_outbox(&thread.uri, &outbox);
    Some(Attempt { sent, next, kept })
}

/// What the server is sent for an outbox comment.
fn new_of(pending: &PendingComment) -> NewComment {
    NewComment {
        parent: pending.parent.clone(),
        author: pending.author.clone(),
        website: pending.website.clone(),
        text: pending.text.clone(),
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
