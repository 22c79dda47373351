//! Reusable views. Each takes typed props and stays thin: no parsing, no fetching.

mod feed_gate;
mod headline_list;
mod load_failure;

pub use feed_gate::FeedGate;
pub use headline_list::HeadlineList;
pub use load_failure::LoadFailure;
