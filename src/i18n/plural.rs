//! Which form a count takes in Arabic. CLDR gives Arabic six categories, against two in
//! French and English; the same rules run in the browser and in the publishing step, so a
//! published page and the app write the same words.

/// CLDR's plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// CLDR's Arabic rules for whole numbers: 0, 1 and 2 have their own forms; few when the last
/// two digits are 3 to 10 (3, 10, 103); many when they are 11 to 99 (11, 99, 111); other for
/// the rest (100, 101, 102, 200, 1000).
pub fn arabic(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_categories_follow_cldr() {
        use Category::*;
        for (n, category) in [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (200, Other),
            (1002, Other),
            (1011, Many),
        ] {
            assert_eq!(arabic(n), category, "{n}");
        }
    }
}
