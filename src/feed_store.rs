//! The feed, fetched once and kept in context signals that every view reads: the last good
//! feed, where loading stands, and the pages after it (load more).

use std::{rc::Rc, sync::Arc, time::Duration};

use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, FetchError},
    config::FeedPolicy,
    feed::{
        self, arrivals, fingerprint, with_new_briefs, Arrivals, Feed, FeedError, NextPage, NotJson,
        Pager,
    },
    i18n::{Locale, Msg},
    on_mount::on_mount,
    search::SearchIndex,
};

/// Why the feed (or its next page) is not on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Fetch(FetchError),
    Parse(FeedError),
    /// A `next_url` on an origin the configuration does not allow.
    Refused(String),
}

impl LoadError {
    /// The sentence that explains this failure to a reader.
    pub fn message(&self, locale: Locale) -> String {
        let msg = match self {
            LoadError::Fetch(FetchError::Network) => Msg::FeedUnreachable,
            LoadError::Fetch(FetchError::Timeout) => Msg::FeedTimeout,
            LoadError::Fetch(FetchError::Status(status)) => return locale.http_status(*status),
            LoadError::Parse(FeedError::NotJson(NotJson::Html)) => Msg::FeedHtml,
            LoadError::Parse(FeedError::NotJson(NotJson::Xml)) => Msg::FeedXml,
            LoadError::Parse(FeedError::NotJson(NotJson::Truncated)) => Msg::FeedTruncated,
            LoadError::Parse(FeedError::NotJson(_)) => Msg::FeedNotJson,
            LoadError::Parse(FeedError::NotAFeed(_)) => Msg::FeedNotAFeed,
            LoadError::Parse(FeedError::TooLarge(_)) => Msg::FeedTooLarge,
            LoadError::Parse(FeedError::Empty(dropped)) if dropped.total() > 0 => {
                return locale.nothing_to_show(dropped)
            }
            LoadError::Parse(FeedError::Empty(_)) => Msg::FeedEmpty,
            LoadError::Refused(_) => Msg::FeedRefused,
        };
        locale.text(msg).to_owned()
    }
}

/// Where a load stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Idle,
    Loading,
    Failed(LoadError),
}

/// Where the feed comes from, and the pages followed so far.
struct Source {
    url: String,
    deadline: Duration,
    policy: FeedPolicy,
    pager: Pager,
    /// The URL of the last page appended, which its `next_url` is relative to.
    last_page: String,
    /// The fingerprint of the first page's last body: an unchanged body is not read again.
    fingerprint: Option<u64>,
    /// Failed loads in a row, for the refresh backoff.
    failures: u32,
}

/// A feed and its search index.
type IndexedFeed = (Arc<Feed>, Rc<SearchIndex>);

/// The app's handle on the feed.
#[derive(Clone, Copy)]
pub struct FeedStore {
    /// The last feed that loaded; it stays on screen when a refresh fails.
    pub feed: RwSignal<Option<Arc<Feed>>>,
    /// The first page's load or refresh.
    pub status: RwSignal<Status>,
    /// The next page's load.
    pub more: RwSignal<Status>,
    /// When the feed on screen is the service worker's saved copy (no network): when it was
    /// saved, as RFC 3339.
    pub saved_at: RwSignal<Option<String>>,
    /// A fresher feed with new articles, waiting for the reader to ask for it.
    pub pending: RwSignal<Option<(Arc<Feed>, Arrivals)>>,
    source: StoredValue<Source, LocalStorage>,
    /// The search index of the feed on screen, built on first need.
    search: StoredValue<Option<IndexedFeed>, LocalStorage>,
}

impl FeedStore {
    /// Creates the store for the feed at `url` (absolute) and provides it to the views below.
    /// With `first_page` (publishing, or taking over a published page) the feed is there from
    /// the first drawing; without it the store starts loading.
    pub fn provide(
        url: String,
        deadline: Duration,
        policy: FeedPolicy,
        first_page: Option<FeedPage>,
    ) -> Self {
        let fingerprint = first_page.as_ref().map(|page| page.fingerprint);
        let saved_at = first_page.as_ref().and_then(|page| page.saved_at.clone());
        let store = FeedStore {
            feed: RwSignal::new(first_page.as_ref().map(|page| page.feed.clone())),
            status: RwSignal::new(Status::Idle),
            more: RwSignal::new(Status::Idle),
            saved_at: RwSignal::new(None),
            pending: RwSignal::new(None),
            search: StoredValue::new_local(None),
            source: StoredValue::new_local(Source {
                pager: Pager::new(&url),
                last_page: url.clone(),
                fingerprint,
                failures: 0,
                url,
                deadline,
                policy,
            }),
        };
        provide_context(store);
        if first_page.is_none() {
            store.load();
        }
        // A published page never says "saved copy": the app says so once it has taken over.
        if saved_at.is_some() {
            on_mount(move || store.saved_at.set(saved_at));
        }
        store
    }

