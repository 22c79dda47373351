//! The App: it loads the runtime configuration, then provides the locale, the feed and the
//! router to the views, and draws the view of each address (the routing table is `route`).
//!
//! The same App draws in the browser and writes the published pages: everything it needs
//! from where it runs comes in its [`Start`], and what only a browser can do (storage, the
//! service worker, timers) starts in effects, which run only there.

use std::{rc::Rc, sync::Arc, time::Duration};

use leptos::{prelude::*, task::spawn_local};

use crate::on_mount::on_mount;
use crate::{
    api::{self, FetchError},
    browser,
    comment_store::{provide_comment_counts, Backend, IssoBackend, LocalBackend, SharedBackend},
    components::{
        AppStatus, Base, BriefLine, Clock, HeadSlot, Interactive, Later, LoadFailure, Notice, Site,
        SiteFooter, SiteHeader, SiteName, Ticker,
    },
    config::{choose_feed, parse_config, CommentsConfig, Config, FeedChoice, FeedPolicy},
    dates,
    feed::{self, fingerprint, Item},
    feed_store::{FeedPage, FeedStore, LoadError, Status},
    i18n::{Locale, Msg},
    live,
    navigation::NavigationEffects,
    neighbours::Neighbours,
    pages::{
        ArticlePage, BriefsPage, HomePage, NotFoundPage, PublishedArticle, SavedPage, SearchPage,
        SectionPage, TagPage,
    },
    pwa::Pwa,
    route::View,
    router::{use_router, Router},
    saved::Saved,
    url::origin,
};

/// Where the configuration lives, relative to the page's base URL.
pub const CONFIG_URL: &str = "config.json";
const CONFIG_DEADLINE: Duration = Duration::from_secs(10);
/// Briefs in the ticker under the masthead.
const TICKER_BRIEFS: usize = 3;

/// What the first drawing needs, gathered before it: from the browser by `main`, or by the
/// publishing step.
#[derive(Debug, Clone)]
pub struct Start {
    /// The page's base URL, absolute (its `<base href>`): relative URLs resolve against it.
    pub page_url: String,
    /// The address the app opens at: its path (the base included) and query, as the address
    /// bar has them.
    pub address: String,
    /// The page's `?feed=`, if any.
    pub requested_feed: Option<String>,
    /// The reader's languages, most preferred first.
    pub languages: Vec<String>,
    /// The time the first drawing shows, in milliseconds.
    pub now_ms: i64,
    /// The configuration and the feed's first page, when they are known before the first
    /// drawing: when publishing, and when taking a published page over.
    pub loaded: Option<Loaded>,
    /// The article an article's published page carries, as it was published: shown when the
    /// feed no longer holds it, so that a shared link never turns into "not found".
    pub article: Option<Arc<Item>>,
    /// That article's neighbours in its section, as its published page links to them: found in
    /// the whole archive, not only in the feed.
    pub neighbours: Option<Neighbours>,
}

#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Arc<Config>,
    pub first_page: FeedPage,
}

#[derive(Clone)]
pub enum Boot {
    Loading,
    Ready(Arc<Config>),
    Unreachable(FetchError),
    Invalid(String),
}

