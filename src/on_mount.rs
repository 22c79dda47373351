//! Work that only a browser can do, started once a view is in the page.
//!
//! Effects never run when publishing, so what needs the browser (storage, timers, the service
//! worker, the comment server) starts in one. And so that taking a published page over is no
//! single long task, each piece runs in a task of its own, in the order the views asked; the
//! parts of a published page drawn later (the components' `Later`) go first, so that they are drawn
//! in the state the page was published in.

use std::{cell::RefCell, collections::VecDeque, time::Duration};

use leptos::prelude::*;

type Work = Box<dyn FnOnce()>;

#[derive(Default)]
struct Queues {
    parts: VecDeque<Work>,
    work: VecDeque<Work>,
}

thread_local! {
    static QUEUES: RefCell<Queues> = RefCell::new(Queues::default());
    static LIVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `work` once, in the browser, soon after the view is drawn or has taken a published
/// page over: in its own task, under the view's owner (so `on_cleanup` and contexts work),
/// and not at all if the view is gone by then. What it reads is not tracked.
pub fn on_mount(work: impl FnOnce() + 'static) {
    after_mount(Box::new(work), false);
}

/// Like [`on_mount`], ahead of every `on_mount` work: for drawing a part of a published page.
pub(crate) fn draw_soon(work: impl FnOnce() + 'static) {
    after_mount(Box::new(work), true);
}

/// Boxed, so that one effect serves every caller rather than one compiled per call.
fn after_mount(work: Work, part: bool) {
    let mut work = Some(work);
    Effect::new(move |_| {
        let Some(work) = work.take() else {
            return;
        };
        let Some(owner) = Owner::current() else {
            return;
        };
        // Disposed with the view: then the work is dropped unrun.
        let alive = StoredValue::new(());
        let work: Work = Box::new(move || {
            if !alive.is_disposed() {
                owner.with(|| untrack(work));
            }
        });
        let idle = QUEUES.with(|queues| {
            let mut queues = queues.borrow_mut();
            let idle = queues.parts.is_empty() && queues.work.is_empty();
            if part {
                queues.parts.push_back(work);
            } else {
                queues.work.push_back(work);
            }
            idle
        });
        if idle {
            set_timeout(run_next, Duration::ZERO);
        }
    });
}

/// Runs one piece of work, then leaves the browser a turn before the next.
fn run_next() {
    let next = QUEUES.with(|queues| {
        let mut queues = queues.borrow_mut();
        queues.parts.pop_front().or_else(|| queues.work.pop_front())
    });
    let Some(work) = next else {
        return;
    };
    work();
    if QUEUES.with(|queues| {
        let queues = queues.borrow();
        !queues.parts.is_empty() || !queues.work.is_empty()
    }) {
        set_timeout(run_next, Duration::ZERO);
    } else if !LIVE.replace(true) {
        // Tests and `make bench` wait for this mark: everything the app starts with has run.
        crate::browser::mark("manchette:interactive");
    }
}
