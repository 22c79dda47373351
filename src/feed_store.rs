//! The feed, fetched once and kept in a context signal that every view reads.

use std::sync::Arc;

use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, FetchError},
    feed::{self, Feed, FeedError},
    i18n::Msg,
};

/// Why the feed is not on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Fetch(FetchError),
    Parse(FeedError),
}

impl LoadError {
    /// The sentence that explains this failure to a reader.
    pub fn message(&self) -> Msg {
        match self {
            LoadError::Fetch(FetchError::Network | FetchError::Timeout) => Msg::FeedUnreachable,
            LoadError::Fetch(FetchError::Status(_)) => Msg::FeedHttpStatus,
            LoadError::Parse(FeedError::NotJson(_)) => Msg::FeedNotJson,
            LoadError::Parse(FeedError::NotAFeed(_)) => Msg::FeedNotAFeed,
        }
    }
}

/// Where the feed stands.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedState {
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

/// The app's handle on the feed: its state, and how to (re)load it.
#[derive(Clone, Copy)]
pub struct FeedStore {
    pub state: RwSignal<FeedState>,
    url: StoredValue<String>,
}

impl FeedStore {
    /// Creates the store for `url` and provides it to every view below.
    pub fn provide(url: impl Into<String>) -> Self {
        let store = FeedStore {
            state: RwSignal::new(FeedState::Loading),
            url: StoredValue::new(url.into()),
        };
        provide_context(store);
        store
    }

    /// Fetches and parses the feed, then publishes the outcome.
    pub fn load(self) {
        self.state.set(FeedState::Loading);
        let url = self.url.get_value();
        spawn_local(async move {
            let outcome = match api::get_bytes(&url).await {
                Err(error) => FeedState::Failed(LoadError::Fetch(error)),
                Ok(bytes) => match feed::parse(&bytes) {
                    Ok(feed) => FeedState::Ready(Arc::new(feed)),
                    Err(error) => FeedState::Failed(LoadError::Parse(error)),
                },
            };
            self.state.set(outcome);
        });
    }
}

/// The store provided by the App.
pub fn use_feed_store() -> FeedStore {
    expect_context::<FeedStore>()
}
