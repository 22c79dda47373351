//! How text becomes search terms: lowercase, without accents, ligatures spelt out, French
//! elisions dropped, so that "etat" finds "l'État" and "coeur" finds "cœur". Arabic is
//! written one way: without harakat or tatweel, with one alef, ي for ى, ه for ة, ء for the
//! hamza on a seat, Latin digits, and without the article ال and the letters joined to it.

use crate::text::{is_arabic_mark, push_folded};

/// Elided words that carry no meaning on their own ("l'", "qu'", "jusqu'").
const ELIDED: [&str; 13] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// The terms of a text, in order. Words split at anything that is not a letter or a digit
/// (apostrophes included); elided particles are dropped.
pub fn terms(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for_each_term(text, |term| terms.push(term.to_owned()));
    terms
}

/// Calls `f` with each term of `text`, in order, without allocating a string per term.
pub fn for_each_term(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        let term = &word[arabic_prefix_len(word)..];
        if !term.is_empty() && !ELIDED.contains(&term) {
            f(term);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if in_word(c) {
            push_search_folded(&mut word, c);
        } else {
            flush(&mut word);
        }
    }
    flush(&mut word);
}

/// True for what words are made of: letters, digits, and the Arabic marks search ignores.
pub fn in_word(c: char) -> bool {
    c.is_alphanumeric() || is_arabic_mark(c)
}

/// Appends `c` as search reads it.
pub fn push_search_folded(out: &mut String, c: char) {
    match c {
        c if is_arabic_mark(c) => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' | 'ئ' => out.push('ء'),
        'ک' => out.push('ك'),
        '\u{0660}'..='\u{0669}' => out.push(latin_digit(c, 0x0660)),
        '\u{06F0}'..='\u{06F9}' => out.push(latin_digit(c, 0x06F0)),
        _ => push_folded(out, c),
    }
}

fn latin_digit(c: char, zero: u32) -> char {
    char::from_digit(c as u32 - zero, 10).unwrap_or(c)
}

/// The bytes of a folded word that search skips: the article ال, alone or after و, ف, ب
/// or ك, or as لل after ل; else a leading و ("and") in a word of four letters or more.
/// What is left keeps at least two letters (three after و), so لله and ولد stay whole.
/// ب, ل, ك and ف before a word without the article stay: they begin too many words
/// (بيت, لبنان, كتاب, فاس).
pub fn arabic_prefix_len(word: &str) -> usize {
    let letters = |rest: &str| rest.chars().count();
    for article in ["وال", "فال", "بال", "كال", "لل", "ال"] {
        if word
            .strip_prefix(article)
            .is_some_and(|rest| letters(rest) >= 2)
        {
            return article.len();
        }
    }
    match word.strip_prefix('و') {
        Some(rest) if letters(rest) >= 3 => 'و'.len_utf8(),
        _ => 0,
    }
}

/// The terms of what a reader typed. A lone elided particle still counts while it is being
/// typed ("l" may become "loi"), so only apostrophe-ended particles are dropped.
pub fn query_terms(query: &str) -> Vec<String> {
    let trimmed = query.trim_end();
    let mut terms = terms(trimmed);
    // "l" typed alone (no apostrophe yet) is kept: the reader may be typing "loi".
    if let Some(last) = trimmed.split(|c: char| !in_word(c)).next_back() {
        let mut folded = String::new();
        last.chars().for_each(|c| push_folded(&mut folded, c));
        if !folded.is_empty()
            && ELIDED.contains(&folded.as_str())
            && !trimmed.ends_with(['\'', '’'])
        {
            terms.push(folded);
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(terms("Séisme à Al Haouz"), ["seisme", "a", "al", "haouz"]);
        assert_eq!(terms("ÉCONOMIE"), ["economie"]);
    }

    #[test]
    fn elisions_are_dropped_with_either_apostrophe() {
        assert_eq!(
            terms("l'État et d’autres qu’on jusqu'ici"),
            ["etat", "et", "autres", "on", "ici"]
        );
    }

    #[test]
    fn ligatures_are_spelt_out() {
        assert_eq!(
            terms("Cœur, Œuvre, ex æquo"),
            ["coeur", "oeuvre", "ex", "aequo"]
        );
    }

    #[test]
    fn harakat_and_tatweel_are_ignored() {
        assert_eq!(terms("كَتَبَ الطَّالِبُ"), terms("كتب الطالب"));
        assert_eq!(terms("مـــغـــرب"), ["مغرب"]);
        assert_eq!(terms("رَحْمٰن"), ["رحمن"]);
    }

    #[test]
    fn arabic_spelling_variants_meet() {
        for (one, other) in [
            ("أحمد", "احمد"),
            ("إسلام", "اسلام"),
            ("آمال", "امال"),
            ("ٱستقبال", "استقبال"),
            ("مصطفى", "مصطفي"),
            ("مدرسة", "مدرسه"),
            ("مسؤول", "مسئول"),
            ("الأولى", "الاولى"),
            ("٢٠٢٦", "2026"),
            ("۲۰۲۶", "2026"),
        ] {
            assert_eq!(terms(one), terms(other), "{one} and {other}");
        }
        assert_eq!(terms("١٧:٣٥"), ["17", "35"]);
    }

    #[test]
    fn the_article_and_the_letters_joined_to_it_are_skipped() {
        for word in [
            "المغرب",
            "والمغرب",
            "بالمغرب",
            "للمغرب",
            "فالمغرب",
            "كالمغرب",
        ] {
            assert_eq!(terms(word), ["مغرب"], "{word}");
        }
        assert_eq!(terms("وزير"), ["زير"]);
        // Too short to be a prefix and a word.
        assert_eq!(terms("لله ولد ال"), ["لله", "ولد", "ال"]);
        // ب, ل, ك, ف alone begin words too often to be cut.
        assert_eq!(terms("بيت لبنان كتاب فاس"), ["بيت", "لبنان", "كتاب", "فاس"]);
    }

    #[test]
    fn a_particle_being_typed_is_kept() {
        assert_eq!(query_terms("l"), ["l"]);
        assert_eq!(query_terms("l'"), Vec::<String>::new());
        assert_eq!(query_terms("l'eta"), ["eta"]);
        assert_eq!(query_terms("projet de l"), ["projet", "de", "l"]);
    }
}
