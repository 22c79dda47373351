//! Text rules shared by slugs and search: folding accents, case and ligatures.

use std::borrow::Cow;

use crate::html_text::decode_references;

/// Appends `c` folded to plain lowercase ASCII when it is a Latin letter with an accent or a
/// ligature ("É" → "e", "œ" → "oe"); other characters are lowercased as they are.
pub fn push_folded(out: &mut String, c: char) {
    let folded = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Š' | 'š' | 'Ś' | 'ś' => "s",
        'Ž' | 'ž' | 'Ź' | 'ź' | 'Ż' | 'ż' => "z",
        'ß' => "ss",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(folded);
}

/// Harakat (the short vowels, tanwin, shadda, sukun), the dagger alef, the Quranic signs
/// and tatweel: written or not, an Arabic word is the same.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
    )
}

/// Lowercase words joined by hyphens, Latin ones in plain ASCII ("Économie & société" →
/// "economie-societe"); Arabic ones keep their letters without harakat or tatweel
/// ("يُصادِق على" → "يصادق-على").
pub fn slugify(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !is_arabic_mark(*c)) {
        push_folded(&mut folded, c);
    }
    let mut slug = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

/// The words of an HTML fragment, roughly, for counting and indexing (never for display):
/// tags become spaces, character references their characters, and whitespace runs one space.
pub fn text_of_html(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_references(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `None` for a missing, empty or all-blank text.
pub fn non_blank(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// A feed's plain-text field as the reader shows and searches it: its character references
/// decoded once (`Blog &#8211; InfluxData` → "Blog – InfluxData"), `None` when blank.
pub fn plain_text(text: Option<String>) -> Option<String> {
    non_blank(text.map(|text| rewritten(text, decode_references)))
}

/// A text cut to `max_chars` characters with an ellipsis (see [`shorten`]).
pub fn cut(text: Option<String>, max_chars: usize) -> Option<String> {
    text.map(|text| rewritten(text, |t| shorten(t, max_chars)))
}

/// What `rewrite` makes of `text`, reusing `text` itself when nothing changed.
fn rewritten(text: String, rewrite: impl FnOnce(&str) -> Cow<'_, str>) -> String {
    match rewrite(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(changed) => changed,
    }
}

/// `text` cut to at most `max_chars` characters, ellipsis included: at the last space of the
/// cut's final fifth when there is one, else inside the word (a title with no spaces at
/// all). Text that fits is returned as it is.
pub fn shorten(text: &str, max_chars: usize) -> Cow<'_, str> {
    // No more bytes than characters allowed: it fits, without counting (most fields do).
    if text.len() <= max_chars {
        return Cow::Borrowed(text);
    }
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return Cow::Borrowed(text);
    };
    let kept = &text[..cut];
    let last = kept.char_indices().last().map_or(0, |(at, _)| at);
    let floor = kept
        .char_indices()
        .nth(max_chars * 4 / 5)
        .map_or(0, |(at, _)| at);
    let end = match kept[..last].rfind(char::is_whitespace) {
        Some(space) if space >= floor => space,
        _ => last,
    };
    let mut short = kept[..end].trim_end().to_owned();
    short.push('…');
    Cow::Owned(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(
            shorten("Cosumar relève ses prévisions", 40),
            "Cosumar relève ses prévisions"
        );
        assert_eq!(
            shorten("Cosumar relève ses prévisions", 16),
            "Cosumar relève…"
        );
        assert_eq!(
            shorten("Cosumar relève ses prévisions", 22),
            "Cosumar relève ses…"
        );
        // No space near the cut: the word is cut.
        assert_eq!(shorten(&"é".repeat(2_000_000), 5), "éééé…");
        assert_eq!(shorten(&"x".repeat(301), 300).chars().count(), 300);
        assert!(matches!(shorten("court", 5), Cow::Borrowed(_)));
    }

    #[test]
    fn slugs_fold_accents_and_join_words() {
        assert_eq!(slugify("Économie & société"), "economie-societe");
        assert_eq!(slugify("  L’État, c’est nous ! "), "l-etat-c-est-nous");
        assert_eq!(slugify("Cœur de Marrakech"), "coeur-de-marrakech");
    }

    #[test]
    fn slugs_keep_letters_of_other_scripts() {
        assert_eq!(slugify("المغرب اليوم"), "المغرب-اليوم");
        // Harakat and tatweel would split words: they go.
        assert_eq!(slugify("مجلس النواب يُصادِق"), "مجلس-النواب-يصادق");
        assert_eq!(slugify("حاسمـــة"), "حاسمة");
    }

    #[test]
    fn html_gives_its_words() {
        assert_eq!(
            text_of_html("<p>Un&nbsp;<b>mot</b></p>\n<p>l&rsquo;autre</p>"),
            "Un mot l’autre"
        );
    }

    #[test]
    fn plain_text_is_decoded_once_and_blank_is_none() {
        assert_eq!(
            plain_text(Some("Blog &#8211; InfluxData".into())).as_deref(),
            Some("Blog – InfluxData")
        );
        assert_eq!(
            plain_text(Some("&amp;amp;".into())).as_deref(),
            Some("&amp;")
        );
        assert_eq!(plain_text(Some(" &nbsp; ".into())), None);
        assert_eq!(plain_text(None), None);
    }

    #[test]
    fn an_empty_text_has_an_empty_slug() {
        assert_eq!(slugify(" – "), "");
    }
}