/// Fetches and reads config.json (no file means the defaults), with the fingerprint of its
/// bytes, which a published page records.
pub async fn load_config() -> (Boot, u64) {
    // index.html preloads config.json, so that this answer is already on its way.
    match api::get(CONFIG_URL, CONFIG_DEADLINE, false).await {
        Ok(reply) => {
            let boot = match parse_config(&reply.body) {
                Ok(config) => Boot::Ready(Arc::new(config)),
                Err(reason) => Boot::Invalid(reason),
            };
            (boot, fingerprint(&reply.body))
        }
        // No config.json: the defaults read feed.json beside the page.
        Err(FetchError::Status(404)) => (Boot::Ready(Arc::default()), fingerprint(b"")),
        Err(error) => (Boot::Unreachable(error), 0),
    }
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    Interactive::provide();
    Clock::provide(start.now_ms);
    let reader_locale =
        Locale::negotiate(start.languages.iter().map(String::as_str)).unwrap_or_default();
    let (boot, first_page) = match start.loaded.clone() {
        Some(loaded) => (Boot::Ready(loaded.config), Some(loaded.first_page)),
        None => (Boot::Loading, None),
    };
    let boot = RwSignal::new(boot);
    let first_page = StoredValue::new(first_page);
    let begin = move || {
        boot.set(Boot::Loading);
        spawn_local(async move { boot.set(load_config().await.0) });
    };
    if first_page.with_value(Option::is_none) {
        begin();
    }
    let on_retry = Callback::new(move |()| begin());

    move || match boot.get() {
        Boot::Loading => view! {
            <p class="loading" role="status">{reader_locale.text(Msg::Loading)}</p>
        }
        .into_any(),
        Boot::Unreachable(error) => {
            let message = LoadError::Fetch(error).message(reader_locale);
            view! { <main class="boot-failure"><LoadFailure message on_retry/></main> }.into_any()
        }
        Boot::Invalid(reason) => {
            leptos::logging::error!("config.json: {reason}");
            let message = reader_locale.text(Msg::ConfigInvalid).to_owned();
            view! { <main class="boot-failure"><LoadFailure message on_retry/></main> }.into_any()
        }
        Boot::Ready(config) => {
            let first_page = first_page.try_update_value(Option::take).flatten();
            let start = start.clone();
            // Over a published page, the paper's setup is a task of its own.
            view! { <Later><Newspaper config start first_page/></Later> }.into_any()
        }
    }
}

/// The paper itself, once the configuration is known.
#[component]
fn Newspaper(config: Arc<Config>, start: Start, first_page: Option<FeedPage>) -> impl IntoView {
    if let Err(unknown) = dates::set_time_zone(&config.time_zone) {
        leptos::logging::error!("config.json: {unknown}; dates are written in UTC");
    }
    let page_url = start.page_url.clone();
    let base = browser::base_path(&page_url);
    provide_context(Base(base.clone()));
    let router = Router::provide(base, &start.address);
    on_mount(move || router.listen());
    provide_context(Site {
        root: config.site_root().unwrap_or_else(|| page_url.clone()),
        page_origin: origin(&page_url).unwrap_or_default(),
    });
    provide_context(PublishedArticle {
        item: start.article.clone(),
        neighbours: start.neighbours.clone(),
    });
    let choice = choose_feed(&config, &page_url, start.requested_feed.as_deref());
    let refused = matches!(choice, FeedChoice::Refused { .. });
    let store = FeedStore::provide(
        choice.url().to_owned(),
        Duration::from_millis(u64::from(config.feed_timeout_ms)),
        FeedPolicy::new(&config, &page_url),
        first_page,
    );
    let backend: Rc<Backend> = Rc::new(match &config.comments {
        CommentsConfig::Local => Backend::Local(LocalBackend::default()),
        CommentsConfig::Isso {
            url,
            edit_window_minutes,
        } => Backend::Isso(IssoBackend::new(url, *edit_window_minutes)),
    });
    let backend: SharedBackend = StoredValue::new_local(backend);
    provide_context(backend);
    provide_comment_counts(backend);
    let config_url =
        crate::url::resolve(&page_url, CONFIG_URL).unwrap_or_else(|| CONFIG_URL.to_owned());
    let pwa = Pwa::provide(vec![config_url, store.url()]);
    Saved::provide();
    let refresh = Duration::from_secs(u64::from(config.refresh_seconds));
    on_mount(move || live::start(store, pwa, refresh));

    let configured_name = config.site_name.clone();
    let site_name = Memo::new(move |_| {
        configured_name.clone().unwrap_or_else(|| {
            store.feed.with(|f| {
                f.as_ref()
                    .map(|f| {
                        f.newsroom
                            .site_name
                            .clone()
                            .unwrap_or_else(|| f.title.clone())
                    })
                    .unwrap_or_default()
            })
        })
    });
    provide_context(SiteName(site_name.into()));
    let head = HeadSlot::use_or_provide();
    let root = use_context::<Site>().unwrap_or_default().root;
    Effect::new(move |_| {
        head.0.with(|page| {
            if let Some(page) = page {
                browser::apply_head(page, &site_name.get(), &root);
            }
        })
    });

    let settled = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false)
            || store.feed.with(Option::is_some)
            || matches!(store.status.get(), Status::Failed(_))
    });
    let waiting_locale =
        Locale::for_paper(config.locale.as_deref(), [None, None], &start.languages);
    let configured_locale = config.locale.clone();
    let languages = start.languages.clone();

    view! {
        <NavigationEffects/>
        // The page appears whole once the first load settles: nothing moves as parts arrive.
        <Show when=move || settled.get() fallback=move || view! {
            <main id="contenu" class="boot-loading">
                <p class="loading" role="status">{waiting_locale.text(Msg::Loading)}</p>
            </main>
        }>
            {
                let locale = paper_locale(store, configured_locale.as_deref(), &languages);
                // Over a published page, drawn in a task after the paper's setup.
                view! { <Later><Paper store site_name refused locale/></Later> }
            }
        </Show>
    }
}

