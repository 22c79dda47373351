//! The one sanitiser for HTML from outside (feed content, comment server text).
//! `rules` is pure and shared with the feed validator.

pub mod rules;
