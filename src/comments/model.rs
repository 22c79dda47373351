//! A comment as the reader's browser keeps it, whichever backend it came from.

/// Where a comment stands on its way to the backend.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// Stored by the backend.
    Sent,
    /// Waiting to be delivered (offline, or the server failed); `attempts` made so far.
    Pending { attempts: u32 },
    /// Given up after [`MAX_ATTEMPTS`]; the reader may edit it and send it again.
    Failed { attempts: u32, reason: String },
}

/// Deliveries tried before a comment is marked failed.
pub const MAX_ATTEMPTS: u32 = 3;

impl Delivery {
    /// The state after one more failed attempt.
    pub fn after_failure(&self, reason: &str) -> Delivery {
        let attempts = match self {
            Delivery::Sent => 0,
            Delivery::Pending { attempts } | Delivery::Failed { attempts, .. } => *attempts,
        } + 1;
        if attempts >= MAX_ATTEMPTS {
            Delivery::Failed {
                attempts,
                reason: reason.to_owned(),
            }
        } else {
            Delivery::Pending { attempts }
        }
    }
}

/// What a comment's text is: plain text (local backend) or server-rendered HTML (Isso),
/// which must go through the sanitiser.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Body {
    Text(String),
    Html(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Comment {
    /// The backend's id; for a comment not yet delivered, a local id (`local-…`).
    pub id: String,
    pub parent: Option<String>,
    pub author: Option<String>,
    pub website: Option<String>,
    pub body: Body,
    /// Milliseconds since the epoch.
    pub created: i64,
    pub modified: Option<i64>,
    pub likes: u32,
    /// Written by this reader, on this browser.
    pub mine: bool,
    /// Deleted on the server but kept because it has replies: shown as a placeholder.
    pub deleted: bool,
    pub delivery: Delivery,
}

/// What the reader submits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComment {
    pub parent: Option<String>,
    pub author: Option<String>,
    pub website: Option<String>,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_failures_mark_a_comment_failed_with_the_last_reason() {
        let first = Delivery::Pending { attempts: 0 }.after_failure("hors ligne");
        assert_eq!(first, Delivery::Pending { attempts: 1 });
        let second = first.after_failure("hors ligne");
        assert_eq!(second, Delivery::Pending { attempts: 2 });
        let third = second.after_failure("HTTP 500");
        assert_eq!(
            third,
            Delivery::Failed {
                attempts: 3,
                reason: "HTTP 500".into()
            }
        );
    }
}
