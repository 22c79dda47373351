//! The sentences that say which items of the feed the reader dropped, and why.

use super::{
    plural::{self, Category},
    Locale, Noun,
};
use crate::feed::Discarded;

/// Why items are dropped, in the Arabic notice: verbal nouns, so it follows any count.
const AR_WHY: &str =
    "(لغياب المعرّف والعنوان، أو للتكرار، أو لغياب المحتوى، أو لتجاوز عدد العناصر المقروءة)";

/// Why an item was dropped: the reasons [`Discarded`] counts.
#[derive(Clone, Copy)]
enum Reason {
    NoIdNorAddress,
    DuplicateId,
    NoContent,
    NotAnObject,
}

impl Locale {
    /// The notice under a page for items the reader dropped from a feed that still shows.
    pub fn discarded_items(self, count: usize) -> String {
        match self {
            Locale::Fr if count <= 1 => format!("{count} élément du flux a été ignoré (sans identifiant ni adresse, en double, sans contenu, ou au-delà du nombre d’éléments lus)."),
            Locale::Fr => format!("{count} éléments du flux ont été ignorés (sans identifiant ni adresse, en double, sans contenu, ou au-delà du nombre d’éléments lus)."),
            Locale::En => format!("{} skipped (no id or address, a duplicate id, no content, or past the number of items read).", self.count(count, Noun::FeedEntry)),
            // After "تم تجاهل" the count is genitive: the dual is "عنصرين".
            Locale::Ar(_) => self.digits(match plural::arabic(count as u64) {
                Category::Zero => "لم يُتجاهل أي عنصر من الخلاصة.".to_owned(),
                Category::One => format!("تم تجاهل عنصر واحد من الخلاصة {AR_WHY}."),
                Category::Two => format!("تم تجاهل عنصرين من الخلاصة {AR_WHY}."),
                Category::Few => format!("تم تجاهل {count} عناصر من الخلاصة {AR_WHY}."),
                Category::Many => format!("تم تجاهل {count} عنصرًا من الخلاصة {AR_WHY}."),
                Category::Other => format!("تم تجاهل {count} عنصر من الخلاصة {AR_WHY}."),
            }),
        }
    }

    /// Why a feed that holds items shows none: "Le flux contient 3 éléments, mais aucun n’a
    /// d’identifiant ni d’adresse : aucun ne peut être affiché."
    pub fn nothing_to_show(self, discarded: &Discarded) -> String {
        let total = discarded.total();
        let reasons: Vec<(usize, Reason)> = [
            (discarded.without_id, Reason::NoIdNorAddress),
            (discarded.duplicate_id, Reason::DuplicateId),
            (discarded.empty, Reason::NoContent),
            (discarded.not_object, Reason::NotAnObject),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .collect();
        let holds = self.feed_holds(total);
        match reasons[..] {
            [(_, reason)] if total == 1 => format!("{holds}{}", self.the_one(reason)),
            [(_, reason)] => format!("{holds}{}", self.none_of_them(reason)),
            _ => {
                let list: Vec<String> = reasons
                    .into_iter()
                    .map(|(count, reason)| self.so_many(count, reason))
                    .collect();
                match self {
                    Locale::Fr => format!(
                        "{holds}mais aucun ne peut être affiché : {}.",
                        list.join(", ")
                    ),
                    Locale::En => format!("{holds}but none can be shown: {}.", list.join(", ")),
                    Locale::Ar(_) => {
                        format!("{holds}لكن لا يمكن عرض أي شيء: {}.", list.join("، "))
                    }
                }
            }
        }
    }

    /// "Le flux contient 3 éléments, " / "The feed holds 3 items, ".
    fn feed_holds(self, total: usize) -> String {
        match self {
            Locale::Fr if total <= 1 => format!("Le flux contient {total} élément, "),
            Locale::Fr => format!("Le flux contient {total} éléments, "),
            Locale::En if total == 1 => "The feed holds 1 item, ".to_owned(),
            Locale::En => format!("The feed holds {total} items, "),
            // The count is the object of "تضم": accusative.
            Locale::Ar(_) => self.digits(match plural::arabic(total as u64) {
                Category::One => "تضم الخلاصة عنصرًا واحدًا، ".to_owned(),
                Category::Two => "تضم الخلاصة عنصرين، ".to_owned(),
                Category::Few => format!("تضم الخلاصة {total} عناصر، "),
                Category::Many => format!("تضم الخلاصة {total} عنصرًا، "),
                Category::Zero | Category::Other => format!("تضم الخلاصة {total} عنصر، "),
            }),
        }
    }

    /// The end of the sentence when the feed's only item was dropped.
    fn the_one(self, reason: Reason) -> &'static str {
        match (self, reason) {
            (Locale::Fr, Reason::NoIdNorAddress) => {
                "mais il n’a ni identifiant ni adresse : il ne peut pas être affiché."
            }
            (Locale::Fr, Reason::DuplicateId) => {
                "mais il répète l’identifiant d’un autre : il ne peut pas être affiché."
            }
            (Locale::Fr, Reason::NoContent) => {
                "mais il n’a ni titre ni contenu : il ne peut pas être affiché."
            }
            (Locale::Fr, Reason::NotAnObject) => {
                "mais ce n’est pas un objet JSON : il ne peut pas être affiché."
            }
            (Locale::En, Reason::NoIdNorAddress) => {
                "but it has no id and no address: it cannot be shown."
            }
            (Locale::En, Reason::DuplicateId) => {
                "but it repeats another item’s id: it cannot be shown."
            }
            (Locale::En, Reason::NoContent) => {
                "but it has no title and no content: it cannot be shown."
            }
            (Locale::En, Reason::NotAnObject) => "but it is not a JSON object: it cannot be shown.",
            (Locale::Ar(_), Reason::NoIdNorAddress) => "لكنه بلا معرّف ولا عنوان: لا يمكن عرضه.",
            (Locale::Ar(_), Reason::DuplicateId) => "لكنه يكرر معرّف عنصر آخر: لا يمكن عرضه.",
            (Locale::Ar(_), Reason::NoContent) => "لكنه بلا عنوان ولا محتوى: لا يمكن عرضه.",
            (Locale::Ar(_), Reason::NotAnObject) => "لكنه ليس كائن JSON: لا يمكن عرضه.",
        }
    }

