//! The feed store and its gate against real fetches: each way a feed can fail shows its own
//! message with a retry, and a failed refresh keeps the last good feed on screen. (The
//! deadline needs a server that holds a request open: the e2e layer has one.)

use std::{sync::Arc, time::Duration};

use leptos::prelude::*;
use manchette::{
    components::{FeedGate, LoadMore},
    config::{Config, FeedPolicy},
    feed_store::{FeedStore, Status},
    i18n::{Locale, Msg},
};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{blob_url, mount, sleep, until, Mounted};

const GOOD: &str = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Le Journal",
    "items":[{"id":"1","title":"Premier titre","content_text":"x"},{"id":"2","title":"Second titre","content_text":"y"}]}"#;

/// Mounts a gate over a store reading `url`, and starts the load.
fn gate_for(url: String, deadline: Duration) -> (Mounted, FeedStore) {
    let store = Arc::new(std::sync::OnceLock::new());
    let slot = store.clone();
    let mounted = mount(move || {
        let base = leptos::prelude::document().base_uri().unwrap().unwrap();
        let store = FeedStore::provide(
            url,
            deadline,
            FeedPolicy::new(&Config::default(), &base),
            None,
        );
        slot.set(store).ok();
        store.load();
        view! {
            <FeedGate store ready=move |feed| view! {
                <ul>{feed.items.iter().map(|i| view! { <li>{i.title.clone()}</li> }).collect_view()}</ul>
                <LoadMore store/>
            }/>
        }
    });
    (mounted, *store.get().unwrap())
}

async fn failure_text(url: String, deadline: Duration) -> String {
    let (mounted, store) = gate_for(url, deadline);
    until("the load fails", || {
        matches!(store.status.get_untracked(), Status::Failed(_))
    })
    .await;
    assert_eq!(mounted.texts("[role=alert] button"), ["Réessayer"]);
    mounted.texts("[role=alert] p").concat()
}

const PATIENT: Duration = Duration::from_secs(10);

#[wasm_bindgen_test]
async fn an_http_error_names_its_status() {
    let text = failure_text("/no-such-feed.json".into(), PATIENT).await;
    assert_eq!(text, Locale::Fr.http_status(404));
}

#[wasm_bindgen_test]
async fn an_unreachable_server_says_so() {
    let text = failure_text("http://127.0.0.1:9/feed.json".into(), PATIENT).await;
    assert_eq!(text, Locale::Fr.text(Msg::FeedUnreachable));
}

#[wasm_bindgen_test]
async fn an_html_page_is_not_a_feed() {
    let url = blob_url("<!doctype html><title>Erreur</title>", "text/html");
    assert_eq!(
        failure_text(url, PATIENT).await,
        Locale::Fr.text(Msg::FeedHtml)
    );
}

#[wasm_bindgen_test]
async fn an_rss_document_is_named() {
    let url = blob_url(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>",
        "application/rss+xml",
    );
    assert_eq!(
        failure_text(url, PATIENT).await,
        Locale::Fr.text(Msg::FeedXml)
    );
}

#[wasm_bindgen_test]
async fn json_that_is_not_a_feed_is_named() {
    let url = blob_url("[1, 2, 3]", "application/json");
    assert_eq!(
        failure_text(url, PATIENT).await,
        Locale::Fr.text(Msg::FeedNotAFeed)
    );
}

#[wasm_bindgen_test]
async fn an_empty_feed_is_named() {
    let url = blob_url(
        r#"{"version":"https://jsonfeed.org/version/1.1","title":"V","items":[]}"#,
        "application/json",
    );
    assert_eq!(
        failure_text(url, PATIENT).await,
        Locale::Fr.text(Msg::FeedEmpty)
    );
}

#[wasm_bindgen_test]
async fn a_good_feed_shows_its_titles() {
    let (mounted, store) = gate_for(blob_url(GOOD, "application/json"), PATIENT);
    until("the feed loads", || store.feed.get_untracked().is_some()).await;
    assert_eq!(mounted.texts("li"), ["Premier titre", "Second titre"]);
    assert!(mounted.texts("[role=alert]").is_empty());
}

#[wasm_bindgen_test]
async fn a_failed_refresh_keeps_the_last_feed_under_a_notice() {
    let url = blob_url(GOOD, "application/json");
    let (mounted, store) = gate_for(url.clone(), PATIENT);
    until("the feed loads", || store.feed.get_untracked().is_some()).await;
    // The blob is revoked: the next fetch of the same URL fails, as a server gone away would.
    web_sys::Url::revoke_object_url(&url).unwrap();
    store.load();
    until("the refresh fails", || {
        matches!(store.status.get_untracked(), Status::Failed(_))
    })
    .await;
    assert_eq!(
        mounted.texts("li"),
        ["Premier titre", "Second titre"],
        "the feed stays"
    );
    let notice = mounted.texts("[role=status] p").concat();
    assert!(
        notice.starts_with(Locale::Fr.text(Msg::RefreshFailed)),
        "{notice}"
    );
    assert!(mounted.texts("[role=alert]").is_empty());
}

#[wasm_bindgen_test]
async fn a_next_page_on_a_foreign_origin_is_refused() {
    let first = GOOD.replace(
        r#""title":"Le Journal","#,
        r#""title":"Le Journal","next_url":"https://elsewhere.example/2.json","#,
    );
    let (mounted, store) = gate_for(blob_url(&first, "application/json"), PATIENT);
    until("the feed loads", || store.feed.get_untracked().is_some()).await;
    assert_eq!(
        mounted.texts("button.load-more"),
        [Locale::Fr.text(Msg::LoadMore)]
    );
    mounted.click("button.load-more");
    sleep(Duration::from_millis(50)).await;
    assert!(
        mounted.text().contains(Locale::Fr.text(Msg::FeedRefused)),
        "{}",
        mounted.text()
    );
    assert!(
        mounted.texts("button.load-more").is_empty(),
        "no button to a refused page"
    );
    assert_eq!(mounted.texts("li").len(), 2);
}
