//! The Isso backend: a real Isso 0.14 server, over its JSON API. Edit and delete rights come
//! from the cookie Isso sets on `POST /new`, so every request carries credentials.

use std::time::Duration;

use gloo_net::http::Method;

use super::backend::{BackendError, CommentBackend, ThreadRef};
use crate::{
    api::{self, FetchError, Outgoing, Reply},
    comments::{
        isso::{comments_of, IssoComment, IssoSubmission, ThreadResponse, Votes},
        schema::Mine,
        Comment, NewComment,
    },
    json::{self, FromJson, Writer},
    paths::encode_segment,
    storage::{self, Read},
};

const DEADLINE: Duration = Duration::from_secs(10);
const MINE_KEY: &str = "isso-mine.v1";

pub struct IssoBackend {
    /// The server's root URL, ending in `/`.
    root: String,
    edit_window_ms: i64,
}

impl IssoBackend {
    pub fn new(url: &str, edit_window_minutes: u32) -> Self {
        let root = if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        };
        IssoBackend {
            root,
            edit_window_ms: i64::from(edit_window_minutes) * 60_000,
        }
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        json: Option<String>,
    ) -> Result<Reply, BackendError> {
        let url = format!("{}{path}", self.root);
        let reply = api::send(Outgoing {
            method,
            url: &url,
            json,
            credentials: true,
            revalidate: false,
            deadline: DEADLINE,
        })
        .await
        .map_err(|error| match error {
            FetchError::Network | FetchError::Timeout => BackendError::Unreachable,
            FetchError::Status(status) => BackendError::ServerError(status),
        })?;
        match reply.status {
            200..=299 => Ok(reply),
            500.. => Err(BackendError::ServerError(reply.status)),
            status => Err(BackendError::Refused {
                status,
                reason: String::from_utf8_lossy(&reply.body)
                    .trim()
                    .chars()
                    .take(300)
                    .collect(),
            }),
        }
    }
}

fn read_json<T: FromJson>(reply: &Reply) -> Result<T, BackendError> {
    json::parse(&reply.body).map_err(|_| BackendError::BadAnswer)
}

/// The ids of the server comments this reader wrote.
fn mine() -> Vec<String> {
    match storage::read_versioned::<Mine>(MINE_KEY) {
        Read::Value(Some(mine)) => mine.ids,
        _ => Vec::new(),
    }
}

fn remember_mine(id: &str) {
    let mut ids = mine();
    ids.push(id.to_owned());
    // Losing this record only hides the edit buttons; the comment itself is on the server.
    let _ = storage::write_versioned(
        MINE_KEY,
        &Mine {
            ids,
            ..Mine::default()
        },
    );
}

fn one_comment(comment: IssoComment, mine: &[String]) -> Result<Comment, BackendError> {
    let mut flat = Vec::new();
    comment.flatten(mine, &mut flat);
    flat.into_iter().next().ok_or(BackendError::BadAnswer)
}

fn submission<'a>(comment: &'a NewComment, title: Option<&'a str>) -> String {
    let body = IssoSubmission {
        text: &comment.text,
        author: comment.author.as_deref(),
        website: comment.website.as_deref(),
        parent: comment.parent.as_deref().and_then(|p| p.parse().ok()),
        title,
    };
    Writer::text_of(&body)
}

impl CommentBackend for IssoBackend {
    async fn list(&self, thread: &ThreadRef) -> Result<Vec<Comment>, BackendError> {
        match self
            .call(
                Method::GET,
                &format!("?uri={}", encode_segment(&thread.uri)),
                None,
            )
            .await
        {
            Ok(reply) => Ok(comments_of(read_json::<ThreadResponse>(&reply)?, &mine())),
            // Isso answers 404 for a thread nobody has commented yet.
            Err(BackendError::Refused { status: 404, .. }) => Ok(Vec::new()),
            Err(error) => Err(error),
        }
    }

    async fn post(
        &self,
        thread: &ThreadRef,
        comment: &NewComment,
        _created: i64,
    ) -> Result<Comment, BackendError> {
        let path = format!("new?uri={}", encode_segment(&thread.uri));
        let reply = self
            .call(
                Method::POST,
                &path,
                Some(submission(comment, Some(&thread.title))),
            )
            .await?;
        let posted: IssoComment = read_json(&reply)?;
        remember_mine(&posted.id.to_string());
        one_comment(posted, &mine())
    }

    async fn like(&self, _thread: &ThreadRef, id: &str) -> Result<u32, BackendError> {
        let reply = self
            .call(
                Method::POST,
                &format!("id/{}/like", encode_segment(id)),
                None,
            )
            .await?;
        Ok(read_json::<Votes>(&reply)?.likes.max(0) as u32)
    }

    async fn edit(
        &self,
        _thread: &ThreadRef,
        id: &str,
        comment: &NewComment,
    ) -> Result<Comment, BackendError> {
        let reply = self
            .call(
                Method::PUT,
                &format!("id/{}", encode_segment(id)),
                Some(submission(comment, None)),
            )
            .await?;
        one_comment(read_json(&reply)?, &mine())
    }

    async fn delete(&self, _thread: &ThreadRef, id: &str) -> Result<Option<Comment>, BackendError> {
        let reply = self
            .call(Method::DELETE, &format!("id/{}", encode_segment(id)), None)
            .await?;
        match read_json::<Option<IssoComment>>(&reply)? {
            Some(kept) => one_comment(kept, &mine()).map(Some),
            None => Ok(None),
        }
    }

    async fn counts(&self, threads: &[ThreadRef]) -> Result<Vec<usize>, BackendError> {
        let uris: Vec<&str> = threads.iter().map(|t| t.uri.as_str()).collect();
        let body = Writer::text_of(&uris);
        let reply = self.call(Method::POST, "count", Some(body)).await?;
        read_json::<Vec<usize>>(&reply)
    }

    fn can_change(&self, comment: &Comment, now: i64) -> bool {
        comment.mine && now - comment.created < self.edit_window_ms
    }

    fn is_remote(&self) -> bool {
        true
    }
}
