//! The router: which clicks it routes inside the app, and which it leaves to the browser.

use leptos::prelude::*;
use manchette::{
    on_mount::on_mount,
    route::Route,
    router::{Move, Router},
};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, settle, Mounted};

/// The page the test runner opened, put back after each test.
fn runner_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    )
}

/// `view` in the page, under a router at `/` that listens to its clicks.
fn routed_view<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> (Mounted, Router) {
    let router = StoredValue::new(None);
    let mounted = mount(move || {
        let provided = Router::provide(String::new(), "/");
        router.set_value(Some(provided));
        on_mount(move || provided.listen());
        view()
    });
    (mounted, router.get_value().unwrap())
}

fn links() -> (Mounted, Router) {
    routed_view(|| {
        view! {
            <a id="section" href="/rubrique/sport"><span>"Sport"</span></a>
            <a id="new-tab" href="/rubrique/sport" target="_blank">"Sport"</a>
            <a id="download" href="/rubrique/sport" download>"Sport"</a>
            <a id="external" href="/rubrique/sport" rel="nofollow external">"Sport"</a>
            <a id="elsewhere" href="https://ailleurs.example/rubrique/sport">"Ailleurs"</a>
            <a id="file" href="/feed.json">"Flux"</a>
        }
    })
}

/// Clicks `selector` as a reader would (`init` sets the buttons and keys) and says whether
/// the router took the click. The page never follows it.
fn routed(mounted: &Mounted, selector: &str, init: &web_sys::MouseEventInit) -> bool {
    init.set_bubbles(true);
    init.set_cancelable(true);
    let taken = std::rc::Rc::new(std::cell::Cell::new(false));
    // After the router's listener: it sees what the router decided, then stops the load.
    let seen = taken.clone();
    let stop = window_event_listener(leptos::ev::click, move |event| {
        seen.set(event.default_prevented());
        event.prevent_default();
    });
    let target = mounted.root.query_selector(selector).unwrap().unwrap();
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", init).unwrap();
    target.dispatch_event(&event).unwrap();
    stop.remove();
    taken.get()
}

#[wasm_bindgen_test]
async fn a_click_on_an_app_link_routes_without_a_load() {
    let before = runner_address();
    let (mounted, router) = links();
    settle().await;
    let plain = web_sys::MouseEventInit::new();
    assert!(routed(&mounted, "#section span", &plain));
    assert_eq!(
        router.route.get_untracked(),
        Route::Section {
            slug: "sport".into()
        }
    );
    assert_eq!(window().location().pathname().unwrap(), "/rubrique/sport");
    router.navigate("/recherche?q=port+de+Tanger", Move::default());
    assert_eq!(router.route.get_untracked(), Route::Search);
    assert_eq!(
        untrack(|| router.query("q")).as_deref(),
        Some("port de Tanger")
    );
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
}

#[wasm_bindgen_test]
async fn clicks_meant_for_the_browser_are_left_to_it() {
    let before = runner_address();
    let (mounted, router) = links();
    settle().await;
    for selector in ["#new-tab", "#download", "#external", "#elsewhere", "#file"] {
        assert!(
            !routed(&mounted, selector, &web_sys::MouseEventInit::new()),
            "{selector}"
        );
    }
    let keys: [fn(&web_sys::MouseEventInit); 4] = [
        |init| init.set_ctrl_key(true),
        |init| init.set_meta_key(true),
        |init| init.set_shift_key(true),
        |init| init.set_button(1),
    ];
    for (n, set) in keys.iter().enumerate() {
        let init = web_sys::MouseEventInit::new();
        set(&init);
        assert!(!routed(&mounted, "#section", &init), "modifier {n}");
    }
    assert_eq!(router.route.get_untracked(), Route::Home);
    assert_eq!(runner_address(), before);
}

#[wasm_bindgen_test]
async fn a_link_to_an_anchor_on_another_view_scrolls_to_it_even_percent_encoded() {
    let before = runner_address();
    let (mounted, _router) = routed_view(|| {
        view! {
            <a id="to-anchor" href="/rubrique/sport#r%C3%A9sum%C3%A9">"Le résumé"</a>
            <div style="height: 3000px"></div>
            <h2 id="résumé">"Résumé"</h2>
            <div style="height: 3000px"></div>
        }
    });
    settle().await;
    assert!(routed(
        &mounted,
        "#to-anchor",
        &web_sys::MouseEventInit::new()
    ));
    let heading = mounted.root.query_selector("h2").unwrap().unwrap();
    let mut scrolled = false;
    for _ in 0..50 {
        settle().await;
        scrolled = heading.get_bounding_client_rect().top().abs() < 2.0;
        if scrolled {
            break;
        }
    }
    // Put back before asserting: the tests after this one start from the runner's page, with
    // no router of this one listening.
    drop(mounted);
    window().scroll_to_with_x_and_y(0.0, 0.0);
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
    assert!(scrolled, "the view scrolls to the percent-encoded anchor");
}
