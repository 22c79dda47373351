//! One file per route. A page reads the feed from context, picks what it shows with the pure
//! rules in `feed`, and composes components.

#[cfg(not(target_arch = "wasm32"))]
mod archives;
mod article;
mod briefs;
mod home;
mod not_found;
mod saved;
mod search;
mod section;
mod tag;

#[cfg(not(target_arch = "wasm32"))]
pub use archives::{month_of, ArchivesPage};
pub use article::{ArticlePage, PublishedArticle};
pub use briefs::BriefsPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use saved::SavedPage;
pub use search::SearchPage;
pub use section::SectionPage;
pub use tag::TagPage;
