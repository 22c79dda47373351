//! `sitemap.xml`, the index of the sitemaps that list every published page (`sitemap-1.xml`,
//! `sitemap-2.xml`, …, 50,000 addresses each, the protocol's limit), `sitemap-news.xml` (the
//! newest 1,000 articles of the last two days, Google News's limits) and the `robots.txt`
//! lines that point to the index and the news sitemap.

use super::routes::Route;
use crate::{
    dates::{self, from_millis},
    head::canonical,
    html_text::escape_text,
    paths,
};

/// How far back the news sitemap reaches.
const NEWS_WINDOW_MS: i64 = 48 * 3_600_000;

/// The most articles the news sitemap lists.
const NEWS_LIMIT: usize = 1_000;
/// The most addresses one sitemap lists.
pub const URLS_PER_SITEMAP: usize = 50_000;

pub const SITEMAP: &str = "sitemap.xml";
pub const NEWS_SITEMAP: &str = "sitemap-news.xml";

/// The file of the `number`th sitemap (from 1).
pub fn sitemap_file(number: usize) -> String {
    format!("sitemap-{number}.xml")
}

/// The sitemaps of every page but the search page, at most `per_file` addresses each, in
/// their files' order; and their index.
pub fn sitemaps(root: &str, routes: &[Route], per_file: usize) -> (String, Vec<String>) {
    let listed: Vec<&Route> = routes
        .iter()
        .filter(|r| r.path != paths::SEARCH && !r.former)
        .collect();
    let files: Vec<String> = listed
        .chunks(per_file.max(1))
        .map(|chunk| sitemap(root, chunk))
        .collect();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for number in 1..=files.len() {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape_text(&canonical(root, &sitemap_file(number)))
        ));
    }
    index.push_str("</sitemapindex>\n");
    (index, files)
}

/// One sitemap: `routes`, each with its date when it has one.
fn sitemap(root: &str, routes: &[&Route]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in routes {
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

/// The articles published in the 48 hours before `now_ms`, the newest 1,000 of them.
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
    let mut news: Vec<(&Route, &str, i64)> = routes
        .iter()
        .filter_map(|route| {
            let article = route.article.as_ref().filter(|_| !route.former)?;
            let published = article
                .published_ms
                .filter(|at| *at <= now_ms && now_ms - at <= NEWS_WINDOW_MS)?;
            Some((route, article.title.as_str(), published))
        })
        .collect();
    news.sort_by_key(|(_, _, published)| std::cmp::Reverse(*published));
    for (route, title, published) in news.into_iter().take(NEWS_LIMIT) {
        out.push_str(&format!(
            "  <url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>{}</news:language></news:publication><news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            escape_text(&canonical(root, &route.path)),
            escape_text(site_name),
            escape_text(language),
            dates::rfc3339_in_zone(from_millis(published)),
            escape_text(title),
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
            former: false,
            section_page: None,
            article: Some(ArticleEntry {
                id: path.into(),
                title: title.into(),
                published_ms: Some(NOW - hours_ago * 3_600_000),
                modified_ms: None,
            }),
        }
    }

    impl Route {
        fn with_minutes_ago(mut self, minutes: i64) -> Route {
            if let Some(article) = &mut self.article {
                article.published_ms = Some(NOW - minutes * 60_000);
            }
            self
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
        let (_, all) = sitemaps("https://j.example/", &routes, URLS_PER_SITEMAP);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].matches("<url>").count(), 3);
        assert!(all[0].contains("<lastmod>"));
    }

    #[test]
    fn the_news_sitemap_keeps_the_newest_thousand() {
        let routes: Vec<Route> = (0..1_200)
            .map(|n| article(&format!("/article/{n}/a"), "Vite", 0).with_minutes_ago(n))
            .collect();
        let news = news_sitemap("https://j.example/", &routes, "Le Matin", "fr", NOW);
        assert_eq!(news.matches("<url>").count(), 1_000);
        assert!(news.contains("/article/0/a<"), "the newest is kept");
        assert!(news.contains("/article/999/a<"));
        assert!(
            !news.contains("/article/1000/a<"),
            "the 1,001st newest is not"
        );
    }

    #[test]
    fn past_fifty_thousand_addresses_the_sitemaps_split() {
        let routes: Vec<Route> = (0..=URLS_PER_SITEMAP)
            .map(|n| article(&format!("/article/{n}/a"), "Archive", 24 * 30))
            .collect();
        let (index, files) = sitemaps("https://j.example/", &routes, URLS_PER_SITEMAP);
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].matches("<url>").count(), 50_000);
        assert_eq!(files[1].matches("<url>").count(), 1);
        assert!(files[1].contains("/article/50000/a<"));
        assert_eq!(index.matches("<sitemap>").count(), 2);
        assert!(index.contains("<loc>https://j.example/sitemap-2.xml</loc>"));
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
