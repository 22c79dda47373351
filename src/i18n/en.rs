//! The interface in English.

use super::{Msg, Noun};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Loading the news…",
        Msg::LoadingMore => "Loading more stories…",
        Msg::LoadMore => "Load more",
        Msg::Retry => "Try again",
        Msg::FeedUnreachable => "The newspaper cannot be reached. Check your connection, then try again.",
        Msg::FeedTimeout => "The newspaper is taking too long to answer.",
        Msg::FeedHttpStatus => "The newspaper’s server answered with an error",
        Msg::FeedNotJson => "The newspaper sent an unreadable answer (it is not JSON).",
        Msg::FeedTruncated => "The newspaper’s feed arrived incomplete.",
        Msg::FeedHtml => "The newspaper sent a web page instead of its feed.",
        Msg::FeedXml => "The newspaper sent an RSS or Atom feed: Manchette reads JSON Feed.",
        Msg::FeedNotAFeed => "The file received is JSON, but not a JSON Feed.",
        Msg::FeedEmpty => "The newspaper has no stories yet.",
        Msg::FeedRefused => "That feed comes from an address the newspaper does not allow: here is the newspaper’s own feed.",
        Msg::ConfigInvalid => "The site’s configuration (config.json) is invalid.",
        Msg::RefreshFailed => "The newspaper could not be refreshed. You are reading the last version loaded.",
        Msg::MoreFailed => "More stories could not be loaded.",
        Msg::SkipToContent => "Skip to content",
        Msg::Menu => "Sections",
        Msg::SectionsNav => "Newspaper sections",
        Msg::Home => "Home",
        Msg::Briefs => "Latest news",
        Msg::AllBriefs => "All the latest news",
        Msg::ThemeToDark => "Dark theme",
        Msg::FooterNav => "Footer",
        Msg::PoweredBy => "Digital edition powered by Manchette.",
        Msg::TopStories => "Top stories",
        Msg::WholeSection => "All of",
        Msg::By => "By",
        Msg::Published => "Published",
        Msg::Updated => "Updated",
        Msg::Tags => "Tags",
        Msg::Share => "Share",
        Msg::ShareNative => "Share…",
        Msg::CopyLink => "Copy link",
        Msg::LinkCopied => "Link copied",
        Msg::ShareByEmail => "Send by email",
        Msg::Related => "Read also",
        Msg::NewerInSection => "Newer story",
        Msg::OlderInSection => "Previous story",
        Msg::ExternalLink => "(external link)",
        Msg::SectionEmpty => "No stories in this section yet.",
        Msg::BriefsIntro => "The latest news, minute by minute.",
        Msg::NotFoundTitle => "Page not found",
        Msg::NotFoundText => "The page you asked for does not exist, or no longer does.",
        Msg::ArticleNotFoundText => "This story cannot be found: it may have been withdrawn.",
        Msg::BackHome => "Back to the front page",
        Msg::BrowseSections => "Or browse the sections:",
    }
}

pub(super) fn noun(noun: Noun) -> (&'static str, &'static str) {
    match noun {
        Noun::Comment => ("comment", "comments"),
        Noun::Article => ("story", "stories"),
        Noun::FeedEntry => ("feed entry", "feed entries"),
    }
}
