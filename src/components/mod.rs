//! Reusable views. Each takes typed props and stays thin: no parsing, no fetching.

mod app_status;
mod archive_results;
mod article_body;
mod article_card;
mod article_listing;
mod brief_list;
mod byline;
mod comments;
mod feed_gate;
mod highlighted;
mod later;
mod load_failure;
mod load_more;
mod not_found;
mod notice;
mod page_meta;
mod photo;
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
pub use archive_results::ArchiveResults;
pub use article_body::{ArticleBody, TextParagraphs};
pub use article_card::{ArticleCard, Card, CardSize};
pub use article_listing::ArticleListing;
pub use brief_list::{BriefLine, BriefList};
pub use byline::Byline;
pub use comments::{CommentForm, CommentThread, CommentsSection};
pub use feed_gate::FeedGate;
pub use highlighted::Highlighted;
pub use later::{draw_over_published, mark_app_drawn, Later};
pub use load_failure::LoadFailure;
pub use load_more::LoadMore;
pub use not_found::NotFound;
pub use notice::Notice;
pub use page_meta::{HeadSlot, PageMeta, SiteName};
pub use photo::{Loading, Photo};
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

use leptos::prelude::*;

use crate::on_mount::on_mount;
use crate::{i18n::Locale, paths};

/// The interface language provided by the app (French outside it, as in component tests).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The router's base path (`/sub/path`, or empty at the root), provided by the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Base(pub String);

/// The router's base path provided by the app.
pub fn use_base() -> String {
    use_context::<Base>().unwrap_or_default().0
}

/// A plain link's `href` for an app path, with the router's base in front.
pub fn href(path: &str) -> String {
    paths::href(&use_base(), path)
}

/// Where the paper lives, provided by the app.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Site {
    /// The public address links are shared and indexed under, ending in `/`: config.json's
    /// `site_url`, else the page's own base URL.
    pub root: String,
    /// The origin of the page on screen, which tells links that leave the site.
    pub page_origin: String,
}

/// The absolute address of an app path, for sharing and canonical links.
pub fn absolute_url(path: &str) -> String {
    let site = use_context::<Site>().unwrap_or_default();
    crate::head::canonical(&site.root, path)
}

/// A URL as the page links it: without its origin when it is the page's own.
pub fn page_url(url: &str) -> String {
    crate::url::on_page(url, &use_site().page_origin)
}

pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

/// False until the app runs in the browser: in a published page's HTML, and while the app
/// takes a published page over. Views that only work with the app running (comments, search)
/// say so until then, so that a reader without JavaScript is told.
#[derive(Clone, Copy)]
pub struct Interactive(pub ReadSignal<bool>);

impl Interactive {
    /// Provides the flag, which an effect (effects run only in the browser) raises.
    pub fn provide() -> Self {
        let (flag, set_flag) = signal(false);
        on_mount(move || set_flag.set(true));
        let interactive = Interactive(flag);
        provide_context(interactive);
        interactive
    }
}

/// True once the app runs in the browser (see [`Interactive`]); true outside an app, as in
/// component tests.
pub fn use_interactive() -> Signal<bool> {
    match use_context::<Interactive>() {
        Some(Interactive(flag)) => flag.into(),
        None => Signal::stored(true),
    }
}

/// The time the views read, in milliseconds: the publishing time in a published page, then
/// the reader's clock once the app runs.
#[derive(Clone, Copy)]
pub struct Clock(pub ReadSignal<i64>);

impl Clock {
    pub fn provide(initial_ms: i64) -> Self {
        let (now, set_now) = signal(initial_ms);
        on_mount(move || set_now.set(crate::browser::now_ms()));
        let clock = Clock(now);
        provide_context(clock);
        clock
    }
}

pub fn use_clock() -> Signal<i64> {
    match use_context::<Clock>() {
        Some(Clock(now)) => now.into(),
        None => Signal::derive(crate::browser::now_ms),
    }
}