    /// The end of the sentence when every item was dropped for the same reason.
    fn none_of_them(self, reason: Reason) -> &'static str {
        match (self, reason) {
            (Locale::Fr, Reason::NoIdNorAddress) => {
                "mais aucun n’a d’identifiant ni d’adresse : aucun ne peut être affiché."
            }
            (Locale::Fr, Reason::DuplicateId) => {
                "mais tous répètent l’identifiant d’un autre : aucun ne peut être affiché."
            }
            (Locale::Fr, Reason::NoContent) => {
                "mais aucun n’a de titre ni de contenu : aucun ne peut être affiché."
            }
            (Locale::Fr, Reason::NotAnObject) => {
                "mais aucun n’est un objet JSON : aucun ne peut être affiché."
            }
            (Locale::En, Reason::NoIdNorAddress) => {
                "but none has an id or an address: none can be shown."
            }
            (Locale::En, Reason::DuplicateId) => {
                "but each repeats another item’s id: none can be shown."
            }
            (Locale::En, Reason::NoContent) => {
                "but none has a title or any content: none can be shown."
            }
            (Locale::En, Reason::NotAnObject) => "but none is a JSON object: none can be shown.",
            (Locale::Ar(_), Reason::NoIdNorAddress) => {
                "لكن لا يحمل أي عنصر معرّفًا ولا عنوانًا: لا يمكن عرض أي شيء."
            }
            (Locale::Ar(_), Reason::DuplicateId) => {
                "لكن كل عنصر يكرر معرّف عنصر آخر: لا يمكن عرض أي شيء."
            }
            (Locale::Ar(_), Reason::NoContent) => {
                "لكن لا يحمل أي عنصر عنوانًا ولا محتوى: لا يمكن عرض أي شيء."
            }
            (Locale::Ar(_), Reason::NotAnObject) => {
                "لكن لا يوجد بين العناصر أي كائن JSON: لا يمكن عرض أي شيء."
            }
        }
    }

    /// One reason of several, with its count: "2 sans titre ni contenu".
    fn so_many(self, count: usize, reason: Reason) -> String {
        if let Locale::Ar(_) = self {
            return self.digits(arabic_so_many(count, reason));
        }
        let many = count > 1;
        let what = match (self, reason) {
            (Locale::Fr, Reason::NoIdNorAddress) => "sans identifiant ni adresse",
            (Locale::Fr, Reason::DuplicateId) => "en double",
            (Locale::Fr, Reason::NoContent) => "sans titre ni contenu",
            (Locale::Fr, Reason::NotAnObject) if many => "qui ne sont pas des objets JSON",
            (Locale::Fr, Reason::NotAnObject) => "qui n’est pas un objet JSON",
            (Locale::En, Reason::NoIdNorAddress) => "without an id or an address",
            (Locale::En, Reason::DuplicateId) if many => "with duplicate ids",
            (Locale::En, Reason::DuplicateId) => "with a duplicate id",
            (Locale::En, Reason::NoContent) => "without a title or content",
            (Locale::En, Reason::NotAnObject) if many => "that are not JSON objects",
            (Locale::En, Reason::NotAnObject) => "that is not a JSON object",
            (Locale::Ar(_), _) => "",
        };
        format!("{count} {what}")
    }
}

