//! The little URL arithmetic the reader needs, done the same way in the app and in the tools:
//! resolving a reference against a base (RFC 3986, section 5) and naming an origin.

/// An absolute URL split at its parts: `scheme://authority` + `path` + `rest` (query, fragment).
struct Parts<'a> {
    scheme: &'a str,
    authority: &'a str,
    path: &'a str,
    rest: &'a str,
}

fn split_absolute(url: &str) -> Option<Parts<'_>> {
    let (scheme, after) = url.split_once("://")?;
    if scheme.is_empty()
        || !scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    let authority_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, tail) = after.split_at(authority_end);
    let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
    let (path, rest) = tail.split_at(path_end);
    Some(Parts {
        scheme,
        authority,
        path,
        rest,
    })
}

fn has_scheme(reference: &str) -> bool {
    match reference.find(':') {
        Some(colon) => {
            let scheme = &reference[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Resolves `reference` against the absolute URL `base`. `None` when `base` is not absolute.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    let reference = reference.trim();
    if has_scheme(reference) {
        return Some(reference.to_owned());
    }
    let base = split_absolute(base)?;
    if let Some(network_path) = reference.strip_prefix("//") {
        return Some(format!("{}://{network_path}", base.scheme));
    }
    let prefix = format!("{}://{}", base.scheme, base.authority);
    if reference.is_empty() {
        let query = base.rest.split('#').next().unwrap_or_default();
        return Some(format!("{prefix}{}{query}", base.path));
    }
    if reference.starts_with('#') {
        let query = base.rest.split('#').next().unwrap_or_default();
        return Some(format!("{prefix}{}{query}{reference}", base.path));
    }
    if reference.starts_with('?') {
        return Some(format!("{prefix}{}{reference}", base.path));
    }
    let path_end = reference.find(['?', '#']).unwrap_or(reference.len());
    let (path, rest) = reference.split_at(path_end);
    let merged = if path.starts_with('/') {
        path.to_owned()
    } else {
        let directory = match base.path.rfind('/') {
            Some(slash) => &base.path[..=slash],
            None => "/",
        };
        format!("{directory}{path}")
    };
    Some(format!("{prefix}{}{rest}", remove_dot_segments(&merged)))
}

fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." => {
                if last {
                    output.push("");
                }
            }
            ".." => {
                if output.len() > 1 {
                    output.pop();
                }
                if last {
                    output.push("");
                }
            }
            other => output.push(other),
        }
    }
    let joined = output.join("/");
    if joined.starts_with('/') {
        joined
    } else {
        format!("/{joined}")
    }
}

/// The origin of an absolute http(s) URL: `https://example.org` (lowercase, default port dropped).
pub fn origin(url: &str) -> Option<String> {
    let parts = split_absolute(url.trim())?;
    let scheme = parts.scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => ":80",
        "https" => ":443",
        _ => return None,
    };
    let host_and_port = parts
        .authority
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if host_and_port.is_empty() {
        return None;
    }
    let host_and_port = host_and_port
        .strip_suffix(default_port)
        .unwrap_or(&host_and_port);
    Some(format!("{scheme}://{host_and_port}"))
}

/// `url` without its origin when it is on `page_origin` (`/img/a.svg` for
/// `https://journal.example.ma/img/a.svg`): the page works on any address it is served from.
pub fn on_page(url: &str, page_origin: &str) -> String {
    match url.strip_prefix(page_origin) {
        Some(path) if !page_origin.is_empty() && path.starts_with('/') => path.to_owned(),
        _ => url.to_owned(),
    }
}

