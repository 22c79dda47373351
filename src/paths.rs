//! The app's URLs, in French: `/rubrique/…`, `/article/…`, `/tag/…`, `/fil-info`. Paths here
//! are relative to the router's base; `href` adds the base for plain links.

use crate::{
    feed::{fingerprint, Item},
    text::slugify,
};

/// The longest slug an article URL carries; longer titles are cut at a word boundary.
const MAX_SLUG_LEN: usize = 80;

pub const HOME: &str = "/";
pub const BRIEFS: &str = "/fil-info";
pub const SAVED: &str = "/sauvegardes";
pub const SEARCH: &str = "/recherche";
pub const ARCHIVES: &str = "/archives";

/// The archive's page of one month: `/archives/2026/11`.
pub fn month(year: i64, month: u32) -> String {
    format!("{ARCHIVES}/{year:04}/{month:02}")
}

/// The search view for a query: `/recherche?q=…`.
pub fn search(query: &str) -> String {
    if query.trim().is_empty() {
        SEARCH.to_owned()
    } else {
        format!("{SEARCH}?q={}", encode_segment(query))
    }
}

pub fn section(slug: &str) -> String {
    format!("/rubrique/{}", encode_segment(slug))
}

pub fn tag(tag: &str) -> String {
    format!("/tag/{}", encode_segment(&slugify(tag)))
}

/// The longest name an address segment is written to, well under the 255 bytes file systems
/// allow.
const MAX_FILE_NAME_LEN: usize = 200;

/// The canonical path of an item: its id decides, the slug only reads well.
pub fn article(item: &Item) -> String {
    article_path_with_slug(
        &article_key(&item.id),
        &article_slug(item.title.as_deref().unwrap_or_default()),
    )
}

/// Whether `name` can be one file name on every host: not empty, not `.` or `..`, without a
/// slash, a backslash or a control character, and not too long. The publishing step writes
/// each segment of an address, decoded as hosts decode a request, to such a name.
pub fn is_file_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && name.len() <= MAX_FILE_NAME_LEN
        && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

/// What an article's address holds for its id: the id itself, unless the id could not be a
/// file name (a URL, as WordPress guids are: `https://journal.example.ma/?p=1234`). Such an
/// article would have no published page, and hosts would decode its address into folders;
/// its address holds `u` and a stable digest of the id instead (`/article/u5f1c…/titre`).
pub fn article_key(id: &str) -> String {
    if is_file_name(id) {
        id.to_owned()
    } else {
        format!("u{:016x}", fingerprint(id.as_bytes()))
    }
}

/// True when `key`, an address's id segment as the router gives it (decoded), names the article
/// `id`: its key, or the id itself, as links written before keys hold it.
pub fn names_article(key: &str, id: &str) -> bool {
    key == id || (!is_file_name(id) && key == article_key(id))
}

/// Where an article's discussion lives on a comment server: its path without the slug, so
/// that a corrected headline keeps its comments.
pub fn discussion(item: &Item) -> String {
    format!("/article/{}", encode_segment(&item.id))
}

/// The path `/article/{id}/{slug}` as the address bar has it (an empty slug gives no segment).
pub fn article_path_with_slug(id: &str, slug: &str) -> String {
    if slug.is_empty() {
        format!("/article/{}", encode_segment(id))
    } else {
        format!("/article/{}/{}", encode_segment(id), encode_segment(slug))
    }
}

/// The slug of a title, cut to at most [`MAX_SLUG_LEN`] bytes at a hyphen.
pub fn article_slug(title: &str) -> String {
    let slug = slugify(title);
    if slug.len() <= MAX_SLUG_LEN {
        return slug;
    }
    let mut cut = MAX_SLUG_LEN;
    while !slug.is_char_boundary(cut) {
        cut -= 1;
    }
    match slug[..cut].rfind('-') {
        Some(hyphen) if hyphen > 0 => slug[..hyphen].to_owned(),
        _ => slug[..cut].to_owned(),
    }
}

