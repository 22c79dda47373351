//! Generated attacks, on a fixed seed and a fixed budget: the feed parser, the sanitiser and
//! the comment form's validation each hold their properties on thousands of generated inputs.
//! A failing case is shrunk, saved under tests/regressions/ and replayed on every later run.
#![cfg(not(target_arch = "wasm32"))]

mod comments;
mod driver;
mod parser;
mod sanitiser;
