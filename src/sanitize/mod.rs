//! The one sanitiser for HTML from outside (feed content, comment server text). `rules` is
//! pure and shared with the feed validator; `walk` applies it to an inert parse, which the
//! browser makes with its `DomParser` (`browser`) and the publishing step with html5ever
//! (`native`); `scan` reads what a fragment holds, for reports.

#[cfg(target_arch = "wasm32")]
mod browser;
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
mod native;
mod out;
mod own;
pub mod rules;
pub mod scan;
pub mod urls;
mod walk;

#[cfg(target_arch = "wasm32")]
pub use browser::{fill, prerender, ready, sanitize};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{fill, prerender, sanitize_to_string};
pub use out::Context;
