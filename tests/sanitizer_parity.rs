//! The publishing step's sanitiser (html5ever) on a table of hostile and ordinary HTML. The
//! browser layer holds the browser's sanitiser (its DomParser) to the same table, so that the
//! two parsers can never let different things through. `MANCHETTE_BLESS=1 cargo test --test
//! sanitizer_parity` rewrites the table's outputs after a deliberate change of the rules.
#![cfg(not(target_arch = "wasm32"))]

use manchette::sanitize::{sanitize_to_string, Context};
use serde_json::Value;

const CASES: &str = "tests/fixtures/sanitizer-cases.json";

fn context() -> Context<'static> {
    Context {
        base: Some("https://journal.example/feed.json"),
        page_origin: "https://journal.example",
        external_label: "(lien externe)",
        pictures: &[],
    }
}

#[test]
fn the_native_sanitiser_gives_the_tables_outputs() {
    let mut cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(CASES).unwrap()).unwrap();
    assert!(cases.len() >= 30);
    let bless = std::env::var_os("MANCHETTE_BLESS").is_some();
    for case in &mut cases {
        let html = case["html"].as_str().unwrap().to_owned();
        let sanitized = sanitize_to_string(&html, &context());
        for active in [
            "<script",
            "onerror",
            "onload",
            "javascript:",
            "<iframe",
            "<svg",
            "<math",
            "style=",
        ] {
            assert!(
                !sanitized.contains(active),
                "{active} survives in {sanitized:?} (from {html:?})"
            );
        }
        if bless {
            case["sanitized"] = Value::String(sanitized);
        } else {
            assert_eq!(
                case["sanitized"].as_str(),
                Some(sanitized.as_str()),
                "for {html:?}"
            );
        }
    }
    if bless {
        let mut text = serde_json::to_string_pretty(&cases).unwrap();
        text.push('\n');
        std::fs::write(CASES, text).unwrap();
    }
}
