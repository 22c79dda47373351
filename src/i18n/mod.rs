//! The interface's words, per locale. Components never hold user-facing literals: they ask
//! the catalogue, and an exhaustive `match` per language makes a missing translation a
//! compile error.

mod ar;
mod archives;
mod digits;
mod discarded;
mod en;
mod fr;
mod media;
mod plural;
mod search;

pub use digits::Digits;
pub use media::MediaWords;
use plural::Category;
pub use search::ArchiveWords;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Fr,
    En,
    /// Arabic, with Morocco's conventions; the digits are the newsroom's choice.
    Ar(Digits),
}

/// One message of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    // Loading and failures.
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
    FeedTooLarge,
    FeedEmpty,
    FeedRefused,
    ConfigInvalid,
    RefreshFailed,
    PublishedEdition,
    MoreFailed,
    // The frame.
    SkipToContent,
    Menu,
    SectionsNav,
    Home,
    Briefs,
    AllBriefs,
    ThemeToDark,
    FooterNav,
    PoweredBy,
    // The front page.
    TopStories,
    WholeSection,
    // An article.
    By,
    Published,
    Updated,
    Tags,
    Share,
    ShareNative,
    CopyLink,
    LinkCopied,
    ShareByEmail,
    Related,
    NewerInSection,
    OlderInSection,
    ExternalLink,
    // Lists.
    SectionEmpty,
    BriefsIntro,
    // Comments.
    Comments,
    NoComments,
    CommentsNeedApp,
    SearchNeedsApp,
    CommentsFailed,
    /// The sanitiser's code could not be fetched, so a text from outside cannot be shown.
    TextFailed,
    CommentName,
    CommentWebsite,
    CommentText,
    Optional,
    Publish,
    Publishing,
    ReplyTo,
    Cancel,
    CommentTooShort,
    CommentTooLong,
    NameTooLong,
    BadWebsite,
    CommentQueued,
    CommentNotKept,
    Anonymous,
    ByYou,
    Pending,
    FailedToSend,
    Like,
    Reply,
    Edit,
    Delete,
    Save,
    Collapse,
    Expand,
    Deleted,
    Edited,
    SortComments,
    SortNewest,
    SortOldest,
    StorageKeptAside,
    StorageFull,
    StorageUnavailable,
    ActionFailed,
    EditWindowPassed,
    // The app: updates, installing, offline, saved articles.
    UpdateReady,
    Reload,
    Install,
    Offline,
    SavedTitle,
    SavedIntro,
    SavedEmpty,
    StorageSavedFull,
    SavedImagesNotKept,
    // Live updates and search.
    ShowNew,
    Search,
    SearchLabel,
    SearchPlaceholder,
    SearchPrompt,
    SearchSuggest,
    // Not found.
    NotFoundTitle,
    NotFoundText,
    ArticleNotFoundText,
    ArticleLookingFurther,
    ArticleLookFailed,
    BackHome,
    BrowseSections,
}

