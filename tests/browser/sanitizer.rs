//! The one sanitiser against hostile HTML: nothing active survives, reading markup does.

use manchette::sanitize::{sanitize, Context};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

const ORIGIN: &str = "https://journal.example";

/// The sanitised HTML, serialised for inspection.
fn clean(html: &str) -> String {
    let context = Context {
        base: Some("https://journal.example/feed.json"),
        page_origin: ORIGIN,
        external_label: "(lien externe)",
        pictures: &[],
        locale: manchette::i18n::Locale::Fr,
        attachments: &[],
    };
    let fragment = sanitize(html, &context);
    let holder: Element = leptos::prelude::document().create_element("div").unwrap();
    holder.append_child(&fragment).unwrap();
    holder.inner_html()
}

#[wasm_bindgen_test]
fn reading_markup_is_kept() {
    let html = "<p>Un <strong>texte</strong> <em>important</em>.</p><h2>Titre</h2><ul><li>un</li></ul>\
                <blockquote><p>Citation</p></blockquote><table><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>";
    assert_eq!(clean(html), html);
}

#[wasm_bindgen_test]
fn scripts_and_active_elements_go_with_their_content() {
    for hostile in [
        "<script>window.__pwned = 1</script>",
        "<style>body { display: none }</style>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=\"q\"><button>Go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<template><img src=x onerror=alert(1)></template>",
        "<noscript><p>hidden</p></noscript>",
    ] {
        assert_eq!(
            clean(&format!("<p>avant</p>{hostile}<p>après</p>")),
            "<p>avant</p><p>après</p>",
            "{hostile}"
        );
    }
    // A frame from a host no rule knows never renders: it leaves a link to its address.
    let framed = clean("<iframe src=\"https://evil.example/carte\"></iframe>");
    assert!(!framed.contains("<iframe"), "{framed}");
    assert!(
        framed.starts_with("<p><a href=\"https://evil.example/carte\""),
        "{framed}"
    );
}

#[wasm_bindgen_test]
fn svg_and_math_are_dropped_whole() {
    assert_eq!(
        clean("<svg><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a></svg>ok"),
        "ok"
    );
    assert_eq!(
        clean("<math><mtext><img src=x onerror=alert(1)></mtext></math>ok"),
        "ok"
    );
}

#[wasm_bindgen_test]
fn event_handlers_and_styles_are_dropped() {
    let out =
        clean("<p onclick=\"alert(1)\" style=\"position:fixed\" class=\"x\" id=\"y\">texte</p>");
    assert_eq!(out, "<p>texte</p>");
    let out = clean("<img src=\"https://journal.example/a.jpg\" onerror=\"alert(1)\" width=\"640\" height=\"360\" alt=\"Port\">");
    // Attributes leave in one order, whatever the parser; the page's own URLs lose their origin.
    assert_eq!(out, "<img alt=\"Port\" height=\"360\" src=\"/a.jpg\" width=\"640\" loading=\"lazy\" decoding=\"async\">");
}

#[wasm_bindgen_test]
fn script_and_data_urls_are_dropped() {
    assert_eq!(
        clean("<a href=\"javascript:alert(1)\">lien</a>"),
        "<a>lien</a>"
    );
    assert_eq!(
        clean("<a href=\"&#106;avascript:alert(1)\">lien</a>"),
        "<a>lien</a>"
    );
    assert_eq!(
        clean("<a href=\" java\tscript:alert(1)\">lien</a>"),
        "<a>lien</a>"
    );
    assert_eq!(
        clean("<a href=\"data:text/html,<script>alert(1)</script>\">lien</a>"),
        "<a>lien</a>"
    );
    assert_eq!(
        clean("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">"),
        ""
    );
    assert_eq!(clean("<img src=\"javascript:alert(1)\">"), "");
}

#[wasm_bindgen_test]
fn links_are_safe_and_external_ones_are_marked() {
    let out = clean("<a href=\"https://other.example/x\">ailleurs</a>");
    assert_eq!(
        out,
        "<a href=\"https://other.example/x\" rel=\"noopener noreferrer\" class=\"external\">ailleurs<span class=\"visually-hidden\"> (lien externe)</span></a>"
    );
    let out = clean("<a href=\"/autre-page\">ici</a>");
    assert_eq!(
        out,
        "<a href=\"/autre-page\" rel=\"noopener noreferrer\">ici</a>"
    );
    let out = clean("<a href=\"mailto:redaction@journal.example\">écrire</a>");
    assert!(
        out.starts_with("<a href=\"mailto:redaction@journal.example\""),
        "{out}"
    );
}

#[wasm_bindgen_test]
fn images_without_a_size_get_one_from_css() {
    let out = clean("<img src=\"img/port.svg\" alt=\"\">");
    assert_eq!(out, "<img alt=\"\" src=\"/img/port.svg\" loading=\"lazy\" decoding=\"async\" class=\"unsized\">");
}

#[wasm_bindgen_test]
fn unknown_containers_keep_their_text() {
    assert_eq!(
        clean("<div><span>un</span> <font color=red>deux</font></div><div>trois</div>"),
        "un deux trois "
    );
    assert_eq!(
        clean("<h1>Titre</h1><h6>petit</h6>"),
        "<h2>Titre</h2><h4>petit</h4>"
    );
}

#[wasm_bindgen_test]
fn numeric_attributes_must_be_numbers() {
    assert_eq!(
        clean("<ol start=\"3\"><li>x</li></ol>"),
        "<ol start=\"3\"><li>x</li></ol>"
    );
    assert_eq!(
        clean("<ol start=\"3;alert(1)\"><li>x</li></ol>"),
        "<ol><li>x</li></ol>"
    );
}

#[wasm_bindgen_test]
fn deep_nesting_is_flattened_to_text() {
    let deep = format!(
        "{}fond{}",
        "<blockquote>".repeat(200),
        "</blockquote>".repeat(200)
    );
    let out = clean(&deep);
    assert!(
        out.ends_with("fond</blockquote>".repeat(64).as_str()) || out.contains("fond"),
        "{}",
        out.len()
    );
    assert!(out.matches("<blockquote>").count() <= 64);
}

#[wasm_bindgen_test]
fn the_parse_is_inert() {
    // Nothing in the parsed document runs or loads: the marker stays unset.
    clean("<img src=x onerror=\"window.__sanitizer_pwned = 1\"><script>window.__sanitizer_pwned = 1</script>");
    let window = leptos::prelude::window();
    let marker = js_sys::Reflect::get(&window, &"__sanitizer_pwned".into()).unwrap();
    assert!(marker.is_undefined());
    let _: &web_sys::Window = window.unchecked_ref();
}

/// The browser's own serialisation of an HTML string (through an inert `<template>`).
fn reserialised(html: &str) -> String {
    let template: web_sys::HtmlTemplateElement = leptos::prelude::document()
        .create_element("template")
        .unwrap()
        .unchecked_into();
    template.set_inner_html(html);
    template.inner_html()
}

/// The publishing step sanitises with html5ever; `tests/sanitizer_parity.rs` records its
/// output for each case. The browser's parser must give the same result, node for node.
#[wasm_bindgen_test]
fn the_browser_and_the_publishing_step_sanitise_alike() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../fixtures/sanitizer-cases.json")).unwrap();
    assert!(cases.len() >= 30);
    let mut differences = Vec::new();
    for case in &cases {
        let html = case["html"].as_str().unwrap();
        let native = reserialised(case["sanitized"].as_str().unwrap());
        let browser = clean(html);
        if browser != native {
            differences.push(format!(
                "{html:?}\n  browser: {browser:?}\n  native:  {native:?}"
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
