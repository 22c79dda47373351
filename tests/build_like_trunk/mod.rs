//! A build like the one `trunk build` leaves, for the publishing step's tests to publish
//! into, and what they read back from it.
#![allow(dead_code)] // Each test file uses its share.

use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
};

use manchette::{
    publish::Options,
    publish_mark::{read_article, ARTICLE_ELEMENT},
};

pub const TRUNK_PAGE: &str = include_str!("../fixtures/trunk-page.html");
pub const SAMPLE_FEED: &str = "public/feed.json";
/// 2026-11-29T12:00:00Z, the day after the sample's newest story.
pub const NOW: i64 = 1_795_953_600_000;

/// A build as `trunk build` leaves it: Trunk's page (kept as 404.html) and config.json.
pub fn build(name: &str, config: &str) -> PathBuf {
    let dist =
        std::env::temp_dir().join(format!("manchette-publish-{name}-{}", std::process::id()));
    remove(&dist);
    fs::create_dir_all(&dist).unwrap();
    fs::write(dist.join("404.html"), TRUNK_PAGE).unwrap();
    fs::write(dist.join("config.json"), config).unwrap();
    fs::copy(SAMPLE_FEED, dist.join("feed.json")).unwrap();
    dist
}

pub const CONFIG: &str =
    r#"{"site_url": "https://journal.example.ma/", "time_zone": "Africa/Lagos"}"#;

pub fn options(dist: &Path, feed: Option<&str>) -> Options {
    Options {
        dist: dist.to_owned(),
        feed: feed.map(str::to_owned),
        site_url: None,
        prune: false,
        now_ms: NOW,
        import: Default::default(),
        image_cache: dist.join("../manchette-image-cache"),
        archive: Some(archive(dist)),
        unpublish: Vec::new(),
    }
}

/// Removes a test's build, and what publishing kept beside it.
pub fn remove(dist: &Path) {
    let _ = fs::remove_dir_all(dist);
    let _ = fs::remove_dir_all(dist.with_extension("images"));
    for beside in [
        "sqlite",
        "sqlite-wal",
        "sqlite-shm",
        "slid.json",
        "export.xml",
    ] {
        let _ = fs::remove_file(dist.with_extension(beside));
    }
}

/// The archive of a test's build, beside it.
pub fn archive(dist: &Path) -> PathBuf {
    dist.with_extension("sqlite")
}

/// Every address the sitemaps list, through their index.
pub fn sitemap_addresses(dist: &Path) -> Vec<String> {
    let locations = |xml: &str| -> Vec<String> {
        xml.split("<loc>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</loc>").map(|(loc, _)| loc.to_owned()))
            .collect()
    };
    locations(&read(dist, "sitemap.xml"))
        .iter()
        .flat_map(|sitemap| {
            let file = sitemap.strip_prefix("https://journal.example.ma/").unwrap();
            locations(&read(dist, file))
        })
        .collect()
}

pub fn read(dist: &Path, file: &str) -> String {
    fs::read_to_string(dist.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Every file of the build and its bytes.
pub fn snapshot(dist: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dist.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.insert(path.clone(), fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The article a page carries for the app, read back as the app reads it.
/// The text of each element of `page` that `selector` picks, trimmed.
pub fn texts(page: &str, selector: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(page);
    let selector = scraper::Selector::parse(selector).unwrap();
    document
        .select(&selector)
        .map(|element| element.text().collect::<String>().trim().to_owned())
        .collect()
}

/// The `href` of each link of `page` that `selector` picks.
pub fn hrefs(page: &str, selector: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(page);
    let selector = scraper::Selector::parse(selector).unwrap();
    document
        .select(&selector)
        .filter_map(|element| element.attr("href").map(str::to_owned))
        .collect()
}

/// The ids of the articles an article's page links to as its neighbours, newer then older.
pub fn linked_neighbours(page: &str) -> (Option<String>, Option<String>) {
    let id = |class: &str| {
        let links = hrefs(page, &format!("nav.neighbours a.{class}"));
        assert!(links.len() <= 1, "one {class} at most");
        links.first()?.split('/').nth(2).map(str::to_owned)
    };
    (id("neighbour-newer"), id("neighbour-older"))
}

pub fn carried_article(page: &str) -> Option<manchette::feed::Item> {
    let document = scraper::Html::parse_document(page);
    let selector = scraper::Selector::parse(&format!("script#{ARTICLE_ELEMENT}")).unwrap();
    let elements: Vec<_> = document.select(&selector).collect();
    assert!(elements.len() <= 1, "one article element at most");
    read_article(&elements.first()?.text().collect::<String>())
}