    /// The feed's absolute URL: what its relative URLs resolve against.
    pub fn url(self) -> String {
        self.source.with_value(|s| s.url.clone())
    }

    /// Fetches the first page (again). A first load shows it; a later one shows new briefs
    /// at once but keeps new articles behind `pending`, so nothing moves under the reader.
    /// On failure the feed on screen stays and `status` says what went wrong.
    pub fn load(self) {
        if self.status.get_untracked() == Status::Loading {
            return;
        }
        self.status.set(Status::Loading);
        let (url, deadline) = self.source.with_value(|s| (s.url.clone(), s.deadline));
        // The first load may take the copy index.html preloaded; later ones ask the server.
        let revalidate = self.feed.with_untracked(Option::is_some);
        spawn_local(async move {
            match fetch_feed(&url, deadline, revalidate).await {
                Ok(page) => {
                    self.source.update_value(|s| s.failures = 0);
                    self.receive(page);
                    self.status.set(Status::Idle);
                }
                Err(error) => {
                    self.source.update_value(|s| s.failures += 1);
                    self.status.set(Status::Failed(error));
                }
            }
        });
    }

    fn receive(self, page: FeedPage) {
        self.saved_at.set(page.saved_at);
        let unchanged = self
            .source
            .try_update_value(|s| s.fingerprint.replace(page.fingerprint) == Some(page.fingerprint))
            .unwrap_or(false);
        if unchanged {
            return;
        }
        let Some(shown) = self.feed.get_untracked() else {
            self.feed.set(Some(page.feed));
            return;
        };
        let mut fresh = Arc::unwrap_or_clone(page.feed);
        fresh.keep_older_items(&shown);
        if self.source.with_value(|s| s.last_page != s.url) {
            fresh.next_url = shown.next_url.clone();
        }
        let news = arrivals(&shown, &fresh);
        if news.articles == 0 {
            self.pending.set(None);
            self.feed.set(Some(Arc::new(fresh)));
        } else {
            self.feed
                .set(Some(Arc::new(with_new_briefs(&shown, &fresh))));
            self.pending.set(Some((Arc::new(fresh), news)));
        }
    }

    /// Shows the fresher feed the reader asked for.
    pub fn show_pending(self) {
        if let Some((fresh, _)) = self.pending.get_untracked() {
            self.pending.set(None);
            self.feed.set(Some(fresh));
        }
    }

    /// How long to wait before the next check: `every`, doubled after each failure (up to 16×).
    pub fn next_check(self, every: Duration) -> Duration {
        let failures = self.source.with_value(|s| s.failures).min(4);
        every * 2_u32.pow(failures)
    }

    /// The search index of `feed` (the feed on screen), built once per feed: on the first
    /// search, or as soon as the reader focuses the search box.
    pub fn search_index(self, feed: &Arc<Feed>) -> Rc<SearchIndex> {
        if let Some((indexed, built)) = self.search.get_value() {
            if Arc::ptr_eq(&indexed, feed) {
                return built;
            }
        }
        let built = Rc::new(SearchIndex::build(feed));
        self.search.set_value(Some((feed.clone(), built.clone())));
        built
    }

    /// Builds the index ahead of the first keystroke, if a feed is on screen.
    pub fn prepare_search(self) {
        if let Some(feed) = self.feed.get_untracked() {
            self.search_index(&feed);
        }
    }

    /// True while a further page may exist.
    pub fn has_more(self) -> bool {
        let next = self
            .feed
            .with(|f| f.as_ref().is_some_and(|f| f.next_url.is_some()));
        next && !matches!(self.more.get(), Status::Failed(LoadError::Refused(_)))
    }

