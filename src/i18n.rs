//! The interface's words, per locale. Components never hold user-facing literals:
//! they ask the catalogue, so a missing translation is a compile error.

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
    Retry,
    FeedUnreachable,
    FeedNotJson,
    FeedNotAFeed,
    FeedHttpStatus,
    LatestNews,
}

impl Locale {
    /// Picks a locale from a BCP 47 tag such as `fr-MA` or `en-GB`; French otherwise.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Locale::En
        } else {
            Locale::Fr
        }
    }

    /// The tag for the document's `lang` attribute.
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
}

fn french(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Chargement du journal…",
        Msg::Retry => "Réessayer",
        Msg::FeedUnreachable => {
            "Le journal est injoignable. Vérifiez votre connexion, puis réessayez."
        }
        Msg::FeedNotJson => "Le journal a renvoyé une réponse illisible (ce n’est pas du JSON).",
        Msg::FeedNotAFeed => "Le fichier reçu n’est pas un flux JSON Feed valide.",
        Msg::FeedHttpStatus => "Le serveur du journal a répondu par une erreur.",
        Msg::LatestNews => "À la une",
    }
}

fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Loading the news…",
        Msg::Retry => "Try again",
        Msg::FeedUnreachable => {
            "The newspaper cannot be reached. Check your connection, then try again."
        }
        Msg::FeedNotJson => "The newspaper sent an unreadable answer (it is not JSON).",
        Msg::FeedNotAFeed => "The file received is not a valid JSON Feed.",
        Msg::FeedHttpStatus => "The newspaper's server answered with an error.",
        Msg::LatestNews => "Top stories",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_tag_picks_its_language() {
        assert_eq!(Locale::from_tag("en-GB"), Locale::En);
        assert_eq!(Locale::from_tag("fr-MA"), Locale::Fr);
    }

    #[test]
    fn an_unknown_language_falls_back_to_french() {
        assert_eq!(Locale::from_tag("de"), Locale::Fr);
        assert_eq!(Locale::from_tag(""), Locale::Fr);
    }

    #[test]
    fn each_locale_has_its_own_words() {
        assert_eq!(Locale::Fr.text(Msg::Retry), "Réessayer");
        assert_eq!(Locale::En.text(Msg::Retry), "Try again");
    }
}
