//! How text becomes search terms: lowercase, without accents, ligatures spelt out, French
//! elisions dropped, so that "etat" finds "l'État" and "coeur" finds "cœur".

use crate::text::push_folded;

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
        if !word.is_empty() && !ELIDED.contains(&word.as_str()) {
            f(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                push_folded(&mut word, c);
            }
        } else {
            flush(&mut word);
        }
    }
    flush(&mut word);
}

/// The terms of what a reader typed. A lone elided particle still counts while it is being
/// typed ("l" may become "loi"), so only apostrophe-ended particles are dropped.
pub fn query_terms(query: &str) -> Vec<String> {
    let trimmed = query.trim_end();
    let mut terms = terms(trimmed);
    // "l" typed alone (no apostrophe yet) is kept: the reader may be typing "loi".
    if let Some(last) = trimmed.split(|c: char| !c.is_alphanumeric()).next_back() {
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
    fn a_particle_being_typed_is_kept() {
        assert_eq!(query_terms("l"), ["l"]);
        assert_eq!(query_terms("l'"), Vec::<String>::new());
        assert_eq!(query_terms("l'eta"), ["eta"]);
        assert_eq!(query_terms("projet de l"), ["projet", "de", "l"]);
    }
}
