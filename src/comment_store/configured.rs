//! The backend config.json chose, above both backends: every call goes to the one chosen.

use super::{
    backend::{BackendError, CommentBackend, ThreadRef},
    isso::IssoBackend,
    local::LocalBackend,
};
use crate::{
    comments::{Comment, NewComment},
    storage::StorageNotice,
};

/// The configured backend.
pub enum Backend {
    Local(LocalBackend),
    Isso(IssoBackend),
}

impl CommentBackend for Backend {
    async fn list(&self, thread: &ThreadRef) -> Result<Vec<Comment>, BackendError> {
        match self {
            Backend::Local(b) => b.list(thread).await,
            Backend::Isso(b) => b.list(thread).await,
        }
    }

    async fn post(
        &self,
        thread: &ThreadRef,
        comment: &NewComment,
        created: i64,
    ) -> Result<Comment, BackendError> {
        match self {
            Backend::Local(b) => b.post(thread, comment, created).await,
            Backend::Isso(b) => b.post(thread, comment, created).await,
        }
    }

    async fn like(&self, thread: &ThreadRef, id: &str) -> Result<u32, BackendError> {
        match self {
            Backend::Local(b) => b.like(thread, id).await,
            Backend::Isso(b) => b.like(thread, id).await,
        }
    }

    async fn edit(
        &self,
        thread: &ThreadRef,
        id: &str,
        comment: &NewComment,
    ) -> Result<Comment, BackendError> {
        match self {
            Backend::Local(b) => b.edit(thread, id, comment).await,
            Backend::Isso(b) => b.edit(thread, id, comment).await,
        }
    }

    async fn delete(&self, thread: &ThreadRef, id: &str) -> Result<Option<Comment>, BackendError> {
        match self {
            Backend::Local(b) => b.delete(thread, id).await,
            Backend::Isso(b) => b.delete(thread, id).await,
        }
    }

    async fn counts(&self, threads: &[ThreadRef]) -> Result<Vec<usize>, BackendError> {
        match self {
            Backend::Local(b) => b.counts(threads).await,
            Backend::Isso(b) => b.counts(threads).await,
        }
    }

    fn can_change(&self, comment: &Comment, now: i64) -> bool {
        match self {
            Backend::Local(b) => b.can_change(comment, now),
            Backend::Isso(b) => b.can_change(comment, now),
        }
    }

    fn is_remote(&self) -> bool {
        matches!(self, Backend::Isso(_))
    }

    fn take_notice(&self) -> Option<StorageNotice> {
        match self {
            Backend::Local(b) => b.take_notice(),
            Backend::Isso(b) => b.take_notice(),
        }
    }
}