impl Locale {
    /// Picks the first supported language among BCP 47 tags such as `fr-MA` or `en-GB`. An
    /// Arabic tag asks for Arabic-Indic digits with the Unicode extension `-u-nu-arab`.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        tags.into_iter().find_map(|tag| {
            let tag = tag.to_ascii_lowercase();
            let subtags: Vec<&str> = tag.split(['-', '_']).collect();
            match subtags[0] {
                "fr" => Some(Locale::Fr),
                "en" => Some(Locale::En),
                "ar" => Some(Locale::Ar(digits::numbering(&subtags))),
                _ => None,
            }
        })
    }

    /// The paper's interface language: the newsroom's choice in config.json, else the feed's
    /// language (its `language`, then `_manchette.locale`), else the reader's, else French.
    /// A newspaper speaks its own language, whoever opens it.
    pub fn for_paper(
        configured: Option<&str>,
        feed_languages: [Option<&str>; 2],
        reader: &[String],
    ) -> Self {
        configured
            .and_then(|tag| Locale::negotiate([tag]))
            .or_else(|| Locale::negotiate(feed_languages.into_iter().flatten()))
            .or_else(|| Locale::negotiate(reader.iter().map(String::as_str)))
            .unwrap_or_default()
    }

    /// The tag for the document's `lang` attribute and for `Intl`. Arabic is Morocco's:
    /// `ar-MA` gives the Maghreb month names (نونبر) and the 24-hour clock.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Ar(_) => "ar-MA",
        }
    }

    /// The writing direction, for the document's `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Fr | Locale::En => "ltr",
            Locale::Ar(_) => "rtl",
        }
    }

    /// The text of a message in this locale.
    pub fn text(self, msg: Msg) -> &'static str {
        match self {
            Locale::Fr => fr::text(msg),
            Locale::En => en::text(msg),
            Locale::Ar(_) => ar::text(msg),
        }
    }

    /// `count` and the noun agreeing with it: "1 commentaire", "3 commentaires"; in Arabic
    /// one of five forms: "تعليق واحد", "تعليقان", "3 تعليقات", "11 تعليقًا", "100 تعليق".
    pub fn count(self, count: usize, noun: Noun) -> String {
        let ((one, many), singular) = match self {
            // French says "0 commentaire", English "0 comments".
            Locale::Fr => (fr::noun(noun), count <= 1),
            Locale::En => (en::noun(noun), count == 1),
            Locale::Ar(_) => {
                let forms = ar::noun(noun);
                let n = self.number(count);
                return match plural::arabic(count as u64) {
                    Category::One => forms.one.to_owned(),
                    Category::Two => forms.two.to_owned(),
                    Category::Few => format!("{n} {}", forms.few),
                    Category::Many => format!("{n} {}", forms.many),
                    Category::Zero | Category::Other => format!("{n} {}", forms.other),
                };
            }
        };
        format!("{count} {}", if singular { one } else { many })
    }

    /// "The server answered with an error (HTTP 503)".
    pub fn http_status(self, status: u16) -> String {
        format!("{} (HTTP {status})", self.text(Msg::FeedHttpStatus))
    }

    /// "5 min de lecture".
    pub fn reading_time(self, minutes: u32) -> String {
        match self {
            Locale::Fr => format!("{minutes} min de lecture"),
            Locale::En => format!("{minutes} min read"),
            Locale::Ar(_) => self.digits(match plural::arabic(u64::from(minutes)) {
                Category::Zero => "مدة القراءة: أقل من دقيقة".to_owned(),
                Category::One => "مدة القراءة: دقيقة واحدة".to_owned(),
                Category::Two => "مدة القراءة: دقيقتان".to_owned(),
                Category::Few => format!("مدة القراءة: {minutes} دقائق"),
                Category::Many | Category::Other => format!("مدة القراءة: {minutes} دقيقة"),
            }),
        }
    }

    /// "Suivez-nous sur Facebook".
    pub fn follow_us(self, network: &str) -> String {
        match self {
            Locale::Fr => format!("Suivez-nous sur {network}"),
            Locale::En => format!("Follow us on {network}"),
            Locale::Ar(_) => format!("تابعونا على {network}"),
        }
    }

    /// "Partager sur Facebook".
    pub fn share_on(self, network: &str) -> String {
        match self {
            Locale::Fr => format!("Partager sur {network}"),
            Locale::En => format!("Share on {network}"),
            Locale::Ar(_) => format!("شارك على {network}"),
        }
    }

    /// "Commentaires (3)".
    pub fn comments_heading(self, count: usize) -> String {
        format!("{} ({})", self.text(Msg::Comments), self.number(count))
    }

    /// "124 / 5 000 caractères".
    pub fn characters(self, used: usize, max: usize) -> String {
        let grouped = match self {
            Locale::Fr => group_thousands(max, '\u{202F}'),
            Locale::En => group_thousands(max, ','),
            Locale::Ar(Digits::Latin) => group_thousands(max, '.'),
            Locale::Ar(Digits::ArabicIndic) => self.digits(group_thousands(max, '\u{066C}')),
        };
        match self {
            Locale::Fr => format!("{used} / {grouped} caractères"),
            Locale::En => format!("{used} / {grouped} characters"),
            // The noun agrees with the maximum.
            Locale::Ar(_) => {
                let noun = match plural::arabic(max as u64) {
                    Category::Few => "أحرف",
                    Category::Many => "حرفًا",
                    Category::Zero | Category::One | Category::Two | Category::Other => "حرف",
                };
                format!("{} / {grouped} {noun}", self.number(used))
            }
        }
    }

    /// "Afficher 2 réponses".
    pub fn show_replies(self, count: usize) -> String {
        format!(
            "{} ({})",
            self.text(Msg::Expand),
            self.count(count, Noun::Reply)
        )
    }

    /// "Copie du journal enregistrée le samedi 28 novembre 2026 à 17:35."
    pub fn saved_copy(self, when: &str) -> String {
        match self {
            Locale::Fr => format!("Copie du journal enregistrée le {when}."),
            Locale::En => format!("Copy of the paper saved on {when}."),
            Locale::Ar(_) => format!("نسخة من الجريدة حُفظت يوم {when}."),
        }
    }

    /// "3 nouveaux articles".
    pub fn new_articles(self, count: usize) -> String {
        match self {
            Locale::Fr if count <= 1 => format!("{count} nouvel article"),
            Locale::Fr => format!("{count} nouveaux articles"),
            Locale::En if count == 1 => "1 new story".to_owned(),
            Locale::En => format!("{count} new stories"),
            Locale::Ar(_) => self.digits(match plural::arabic(count as u64) {
                Category::Zero => "لا مقالات جديدة".to_owned(),
                Category::One => "مقال جديد واحد".to_owned(),
                Category::Two => "مقالان جديدان".to_owned(),
                Category::Few => format!("{count} مقالات جديدة"),
                Category::Many => format!("{count} مقالًا جديدًا"),
                Category::Other => format!("{count} مقال جديد"),
            }),
        }
    }

    /// "Mot-clé : Bourse".
    pub fn tag_heading(self, tag: &str) -> String {
        match self {
            Locale::Fr => format!("Mot-clé : {tag}"),
            Locale::En => format!("Tag: {tag}"),
            Locale::Ar(_) => format!("وسم: {tag}"),
        }
    }

    /// "Toute la rubrique Sport".
    pub fn whole_section(self, name: &str) -> String {
        format!("{} {name}", self.text(Msg::WholeSection))
    }
}

/// The writing direction of a language, by its BCP 47 tag: `rtl` for Arabic, Hebrew,
/// Persian, Urdu and the other languages written right to left, else `ltr`.
pub fn direction(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    match primary.to_ascii_lowercase().as_str() {
        "ar" | "he" | "iw" | "fa" | "ur" | "ps" | "dv" | "yi" | "sd" | "ug" | "ckb" => "rtl",
        _ => "ltr",
    }
}

/// 5000 → "5 000" (French, narrow no-break space) or "5,000".
fn group_thousands(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// Nouns that agree with a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Comment,
    Reply,
    Article,
    FeedEntry,
}

#[cfg(test)]
mod tests;
