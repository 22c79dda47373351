//! The interface's words, per locale. Components never hold user-facing literals: they ask
//! the catalogue, so a missing translation is a compile error.

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Fr,
    En,
}

/// One message of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Loading,
    LoadingMore,
    LoadMore,
    Retry,
    FeedUnreachable,
    FeedTimeout,
    FeedHttpStatus,
    FeedNotJson,
    FeedTruncated,
    FeedHtml,
    FeedXml,
    FeedNotAFeed,
    FeedEmpty,
    FeedRefused,
    ConfigInvalid,
    RefreshFailed,
    MoreFailed,
    LatestNews,
}

impl Locale {
    /// Picks the first supported language among BCP 47 tags such as `fr-MA` or `en-GB`.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        tags.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            match primary.to_ascii_lowercase().as_str() {
                "fr" => Some(Locale::Fr),
                "en" => Some(Locale::En),
                _ => None,
            }
        })
    }

    /// The tag for the document's `lang` attribute and for `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// The text of a message in this locale.
    pub fn text(self, msg: Msg) -> &'static str {
        match self {
            Locale::Fr => french(msg),
            Locale::En => english(msg),
        }
    }

    /// "The server answered 503".
    pub fn http_status(self, status: u16) -> String {
        match self {
            Locale::Fr => format!("{} (HTTP {status})", french(Msg::FeedHttpStatus)),
            Locale::En => format!("{} (HTTP {status})", english(Msg::FeedHttpStatus)),
        }
    }

    /// The notice for items the reader dropped from the feed.
    pub fn discarded_items(self, count: usize) -> String {
        match (self, count) {
            (Locale::Fr, 1) => "1 élément du flux a été ignoré (identifiant manquant ou en double, ou contenu vide).".into(),
            (Locale::Fr, n) => format!("{n} éléments du flux ont été ignorés (identifiant manquant ou en double, ou contenu vide)."),
            (Locale::En, 1) => "1 feed entry was skipped (missing or duplicate id, or no content).".into(),
            (Locale::En, n) => format!("{n} feed entries were skipped (missing or duplicate id, or no content)."),
        }
    }
}

fn french(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Chargement du journal…",
        Msg::LoadingMore => "Chargement des articles suivants…",
        Msg::LoadMore => "Charger plus",
        Msg::Retry => "Réessayer",
        Msg::FeedUnreachable => {
            "Le journal est injoignable. Vérifiez votre connexion, puis réessayez."
        }
        Msg::FeedTimeout => "Le journal met trop de temps à répondre.",
        Msg::FeedHttpStatus => "Le serveur du journal a répondu par une erreur",
        Msg::FeedNotJson => "Le journal a renvoyé une réponse illisible (ce n’est pas du JSON).",
        Msg::FeedTruncated => "Le flux du journal est arrivé incomplet.",
        Msg::FeedHtml => "Le journal a renvoyé une page web au lieu de son flux.",
        Msg::FeedXml => {
            "Le journal a renvoyé un flux RSS ou Atom : Manchette lit les flux JSON Feed."
        }
        Msg::FeedNotAFeed => "Le fichier reçu est du JSON, mais pas un flux JSON Feed.",
        Msg::FeedEmpty => "Le journal ne contient encore aucun article.",
        Msg::FeedRefused => {
            "Ce flux vient d’une adresse que le journal n’autorise pas : voici le flux du journal."
        }
        Msg::ConfigInvalid => "La configuration du site (config.json) est invalide.",
        Msg::RefreshFailed => {
            "Impossible d’actualiser le journal. Vous lisez la dernière version chargée."
        }
        Msg::MoreFailed => "Les articles suivants n’ont pas pu être chargés.",
        Msg::LatestNews => "À la une",
    }
}

fn english(msg: Msg) -> &'static str {
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
        Msg::LatestNews => "Top stories",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_supported_language_wins() {
        assert_eq!(
            Locale::negotiate(["de-DE", "en-GB", "fr"]),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate(["fr-MA"]), Some(Locale::Fr));
        assert_eq!(Locale::negotiate(["EN_us"]), Some(Locale::En));
    }

    #[test]
    fn no_supported_language_is_none() {
        assert_eq!(Locale::negotiate(["de", "ar-MA", ""]), None);
    }

    #[test]
    fn each_locale_has_its_own_words() {
        assert_eq!(Locale::Fr.text(Msg::Retry), "Réessayer");
        assert_eq!(Locale::En.text(Msg::Retry), "Try again");
        assert_eq!(
            Locale::Fr.http_status(503),
            "Le serveur du journal a répondu par une erreur (HTTP 503)"
        );
    }

    #[test]
    fn discarded_counts_agree_in_number() {
        assert!(Locale::Fr
            .discarded_items(1)
            .starts_with("1 élément du flux a été ignoré"));
        assert!(Locale::Fr
            .discarded_items(3)
            .starts_with("3 éléments du flux ont été ignorés"));
        assert!(Locale::En
            .discarded_items(2)
            .starts_with("2 feed entries were skipped"));
    }
}
