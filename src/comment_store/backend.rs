//! The one interface a comment backend offers the store: the thread, the errors, the trait.

use crate::{
    comments::{Comment, NewComment},
    feed::SeedComment,
    storage::{StorageError, StorageNotice},
};

/// The discussion of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadRef {
    /// The article's path without the router's base: `/article/1008`.
    pub uri: String,
    /// The article's title, for a server opening the thread.
    pub title: String,
    /// The discussion the feed seeds (used by the local backend).
    pub seeds: Vec<SeedComment>,
}

impl ThreadRef {
    /// The discussion of a feed item.
    pub fn of(item: &crate::feed::Item) -> Self {
        ThreadRef {
            uri: crate::paths::discussion(item),
            title: item.title.clone().unwrap_or_else(|| item.id.clone()),
            seeds: item.comments.clone(),
        }
    }
}

/// Why a backend could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// No answer (offline, refused, timed out): worth trying again later.
    Unreachable,
    /// The server failed (5xx): worth trying again later.
    ServerError(u16),
    /// The server refused (4xx) and said why: trying again will not help.
    Refused { status: u16, reason: String },
    /// The browser's storage failed.
    Storage(StorageError),
    /// The server's answer could not be read.
    BadAnswer,
}

impl BackendError {
    /// True when the same request may succeed later.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            BackendError::Unreachable | BackendError::ServerError(_)
        )
    }
}

/// Where comments live. Each method acts on one thread.
#[allow(async_fn_in_trait)]
pub trait CommentBackend {
    /// The thread's comments.
    async fn list(&self, thread: &ThreadRef) -> Result<Vec<Comment>, BackendError>;
    /// Stores a new comment and returns it as stored.
    async fn post(
        &self,
        thread: &ThreadRef,
        comment: &NewComment,
        created: i64,
    ) -> Result<Comment, BackendError>;
    /// Likes a comment; returns its new count of likes.
    async fn like(&self, thread: &ThreadRef, id: &str) -> Result<u32, BackendError>;
    /// Replaces the text of one of the reader's comments.
    async fn edit(
        &self,
        thread: &ThreadRef,
        id: &str,
        comment: &NewComment,
    ) -> Result<Comment, BackendError>;
    /// Deletes one of the reader's comments; a comment with replies may stay as a placeholder.
    async fn delete(&self, thread: &ThreadRef, id: &str) -> Result<Option<Comment>, BackendError>;
    /// The number of comments of each thread, in order.
    async fn counts(&self, threads: &[ThreadRef]) -> Result<Vec<usize>, BackendError>;
    /// True while the reader may still edit or delete their `comment`.
    fn can_change(&self, comment: &Comment, now: i64) -> bool;
    /// True when a failed post waits in the outbox to be sent again (a remote server).
    fn is_remote(&self) -> bool;
    /// Storage trouble met by the calls so far, once.
    fn take_notice(&self) -> Option<StorageNotice> {
        None
    }
}
