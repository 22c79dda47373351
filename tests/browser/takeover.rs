//! Drawing the app over a published page: in one task, with the parts below the first screen
//! kept as published until their own task draws them, the reader's focus kept, and published
//! sanitised HTML kept where it is what the app would make.

use std::{cell::RefCell, rc::Rc};

use leptos::{mount::mount_to, prelude::*};
use manchette::components::{draw_over_published, ArticleBody, Later};
use wasm_bindgen::{closure::Closure, JsCast};
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

#[wasm_bindgen_test]
async fn a_part_nested_in_a_part_waits_for_a_task_of_its_own() {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    root.set_inner_html(concat!(
        r#"<h1>Titre</h1><div class="later"><p id="part">publié</p>"#,
        r#"<div class="later"><p id="nested">publié</p></div></div>"#,
    ));
    let published_nested = root.query_selector("#nested").unwrap().unwrap();

    // What the page shows after each task that changed it (a mutation observer is called
    // once the task that made the changes is over).
    let seen = Rc::new(RefCell::new(Vec::<(String, String)>::new()));
    let observed = {
        let (seen, root) = (seen.clone(), root.clone());
        Closure::<dyn Fn()>::new(move || {
            seen.borrow_mut()
                .push((text_of(&root, "#part"), text_of(&root, "#nested")))
        })
    };
    let observer = web_sys::MutationObserver::new(observed.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    observer.observe_with_options(&root, &options).unwrap();

    let target = root.clone();
    draw_over_published(&root, move || {
        mount_to(target, || {
            view! {
                <h1>"Titre"</h1>
                <Later>
                    <p id="part">"dessiné"</p>
                    <Later><p id="nested">"dessiné"</p></Later>
                </Later>
            }
        })
        .forget();
    });
    let root_classes = document().document_element().unwrap().class_name();
    assert!(
        root_classes.split(' ').any(|class| class == "app"),
        "the document is marked as the app's: {root_classes}"
    );
    until("the nested part is drawn", || {
        text_of(&root, "#nested") == "dessiné"
    })
    .await;
    observer.disconnect();

    let published = |text: &str| (text.to_owned(), "publié".to_owned());
    let seen = seen.borrow().clone();
    let drawn = ("dessiné".to_owned(), "dessiné".to_owned());
    assert_eq!(
        seen,
        vec![published("publié"), published("dessiné"), drawn],
        "the top, then the part with its nested part still published, then the nested part"
    );
    assert!(!published_nested.is_connected());
    assert_eq!(
        root.query_selector_all(".later.pending").unwrap().length(),
        0,
        "no part is left pending"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_sanitised_block_drawn_over_its_published_twin_keeps_the_published_nodes() {
    const KEPT: &str = "<h2>Intertitre</h2><p>Un paragraphe.</p>";
    const CHANGED: &str = "<p>Un autre texte.</p>";
    let base = || "https://journal.example/feed.json".to_owned();
    // What the app makes of the first HTML, drawn afresh: the key its element carries.
    let fresh: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    mount_to(fresh.clone(), move || {
        view! { <ArticleBody html=Some(KEPT.into()) text=None base=base()/> }
    })
    .forget();
    until("the fresh body is sanitised", || {
        !text_of(&fresh, ".article-body").is_empty()
    })
    .await;
    let key = fresh
        .query_selector(".article-body")
        .unwrap()
        .unwrap()
        .get_attribute("data-twin")
        .unwrap();

    // What publishing wrote: the first body from the same HTML, the second from older HTML.
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    root.set_inner_html(&format!(
        concat!(
            r#"<div class="later"><div class="article-body" data-twin="{key}">"#,
            r#"<h2 id="kept">Intertitre</h2><p>Un paragraphe.</p></div></div>"#,
            r#"<div class="later"><div class="article-body" data-twin="0123456789abcdef">"#,
            r#"<p id="stale">Un texte d’avant.</p></div></div>"#,
        ),
        key = key
    ));
    let kept = root.query_selector("#kept").unwrap().unwrap();
    let stale = root.query_selector("#stale").unwrap().unwrap();

    let target = root.clone();
    draw_over_published(&root, move || {
        mount_to(target, move || {
            view! {
                <Later><ArticleBody html=Some(KEPT.into()) text=None base=base()/></Later>
                <Later><ArticleBody html=Some(CHANGED.into()) text=None base=base()/></Later>
            }
        })
        .forget();
    });
    until("both parts are drawn", || {
        root.query_selector(".later.pending").unwrap().is_none()
            && text_of(&root, ".later:last-child .article-body") == "Un autre texte."
    })
    .await;

    assert!(
        kept.is_connected(),
        "the published nodes of the same HTML are kept"
    );
    let bodies = root.query_selector_all(".article-body").unwrap();
    assert_eq!(bodies.length(), 2);
    let first: web_sys::Element = bodies.item(0).unwrap().unchecked_into();
    assert!(first.contains(Some(&kept)), "kept inside the app's element");
    assert_eq!(first.get_attribute("data-twin"), Some(key));
    assert_eq!(
        first.text_content().as_deref(),
        Some("IntertitreUn paragraphe.")
    );
    assert!(!stale.is_connected(), "older HTML is sanitised anew");
    root.remove();
}
