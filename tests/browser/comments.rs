//! The comments area in the browser: the form's validation and counter, the delivery states,
//! drafts that survive a remount, and storage that is corrupt or from a newer version.

use std::rc::Rc;

use leptos::prelude::*;
use manchette::{
    comment_store::{Backend, IssoBackend, LocalBackend, SharedBackend, ThreadRef},
    components::CommentsSection,
    feed::{parse_rfc3339, SeedComment},
    i18n::{Locale, Msg},
    storage,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Event, HtmlInputElement, HtmlTextAreaElement};

use crate::support::{mount, settle, until, Mounted};

/// A thread of its own for each test, so that stored comments never mix.
fn thread(name: &str) -> ThreadRef {
    ThreadRef {
        uri: format!("/article/test-{name}-{}", js_sys::Date::now() as i64),
        title: "Un article".into(),
        seeds: vec![SeedComment {
            id: "seed-1".into(),
            parent: None,
            author: Some("Samia".into()),
            text: "Premier commentaire du journal.".into(),
            created: parse_rfc3339("2026-11-28T09:00:00+01:00"),
        }],
    }
}

fn section(backend: Backend, thread: ThreadRef) -> Mounted {
    mount(move || {
        let backend: SharedBackend = StoredValue::new_local(Rc::new(backend));
        provide_context(backend);
        view! { <CommentsSection thread/> }
    })
}

fn local() -> Backend {
    Backend::Local(LocalBackend::default())
}

fn type_text(mounted: &Mounted, selector: &str, text: &str) {
    let element = mounted
        .root
        .query_selector(selector)
        .unwrap()
        .expect(selector);
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
    } else {
        element.unchecked_ref::<HtmlInputElement>().set_value(text);
    }
    element
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
}

/// Types, then lets the view catch up.
async fn type_and_settle(mounted: &Mounted, selector: &str, text: &str) {
    type_text(mounted, selector, text);
    settle().await;
}

fn submit(mounted: &Mounted) {
    mounted.click(".comments > .comment-form button[type=submit]");
}

fn heading(mounted: &Mounted) -> String {
    mounted.texts(".comments > h2").concat()
}

#[wasm_bindgen_test]
async fn the_seeded_discussion_shows_with_its_count() {
    let mounted = section(local(), thread("seeds"));
    until("the thread loads", || {
        heading(&mounted) == "Commentaires (1)"
    })
    .await;
    assert_eq!(mounted.texts(".comment-author"), ["Samia"]);
}

