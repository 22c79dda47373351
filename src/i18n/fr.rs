//! Le français de l'interface.

use super::{Msg, Noun};

pub(super) fn text(msg: Msg) -> &'static str {
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
        Msg::SkipToContent => "Aller au contenu",
        Msg::Menu => "Rubriques",
        Msg::SectionsNav => "Rubriques du journal",
        Msg::Home => "Accueil",
        Msg::Briefs => "Fil info",
        Msg::AllBriefs => "Tout le fil info",
        Msg::ThemeToDark => "Thème sombre",
        Msg::FooterNav => "Pied de page",
        Msg::PoweredBy => "Édition numérique propulsée par Manchette.",
        Msg::TopStories => "À la une",
        Msg::WholeSection => "Toute la rubrique",
        Msg::By => "Par",
        Msg::Published => "Publié le",
        Msg::Updated => "Mis à jour le",
        Msg::Tags => "Mots-clés",
        Msg::Share => "Partager",
        Msg::ShareNative => "Partager…",
        Msg::CopyLink => "Copier le lien",
        Msg::LinkCopied => "Lien copié",
        Msg::ShareByEmail => "Envoyer par e-mail",
        Msg::Related => "À lire aussi",
        Msg::NewerInSection => "Article plus récent",
        Msg::OlderInSection => "Article précédent",
        Msg::ExternalLink => "(lien externe)",
        Msg::SectionEmpty => "Aucun article dans cette rubrique pour l’instant.",
        Msg::BriefsIntro => "Les dernières nouvelles, minute par minute.",
        Msg::NotFoundTitle => "Page introuvable",
        Msg::NotFoundText => "La page demandée n’existe pas ou n’existe plus.",
        Msg::ArticleNotFoundText => {
            "Cet article est introuvable : il a peut-être été retiré du journal."
        }
        Msg::BackHome => "Retour à la une",
        Msg::BrowseSections => "Ou parcourez les rubriques :",
    }
}

pub(super) fn noun(noun: Noun) -> (&'static str, &'static str) {
    match noun {
        Noun::Comment => ("commentaire", "commentaires"),
        Noun::Article => ("article", "articles"),
        Noun::FeedEntry => ("élément du flux", "éléments du flux"),
    }
}