/// One reason of several in Arabic, which names the noun with its count, nominative, and
/// makes the verb agree: "عنصران بلا عنوان ولا محتوى".
fn arabic_so_many(count: usize, reason: Reason) -> String {
    let category = plural::arabic(count as u64);
    let items = match category {
        Category::One => "عنصر واحد".to_owned(),
        Category::Two => "عنصران".to_owned(),
        Category::Few => format!("{count} عناصر"),
        Category::Many => format!("{count} عنصرًا"),
        Category::Zero | Category::Other => format!("{count} عنصر"),
    };
    let what = match (reason, category) {
        (Reason::NoIdNorAddress, _) => "بلا معرّف ولا عنوان",
        (Reason::DuplicateId, _) => "بمعرّف مكرر",
        (Reason::NoContent, _) => "بلا عنوان ولا محتوى",
        (Reason::NotAnObject, Category::One) => "ليس كائن JSON",
        (Reason::NotAnObject, Category::Two) => "ليسا كائني JSON",
        // Things in the plural take a feminine singular verb.
        (Reason::NotAnObject, _) => "ليست كائنات JSON",
    };
    format!("{items} {what}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Digits;

    #[test]
    fn discarded_counts_agree_in_number() {
        assert!(Locale::Fr
            .discarded_items(1)
            .starts_with("1 élément du flux a été ignoré"));
        assert!(Locale::Fr
            .discarded_items(3)
            .starts_with("3 éléments du flux ont été ignorés"));
        assert!(Locale::En
            .discarded_items(1)
            .starts_with("1 feed entry skipped"));
        assert!(Locale::En
            .discarded_items(2)
            .starts_with("2 feed entries skipped"));
    }

    fn only(without_id: usize, empty: usize, not_object: usize) -> Discarded {
        Discarded {
            without_id,
            empty,
            not_object,
            ..Discarded::default()
        }
    }

    #[test]
    fn one_reason_for_all_is_named() {
        assert_eq!(
            Locale::Fr.nothing_to_show(&only(3, 0, 0)),
            "Le flux contient 3 éléments, mais aucun n’a d’identifiant ni d’adresse : aucun ne peut être affiché."
        );
        assert_eq!(
            Locale::En.nothing_to_show(&only(0, 2, 0)),
            "The feed holds 2 items, but none has a title or any content: none can be shown."
        );
    }

    #[test]
    fn a_single_item_is_spoken_of_in_the_singular() {
        assert_eq!(
            Locale::Fr.nothing_to_show(&only(1, 0, 0)),
            "Le flux contient 1 élément, mais il n’a ni identifiant ni adresse : il ne peut pas être affiché."
        );
        assert_eq!(
            Locale::En.nothing_to_show(&only(0, 0, 1)),
            "The feed holds 1 item, but it is not a JSON object: it cannot be shown."
        );
    }

    #[test]
    fn arabic_sentences_take_the_count_s_form() {
        assert_eq!(
            Locale::Ar(Digits::Latin).nothing_to_show(&only(1, 0, 0)),
            "تضم الخلاصة عنصرًا واحدًا، لكنه بلا معرّف ولا عنوان: لا يمكن عرضه."
        );
        assert_eq!(
            Locale::Ar(Digits::Latin).nothing_to_show(&only(1, 2, 1)),
            "تضم الخلاصة 4 عناصر، لكن لا يمكن عرض أي شيء: عنصر واحد بلا معرّف ولا عنوان، عنصران بلا عنوان ولا محتوى، عنصر واحد ليس كائن JSON."
        );
        assert_eq!(
            Locale::Ar(Digits::Latin).nothing_to_show(&only(2, 0, 3)),
            "تضم الخلاصة 5 عناصر، لكن لا يمكن عرض أي شيء: عنصران بلا معرّف ولا عنوان، 3 عناصر ليست كائنات JSON."
        );
        for (count, start) in [
            (1, "تم تجاهل عنصر واحد من الخلاصة"),
            (2, "تم تجاهل عنصرين من الخلاصة"),
            (3, "تم تجاهل 3 عناصر من الخلاصة"),
            (11, "تم تجاهل 11 عنصرًا من الخلاصة"),
            (100, "تم تجاهل 100 عنصر من الخلاصة"),
        ] {
            assert!(
                Locale::Ar(Digits::Latin)
                    .discarded_items(count)
                    .starts_with(start),
                "{count}"
            );
        }
    }

    #[test]
    fn several_reasons_are_each_counted() {
        assert_eq!(
            Locale::Fr.nothing_to_show(&only(1, 2, 1)),
            "Le flux contient 4 éléments, mais aucun ne peut être affiché : 1 sans identifiant ni adresse, 2 sans titre ni contenu, 1 qui n’est pas un objet JSON."
        );
        assert_eq!(
            Locale::En.nothing_to_show(&only(2, 0, 3)),
            "The feed holds 5 items, but none can be shown: 2 without an id or an address, 3 that are not JSON objects."
        );
    }
}
