//! The App: it loads the runtime configuration, then provides the locale, the feed and the
//! router base to the routes. The whole routing table is here.

use std::{rc::Rc, sync::Arc, time::Duration};

use leptos::{prelude::*, task::spawn_local};
use leptos_meta::{provide_meta_context, Html};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    api::{self, FetchError},
    browser,
    comment_store::{provide_comment_counts, Backend, IssoBackend, LocalBackend, SharedBackend},
    components::{
        AppStatus, Base, BriefLine, LoadFailure, Notice, SiteFooter, SiteHeader, SiteName, Ticker,
    },
    config::{choose_feed, parse_config, CommentsConfig, Config, FeedChoice, FeedPolicy},
    feed,
    feed_store::{FeedStore, LoadError, Status},
    i18n::{Locale, Msg},
    live,
    navigation::NavigationEffects,
    pages::{
        ArticlePage, BriefsPage, HomePage, NotFoundPage, SavedPage, SearchPage, SectionPage,
        TagPage,
    },
    pwa::Pwa,
    saved::Saved,
};

/// Where the configuration lives, relative to the page's base URL.
const CONFIG_URL: &str = "config.json";
const CONFIG_DEADLINE: Duration = Duration::from_secs(10);
/// Briefs in the ticker under the masthead.
const TICKER_BRIEFS: usize = 3;

#[derive(Clone)]
enum Boot {
    Loading,
    Ready(Arc<Config>),
    Unreachable(FetchError),
    Invalid(String),
}

async fn load_config() -> Boot {
    // index.html preloads config.json, so that this answer is already on its way.
    match api::get(CONFIG_URL, CONFIG_DEADLINE, false).await {
        Ok(reply) => match parse_config(&reply.body) {
            Ok(config) => Boot::Ready(Arc::new(config)),
            Err(reason) => Boot::Invalid(reason),
        },
        // No config.json: the defaults read feed.json beside the page.
        Err(FetchError::Status(404)) => Boot::Ready(Arc::default()),
        Err(error) => Boot::Unreachable(error),
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let languages = browser::languages();
    let browser_locale =
        Locale::negotiate(languages.iter().map(String::as_str)).unwrap_or_default();
    let boot = RwSignal::new(Boot::Loading);
    let start = move || {
        boot.set(Boot::Loading);
        spawn_local(async move { boot.set(load_config().await) });
    };
    start();
    let on_retry = Callback::new(move |()| start());

    move || match boot.get() {
        Boot::Loading => view! {
            <p class="loading" role="status">{browser_locale.text(Msg::Loading)}</p>
        }
        .into_any(),
        Boot::Unreachable(error) => {
            let message = LoadError::Fetch(error).message(browser_locale);
            view! { <main class="boot-failure"><LoadFailure message on_retry/></main> }.into_any()
        }
        Boot::Invalid(reason) => {
            leptos::logging::error!("config.json: {reason}");
            let message = browser_locale.text(Msg::ConfigInvalid).to_owned();
            view! { <main class="boot-failure"><LoadFailure message on_retry/></main> }.into_any()
        }
        Boot::Ready(config) => view! { <Newspaper config browser_locale/> }.into_any(),
    }
}

/// The paper itself, once the configuration is known.
#[component]
fn Newspaper(config: Arc<Config>, browser_locale: Locale) -> impl IntoView {
    let locale = config
        .locale
        .as_deref()
        .and_then(|tag| Locale::negotiate([tag]))
        .unwrap_or(browser_locale);
    provide_context(locale);

    let page_url = browser::base_url();
    let base = browser::base_path(&page_url);
    provide_context(Base(base.clone()));
    let choice = choose_feed(&config, &page_url, browser::query_param("feed").as_deref());
    let refused = matches!(choice, FeedChoice::Refused { .. });
    let store = FeedStore::provide(
        choice.url().to_owned(),
        Duration::from_millis(u64::from(config.feed_timeout_ms)),
        FeedPolicy::new(&config, &page_url),
    );
    store.load();
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
    live::start(
        store,
        pwa,
        Duration::from_secs(u64::from(config.refresh_seconds)),
    );

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

    let settled = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false)
            || store.feed.with(Option::is_some)
            || matches!(store.status.get(), Status::Failed(_))
    });

    view! {
        <Html {..} lang=locale.tag()/>
        <Router base>
            <NavigationEffects/>
            // The page appears whole once the first load settles: nothing moves as parts arrive.
            <Show when=move || settled.get() fallback=move || view! {
                <main id="contenu" class="boot-loading">
                    <p class="loading" role="status">{locale.text(Msg::Loading)}</p>
                </main>
            }>
            {move || view! { <SiteHeader site_name=site_name.get() sections=sections.get()/> }}
            <Show when=move || ticker.with(|b| !b.is_empty())>
                <Ticker briefs=ticker/>
            </Show>
            <main id="contenu" tabindex="-1">
                <AppStatus/>
                {refused.then(|| view! { <Notice message=locale.text(Msg::FeedRefused).to_owned()/> })}
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/rubrique/:slug") view=SectionPage/>
                    <Route path=path!("/tag/:tag") view=TagPage/>
                    // One route for both, so that replacing a wrong slug keeps the view alive.
                    <Route path=path!("/article/:id/:slug?") view=ArticlePage/>
                    <Route path=path!("/fil-info") view=BriefsPage/>
                    <Route path=path!("/sauvegardes") view=SavedPage/>
                    <Route path=path!("/recherche") view=SearchPage/>
                </Routes>
            </main>
            {move || view! { <SiteFooter site_name=site_name.get() sections=sections.get() social=social.get()/> }}
            </Show>
        </Router>
    }
}
