//! What the comment store keeps in the browser besides the comments: the outbox of comments
//! waiting for the server, drafts, and the reader's name.

use crate::{
    comments::schema::{Draft, Outbox, PendingComment, Signature, VERSION},
    json::FromJson,
    storage::{self, Read, StorageError, StorageNotice},
};

/// Reads a versioned value; an unreadable one is kept aside and reported.
fn read<T: FromJson>(key: &str) -> (Option<T>, Option<StorageNotice>) {
    match storage::read_versioned::<T>(key) {
        Read::Value(value) => (value, None),
        Read::KeptAside { .. } | Read::Untouchable(_) => (None, Some(StorageNotice::KeptAside)),
        Read::Unavailable => (None, Some(StorageNotice::Unavailable)),
    }
}

fn outbox_key(uri: &str) -> String {
    format!("outbox.v1:{uri}")
}

/// The name the outbox of `uri` has in the browser's storage, as storage events give it.
pub fn outbox_storage_name(uri: &str) -> String {
    storage::stored_name(&outbox_key(uri))
}

pub fn load_outbox(uri: &str) -> (Vec<PendingComment>, Option<StorageNotice>) {
    let (outbox, notice) = read::<Outbox>(&outbox_key(uri));
    (outbox.map(|o| o.pending).unwrap_or_default(), notice)
}

pub fn save_outbox(uri: &str, pending: &[PendingComment]) -> Result<(), StorageError> {
    if pending.is_empty() {
        return storage::remove(&outbox_key(uri));
    }
    let outbox = Outbox {
        version: VERSION,
        pending: pending.to_vec(),
    };
    storage::write_versioned(&outbox_key(uri), &outbox)
}

fn draft_key(uri: &str) -> String {
    format!("draft.v1:{uri}")
}

pub fn load_draft(uri: &str) -> Option<Draft> {
    read::<Draft>(&draft_key(uri)).0
}

pub fn save_draft(uri: &str, text: &str, parent: Option<String>) -> Result<(), StorageError> {
    if text.is_empty() {
        return storage::remove(&draft_key(uri));
    }
    let draft = Draft {
        version: VERSION,
        text: text.to_owned(),
        parent,
    };
    storage::write_versioned(&draft_key(uri), &draft)
}

pub fn clear_draft(uri: &str) {
    // A draft that cannot be removed is only text the reader sees again next time.
    let _ = storage::remove(&draft_key(uri));
}

const SIGNATURE_KEY: &str = "signature.v1";

pub fn load_signature() -> Signature {
    read::<Signature>(SIGNATURE_KEY).0.unwrap_or(Signature {
        version: VERSION,
        name: String::new(),
        website: String::new(),
    })
}

pub fn save_signature(name: &str, website: &str) -> Result<(), StorageError> {
    let signature = Signature {
        version: VERSION,
        name: name.to_owned(),
        website: website.to_owned(),
    };
    storage::write_versioned(SIGNATURE_KEY, &signature)
}
