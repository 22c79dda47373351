//! `sitemap.xml` (every published page), `sitemap-news.xml` (the articles of the last two
//! days, as Google News reads them) and the `robots.txt` lines that point to both.

use super::routes::Route;
use crate::{
    dates::{self, from_millis},
    head::canonical,
    html_text::escape_text,
    paths,
};

/// How far back the news sitemap reaches.
const NEWS_WINDOW_MS: i64 = 48 * 3_600_000;

pub const SITEMAP: &str = "sitemap.xml";
pub const NEWS_SITEMAP: &str = "sitemap-news.xml";

/// Every page but the search page, with its date when it has one.
pub fn sitemap(root: &str, routes: &[Route]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in routes.iter().filter(|r| r.path != paths::SEARCH) {
        out.push_str(&format!(
            "  <url><loc>{}</loc>",
            escape_text(&canonical(root, &route.path))
        ));
        if let Some(at) = route
            .article
            .as_ref()
            .and_then(|a| a.modified_ms.or(a.published_ms))
        {
            out.push_str(&format!(
                "<lastmod>{}</lastmod>",
                dates::rfc3339_in_zone(from_millis(at))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The articles published in the 48 hours before `now_ms`.
pub fn news_sitemap(
    root: &str,
    routes: &[Route],
    site_name: &str,
    language: &str,
    now_ms: i64,
) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
    );
    for route in routes {
        let Some(article) = &route.article else {
            continue;
        };
        let Some(published) = article
            .published_ms
            .filter(|at| *at <= now_ms && now_ms - at <= NEWS_WINDOW_MS)
        else {
            continue;
        };
        out.push_str(&format!(
            "  <url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication><news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            escape_text(&canonical(root, &route.path)),
            escape_text(site_name),
            escape_text(language),
            dates::rfc3339_in_zone(from_millis(published)),
            escape_text(&article.title),
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt` as built, its own `Sitemap:` lines replaced by ours.
pub fn robots(existing: &str, root: &str) -> String {
    let mut out: String = existing
        .lines()
        .filter(|line| {
            !line
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("sitemap:")
        })
        .map(|line| format!("{line}\n"))
        .collect();
    if out.is_empty() {
        out.push_str("User-agent: *\nAllow: /\n");
    }
    for file in [SITEMAP, NEWS_SITEMAP] {
        out.push_str(&format!("Sitemap: {}\n", canonical(root, file)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::routes::ArticleEntry;

    const NOW: i64 = 1_795_883_700_000;

    fn article(path: &str, title: &str, hours_ago: i64) -> Route {
        Route {
            path: path.into(),
            file: String::new(),
            feed_pages: 1,
            article: Some(ArticleEntry {
                id: path.into(),
                title: title.into(),
                published_ms: Some(NOW - hours_ago * 3_600_000),
                modified_ms: None,
            }),
        }
    }

    #[test]
    fn the_news_sitemap_holds_the_last_two_days() {
        let routes = [
            article("/article/1/a", "Fresh & new", 2),
            article("/article/2/b", "Yesterday", 30),
            article("/article/3/c", "Last week", 24 * 7),
        ];
        let news = news_sitemap("https://j.example/", &routes, "Le Matin", "fr", NOW);
        assert!(news.contains("<loc>https://j.example/article/1/a</loc>"));
        assert!(news.contains("<news:title>Fresh &amp; new</news:title>"));
        assert!(news.contains("/article/2/b"));
        assert!(!news.contains("/article/3/c"));
        let all = sitemap("https://j.example/", &routes);
        assert_eq!(all.matches("<url>").count(), 3);
        assert!(all.contains("<lastmod>"));
    }

    #[test]
    fn robots_points_to_both_sitemaps_once() {
        let robots = robots(
            "User-agent: *\nAllow: /\nSitemap: https://old.example/s.xml\n",
            "https://j.example/sub/",
        );
        assert_eq!(
            robots,
            "User-agent: *\nAllow: /\nSitemap: https://j.example/sub/sitemap.xml\nSitemap: https://j.example/sub/sitemap-news.xml\n"
        );
    }
}
