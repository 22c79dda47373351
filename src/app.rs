//! The App: it loads the runtime configuration, then provides the locale and the feed to the
//! routes.

use std::{sync::Arc, time::Duration};

use leptos::{prelude::*, task::spawn_local};
use leptos_meta::{provide_meta_context, Html};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    api::{self, FetchError},
    browser,
    components::{LoadFailure, Notice},
    config::{choose_feed, parse_config, Config, FeedChoice, FeedPolicy},
    feed_store::FeedStore,
    i18n::{Locale, Msg},
    pages::HomePage,
};

/// Where the configuration lives, relative to the page's base URL.
const CONFIG_URL: &str = "config.json";
const CONFIG_DEADLINE: Duration = Duration::from_secs(10);

#[derive(Clone)]
enum Boot {
    Loading,
    Ready(Arc<Config>),
    Unreachable(FetchError),
    Invalid(String),
}

async fn load_config() -> Boot {
    match api::get_bytes(CONFIG_URL, CONFIG_DEADLINE).await {
        Ok(bytes) => match parse_config(&bytes) {
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
            let message = crate::feed_store::LoadError::Fetch(error).message(browser_locale);
            view! { <LoadFailure message on_retry/> }.into_any()
        }
        Boot::Invalid(reason) => {
            leptos::logging::error!("config.json: {reason}");
            let message = browser_locale.text(Msg::ConfigInvalid).to_owned();
            view! { <LoadFailure message on_retry/> }.into_any()
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
    let choice = choose_feed(&config, &page_url, browser::query_param("feed").as_deref());
    let refused = matches!(choice, FeedChoice::Refused { .. });
    let store = FeedStore::provide(
        choice.url().to_owned(),
        Duration::from_millis(u64::from(config.feed_timeout_ms)),
        FeedPolicy::new(&config, &page_url),
    );
    store.load();
    // A reader coming back to the tab gets the latest edition.
    let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            store.load();
        }
    });
    on_cleanup(move || on_visible.remove());

    view! {
        <Html {..} lang=locale.tag()/>
        {refused.then(|| view! { <Notice message=locale.text(Msg::FeedRefused).to_owned()/> })}
        <Router>
            <main id="contenu">
                <Routes fallback=|| ()>
                    <Route path=path!("/") view=HomePage/>
                </Routes>
            </main>
        </Router>
    }
}
