//! Mounting a view into a fresh element of the test page, reading it back, and waiting.

use std::time::Duration;

use leptos::{mount::mount_to, prelude::*};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// A view mounted into its own `<div>`; unmounted and removed on drop.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
    let document = document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), move || view().into_any());
    Mounted {
        root,
        _handle: handle,
    }
}

impl Mounted {
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    pub fn click(&self, selector: &str) {
        let element = self.root.query_selector(selector).unwrap();
        let element: HtmlElement = element
            .unwrap_or_else(|| panic!("no {selector}"))
            .unchecked_into();
        element.click();
    }
}

/// Resolves after `duration`, letting the browser run fetches and timers.
pub async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets the reactive system run its effects (they update the DOM asynchronously).
pub async fn settle() {
    sleep(Duration::from_millis(10)).await;
}

/// Waits until `condition` holds, for at most five seconds.
pub async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..250 {
        if condition() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("still waiting for: {what}");
}

/// A `blob:` URL serving `body`, as a server would.
pub fn blob_url(body: &str, media_type: &str) -> String {
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}