#[wasm_bindgen_test]
async fn the_counter_follows_the_text_and_short_text_is_refused() {
    let mounted = section(local(), thread("counter"));
    until("the thread loads", || {
        heading(&mounted) == "Commentaires (1)"
    })
    .await;
    type_and_settle(&mounted, ".comments > .comment-form textarea", "ab").await;
    assert_eq!(
        mounted.texts(".comments > .comment-form .comment-counter"),
        [Locale::Fr.characters(2, 5000)]
    );
    submit(&mounted);
    settle().await;
    assert_eq!(
        mounted.texts(".comments > .comment-form [role=alert]"),
        [Locale::Fr.text(Msg::CommentTooShort)]
    );
    assert_eq!(heading(&mounted), "Commentaires (1)", "nothing was posted");
    type_and_settle(
        &mounted,
        ".comments > .comment-form textarea",
        &"x".repeat(5001),
    )
    .await;
    submit(&mounted);
    settle().await;
    assert_eq!(
        mounted.texts(".comments > .comment-form [role=alert]"),
        [Locale::Fr.text(Msg::CommentTooLong)]
    );
    assert!(mounted
        .root
        .query_selector(".comment-counter.over")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_local_comment_is_sent_marked_as_mine_and_the_form_emptied() {
    let mounted = section(local(), thread("local"));
    until("the thread loads", || {
        heading(&mounted) == "Commentaires (1)"
    })
    .await;
    type_text(
        &mounted,
        ".comments > .comment-form input[type=text]",
        "Karim",
    );
    type_text(
        &mounted,
        ".comments > .comment-form textarea",
        "Très bon article, merci.",
    );
    submit(&mounted);
    until("the comment shows", || {
        heading(&mounted) == "Commentaires (2)"
    })
    .await;
    assert_eq!(mounted.texts(".comment.mine .comment-author"), ["Karim"]);
    assert_eq!(
        mounted.texts(".comment.mine .comment-mine"),
        [Locale::Fr.text(Msg::ByYou)]
    );
    let area: HtmlTextAreaElement = mounted
        .root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(area.value(), "");
}

#[wasm_bindgen_test]
async fn a_comment_the_server_cannot_take_goes_pending_then_failed_and_stays() {
    let backend = Backend::Isso(IssoBackend::new("http://127.0.0.1:9/", 15));
    let mounted = section(backend, thread("pending"));
    until("the thread fails to load", || {
        !mounted.texts(".comments [role=alert] button").is_empty()
    })
    .await;
    type_text(
        &mounted,
        ".comments > .comment-form textarea",
        "Un avis qui doit survivre.",
    );
    submit(&mounted);
    until("the comment waits", || {
        !mounted.texts(".comment[data-delivery=pending]").is_empty()
    })
    .await;
    assert!(mounted
        .texts(".comment-status")
        .concat()
        .contains(Locale::Fr.text(Msg::Pending)));
    until("the form says the comment is kept", || {
        mounted.texts(".comments > .comment-form [role=status]")
            == [Locale::Fr.text(Msg::CommentQueued)]
    })
    .await;
    // Two more failures, by the retry button, and it is marked failed.
    let attempts = || {
        mounted
            .root
            .query_selector(".comment[data-attempts]")
            .unwrap()
            .and_then(|c| c.get_attribute("data-attempts"))
            .and_then(|a| a.parse::<u32>().ok())
            .unwrap_or(0)
    };
    for _ in 0..2 {
        let before = attempts();
        mounted.click(".comment[data-delivery] .comment-actions button");
        until("the attempt ends", || attempts() > before).await;
    }
    until("the comment is failed", || {
        !mounted.texts(".comment[data-delivery=failed]").is_empty()
    })
    .await;
    assert!(mounted
        .texts(".comment-status")
        .concat()
        .starts_with(Locale::Fr.text(Msg::FailedToSend)));
    assert_eq!(
        mounted.texts(".comment[data-delivery=failed] .comment-text p"),
        ["Un avis qui doit survivre."]
    );
    assert!(mounted
        .texts(".comment[data-delivery=failed] button")
        .contains(&Locale::Fr.text(Msg::Edit).to_owned()));
}

#[wasm_bindgen_test]
async fn a_draft_survives_a_remount() {
    let thread = thread("draft");
    let first = section(local(), thread.clone());
    until("the form shows", || {
        first.root.query_selector("textarea").unwrap().is_some()
    })
    .await;
    type_text(
        &first,
        ".comments > .comment-form textarea",
        "Je reviens finir ma phrase",
    );
    drop(first);
    let second = section(local(), thread);
    until("the form shows again", || {
        second.root.query_selector("textarea").unwrap().is_some()
    })
    .await;
    let area: HtmlTextAreaElement = second
        .root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(area.value(), "Je reviens finir ma phrase");
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_kept_aside_and_the_thread_still_reads() {
    let thread = thread("corrupt");
    let key = format!("comments.v1:{}", thread.uri);
    storage::write(&key, "{\"version\":1,\"comments\":[{\"id\":").unwrap();
    let mounted = section(local(), thread.clone());
    until("the notice shows", || {
        mounted
            .text()
            .contains(Locale::Fr.text(Msg::StorageKeptAside))
    })
    .await;
    assert_eq!(
        heading(&mounted),
        "Commentaires (1)",
        "the seeds still read"
    );
    let storage = leptos::prelude::window().local_storage().unwrap().unwrap();
    let aside: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("manchette:{key}.unreadable-")))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        storage.get_item(&aside[0]).unwrap().as_deref(),
        Some("{\"version\":1,\"comments\":[{\"id\":")
    );
}

