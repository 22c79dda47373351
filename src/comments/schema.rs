//! What the browser keeps between visits about comments, in versioned JSON (see
//! `versioned`): the local backend's comments, the outbox of comments waiting for the
//! server, the server comments this reader wrote, drafts, the remembered name.

use crate::json::json_object;
pub use crate::versioned::VERSION;

/// The local backend's comments on one article (the feed's seeded ones are not stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalThread {
    pub version: u32,
    pub comments: Vec<StoredComment>,
    /// Ids of the comments this reader liked.
    pub liked: Vec<String>,
}

json_object!(LocalThread {
    version: required,
    comments: required,
    liked: default,
});

impl Default for LocalThread {
    fn default() -> Self {
        LocalThread {
            version: VERSION,
            comments: Vec::new(),
            liked: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredComment {
    pub id: String,
    pub parent: Option<String>,
    pub author: Option<String>,
    pub website: Option<String>,
    pub text: String,
    pub created: i64,
    pub modified: Option<i64>,
    /// Deleted while it had replies: kept, emptied, so that they keep their place.
    pub deleted: bool,
}

json_object!(StoredComment {
    id: required,
    parent: default,
    author: default,
    website: default,
    text: required,
    created: required,
    modified: default,
    deleted: default,
});

impl LocalThread {
    /// Deletes comment `id` as Isso does: one with replies is emptied and kept as a
    /// placeholder, which this returns; one without is removed.
    pub fn delete(&mut self, id: &str) -> Option<StoredComment> {
        let has_replies = self
            .comments
            .iter()
            .any(|c| c.parent.as_deref() == Some(id));
        if !has_replies {
            self.comments.retain(|c| c.id != id);
            return None;
        }
        let entry = self.comments.iter_mut().find(|c| c.id == id)?;
        entry.deleted = true;
        entry.text.clear();
        entry.author = None;
        entry.website = None;
        Some(entry.clone())
    }
}

/// Comments written for a server that has not accepted them yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbox {
    pub version: u32,
    pub pending: Vec<PendingComment>,
}

json_object!(Outbox {
    version: required,
    pending: required,
});

impl Default for Outbox {
    fn default() -> Self {
        Outbox {
            version: VERSION,
            pending: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingComment {
    pub local_id: String,
    pub parent: Option<String>,
    pub author: Option<String>,
    pub website: Option<String>,
    pub text: String,
    pub created: i64,
    pub attempts: u32,
    /// The last failure's reason, once the comment is marked failed.
    pub failure: Option<String>,
}

json_object!(PendingComment {
    local_id: required,
    parent: default,
    author: default,
    website: default,
    text: required,
    created: required,
    attempts: required,
    failure: default,
});

/// Server comments this reader wrote: the ones they may edit or delete while the server allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mine {
    pub version: u32,
    pub ids: Vec<String>,
}

json_object!(Mine {
    version: required,
    ids: required,
});

impl Default for Mine {
    fn default() -> Self {
        Mine {
            version: VERSION,
            ids: Vec::new(),
        }
    }
}

/// The comment being written on one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub version: u32,
    pub text: String,
    pub parent: Option<String>,
}

json_object!(Draft {
    version: required,
    text: required,
    parent: default,
});

/// The name a reader signs with, remembered across articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub version: u32,
    pub name: String,
    pub website: String,
}

json_object!(Signature {
    version: required,
    name: required,
    website: default,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::versioned::{decode, encode, Loaded, Unreadable};

    fn thread() -> LocalThread {
        LocalThread {
            comments: vec![StoredComment {
                id: "local-1".into(),
                parent: None,
                author: Some("Samia".into()),
                website: None,
                text: "Bravo pour cet article.".into(),
                created: 1_764_345_600_000,
                modified: None,
                deleted: false,
            }],
            ..LocalThread::default()
        }
    }

    #[test]
    fn what_is_written_reads_back() {
        let value = thread();
        assert_eq!(
            decode::<LocalThread>(Some(&encode(&value))),
            Loaded::Ready(value)
        );
        assert_eq!(decode::<LocalThread>(None), Loaded::Missing);
    }

    #[test]
    fn deleting_a_comment_with_replies_keeps_an_empty_placeholder() {
        let mut value = thread();
        value.comments.push(StoredComment {
            id: "local-2".into(),
            parent: Some("local-1".into()),
            text: "D’accord.".into(),
            ..value.comments[0].clone()
        });
        let kept = value.delete("local-1").expect("a placeholder");
        assert!(kept.deleted);
        assert_eq!((kept.text.as_str(), kept.author), ("", None));
        assert_eq!(value.comments.len(), 2);

        assert_eq!(value.delete("local-2"), None, "no replies: removed");
        let ids: Vec<&str> = value.comments.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["local-1"]);
    }

    #[test]
    fn a_comment_stored_before_placeholders_existed_still_reads() {
        let raw = r#"{"version":1,"comments":[{"id":"local-1","parent":null,"author":"Samia","website":null,"text":"Bravo pour cet article.","created":1764345600000,"modified":null}]}"#;
        assert_eq!(decode::<LocalThread>(Some(raw)), Loaded::Ready(thread()));
    }

    #[test]
    fn a_value_without_the_liked_list_still_reads() {
        let raw = r#"{"version":1,"comments":[]}"#;
        assert_eq!(
            decode::<LocalThread>(Some(raw)),
            Loaded::Ready(LocalThread::default())
        );
    }

    #[test]
    fn a_newer_schema_is_left_alone() {
        let raw = r#"{"version":2,"comments":[],"reactions":{}}"#;
        assert_eq!(
            decode::<LocalThread>(Some(raw)),
            Loaded::Unreadable(Unreadable::Newer(2))
        );
    }

    #[test]
    fn corrupt_values_are_reported_not_guessed() {
        for raw in [
            "{\"version\":1,\"comments\":[{\"id\":3}]}",
            "{\"comm",
            "[]",
            "null",
            "{\"comments\":[]}",
            "{\"version\":0}",
        ] {
            assert!(
                matches!(
                    decode::<LocalThread>(Some(raw)),
                    Loaded::Unreadable(Unreadable::Corrupt(_))
                ),
                "{raw}"
            );
        }
    }
}
