//! The one place that does HTTP. Every request has a deadline and is aborted when it passes.

use std::{cell::Cell, rc::Rc, time::Duration};

use gloo_net::http::{Method, RequestBuilder};
use leptos::prelude::set_timeout_with_handle;
use web_sys::{AbortController, RequestCache, RequestCredentials};

/// Why a request produced no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, refused, blocked, or a CORS failure.
    Network,
    /// No answer before the deadline.
    Timeout,
    /// The server answered with a status outside 200–299.
    Status(u16),
}

/// A server's answer, whatever its status.
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    /// When the service worker answered from its cache: the time it saved that copy.
    pub saved_at: Option<String>,
}

/// The header the service worker adds to a copy it serves from its cache.
const SAVED_AT: &str = "x-manchette-saved-at";

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// What to send.
pub struct Outgoing<'a> {
    pub method: Method,
    pub url: &'a str,
    /// A JSON body, sent as `application/json`.
    pub json: Option<String>,
    /// Send and accept cookies cross-origin (a comment server's edit rights).
    pub credentials: bool,
    /// Revalidate with the server even if the browser's cache holds a fresh copy: with the
    /// cached copy's validators, an unchanged resource costs a 304.
    pub revalidate: bool,
    pub deadline: Duration,
}

/// Sends a request and returns the answer, of any status. The request is aborted once its
/// deadline has passed.
pub async fn send(outgoing: Outgoing<'_>) -> Result<Reply, FetchError> {
    let controller = AbortController::new().map_err(|_| FetchError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            outgoing.deadline,
        )
        .ok()
    };
    let signal = controller.signal();
    let result = async {
        let mut builder = RequestBuilder::new(outgoing.url)
            .method(outgoing.method)
            .abort_signal(Some(&signal));
        if outgoing.credentials {
            builder = builder.credentials(RequestCredentials::Include);
        }
        if outgoing.revalidate {
            builder = builder.cache(RequestCache::NoCache);
        }
        let request = match outgoing.json {
            Some(json) => builder
                .header("Content-Type", "application/json")
                .body(json)?,
            None => builder.build()?,
        };
        let response = request.send().await?;
        let status = response.status();
        let saved_at = response.headers().get(SAVED_AT);
        let body = response.binary().await?;
        Ok::<_, gloo_net::Error>(Reply {
            status,
            body,
            saved_at,
        })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match result {
        Ok(reply) => Ok(reply),
        Err(_) if timed_out.get() => Err(FetchError::Timeout),
        Err(_) => Err(FetchError::Network),
    }
}

/// GETs `url` (absolute, or relative to the document's base); only a successful answer is
/// Ok. With `revalidate`, a cached copy is checked with the server first (a 304 if unchanged);
/// without, a preloaded or cached response may answer at once.
pub async fn get(url: &str, deadline: Duration, revalidate: bool) -> Result<Reply, FetchError> {
    let reply = send(Outgoing {
        method: Method::GET,
        url,
        json: None,
        credentials: false,
        revalidate,
        deadline,
    })
    .await?;
    if reply.ok() {
        Ok(reply)
    } else {
        Err(FetchError::Status(reply.status))
    }
}
