//! Which parts of a text to mark for a query: the start of each word that a query term
//! begins, as byte ranges of the original text (its accents and case untouched).

use super::normalize::{arabic_prefix_len, in_word, push_search_folded, query_terms};

/// Byte ranges of `text` to highlight, in order, not overlapping.
pub fn ranges(text: &str, query: &str) -> Vec<(usize, usize)> {
    let terms = query_terms(query);
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if !in_word(c) {
            chars.next();
            continue;
        }
        // One word: its characters, each with where it ends once folded.
        let mut folded = String::new();
        let mut ends: Vec<(usize, usize)> = Vec::new();
        while let Some(&(at, c)) = chars.peek() {
            if !in_word(c) {
                break;
            }
            push_search_folded(&mut folded, c);
            ends.push((folded.len(), at + c.len_utf8()));
            chars.next();
        }
        // A skipped prefix (the Arabic article) is marked with the word it begins.
        let skipped = arabic_prefix_len(&folded);
        let longest = terms
            .iter()
            .filter(|t| folded[skipped..].starts_with(t.as_str()))
            .map(|t| skipped + t.len())
            .max();
        if let Some(length) = longest {
            // The last letter marked, and the marks after it that fold to nothing.
            let mut rest = ends.iter().skip_while(|(f, _)| *f < length);
            let end = rest.next().map_or(start, |&(reached, end)| {
                rest.take_while(|(f, _)| *f == reached)
                    .last()
                    .map_or(end, |(_, e)| *e)
            });
            found.push((start, end));
        }
    }
    found
}

/// `text` cut into (piece, highlighted) runs, for rendering as text nodes and `<mark>`s.
pub fn pieces<'a>(text: &'a str, query: &str) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in ranges(text, query) {
        if start > at {
            out.push((&text[at..start], false));
        }
        out.push((&text[start..end], true));
        at = end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts of `text` marked for `query`.
    fn marks<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        ranges(text, query)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn an_unaccented_query_marks_the_accented_word() {
        let text = "Séisme d’Al Haouz : les familles relogées";
        assert_eq!(
            pieces(text, "seisme reloge"),
            [
                ("Séisme", true),
                (" d’Al Haouz : les familles ", false),
                ("relogé", true),
                ("es", false),
            ]
        );
    }

    #[test]
    fn elided_words_are_marked_after_the_apostrophe() {
        let text = "Le rôle de l’État";
        let marked = marks(text, "etat");
        assert_eq!(marked, ["État"]);
    }

    #[test]
    fn ligatures_map_back_to_their_letters() {
        let text = "Un cœur battant";
        let marked = marks(text, "coe");
        assert_eq!(marked, ["cœ"]);
        let marked = marks(text, "co");
        assert_eq!(marked, ["cœ"]);
    }

    #[test]
    fn an_arabic_word_is_marked_with_its_article_and_harakat() {
        let text = "حملةٌ وطنية للتلقيح في المدارس";
        let marked = marks(text, "تلقيح مدرسه حمله");
        // "مدرسه" is not a prefix of "مدارس": only the words it begins are marked.
        assert_eq!(marked, ["حملةٌ", "للتلقيح"]);
        let marked = marks(text, "مدا");
        assert_eq!(marked, ["المدا"]);
    }

    #[test]
    fn nothing_to_mark_gives_the_whole_text() {
        assert_eq!(pieces("Bourse", "sport"), [("Bourse", false)]);
        assert_eq!(pieces("Bourse", ""), [("Bourse", false)]);
    }
}
