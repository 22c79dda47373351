//! The digits numbers are written with: Latin, or Arabic-Indic when an Arabic paper asks
//! for them with the BCP 47 extension `-u-nu-arab`.

use super::Locale;

/// The digits Arabic text is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Digits {
    /// 0123456789, as Moroccan papers print them (CLDR's `latn` for `ar-MA`).
    #[default]
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩, chosen with the BCP 47 extension `-u-nu-arab` (`ar-MA-u-nu-arab`).
    ArabicIndic,
}

impl Locale {
    /// The tag `Intl` writes dates with: the document's, plus the digits Arabic asks for.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::Ar(Digits::ArabicIndic) => "ar-MA-u-nu-arab",
            _ => self.tag(),
        }
    }

    /// `text` with its ASCII digits in this locale's digits: "١٢" for "12" in Arabic with
    /// Arabic-Indic digits, unchanged otherwise.
    pub fn digits(self, text: String) -> String {
        if self != Locale::Ar(Digits::ArabicIndic) {
            return text;
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii() => char::from_u32(0x0660 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// A count in this locale's digits.
    pub fn number(self, n: usize) -> String {
        self.digits(n.to_string())
    }
}

/// The numbering system a tag's Unicode extension asks for (`…-u-nu-arab`), else Latin.
pub(super) fn numbering(subtags: &[&str]) -> Digits {
    let extension = subtags.iter().skip_while(|s| **s != "u").skip(1);
    let keyword = extension.skip_while(|s| **s != "nu").nth(1);
    match keyword {
        Some(&"arab") => Digits::ArabicIndic,
        _ => Digits::Latin,
    }
}
