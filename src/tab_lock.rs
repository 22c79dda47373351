//! One tab at a time: work that the reader's open tabs must not do twice (sending a thread's
//! outbox) runs under a lock named for it. The lock is the browser's Web Locks API where it
//! has one; elsewhere a lease in localStorage, which a tab takes, checks it still holds after
//! a pause (another tab may have written at the same moment), and gives back when done.
//!
//! Either way, the holder keeps the lock a moment after its work. Chromium hands a
//! localStorage write to the other tabs asynchronously: a tab granted the lock at once could
//! still read the outbox as it was before the holder's last write, and send again a comment
//! the holder has just delivered. The caller has the work's result at once all the same.

use std::{cell::RefCell, future::Future, pin::Pin, rc::Rc};

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::{browser, storage};

/// How long a lease holds when its tab vanishes without giving it back (a closed tab).
const LEASE_MS: i64 = 30_000;
/// How long a tab waits, after writing its lease, before trusting it.
const SETTLE_MS: i32 = 40;
/// How long a tab waits before looking at a held lease again.
const WAIT_MS: i32 = 150;
/// How long the holder keeps the lock after its work, for its writes to reach other tabs.
const HANDOVER_MS: i32 = 200;

type Work<T> = Pin<Box<dyn Future<Output = T>>>;

/// Runs `work` while no other tab of this origin runs work under the same `name`, and
/// returns its result as soon as it is done. `None` only if the browser granted the lock
/// and then dropped the work unfinished (browsers wait for it).
pub async fn one_tab_at_a_time<T: 'static>(
    name: &str,
    work: impl Future<Output = T> + 'static,
) -> Option<T> {
    let work: Rc<RefCell<Option<Work<T>>>> = Rc::new(RefCell::new(Some(Box::pin(work))));
    if let Some(done) = under_web_lock(name, work.clone()).await {
        return done;
    }
    // No Web Locks here, or the browser refused the request: the work has not started.
    let work = work.borrow_mut().take()?;
    Some(under_lease(name, work).await)
}

/// Runs the work under `navigator.locks`, keeping the lock a moment after it. `None` when
/// the browser has no Web Locks or refused the request before running the work.
async fn under_web_lock<T: 'static>(
    name: &str,
    work: Rc<RefCell<Option<Work<T>>>>,
) -> Option<Option<T>> {
    let navigator = leptos::prelude::window().navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // Settles when the work is done, or when the request ends without running it.
    let mut finish = None;
    let finished = js_sys::Promise::new(&mut |resolve, _| finish = Some(resolve));
    let finish = finish?;
    let result = Rc::new(RefCell::new(None));
    let started = Rc::new(std::cell::Cell::new(false));
    let granted = {
        let (result, started, finish) = (result.clone(), started.clone(), finish.clone());
        Closure::once_into_js(move |_lock: JsValue| {
            let work = work.borrow_mut().take();
            started.set(work.is_some());
            wasm_bindgen_futures::future_to_promise(async move {
                if let Some(work) = work {
                    *result.borrow_mut() = Some(work.await);
                }
                let _ = finish.call0(&JsValue::NULL);
                // The lock goes when this promise settles.
                browser::pause(HANDOVER_MS).await;
                Ok(JsValue::UNDEFINED)
            })
        })
    };
    let requested = request
        .call2(&locks, &name.into(), &granted)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let then: js_sys::Function = js_sys::Reflect::get(&requested, &"then".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = then.call2(&requested, &finish, &finish);
    let _ = wasm_bindgen_futures::JsFuture::from(finished).await;
    if started.get() {
        Some(result.take())
    } else {
        None
    }
}

/// Runs the work under a lease in localStorage, keeping the lease a moment after it.
/// Without storage there is nothing tabs share (no outbox either), so the work simply runs.
async fn under_lease<T>(name: &str, work: Work<T>) -> T {
    let key = format!("lock:{name}");
    let mine = format!("{}", (js_sys::Math::random() * 1e15) as u64);
    loop {
        let now = browser::now_ms();
        let free = match storage::read(&key) {
            Ok(held) => held
                .as_deref()
                .and_then(lease_expiry)
                .is_none_or(|expires| expires < now),
            Err(_) => break,
        };
        if free {
            let lease = format!("{mine} {}", now + LEASE_MS);
            if storage::write(&key, &lease).is_err() {
                break;
            }
            browser::pause(SETTLE_MS).await;
            if storage::read(&key).ok().flatten().as_deref() == Some(lease.as_str()) {
                let done = work.await;
                leptos::task::spawn_local(async move {
                    browser::pause(HANDOVER_MS).await;
                    let _ = storage::remove(&key);
                });
                return done;
            }
        }
        browser::pause(WAIT_MS).await;
    }
    work.await
}

/// When a stored lease ("owner expiry") runs out; `None` for anything else, which is free.
fn lease_expiry(lease: &str) -> Option<i64> {
    lease.split_once(' ')?.1.parse().ok()
}
