//! Drawing the app over a published page: in one task, with the parts below the first screen
//! kept as published until their own task draws them, and the reader's focus kept.

use leptos::{mount::mount_to, prelude::*};
use manchette::components::{draw_over_published, Later};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlElement;

use crate::support::until;

fn text_of(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_published_page_is_drawn_over_keeping_its_later_parts_until_their_task() {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    // What publishing wrote: the top, then a part below the first screen, and a field.
    root.set_inner_html(
        r#"<h1>Titre</h1><div class="later"><p id="part">publié</p></div><input id="champ">"#,
    );
    let published_heading = root.query_selector("h1").unwrap().unwrap();
    let published_part = root.query_selector("#part").unwrap().unwrap();
    let field: HtmlElement = root
        .query_selector("#champ")
        .unwrap()
        .unwrap()
        .unchecked_into();
    field.focus().unwrap();

    let target = root.clone();
    draw_over_published(&root, move || {
        mount_to(target, || {
            view! {
                <h1>"Titre"</h1>
                <Later><p id="part">"dessiné"</p></Later>
                <input id="champ"/>
            }
        })
        .forget();
    });

    // At once: the top is the app's, the part below is still the published one.
    assert!(!published_heading.is_connected(), "the top is drawn anew");
    assert_eq!(text_of(&root, "h1"), "Titre");
    assert!(published_part.is_connected(), "the published part stays");
    assert_eq!(text_of(&root, "#part"), "publié");
    assert_eq!(root.query_selector_all(".later").unwrap().length(), 1);
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(
        focused.as_deref(),
        Some("champ"),
        "the redrawn field has the focus"
    );
    assert!(!field.is_connected());

    // Then its own task draws the part.
    until("the part is drawn", || text_of(&root, "#part") == "dessiné").await;
    assert!(!published_part.is_connected());
    assert_eq!(root.query_selector_all("#part").unwrap().length(), 1);
    root.remove();
}
