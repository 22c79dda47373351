//! Which view an address shows: the routing table, as plain data. The router (`router`) keeps
//! the address in a signal; this module only reads it, so it is tested natively.

use crate::paths;

/// A view of the app, with what its address names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// `/rubrique/<slug>`
    Section {
        slug: String,
    },
    /// `/tag/<tag>`
    Tag {
        tag: String,
    },
    /// `/article/<id>` or `/article/<id>/<slug>`
    Article {
        id: String,
        slug: String,
    },
    /// `/fil-info`
    Briefs,
    /// `/sauvegardes`
    Saved,
    /// `/recherche`
    Search,
    /// `/archives`: the paper's months.
    Archives,
    /// `/archives/<yyyy>/<mm>`: every article of one month.
    Month {
        year: i64,
        month: u32,
    },
    /// Any other address.
    NotFound,
}

/// The view a route draws, without its parameters: a change of parameters alone (a section
/// to another, an article's slug replaced) keeps the view, which follows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Home,
    Section,
    Tag,
    Article,
    Briefs,
    Saved,
    Search,
    /// The archive's index and its months: only publishing draws them (`pages::archives`).
    Archives,
    NotFound,
}

impl Route {
    /// The route of an app path (the router's base removed, no query). Segments are
    /// percent-decoded; a trailing slash is ignored.
    pub fn at(path: &str) -> Self {
        let trimmed = path.trim_end_matches('/');
        if trimmed.is_empty() {
            return Route::Home;
        }
        let decoded = trimmed.strip_prefix('/').and_then(|rest| {
            rest.split('/')
                .map(paths::decode_segment)
                .collect::<Option<Vec<_>>>()
        });
        let Some(mut segments) = decoded else {
            return Route::NotFound;
        };
        if segments.iter().any(String::is_empty) {
            return Route::NotFound;
        }
        let first = segments.remove(0);
        match (first.as_str(), segments.as_mut_slice()) {
            ("rubrique", [slug]) => Route::Section {
                slug: std::mem::take(slug),
            },
            ("tag", [tag]) => Route::Tag {
                tag: std::mem::take(tag),
            },
            ("article", [id]) => Route::Article {
                id: std::mem::take(id),
                slug: String::new(),
            },
            ("article", [id, slug]) => Route::Article {
                id: std::mem::take(id),
                slug: std::mem::take(slug),
            },
            ("fil-info", []) => Route::Briefs,
            ("sauvegardes", []) => Route::Saved,
            ("recherche", []) => Route::Search,
            ("archives", []) => Route::Archives,
            ("archives", [year, month]) => month_route(year, month).unwrap_or(Route::NotFound),
            _ => Route::NotFound,
        }
    }

    pub fn view(&self) -> View {
        match self {
            Route::Home => View::Home,
            Route::Section { .. } => View::Section,
            Route::Tag { .. } => View::Tag,
            Route::Article { .. } => View::Article,
            Route::Briefs => View::Briefs,
            Route::Saved => View::Saved,
            Route::Search => View::Search,
            Route::Archives | Route::Month { .. } => View::Archives,
            Route::NotFound => View::NotFound,
        }
    }
}

/// A month's route, when `year` is four digits and `month` two, from 01 to 12 (the only
/// spelling `paths::month` writes).
fn month_route(year: &str, month: &str) -> Option<Route> {
    let digits =
        |text: &str, count: usize| text.len() == count && text.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    let year = year.parse().ok()?;
    let month = month.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some(Route::Month { year, month })
}

/// The app path of an address's path under the router's `base` (`/sub/path`, or empty at the
/// root): `None` when the address is outside it.
pub fn within_base<'a>(base: &str, path: &'a str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    let rest = path.strip_prefix(base)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') {
        Some(rest)
    } else {
        None
    }
}

/// The value of `name` in a query string (`?q=a+b` or `q=a+b`), decoded as forms encode it:
/// `+` is a space. The first one counts; `None` when absent or not UTF-8.
pub fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| paths::decode_segment(&key.replace('+', " ")).as_deref() == Some(name))
        .and_then(|(_, value)| paths::decode_segment(&value.replace('+', " ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, slug: &str) -> Route {
        Route::Article {
            id: id.into(),
            slug: slug.into(),
        }
    }

    #[test]
    fn every_view_has_its_address() {
        assert_eq!(Route::at("/"), Route::Home);
        assert_eq!(Route::at(""), Route::Home);
        assert_eq!(
            Route::at("/rubrique/sport"),
            Route::Section {
                slug: "sport".into()
            }
        );
        assert_eq!(
            Route::at("/tag/economie"),
            Route::Tag {
                tag: "economie".into()
            }
        );
        assert_eq!(Route::at("/article/42"), article("42", ""));
        assert_eq!(Route::at("/article/42/le-titre"), article("42", "le-titre"));
        assert_eq!(Route::at("/fil-info"), Route::Briefs);
        assert_eq!(Route::at("/sauvegardes"), Route::Saved);
        assert_eq!(Route::at("/recherche"), Route::Search);
        assert_eq!(Route::at("/archives"), Route::Archives);
        assert_eq!(
            Route::at(&crate::paths::month(2026, 11)),
            Route::Month {
                year: 2026,
                month: 11
            }
        );
    }

    #[test]
    fn segments_are_decoded_and_a_trailing_slash_ignored() {
        assert_eq!(
            Route::at("/article/a%2Fb%20c/titre/"),
            article("a/b c", "titre")
        );
        assert_eq!(
            Route::at("/tag/%C3%A9t%C3%A9"),
            Route::Tag {
                tag: "été".into()
            }
        );
        assert_eq!(Route::at("/fil-info/"), Route::Briefs);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/rubrique",
            "/rubrique/a/b",
            "/article",
            "/article/1/2/3",
            "/article//slug",
            "/feed.json",
            "/tag/%FF",
            "/tag/%zz",
            "rubrique/sport",
            "/fil-info/plus",
            "/archives/2026",
            "/archives/2026/13",
            "/archives/2026/00",
            "/archives/2026/1",
            "/archives/26/11",
            "/archives/+026/11",
            "/archives/2026/11/1",
        ] {
            assert_eq!(Route::at(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn the_view_ignores_parameters() {
        assert_eq!(article("1", "a").view(), article("2", "b").view());
        assert_ne!(Route::Home.view(), Route::NotFound.view());
    }

    #[test]
    fn the_base_is_a_whole_segment() {
        assert_eq!(within_base("", "/article/1"), Some("/article/1"));
        assert_eq!(within_base("/", "/"), Some("/"));
        assert_eq!(within_base("/journal", "/journal"), Some("/"));
        assert_eq!(within_base("/journal/", "/journal/tag/x"), Some("/tag/x"));
        assert_eq!(within_base("/journal", "/journalisme/x"), None);
        assert_eq!(within_base("/journal", "/autre"), None);
    }

    #[test]
    fn query_values_are_decoded_as_forms_send_them() {
        assert_eq!(
            query_value("?q=port+de+Tanger", "q").as_deref(),
            Some("port de Tanger")
        );
        assert_eq!(
            query_value("?page=2&q=l%27%C3%A9t%C3%A9", "q").as_deref(),
            Some("l'été")
        );
        assert_eq!(query_value("?q", "q").as_deref(), Some(""));
        assert_eq!(query_value("?q=a%2Bb&q=c", "q").as_deref(), Some("a+b"));
        assert_eq!(query_value("", "q"), None);
        assert_eq!(query_value("?qq=1", "q"), None);
    }
}
