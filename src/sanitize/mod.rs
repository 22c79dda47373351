//! The one sanitiser for HTML from outside (feed content, comment server text). `rules` is
//! pure and shared with the feed validator; `html` applies it in the browser; `scan` reads
//! what a fragment holds, for reports.

#[cfg(target_arch = "wasm32")]
pub mod html;
pub mod rules;
pub mod scan;