/// A plain link's `href`: the router's base (`/sub/path`, or empty at the root) and the path.
pub fn href(base: &str, path: &str) -> String {
    format!("{}{path}", base.trim_end_matches('/'))
}

/// Percent-encodes everything but RFC 3986's unreserved characters, like `encodeURIComponent`
/// without its extra exceptions, so any id survives a trip through the address bar.
pub fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes percent-encoding, as hosts decode a request's path: `None` for a malformed escape
/// or bytes that are not UTF-8.
pub fn decode_segment(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, title: Option<&str>) -> Item {
        Item {
            id: id.into(),
            title: title.map(Into::into),
            ..Item::default()
        }
    }

    #[test]
    fn an_article_path_has_its_id_and_a_readable_slug() {
        let i = item("1008", Some("Cosumar relève ses prévisions"));
        assert_eq!(article(&i), "/article/1008/cosumar-releve-ses-previsions");
    }

    #[test]
    fn a_discussion_outlives_its_headline() {
        let mut i = item("1008", Some("Premier titre"));
        let before = discussion(&i);
        i.title = Some("Titre corrigé".into());
        assert_eq!(discussion(&i), before);
        assert_eq!(before, "/article/1008");
    }

    #[test]
    fn an_untitled_article_has_no_slug() {
        assert_eq!(article(&item("n1", None)), "/article/n1");
    }

    #[test]
    fn ids_are_encoded_whole() {
        let i = item("été 2026?", Some("Titre"));
        assert_eq!(article(&i), "/article/%C3%A9t%C3%A9%202026%3F/titre");
        assert_eq!(encode_segment("é"), "%C3%A9");
    }

    #[test]
    fn ids_that_no_file_can_hold_are_held_by_a_stable_key() {
        let url = "https://journal.example.ma/?p=1234";
        let key = article_key(url);
        assert_eq!(key.len(), 17);
        assert!(key.starts_with('u') && key[1..].bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(key, article_key(url), "the same on every build");
        assert_ne!(key, article_key("https://journal.example.ma/?p=1235"));
        assert_eq!(
            article(&item(url, Some("Tanger"))),
            format!("/article/{key}/tanger")
        );
        assert!(names_article(&key, url));
        assert!(
            names_article(url, url),
            "links from before keys still lead to it"
        );
        assert!(!names_article(&key, "https://journal.example.ma/?p=1235"));
        // Ids a file can hold are their own key, and only the id names them.
        assert_eq!(article_key("1008"), "1008");
        assert!(!names_article(
            &format!("u{:016x}", fingerprint(b"1008")),
            "1008"
        ));
        for id in ["a/b", "a\\b", "..", ".", "a\u{0}", &"x".repeat(201)] {
            assert!(!is_file_name(id), "{id:?}");
            assert!(is_file_name(&article_key(id)), "{id:?}");
        }
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let title = "Le projet de loi sur la régionalisation avancée franchit l’étape de la commission des finances";
        let slug = article_slug(title);
        assert!(slug.len() <= MAX_SLUG_LEN, "{slug}");
        assert!(title.starts_with("Le projet") && slug.starts_with("le-projet-de-loi"));
        assert!(!slug.ends_with('-'));
        assert_eq!(
            slug,
            "le-projet-de-loi-sur-la-regionalisation-avancee-franchit-l-etape-de-la"
        );
    }

    #[test]
    fn sections_and_tags_use_french_words() {
        assert_eq!(section("economie"), "/rubrique/economie");
        assert_eq!(tag("Sécurité routière"), "/tag/securite-routiere");
        assert_eq!(BRIEFS, "/fil-info");
    }

    #[test]
    fn a_search_keeps_its_query_in_the_address() {
        assert_eq!(search("l'État"), "/recherche?q=l%27%C3%89tat");
        assert_eq!(search(""), "/recherche");
    }

    #[test]
    fn hrefs_carry_the_base() {
        assert_eq!(href("", "/fil-info"), "/fil-info");
        assert_eq!(href("/sub/path", "/fil-info"), "/sub/path/fil-info");
        assert_eq!(href("/sub/path/", HOME), "/sub/path/");
    }
}