#[wasm_bindgen_test]
async fn a_value_from_a_newer_version_is_not_overwritten() {
    let thread = thread("newer");
    let key = format!("comments.v1:{}", thread.uri);
    let newer = r#"{"version":7,"comments":[],"reactions":{"x":1}}"#;
    storage::write(&key, newer).unwrap();
    let mounted = section(local(), thread);
    until("the notice shows", || {
        mounted
            .text()
            .contains(Locale::Fr.text(Msg::StorageKeptAside))
    })
    .await;
    type_text(
        &mounted,
        ".comments > .comment-form textarea",
        "Écrit après la mise de côté.",
    );
    submit(&mounted);
    until("the comment shows", || {
        heading(&mounted) == "Commentaires (2)"
    })
    .await;
    let storage = leptos::prelude::window().local_storage().unwrap().unwrap();
    let kept = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|k| k.starts_with(&format!("manchette:{key}.unreadable-")))
        .and_then(|k| storage.get_item(&k).unwrap());
    assert_eq!(
        kept.as_deref(),
        Some(newer),
        "the newer value is kept aside, byte for byte"
    );
}

/// Pieces that generated comments are made of: markup, script addresses, characters that
/// hide or reorder text, and plain words.
const HOSTILE: &[&str] = &[
    "<img src=x onerror=\"window.__pwned=1\">",
    "<script>window.__pwned=1</script>",
    "</bdi><b>faux</b>",
    "<a href=\"javascript:window.__pwned=1\">lien</a>",
    "[clic](javascript:window.__pwned=1)",
    "<svg onload=window.__pwned=1>",
    "&lt;i&gt;",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\n\n",
    "\"'`",
    "Samia",
    "un avis",
];

const WEBSITES: &[&str] = &[
    "javascript:window.__pwned=1",
    " JaVaScRiPt:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    "https://lecteur.example/\"onmouseover=\"window.__pwned=1",
    "//evil.example",
    "https://lecteur.example",
    "",
];

/// A fixed-seed xorshift, so that every run generates the same comments.
struct Cases(u64);

impl Cases {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }

    fn text(&mut self, pieces: usize) -> String {
        (0..1 + self.next(pieces))
            .map(|_| HOSTILE[self.next(HOSTILE.len())])
            .collect()
    }
}

#[wasm_bindgen_test]
async fn generated_hostile_comments_render_as_text_and_safe_links() {
    let thread = thread("generated");
    let mut cases = Cases(0x6d61_6e63_6865_7474);
    let comments: Vec<_> = (0..80)
        .map(|n| manchette::comments::schema::StoredComment {
            id: format!("g{n}"),
            parent: (n % 3 == 2).then(|| format!("g{}", n - 1)),
            author: Some(cases.text(3)),
            website: Some(WEBSITES[cases.next(WEBSITES.len())].to_owned()),
            text: cases.text(6),
            created: 1_796_000_000_000 + n,
            modified: None,
            deleted: false,
        })
        .collect();
    let stored = manchette::comments::schema::LocalThread {
        comments,
        ..Default::default()
    };
    storage::write_versioned(&format!("comments.v1:{}", thread.uri), &stored).unwrap();
    let mounted = section(local(), thread);
    until("the generated thread shows", || {
        mounted
            .root
            .query_selector_all(".comment")
            .unwrap()
            .length()
            == 81
    })
    .await;
    settle().await;

    let list = mounted
        .root
        .query_selector(".comment-list")
        .unwrap()
        .unwrap();
    let everything = list.query_selector_all("*").unwrap();
    for i in 0..everything.length() {
        let element: web_sys::Element = everything.item(i).unwrap().unchecked_into();
        let tag = element.tag_name().to_ascii_lowercase();
        assert!(
            !matches!(
                tag.as_str(),
                "script" | "img" | "svg" | "iframe" | "object" | "embed" | "b"
            ),
            "a <{tag}> reached the page"
        );
        let names = element.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            assert!(!name.starts_with("on"), "{name} on <{tag}>");
        }
        if let Some(href) = element.get_attribute("href") {
            assert!(
                href.starts_with("https://") || href.starts_with("http://"),
                "href {href:?}"
            );
        }
    }
    // Every name and text is text: no element inside them.
    for selector in [".comment-author bdi", ".comment-text p"] {
        let found = list.query_selector_all(&format!("{selector} *")).unwrap();
        assert_eq!(found.length(), 0, "elements inside {selector}");
    }
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "a script ran");
}
