//! The live paper: while the page is visible it checks the feed every so often (new briefs
//! slide into the ticker), it stops while the page is hidden, and checks at once when the
//! reader comes back. Failed checks back off.

use std::time::Duration;

use leptos::prelude::*;

use crate::{feed_store::FeedStore, pwa::Pwa};

fn visible() -> bool {
    document().visibility_state() == web_sys::VisibilityState::Visible
}

/// Starts checking `store`'s feed every `every` (none when zero), and the app's version
/// whenever the reader comes back.
pub fn start(store: FeedStore, pwa: Pwa, every: Duration) {
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    let on_visibility = window_event_listener_untyped("visibilitychange", move |_| {
        cancel(timer);
        if visible() {
            store.load();
            pwa.check_for_update();
            schedule(store, every, timer);
        }
    });
    on_cleanup(move || {
        on_visibility.remove();
        cancel(timer);
    });
    schedule(store, every, timer);
}

fn cancel(timer: StoredValue<Option<TimeoutHandle>, LocalStorage>) {
    timer.update_value(|handle| {
        if let Some(handle) = handle.take() {
            handle.clear();
        }
    });
}

fn schedule(
    store: FeedStore,
    every: Duration,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
) {
    if every.is_zero() || !visible() {
        return;
    }
    let handle = set_timeout_with_handle(
        move || {
            if visible() {
                store.load();
                schedule(store, every, timer);
            }
        },
        store.next_check(every),
    );
    timer.set_value(handle.ok());
}
