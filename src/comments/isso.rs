//! Isso 0.14's JSON, read into the comment model. Isso sends replies nested under their
//! parent and its `text` as HTML it rendered itself (shown only through the sanitiser).

use super::model::{Body, Comment, Delivery};
use crate::json::{json_object, ToJson, Writer};

/// `GET /?uri=…`
#[derive(Debug)]
pub struct ThreadResponse {
    pub replies: Vec<IssoComment>,
}

json_object!(read ThreadResponse { replies: default });

/// One comment as Isso sends it (`POST /new`, `PUT /id/N` and in threads).
#[derive(Debug, Clone)]
pub struct IssoComment {
    pub id: i64,
    pub parent: Option<i64>,
    /// Seconds since the epoch, with a fraction.
    pub created: f64,
    pub modified: Option<f64>,
    /// 1 accepted, 2 awaiting moderation, 4 deleted (kept because it has replies).
    pub mode: i64,
    pub text: String,
    pub author: Option<String>,
    pub website: Option<String>,
    pub likes: i64,
    pub replies: Vec<IssoComment>,
}

json_object!(read IssoComment {
    id: required,
    parent: default,
    created: required,
    modified: default,
    mode: default,
    text: default,
    author: default,
    website: default,
    likes: default,
    replies: default,
});

/// The body of `POST /new` and `PUT /id/N`.
#[derive(Debug)]
pub struct IssoSubmission<'a> {
    pub text: &'a str,
    pub author: Option<&'a str>,
    pub website: Option<&'a str>,
    /// Left out when `None`.
    pub parent: Option<i64>,
    /// Isso needs the title to open a thread it cannot fetch the page of. Left out when `None`.
    pub title: Option<&'a str>,
}

impl ToJson for IssoSubmission<'_> {
    fn write_json(&self, out: &mut Writer) {
        out.object(|o| {
            o.member("text", self.text);
            o.member("author", &self.author);
            o.member("website", &self.website);
            if let Some(parent) = self.parent {
                o.member("parent", &parent);
            }
            if let Some(title) = self.title {
                o.member("title", title);
            }
        });
    }
}

/// `POST /id/N/like`
#[derive(Debug)]
pub struct Votes {
    pub likes: i64,
}

json_object!(read Votes { likes: required });

const DELETED_MODE: i64 = 4;

impl IssoComment {
    /// This comment and its replies, flat, each reply naming its parent.
    pub fn flatten(self, mine: &[String], out: &mut Vec<Comment>) {
        let id = self.id.to_string();
        out.push(Comment {
            mine: mine.contains(&id),
            id,
            parent: self.parent.map(|p| p.to_string()),
            author: self.author.filter(|a| !a.trim().is_empty()),
            website: self.website.filter(|w| !w.trim().is_empty()),
            deleted: self.mode == DELETED_MODE,
            body: Body::Html(self.text),
            created: (self.created * 1000.0) as i64,
            modified: self.modified.map(|m| (m * 1000.0) as i64),
            likes: self.likes.max(0) as u32,
            delivery: Delivery::Sent,
        });
        for reply in self.replies {
            reply.flatten(mine, out);
        }
    }
}

/// Every comment of a thread response, flat.
pub fn comments_of(thread: ThreadResponse, mine: &[String]) -> Vec<Comment> {
    let mut out = Vec::new();
    for reply in thread.replies {
        reply.flatten(mine, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREAD: &str = r#"{"id": null, "total_replies": 3, "hidden_replies": 0, "config": {},
      "replies": [
        {"id": 1, "parent": null, "created": 1764345600.25, "modified": null, "mode": 1,
         "text": "<p>Premier</p>", "author": "Samia", "website": null, "likes": 2, "dislikes": 0,
         "hash": "abc", "total_replies": 1, "hidden_replies": 0,
         "replies": [
           {"id": 3, "parent": 1, "created": 1764345700.0, "modified": 1764345800.0, "mode": 1,
            "text": "<p>Réponse</p>", "author": "", "website": "https://blog.example.ma", "likes": 0,
            "dislikes": 0, "hash": "def", "replies": []}
         ]},
        {"id": 2, "parent": null, "created": 1764345650.0, "modified": null, "mode": 4,
         "text": "", "author": null, "website": null, "likes": 0, "dislikes": 0, "hash": "",
         "replies": []}
      ]}"#;

    #[test]
    fn a_thread_flattens_with_parents_kept() {
        let thread: ThreadResponse = crate::json::parse(THREAD.as_bytes()).unwrap();
        let comments = comments_of(thread, &["3".into()]);
        let shape: Vec<_> = comments
            .iter()
            .map(|c| (c.id.as_str(), c.parent.as_deref(), c.mine))
            .collect();
        assert_eq!(
            shape,
            [
                ("1", None, false),
                ("3", Some("1"), true),
                ("2", None, false)
            ]
        );
        assert_eq!(comments[0].created, 1_764_345_600_250);
        assert_eq!(comments[0].body, Body::Html("<p>Premier</p>".into()));
        assert_eq!(comments[0].likes, 2);
        assert_eq!(comments[1].author, None, "a blank author is anonymous");
        assert_eq!(comments[1].modified, Some(1_764_345_800_000));
        assert!(comments[2].deleted);
    }

    #[test]
    fn a_submission_sends_only_what_it_has() {
        let body = IssoSubmission {
            text: "Bonjour",
            author: None,
            website: None,
            parent: None,
            title: Some("Titre"),
        };
        assert_eq!(
            Writer::text_of(&body),
            r#"{"text":"Bonjour","author":null,"website":null,"title":"Titre"}"#
        );
    }
}