/// The view of a route; its parameters are the router's.
fn view_at(view: View) -> AnyView {
    match view {
        View::Home => view! { <HomePage/> }.into_any(),
        View::Section => view! { <SectionPage/> }.into_any(),
        View::Tag => view! { <TagPage/> }.into_any(),
        View::Article => view! { <ArticlePage/> }.into_any(),
        View::Briefs => view! { <BriefsPage/> }.into_any(),
        View::Saved => view! { <SavedPage/> }.into_any(),
        View::Search => view! { <SearchPage/> }.into_any(),
        // Only publishing draws the archive's pages; the app leaves them as published.
        #[cfg(not(target_arch = "wasm32"))]
        View::Archives => view! { <crate::pages::ArchivesPage/> }.into_any(),
        #[cfg(target_arch = "wasm32")]
        View::Archives => view! { <NotFoundPage/> }.into_any(),
        View::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The interface language, once the feed (and so its language) is known.
fn paper_locale(store: FeedStore, configured: Option<&str>, reader: &[String]) -> Locale {
    store.feed.with_untracked(|feed| {
        let feed = feed.as_deref();
        Locale::for_paper(
            configured,
            [
                feed.and_then(|f| f.language.as_deref()),
                feed.and_then(|f| f.newsroom.locale.as_deref()),
            ],
            reader,
        )
    })
}

/// The masthead, the routes and the footer.
#[component]
fn Paper(
    store: FeedStore,
    site_name: Memo<String>,
    refused: bool,
    locale: Locale,
) -> impl IntoView {
    provide_context(locale);
    on_mount(move || browser::set_language(locale));
    let router = use_router();
    let sections = Memo::new(move |_| {
        store.feed.with(|f| {
            f.as_ref()
                .map(|f| f.newsroom.sections.clone())
                .unwrap_or_default()
        })
    });
    let social = Memo::new(move |_| {
        store.feed.with(|f| {
            f.as_ref()
                .map(|f| f.newsroom.social.clone())
                .unwrap_or_default()
        })
    });
    let ticker = Memo::new(move |_| {
        store.feed.with(|f| {
            f.as_ref()
                .map(|f| {
                    feed::briefs(f)
                        .into_iter()
                        .take(TICKER_BRIEFS)
                        .map(BriefLine::from)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        // Each part of the frame is taken over in a task of its own, the masthead too: the
        // published one reads and links the same until then.
        <Later>
            {move || view! { <SiteHeader site_name=site_name.get() sections=sections.get()/> }}
        </Later>
        <Later>
            <Show when=move || ticker.with(|b| !b.is_empty())>
                <Ticker briefs=ticker/>
            </Show>
        </Later>
        <main id="contenu" tabindex="-1">
            <AppStatus/>
            {refused.then(|| view! { <Notice message=locale.text(Msg::FeedRefused).to_owned()/> })}
            // The page itself, in a task after the frame's.
            <Later>{move || view_at(router.view.get())}</Later>
        </main>
        <Later>
            {move || view! { <SiteFooter site_name=site_name.get() sections=sections.get() social=social.get()/> }}
        </Later>
    }
}
