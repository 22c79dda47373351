//! Manchette as an installed app: the service worker's registration and updates, the
//! browser's install prompt, and whether the network is there.

use crate::on_mount::on_mount;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// The app's standing as a PWA, provided by the app.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// A new version is installed and waits for the reader to accept it.
    pub update_ready: RwSignal<bool>,
    /// The browser offered to install the app (Chromium's `beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    pub online: RwSignal<bool>,
    /// The worker could not keep a saved article's images: Cache Storage is full.
    pub images_not_kept: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    install_event: StoredValue<Option<JsValue>, LocalStorage>,
}

impl Pwa {
    /// Registers the service worker (`sw.js` beside `index.html`) and listens for updates,
    /// the install prompt and the network. `data` are the URLs this page read before the
    /// worker existed (configuration, feed): the worker keeps a copy for offline reading.
    pub fn provide(data: Vec<String>) -> Self {
        let pwa = Pwa {
            update_ready: RwSignal::new(false),
            can_install: RwSignal::new(false),
            online: RwSignal::new(true),
            images_not_kept: RwSignal::new(false),
            registration: StoredValue::new_local(None),
            install_event: StoredValue::new_local(None),
        };
        provide_context(pwa);
        on_mount(move || {
            let online = pwa.online;
            if !window().navigator().on_line() {
                online.set(false);
            }
            pwa.listen_for_install();
            for (event, state) in [("online", true), ("offline", false)] {
                // These listeners live as long as the page.
                std::mem::forget(window_event_listener_untyped(event, move |_| {
                    online.set(state)
                }));
            }
            pwa.register(data);
        });
        pwa
    }

    fn register(self, data: Vec<String>) {
        let container = window().navigator().service_worker();
        let images_not_kept = self.images_not_kept;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok();
                if kind.and_then(|k| k.as_string()).as_deref() == Some("IMAGES_NOT_KEPT") {
                    images_not_kept.set(true);
                }
            },
        );
        container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        on_message.forget();
        // Once a worker is active, hand it the data to keep.
        let on_ready = Closure::<dyn FnMut(JsValue)>::new(move |registration: JsValue| {
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            if let Some(active) = registration.active() {
                active.post_message(&message("CACHE_DATA", &data)).ok();
            }
        });
        if let Ok(ready) = container.ready() {
            let _ = ready.then(&on_ready);
        }
        on_ready.forget();
        let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |registration: JsValue| {
            // Some browsers and test harnesses resolve without a registration.
            if !registration.is_object() {
                return;
            }
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            self.watch(&registration);
            self.registration.set_value(Some(registration));
        });
        let on_failed = Closure::<dyn FnMut(JsValue)>::new(|error: JsValue| {
            // Without a worker the app still works online; it only loses offline reading.
            // The error's message, not its Debug form: the release build has no Debug text.
            let reason = error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .or_else(|| error.as_string())
                .unwrap_or_default();
            leptos::logging::warn!("service worker not registered: {reason}");
        });
        let _ = container
            .register("sw.js")
            .then2(&on_registered, &on_failed);
        on_registered.forget();
        on_failed.forget();
        // Once the reader accepts an update, the new worker takes control: load its version.
        let on_controller = Closure::<dyn FnMut()>::new(move || {
            if self.update_ready.get_untracked() {
                window().location().reload().ok();
            }
        });
        container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
        on_controller.forget();
    }

    /// Marks an update ready when a new worker finishes installing under a controlled page.
    fn watch(self, registration: &ServiceWorkerRegistration) {
        let controlled = || window().navigator().service_worker().controller().is_some();
        if registration.waiting().is_some() && controlled() {
            self.update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    self.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    }

    /// Asks the server whether a new version exists (the reader came back to the tab).
    pub fn check_for_update(self) {
        self.registration.with_value(|registration| {
            if let Some(registration) = registration {
                let _ = registration.update();
            }
        });
    }

    /// The reader accepted the update: the waiting worker takes over, then the page reloads.
    pub fn apply_update(self) {
        self.registration.with_value(|registration| {
            if let Some(waiting) = registration
                .as_ref()
                .and_then(ServiceWorkerRegistration::waiting)
            {
                waiting.post_message(&message("SKIP_WAITING", &[])).ok();
            }
        });
    }

    fn listen_for_install(self) {
        let prompt = window_event_listener_untyped("beforeinstallprompt", move |event| {
            event.prevent_default();
            self.install_event.set_value(Some(event.into()));
            self.can_install.set(true);
        });
        let installed =
            window_event_listener_untyped("appinstalled", move |_| self.can_install.set(false));
        std::mem::forget((prompt, installed));
    }

    /// Shows the browser's install dialog.
    pub fn install(self) {
        if let Some(event) = self.install_event.get_value() {
            if let Ok(prompt) = js_sys::Reflect::get(&event, &"prompt".into()) {
                if let Ok(prompt) = prompt.dyn_into::<js_sys::Function>() {
                    let _ = prompt.call0(&event);
                }
            }
        }
        self.install_event.set_value(None);
        self.can_install.set(false);
    }

    /// Asks the worker to keep these images for offline reading (a saved article's).
    pub fn keep_images(self, urls: &[String], keep: bool) {
        let Some(controller) = window().navigator().service_worker().controller() else {
            return;
        };
        let kind = if keep {
            self.images_not_kept.set(false);
            "SAVE_IMAGES"
        } else {
            "FORGET_IMAGES"
        };
        controller.post_message(&message(kind, urls)).ok();
    }
}

/// A message for the worker: `{type, urls}`.
fn message(kind: &str, urls: &[String]) -> js_sys::Object {
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"type".into(), &kind.into()).ok();
    let list: js_sys::Array = urls.iter().map(|u| JsValue::from_str(u)).collect();
    js_sys::Reflect::set(&message, &"urls".into(), &list).ok();
    message
}

pub fn use_pwa() -> Option<Pwa> {
    use_context::<Pwa>()
}
