use js_sys::{Function, Object, Promise, Reflect};
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::on_mount::on_mount;
use crate::{components::use_locale, i18n::Msg, paths::encode_segment};

/// The browser's share sheet where it has one; otherwise "copy link" and the usual networks.
#[component]
pub fn Share(title: String, url: String) -> impl IntoView {
    let locale = use_locale();
    // The published page offers the links, which work without the app; once the app runs,
    // a browser with a share sheet (most phones) offers it instead.
    let native = RwSignal::new(false);
    on_mount(move || native.set(share_function().is_some()));
    let copied = RwSignal::new(false);

    let (sheet_title, sheet_url) = (title.clone(), url.clone());
    let share_sheet = move || {
        let (title, url) = (sheet_title.clone(), sheet_url.clone());
        let on_click = move |_| {
            let Some(share) = share_function() else {
                return;
            };
            let data = Object::new();
            Reflect::set(&data, &"title".into(), &title.as_str().into()).ok();
            Reflect::set(&data, &"url".into(), &url.as_str().into()).ok();
            // A reader who closes the sheet rejects the promise: nothing to report.
            if let Ok(promise) = share.call1(&window().navigator(), &data) {
                if let Ok(promise) = promise.dyn_into::<Promise>() {
                    spawn_local(async move {
                        let _ = JsFuture::from(promise).await;
                    });
                }
            }
        };
        view! { <button type="button" class="share-native" on:click=on_click>{locale.text(Msg::ShareNative)}</button> }
    };

    let fallback = move || {
        let copy_url = url.clone();
        let copy = move |_| {
            let url = copy_url.clone();
            spawn_local(async move {
                let clipboard = Reflect::get(&window().navigator(), &"clipboard".into())
                    .unwrap_or(JsValue::UNDEFINED);
                let done = match method(&clipboard, "writeText")
                    .map(|write| write.call1(&clipboard, &url.as_str().into()))
                {
                    Some(Ok(promise)) => match promise.dyn_into::<Promise>() {
                        Ok(promise) => JsFuture::from(promise).await.is_ok(),
                        Err(_) => false,
                    },
                    _ => false,
                };
                copied.set(done);
            });
        };
        let (u, t) = (encode_segment(&url), encode_segment(&title));
        let networks = [
            (
                "Facebook",
                format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
            ),
            ("X", format!("https://x.com/intent/post?url={u}&text={t}")),
            ("WhatsApp", format!("https://wa.me/?text={t}%20{u}")),
        ];
        view! {
            <button type="button" class="share-copy" on:click=copy>{locale.text(Msg::CopyLink)}</button>
            <span class="share-copied" role="status">{move || copied.get().then(|| locale.text(Msg::LinkCopied))}</span>
            <ul class="share-links">
                {networks
                    .into_iter()
                    .map(|(network, link)| view! {
                        <li><a href=link rel="noopener noreferrer external" target="_blank">{locale.share_on(network)}</a></li>
                    })
                    .collect_view()}
                <li><a href=format!("mailto:?subject={t}&body={u}") rel="external">{locale.text(Msg::ShareByEmail)}</a></li>
            </ul>
        }
    };

    view! {
        <section class="share" aria-label=locale.text(Msg::Share)>
            <Show when=move || native.get() fallback=fallback>
                {share_sheet()}
            </Show>
        </section>
    }
}

/// `navigator.share`, where the browser has a share sheet.
fn share_function() -> Option<Function> {
    method(&window().navigator().into(), "share")
}

/// `object[name]` when it is a function.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}
