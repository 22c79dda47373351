//! Reusable views. Each takes typed props and stays thin: no parsing, no fetching.

mod app_status;
mod article_body;
mod article_card;
mod article_listing;
mod brief_list;
mod byline;
mod comments;
mod feed_gate;
mod highlighted;
mod load_failure;
mod load_more;
mod not_found;
mod notice;
mod page_meta;
mod sanitized_html;
mod save_button;
mod search_box;
mod search_results;
mod section_nav;
mod share;
mod site_footer;
mod site_header;
mod theme_toggle;
mod ticker;

pub use app_status::{AppStatus, InstallButton};
pub use article_body::{ArticleBody, TextParagraphs};
pub use article_card::{ArticleCard, Card, CardSize};
pub use article_listing::ArticleListing;
pub use brief_list::{BriefLine, BriefList};
pub use byline::Byline;
pub use comments::{CommentForm, CommentThread, CommentsSection};
pub use feed_gate::FeedGate;
pub use highlighted::Highlighted;
pub use load_failure::LoadFailure;
pub use load_more::LoadMore;
pub use not_found::NotFound;
pub use notice::Notice;
pub use page_meta::{PageMeta, SiteName};
pub use sanitized_html::SanitizedHtml;
pub use save_button::SaveButton;
pub use search_box::SearchBox;
pub use search_results::SearchResults;
pub use section_nav::SectionNav;
pub use share::Share;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use theme_toggle::ThemeToggle;
pub use ticker::Ticker;

use leptos::prelude::use_context;

use crate::{i18n::Locale, paths};

/// The interface language provided by the app (French outside it, as in component tests).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The router's base path (`/sub/path`, or empty at the root), provided by the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Base(pub String);

/// A plain link's `href` for an app path, with the router's base in front.
pub fn href(path: &str) -> String {
    let base = use_context::<Base>().unwrap_or_default();
    paths::href(&base.0, path)
}