    /// True while the pages after the first may still be followed to find an article a link
    /// names: a further page exists, no page has failed, and fewer than `limit` pages are in.
    pub fn may_look_further(self, limit: usize) -> bool {
        self.has_more()
            && !matches!(self.more.get(), Status::Failed(_))
            && self.source.with_value(|s| s.pager.pages()) < limit
    }

    /// Fetches the page after the last one loaded and appends its items.
    pub fn load_more(self) {
        if self.more.get_untracked() == Status::Loading {
            return;
        }
        let Some(current) = self.feed.get_untracked() else {
            return;
        };
        let next = self
            .source
            .try_update_value(|s| {
                let next = s.pager.next(&s.last_page, current.next_url.as_deref());
                match next {
                    NextPage::Fetch(url) if !s.policy.allows(&url) => Err(LoadError::Refused(url)),
                    NextPage::Fetch(url) => Ok(Some((url, s.deadline))),
                    NextPage::End | NextPage::Loop(_) | NextPage::Unresolvable(_) => Ok(None),
                }
            })
            .unwrap_or(Ok(None));
        let (url, deadline) = match next {
            Ok(Some(next)) => next,
            Ok(None) => return self.end_of_pages(),
            Err(refused) => return self.more.set(Status::Failed(refused)),
        };
        self.more.set(Status::Loading);
        spawn_local(async move {
            match fetch_feed(&url, deadline, false).await {
                Ok(FeedPage { feed: page, .. }) => {
                    self.feed.update(|feed| {
                        if let Some(feed) = feed {
                            Arc::make_mut(feed).append_page(Arc::unwrap_or_clone(page));
                        }
                    });
                    self.source.update_value(|s| s.last_page = url);
                    self.more.set(Status::Idle);
                }
                Err(LoadError::Parse(FeedError::Empty(_))) => self.end_of_pages(),
                Err(error) => {
                    // The page may be fetched again by the next "load more".
                    self.source.update_value(|s| s.pager.forget(&url));
                    self.more.set(Status::Failed(error));
                }
            }
        });
    }

    fn end_of_pages(self) {
        self.feed.update(|feed| {
            if let Some(feed) = feed {
                Arc::make_mut(feed).next_url = None;
            }
        });
        self.more.set(Status::Idle);
    }
}

/// Tells the newsroom, in the console, how many items of a feed page that shows nothing
/// were dropped for each reason.
fn log_dropped(dropped: &feed::Discarded) {
    if dropped.total() > 0 {
        leptos::logging::warn!(
            "feed: no item of this page can be shown ({})",
            dropped.reasons()
        );
    }
}

/// A fetched feed page.
#[derive(Debug, Clone)]
pub struct FeedPage {
    pub feed: Arc<Feed>,
    /// The body's [`fingerprint`]: a published page records the one it was written from.
    pub fingerprint: u64,
    /// When the service worker saved this copy, if it came from its cache.
    pub saved_at: Option<String>,
}

impl FeedPage {
    /// A page read from `body`, as the app reads it.
    pub fn parse(body: &[u8]) -> Result<Self, FeedError> {
        Ok(FeedPage {
            feed: Arc::new(feed::parse(body)?),
            fingerprint: fingerprint(body),
            saved_at: None,
        })
    }
}

/// Fetches and reads one feed page. `revalidate` asks the server even when a copy is fresh.
pub async fn fetch_feed(
    url: &str,
    deadline: Duration,
    revalidate: bool,
) -> Result<FeedPage, LoadError> {
    let reply = api::get(url, deadline, revalidate)
        .await
        .map_err(LoadError::Fetch)?;
    let page = FeedPage::parse(&reply.body).map_err(|error| {
        if let FeedError::Empty(dropped) = &error {
            log_dropped(dropped);
        }
        LoadError::Parse(error)
    })?;
    let beyond = page.feed.discarded.beyond_limit;
    if beyond > 0 {
        leptos::logging::warn!(
            "feed: the page holds more than {} items; the {beyond} oldest are not read",
            feed::limits::MAX_ITEMS
        );
    }
    Ok(FeedPage {
        saved_at: reply.saved_at,
        ..page
    })
}

/// The store provided by the app.
pub fn use_feed_store() -> FeedStore {
    expect_context::<FeedStore>()
}
