//! Reusable views. Each takes typed props and stays thin: no parsing, no fetching.

mod feed_gate;
mod headline_list;
mod load_failure;
mod load_more;
mod notice;

pub use feed_gate::FeedGate;
pub use headline_list::HeadlineList;
pub use load_failure::LoadFailure;
pub use load_more::LoadMore;
pub use notice::Notice;

use leptos::prelude::use_context;

use crate::i18n::Locale;

/// The interface language provided by the app (French outside it, as in component tests).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}
