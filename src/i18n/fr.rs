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
        Msg::FeedTooLarge => "Le flux du journal est trop volumineux pour être lu (plus de 32 Mo).",
        Msg::FeedEmpty => "Le journal ne contient encore aucun article.",
        Msg::FeedRefused => {
            "Ce flux vient d’une adresse que le journal n’autorise pas : voici le flux du journal."
        }
        Msg::ConfigInvalid => "La configuration du site (config.json) est invalide.",
        Msg::PublishedEdition => "Impossible de mettre le journal à jour : vous lisez l’édition publiée.",
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
        Msg::Comments => "Commentaires",
        Msg::CommentsNeedApp => "Les commentaires s’affichent avec JavaScript : activez-le pour lire la discussion et y prendre part.",
        Msg::SearchNeedsApp => "La recherche a besoin de JavaScript. Activez-le, ou parcourez les rubriques et le fil info.",
        Msg::NoComments => "Aucun commentaire pour l’instant : soyez le premier à réagir.",
        Msg::CommentsFailed => "Les commentaires n’ont pas pu être chargés.",
        Msg::TextFailed => "Ce texte n’a pas pu être affiché : vérifiez votre connexion, puis rechargez la page.",
        Msg::CommentName => "Votre nom",
        Msg::CommentWebsite => "Votre site web",
        Msg::CommentText => "Votre commentaire",
        Msg::Optional => "(facultatif)",
        Msg::Publish => "Publier",
        Msg::Publishing => "Publication…",
        Msg::ReplyTo => "Votre réponse",
        Msg::Cancel => "Annuler",
        Msg::CommentTooShort => "Votre commentaire doit compter au moins 3 caractères.",
        Msg::CommentTooLong => "Votre commentaire ne doit pas dépasser 5 000 caractères.",
        Msg::NameTooLong => "Votre nom ne doit pas dépasser 80 caractères.",
        Msg::BadWebsite => "L’adresse du site doit commencer par http:// ou https://.",
        Msg::CommentQueued => "Le serveur de commentaires est injoignable : votre commentaire est gardé sur cet appareil et sera envoyé dès que possible.",
        Msg::CommentNotKept => "Votre commentaire n’a pas pu être enregistré. Il reste dans le formulaire : réessayez plus tard.",
        Msg::Anonymous => "Anonyme",
        Msg::ByYou => "(vous)",
        Msg::Pending => "en attente",
        Msg::FailedToSend => "échec de l’envoi",
        Msg::Like => "J’aime",
        Msg::Reply => "Répondre",
        Msg::Edit => "Modifier",
        Msg::Delete => "Supprimer",
        Msg::Save => "Enregistrer",
        Msg::Collapse => "Masquer les réponses",
        Msg::Expand => "Afficher",
        Msg::Deleted => "Commentaire supprimé.",
        Msg::Edited => "modifié",
        Msg::SortComments => "Trier les commentaires",
        Msg::SortNewest => "Les plus récents",
        Msg::SortOldest => "Les plus anciens",
        Msg::StorageKeptAside => "Des commentaires enregistrés sur cet appareil n’ont pas pu être lus : ils ont été mis de côté, intacts.",
        Msg::StorageFull => "Le stockage de votre navigateur est plein : ce que vous écrivez risque de ne pas être gardé.",
        Msg::StorageUnavailable => "Votre navigateur ne permet pas d’enregistrer : vos brouillons ne seront pas gardés.",
        Msg::ActionFailed => "L’action n’a pas abouti.",
        Msg::EditWindowPassed => "Le délai pour modifier ou supprimer ce commentaire est dépassé.",
        Msg::UpdateReady => "Nouvelle version disponible",
        Msg::Reload => "Recharger",
        Msg::Install => "Installer l’application",
        Msg::Offline => "Vous êtes hors ligne : vous lisez la dernière version enregistrée sur cet appareil.",
        Msg::SavedTitle => "Sauvegardés",
        Msg::SavedIntro => "Les articles que vous avez enregistrés, lisibles même sans réseau.",
        Msg::SavedEmpty => "Vous n’avez encore enregistré aucun article : le bouton « Enregistrer » se trouve sous chaque article.",
        Msg::StorageSavedFull => "Cet article n’a pas pu être enregistré : le stockage de votre navigateur est plein.",
        Msg::SavedImagesNotKept => "Le texte est enregistré, mais pas toutes ses images : le stockage de votre navigateur est plein.",
        Msg::ShowNew => "Afficher",
        Msg::Search => "Recherche",
        Msg::SearchLabel => "Rechercher dans le journal",
        Msg::SearchPlaceholder => "Rechercher…",
        Msg::SearchPrompt => "Tapez un mot pour chercher dans les articles et le fil info ; les accents sont facultatifs.",
        Msg::SearchSuggest => "Essayez un autre mot, ou parcourez les rubriques :",
        Msg::NotFoundTitle => "Page introuvable",
        Msg::NotFoundText => "La page demandée n’existe pas ou n’existe plus.",
        Msg::ArticleNotFoundText => {
            "Cet article est introuvable : il a peut-être été retiré du journal."
        }
        Msg::ArticleLookingFurther => {
            "Recherche de l’article dans les pages plus anciennes du journal…"
        }
        Msg::ArticleLookFailed => {
            "Cet article n’a pas pu être cherché dans les pages plus anciennes du journal."
        }
        Msg::BackHome => "Retour à la une",
        Msg::BrowseSections => "Ou parcourez les rubriques :",
    }
}

pub(super) fn noun(noun: Noun) -> (&'static str, &'static str) {
    match noun {
        Noun::Comment => ("commentaire", "commentaires"),
        Noun::Reply => ("réponse", "réponses"),
        Noun::Article => ("article", "articles"),
        Noun::FeedEntry => ("élément du flux", "éléments du flux"),
    }
}
