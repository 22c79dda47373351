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
        locale: manchette::i18n::Locale::Fr,
        attachments: &[],
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

/// The page lets frames come from the players' hosts and from nowhere else, and its script
/// builds a player with the sandbox the sanitiser's rules name.
#[test]
fn the_policy_and_the_page_script_agree_with_the_embed_rules() {
    use manchette::sanitize::embed::{PLAYER_HOSTS, SANDBOX};
    let post_build = std::fs::read_to_string("scripts/post-build.mjs").unwrap();
    let listed = post_build
        .split("const PLAYER_HOSTS = [")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("post-build.mjs names the players' hosts");
    let listed: Vec<&str> = listed
        .split(',')
        .map(|host| host.trim().trim_matches('\''))
        .filter(|host| !host.is_empty())
        .collect();
    assert_eq!(listed, PLAYER_HOSTS);
    assert!(post_build.contains("`frame-src ${PLAYER_HOSTS.join(' ')}`"));
    let index = std::fs::read_to_string("index.html").unwrap();
    assert!(index.contains(&format!("setAttribute(\"sandbox\", \"{SANDBOX}\")")));
}

/// A YouTube facade shows the video's poster once publishing hosts it, as a picture of its
/// variants that loads lazily; without it, nothing from the provider is named but its page.
#[test]
fn a_facade_shows_the_poster_publishing_hosted() {
    use manchette::pictures::Picture;
    let iframe =
        r#"<iframe title="Le port" src="https://www.youtube.com/embed/aBcDeFgHiJk"></iframe>"#;
    let poster = Picture::from_facts(
        "https://i.ytimg.com/vi/aBcDeFgHiJk/hqdefault.jpg",
        "0123456789abcdef 480 360 21",
    )
    .unwrap();
    let pictures = [poster];
    let with_poster = sanitize_to_string(
        iframe,
        &Context {
            pictures: &pictures,
            ..context()
        },
    );
    assert!(
        with_poster.contains(r#"<a class="embed-play""#)
            && with_poster.contains(r#"srcset="img/v/0123456789abcdef-320.webp 320w"#)
            && with_poster.contains(r#"loading="lazy""#)
            && !with_poster.contains("ytimg"),
        "{with_poster}"
    );
    let without = sanitize_to_string(iframe, &context());
    assert!(
        !without.contains("<img") && !without.contains("ytimg"),
        "{without}"
    );
}
