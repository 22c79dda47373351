//! The words of the archive's own pages (`/archives`): the paper's months, and every article
//! of one month (a month's name is a date's: `dates::month_title`). Only publishing draws
//! those pages, so in the app's wasm only the footer's link to them is left.

use super::{plural, Category, Locale};

impl Locale {
    /// The archive's name, on its index and on the footer's link: "Archives".
    pub fn archives(self) -> &'static str {
        match self {
            Locale::Fr | Locale::En => "Archives",
            Locale::Ar(_) => "الأرشيف",
        }
    }

    /// What the archive's index lists.
    pub fn archives_intro(self) -> &'static str {
        match self {
            Locale::Fr => "Tous les articles publiés, mois par mois.",
            Locale::En => "Every story published, month by month.",
            Locale::Ar(_) => "كل المقالات المنشورة، شهرا بشهر.",
        }
    }

    /// How many articles a month holds: "40 articles".
    pub fn article_count(self, count: usize) -> String {
        match self {
            Locale::Fr | Locale::En if count == 1 => "1 article".to_owned(),
            Locale::Fr | Locale::En => format!("{count} articles"),
            Locale::Ar(_) => match plural::arabic(count as u64) {
                Category::Zero => "لا مقالات".to_owned(),
                Category::One => "مقال واحد".to_owned(),
                Category::Two => "مقالان".to_owned(),
                Category::Few => format!("{} مقالات", self.number(count)),
                Category::Many | Category::Other => format!("{} مقالا", self.number(count)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_and_its_count_read_in_each_language() {
        use crate::dates::month_title;
        assert_eq!(month_title(2026, 11, Locale::Fr), "Novembre 2026");
        assert_eq!(month_title(2027, 8, Locale::Fr), "Août 2027");
        assert_eq!(month_title(2026, 11, Locale::En), "November 2026");
        assert_eq!(
            month_title(2026, 11, Locale::Ar(crate::i18n::Digits::ArabicIndic)),
            "نونبر ٢٠٢٦"
        );
        assert_eq!(Locale::Fr.article_count(1), "1 article");
        assert_eq!(Locale::En.article_count(40), "40 articles");
        let arabic = Locale::Ar(crate::i18n::Digits::Latin);
        assert_eq!(month_title(2026, 11, arabic), "نونبر 2026");
        assert_eq!(arabic.article_count(2), "مقالان");
        assert_eq!(arabic.article_count(5), "5 مقالات");
    }
}
