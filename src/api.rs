//! The one place that does HTTP. Every request has a deadline and is aborted when it passes.

use std::{cell::Cell, rc::Rc, time::Duration};

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use web_sys::AbortController;

/// Why a request produced no body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, refused, blocked, or a CORS failure.
    Network,
    /// No answer before the deadline.
    Timeout,
    /// The server answered with a status outside 200–299.
    Status(u16),
}

/// GETs `url` (absolute, or relative to the document's base) and returns the body's bytes.
/// The request is aborted once `deadline` has passed.
pub async fn get_bytes(url: &str, deadline: Duration) -> Result<Vec<u8>, FetchError> {
    let controller = AbortController::new().map_err(|_| FetchError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            deadline,
        )
        .ok()
    };
    let signal = controller.signal();
    let result = async {
        let response = Request::get(url).abort_signal(Some(&signal)).send().await?;
        if !response.ok() {
            return Ok(Err(FetchError::Status(response.status())));
        }
        response.binary().await.map(Ok)
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match result {
        Ok(outcome) => outcome,
        Err(_) if timed_out.get() => Err(FetchError::Timeout),
        Err(_) => Err(FetchError::Network),
    }
}
