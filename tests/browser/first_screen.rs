use leptos::prelude::*;
use manchette::{
    components::{HeadlineList, LoadFailure},
    feed,
    i18n::{Locale, Msg},
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::mount;

#[wasm_bindgen_test]
fn the_headline_list_shows_each_title_in_order() {
    let feed = feed::parse(
        br#"{"version":"https://jsonfeed.org/version/1.1","title":"T",
            "items":[{"id":"a","title":"Un","content_text":"x"},{"id":"b","content_text":"y"},
                     {"id":"c","title":"Trois","content_text":"z"}]}"#,
    )
    .unwrap();
    let mounted = mount(move || view! { <HeadlineList items=feed.items/> });
    assert_eq!(mounted.texts("li"), ["Un", "Trois"]);
}

#[wasm_bindgen_test]
fn the_failure_view_explains_and_retries() {
    let retries = RwSignal::new(0);
    let message = Locale::Fr.text(Msg::FeedNotJson).to_owned();
    let mounted = mount(move || {
        view! { <LoadFailure message on_retry=Callback::new(move |()| retries.update(|n| *n += 1))/> }
    });
    assert_eq!(
        mounted.texts("[role=alert] p"),
        [Locale::Fr.text(Msg::FeedNotJson)]
    );
    let button: web_sys::HtmlElement = mounted
        .root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Réessayer");
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}