/// An http(s) URL as an item's id, for items that have no id of their own: the origin
/// normalised (scheme and host lowercase, default port dropped), then the path (`/` when
/// none) and query as written, without the fragment. `None` for any other URL.
pub fn as_id(url: &str) -> Option<String> {
    let url = url.trim();
    let parts = split_absolute(url)?;
    if parts.authority.contains(char::is_whitespace) {
        return None;
    }
    let origin = origin(url)?;
    let path = if parts.path.is_empty() {
        "/"
    } else {
        parts.path
    };
    let query = parts.rest.split('#').next().unwrap_or_default();
    Some(format!("{origin}{path}{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_as_an_id_is_normalised() {
        assert_eq!(
            as_id(" HTTPS://Blog.Example.com:443/2019/05/31/Un-Billet/?p=12#comments ").as_deref(),
            Some("https://blog.example.com/2019/05/31/Un-Billet/?p=12")
        );
        assert_eq!(
            as_id("http://blog.example.com").as_deref(),
            Some("http://blog.example.com/")
        );
        assert_eq!(
            as_id("https://blog.example.com/a#x"),
            as_id("https://BLOG.example.com/a#y")
        );
        for not_web in [
            "/2019/05/billet",
            "mailto:a@b.example",
            "javascript:x",
            "https://",
        ] {
            assert_eq!(as_id(not_web), None, "{not_web}");
        }
    }

    #[test]
    fn urls_on_the_page_keep_only_their_path() {
        let page = "https://journal.example.ma";
        assert_eq!(
            on_page("https://journal.example.ma/img/a.svg", page),
            "/img/a.svg"
        );
        assert_eq!(
            on_page("https://journal.example.ma.evil.example/a", page),
            "https://journal.example.ma.evil.example/a"
        );
        assert_eq!(
            on_page("https://cdn.example/a.svg", page),
            "https://cdn.example/a.svg"
        );
        assert_eq!(on_page("/a", ""), "/a");
    }

    const BASE: &str = "https://news.example.org/feeds/main/page1.json?x=1#top";

    #[test]
    fn relative_references_resolve_like_a_browser() {
        let cases = [
            (
                "page2.json",
                "https://news.example.org/feeds/main/page2.json",
            ),
            (
                "./page2.json",
                "https://news.example.org/feeds/main/page2.json",
            ),
            ("../other.json", "https://news.example.org/feeds/other.json"),
            ("../../../../up.json", "https://news.example.org/up.json"),
            ("/root.json", "https://news.example.org/root.json"),
            (
                "?page=2",
                "https://news.example.org/feeds/main/page1.json?page=2",
            ),
            (
                "#more",
                "https://news.example.org/feeds/main/page1.json?x=1#more",
            ),
            ("", "https://news.example.org/feeds/main/page1.json?x=1"),
            ("//cdn.example.net/f.json", "https://cdn.example.net/f.json"),
            ("http://other.example/f.json", "http://other.example/f.json"),
            (
                "p.json?a=b#c",
                "https://news.example.org/feeds/main/p.json?a=b#c",
            ),
        ];
        for (reference, expected) in cases {
            assert_eq!(
                resolve(BASE, reference).as_deref(),
                Some(expected),
                "{reference}"
            );
        }
    }

    #[test]
    fn a_base_without_a_path_resolves_from_the_root() {
        assert_eq!(
            resolve("https://example.org", "feed.json").as_deref(),
            Some("https://example.org/feed.json")
        );
    }

    #[test]
    fn a_relative_base_resolves_nothing() {
        assert_eq!(resolve("feeds/page1.json", "page2.json"), None);
    }

    #[test]
    fn origins_are_normalised() {
        assert_eq!(
            origin("HTTPS://News.Example.org:443/a?b").as_deref(),
            Some("https://news.example.org")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080/x").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(
            origin("http://user@host.example:80/").as_deref(),
            Some("http://host.example")
        );
    }

    #[test]
    fn only_web_urls_have_an_origin() {
        assert_eq!(origin("javascript:alert(1)"), None);
        assert_eq!(origin("data:text/html,hi"), None);
        assert_eq!(origin("ftp://example.org/"), None);
        assert_eq!(origin("/feed.json"), None);
        assert_eq!(origin("https:///nohost"), None);
    }
}
