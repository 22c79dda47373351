//! The words of search results: the count of the feed's own, and the archive's under them.
//! The archive's are apart from the interface's messages, since only the archive's results
//! write them: in the release build that code ships in its view's wasm part, not the app's.

use super::{plural, Category, Locale};

/// The fixed words around the archive's results, in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveWords {
    /// The results' heading: "Dans les archives".
    pub heading: &'static str,
    /// While the index answers.
    pub searching: &'static str,
    /// Offline: the results above are all there is until the network is back.
    pub offline: &'static str,
    /// The index could not be read.
    pub failed: &'static str,
    /// The archive holds nothing past the results above.
    pub nothing_more: &'static str,
}

impl Locale {
    /// "12 résultats pour « séisme »".
    pub fn search_results(self, count: usize, query: &str) -> String {
        match self {
            Locale::Fr if count == 0 => format!("Aucun résultat pour « {query} »"),
            Locale::Fr if count == 1 => format!("1 résultat pour « {query} »"),
            Locale::Fr => format!("{count} résultats pour « {query} »"),
            Locale::En if count == 0 => format!("No results for “{query}”"),
            Locale::En if count == 1 => format!("1 result for “{query}”"),
            Locale::En => format!("{count} results for “{query}”"),
            Locale::Ar(_) => match plural::arabic(count as u64) {
                // The query is the reader's: only the count changes digits.
                Category::Zero => format!("لا توجد نتائج عن «{query}»"),
                Category::One => format!("نتيجة واحدة عن «{query}»"),
                Category::Two => format!("نتيجتان عن «{query}»"),
                Category::Few => format!("{} نتائج عن «{query}»", self.number(count)),
                Category::Many | Category::Other => {
                    format!("{} نتيجة عن «{query}»", self.number(count))
                }
            },
        }
    }

    /// The words around the archive's results in this locale.
    pub fn archive_words(self) -> ArchiveWords {
        match self {
            Locale::Fr => ArchiveWords {
                heading: "Dans les archives",
                searching: "Recherche dans les archives…",
                offline: "Hors ligne : les résultats ci-dessus viennent des articles déjà chargés. Les archives se consultent avec une connexion.",
                failed: "Les archives n’ont pas pu être consultées. Réessayez dans un moment.",
                nothing_more: "Rien de plus dans les archives.",
            },
            Locale::En => ArchiveWords {
                heading: "In the archive",
                searching: "Searching the archive…",
                offline: "Offline: the results above come from the stories already loaded. The archive needs a connection.",
                failed: "The archive could not be searched. Try again in a moment.",
                nothing_more: "Nothing more in the archive.",
            },
            Locale::Ar(_) => ArchiveWords {
                heading: "في الأرشيف",
                searching: "جارٍ البحث في الأرشيف…",
                offline: "أنت غير متصل: النتائج أعلاه من المقالات المحمّلة، والأرشيف يحتاج إلى اتصال.",
                failed: "تعذّر البحث في الأرشيف. حاول بعد قليل.",
                nothing_more: "لا شيء آخر في الأرشيف.",
            },
        }
    }

    /// How many more stories the archive holds for a query (one or more): "3 articles de
    /// plus".
    pub fn archive_found(self, count: usize) -> String {
        match self {
            Locale::Fr if count == 1 => "1 article de plus".to_owned(),
            Locale::Fr => format!("{count} articles de plus"),
            Locale::En if count == 1 => "1 more story".to_owned(),
            Locale::En => format!("{count} more stories"),
            Locale::Ar(_) => match plural::arabic(count as u64) {
                Category::Zero | Category::One => "مقال آخر".to_owned(),
                Category::Two => "مقالان آخران".to_owned(),
                Category::Few => format!("{} مقالات أخرى", self.number(count)),
                Category::Many => format!("{} مقالًا آخر", self.number(count)),
                Category::Other => format!("{} مقال آخر", self.number(count)),
            },
        }
    }
}
