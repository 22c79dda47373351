//! Generated attacks, on a fixed seed and a fixed budget: the JSON reader, the feed parser,
//! the sanitiser, the comment form's validation and the RSS and Atom importer each hold their
//! properties on thousands of generated inputs.
//! A failing case is shrunk, saved under tests/regressions/ and replayed on every later run.
#![cfg(not(target_arch = "wasm32"))]

mod comments;
mod driver;
mod importer;
mod json;
mod parser;
mod sanitiser;
