//! Comment counts for article cards: one request for every card of a view.

use std::{collections::HashMap, rc::Rc};

use leptos::{prelude::*, task::spawn_local};

use super::{backend::CommentBackend, SharedBackend, ThreadRef};

/// Known counts, by thread URI.
#[derive(Clone, Copy)]
pub struct CommentCounts {
    counts: RwSignal<HashMap<String, usize>>,
    backend: SharedBackend,
}

impl CommentCounts {
    /// Asks the backend for the counts of `threads`, in one request.
    pub fn request(self, threads: Vec<ThreadRef>) {
        if threads.is_empty() {
            return;
        }
        let backend: Rc<_> = self.backend.get_value();
        spawn_local(async move {
            // Without counts the cards simply show none.
            if let Ok(counts) = backend.counts(&threads).await {
                self.counts.update(|known| {
                    for (thread, count) in threads.iter().zip(counts) {
                        known.insert(thread.uri.clone(), count);
                    }
                });
            }
        });
    }

    /// The count of one thread, once known.
    pub fn get(self, uri: &str) -> Option<usize> {
        self.counts.with(|known| known.get(uri).copied())
    }
}

pub fn provide_comment_counts(backend: SharedBackend) -> CommentCounts {
    let counts = CommentCounts {
        counts: RwSignal::new(HashMap::new()),
        backend,
    };
    provide_context(counts);
    counts
}

pub fn use_comment_counts() -> Option<CommentCounts> {
    use_context::<CommentCounts>()
}
