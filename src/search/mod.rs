//! Search over everything loaded: articles and briefs, by title, chapô, summary, body, tags
//! and authors, ignoring case, accents and French elisions. Pure Rust, tested natively.

mod highlight;
mod index;
mod normalize;

pub use highlight::{pieces, ranges};
pub use index::{searchable_text, Hit, SearchIndex};
pub use normalize::{query_terms, terms};

#[cfg(test)]
mod tests;
