//! The local backend: comments kept in the reader's browser, under the discussion the feed
//! seeds. Nothing leaves the browser.

use std::cell::Cell;

use super::backend::{BackendError, CommentBackend, ThreadRef};
use crate::{
    comments::{
        prune_placeholders,
        schema::{LocalThread, StoredComment},
        Body, Comment, Delivery, NewComment,
    },
    storage::{self, Read, StorageError, StorageNotice},
};

/// Comments in this browser's storage. Storage trouble met while reading is kept for the
/// store to show ([`CommentBackend::take_notice`]).
#[derive(Default)]
pub struct LocalBackend {
    notice: Cell<Option<StorageNotice>>,
}

fn key(uri: &str) -> String {
    format!("comments.v1:{uri}")
}

impl LocalBackend {
    /// The stored thread. An unreadable one is kept aside and the thread starts afresh; one
    /// that cannot even be kept aside must not be overwritten, so writing it is refused.
    fn load(&self, uri: &str) -> Result<LocalThread, BackendError> {
        match storage::read_versioned::<LocalThread>(&key(uri)) {
            Read::Value(thread) => Ok(thread.unwrap_or_default()),
            Read::KeptAside { .. } => {
                self.notice.set(Some(StorageNotice::KeptAside));
                Ok(LocalThread::default())
            }
            Read::Untouchable(_) => {
                self.notice.set(Some(StorageNotice::KeptAside));
                Err(BackendError::Storage(StorageError::Full))
            }
            Read::Unavailable => {
                self.notice.set(Some(StorageNotice::Unavailable));
                Err(BackendError::Storage(StorageError::Unavailable))
            }
        }
    }
}

fn save(uri: &str, thread: &LocalThread) -> Result<(), BackendError> {
    storage::write_versioned(&key(uri), thread).map_err(BackendError::Storage)
}

fn comment_of(stored: &StoredComment, liked: &[String]) -> Comment {
    Comment {
        id: stored.id.clone(),
        parent: stored.parent.clone(),
        author: stored.author.clone(),
        website: stored.website.clone(),
        body: Body::Text(stored.text.clone()),
        created: stored.created,
        modified: stored.modified,
        likes: u32::from(liked.contains(&stored.id)),
        // A placeholder is nobody's: there is nothing left to edit or delete.
        mine: !stored.deleted,
        deleted: stored.deleted,
        delivery: Delivery::Sent,
    }
}

fn seeds_of(thread: &ThreadRef, liked: &[String]) -> Vec<Comment> {
    thread
        .seeds
        .iter()
        .map(|seed| Comment {
            id: seed.id.clone(),
            parent: seed.parent.clone(),
            author: seed.author.clone(),
            website: None,
            body: Body::Text(seed.text.clone()),
            created: seed.created.map_or(0, |t| t.epoch_ms),
            modified: None,
            likes: u32::from(liked.contains(&seed.id)),
            mine: false,
            deleted: false,
            delivery: Delivery::Sent,
        })
        .collect()
}

impl CommentBackend for LocalBackend {
    async fn list(&self, thread: &ThreadRef) -> Result<Vec<Comment>, BackendError> {
        // Unreadable storage still leaves the feed's discussion to read.
        let stored = self.load(&thread.uri).unwrap_or_default();
        let mut comments = seeds_of(thread, &stored.liked);
        comments.extend(stored.comments.iter().map(|c| comment_of(c, &stored.liked)));
        prune_placeholders(&mut comments);
        Ok(comments)
    }

    async fn post(
        &self,
        thread: &ThreadRef,
        comment: &NewComment,
        created: i64,
    ) -> Result<Comment, BackendError> {
        let mut stored = self.load(&thread.uri)?;
        let entry = StoredComment {
            id: format!("local-{created}-{}", (js_sys::Math::random() * 1e9) as u64),
            parent: comment.parent.clone(),
            author: comment.author.clone(),
            website: comment.website.clone(),
            text: comment.text.clone(),
            created,
            modified: None,
            deleted: false,
        };
        stored.comments.push(entry.clone());
        save(&thread.uri, &stored)?;
        Ok(comment_of(&entry, &stored.liked))
    }

    async fn like(&self, thread: &ThreadRef, id: &str) -> Result<u32, BackendError> {
        let mut stored = self.load(&thread.uri)?;
        if !stored.liked.iter().any(|l| l == id) {
            stored.liked.push(id.to_owned());
            save(&thread.uri, &stored)?;
        }
        Ok(1)
    }

    async fn edit(
        &self,
        thread: &ThreadRef,
        id: &str,
        comment: &NewComment,
    ) -> Result<Comment, BackendError> {
        let mut stored = self.load(&thread.uri)?;
        let entry = stored
            .comments
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(BackendError::BadAnswer)?;
        entry.text = comment.text.clone();
        entry.author = comment.author.clone();
        entry.website = comment.website.clone();
        entry.modified = Some(js_sys::Date::now() as i64);
        let edited = entry.clone();
        save(&thread.uri, &stored)?;
        Ok(comment_of(&edited, &stored.liked))
    }

    async fn delete(&self, thread: &ThreadRef, id: &str) -> Result<Option<Comment>, BackendError> {
        let mut stored = self.load(&thread.uri)?;
        let kept = stored.delete(id);
        save(&thread.uri, &stored)?;
        Ok(kept.map(|placeholder| comment_of(&placeholder, &stored.liked)))
    }

    async fn counts(&self, threads: &[ThreadRef]) -> Result<Vec<usize>, BackendError> {
        Ok(threads
            .iter()
            .map(|t| {
                let stored = self.load(&t.uri).unwrap_or_default();
                t.seeds.len() + stored.comments.iter().filter(|c| !c.deleted).count()
            })
            .collect())
    }

    fn can_change(&self, comment: &Comment, _now: i64) -> bool {
        comment.mine
    }

    fn is_remote(&self) -> bool {
        false
    }

    fn take_notice(&self) -> Option<StorageNotice> {
        self.notice.take()
    }
}
