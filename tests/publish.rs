//! The publishing step on a build like Trunk's: what a published page holds, that a rerun
//! writes nothing new, that a broken feed leaves the build as it was, and that nothing from a
//! hostile feed can run on a published page.
#![cfg(not(target_arch = "wasm32"))]

mod build_like_trunk;

use std::fs;

use build_like_trunk::*;

use manchette::{
    dates::ZoneTable,
    feed::fingerprint,
    publish::{publish, Options, PublishError},
    publish_mark::{PublishedMark, ARTICLE_ELEMENT},
};

/// The mark a page carries for the app that takes it over.
fn mark(page: &str) -> PublishedMark {
    let key = "<meta name=\"manchette-published\" content=\"";
    let start = page.find(key).expect("a mark") + key.len();
    let end = start + page[start..].find('"').unwrap();
    PublishedMark::parse(&page[start..end]).expect("a mark that reads")
}

fn json_ld(page: &str) -> serde_json::Value {
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).expect("JSON-LD parses")
}

#[test]
fn a_published_article_reads_whole_with_its_share_preview() {
    let dist = build("article", CONFIG);
    let summary = publish(&options(&dist, None)).unwrap();
    assert!(summary.pages > 42, "{summary:?}");
    let page = read(
        &dist,
        "article/1029/football-le-raja-s-impose-a-agadir-et-revient-sur-le-podium.html",
    );
    // The body, drawn by the app's own views.
    assert!(
        page.contains("<h1 tabindex=\"-1\">Football\u{a0}: le Raja s’impose à Agadir"),
        "headline"
    );
    assert!(page.contains("class=\"lead\""), "lead");
    assert!(
        page.contains("<div data-twin=\"") && page.contains(" class=\"article-body\""),
        "the body, with the fingerprint the app keeps it by"
    );
    assert!(page.contains("<p>"), "the body's paragraphs");
    assert!(page.contains("Publié"), "byline");
    assert!(
        page.contains("Les commentaires s’affichent avec JavaScript"),
        "comments say why"
    );
    // Trunk's head stays: its loader, its SRI and its policy.
    assert!(page.contains("import init, * as bindings from '/manchette-0123456789abcdef.js';"));
    assert!(page.contains("integrity=\"sha384-BBBB\""));
    assert!(page.contains("http-equiv=\"Content-Security-Policy\""));
    assert!(!page.contains("<title>Manchette</title>"));
    assert!(!page.contains("<noscript>"));
    // The head a crawler reads.
    let canonical = "https://journal.example.ma/article/1029/football-le-raja-s-impose-a-agadir-et-revient-sur-le-podium";
    assert!(page.contains("<title>Football\u{a0}: le Raja s’impose à Agadir et revient sur le podium — Le Matin du Détroit</title>"));
    assert!(page.contains(&format!("<link rel=\"canonical\" href=\"{canonical}\" />")));
    assert!(page.contains(&format!(
        "<meta property=\"og:url\" content=\"{canonical}\" />"
    )));
    assert!(page.contains("<meta property=\"og:type\" content=\"article\" />"));
    assert!(page.contains("<meta property=\"og:image\" content=\"https://journal.example.ma/img/"));
    assert!(page.contains("<meta property=\"og:locale\" content=\"fr_MA\" />"));
    assert!(page.contains("<meta property=\"article:section\" content=\"Sport\" />"));
    assert!(page.contains("<meta property=\"article:tag\" content=\"Football\" />"));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />"));
    let mark = mark(&page);
    assert_eq!(
        mark.path,
        "/article/1029/football-le-raja-s-impose-a-agadir-et-revient-sur-le-podium"
    );
    assert_eq!(
        mark.feed_fingerprint,
        fingerprint(&fs::read(SAMPLE_FEED).unwrap())
    );
    assert_eq!(mark.config_fingerprint, fingerprint(CONFIG.as_bytes()));
    assert_eq!(mark.feed_pages, 1);
    // The article itself, as the app reads it back when the feed no longer holds it.
    let article = carried_article(&page).expect("the page carries its article");
    assert_eq!(article.id, "1029");
    assert_eq!(
        article.title.as_deref(),
        Some("Football\u{a0}: le Raja s’impose à Agadir et revient sur le podium")
    );
    assert!(article
        .content_html
        .is_some_and(|html| html.contains("<p>")));
    assert_eq!(
        carried_article(&read(&dist, "index.html")),
        None,
        "only articles do"
    );
    // The zone's offsets, for the app to place dates as the page does, from the oldest story
    // to two years on.
    let key = "<meta name=\"manchette-zone\" content=\"";
    let start = page.find(key).expect("a zone table") + key.len();
    let end = start + page[start..].find('"').unwrap();
    let table = ZoneTable::parse(&page[start..end]).expect("a zone table that reads");
    assert_eq!(table.name, "Africa/Lagos");
    assert_eq!(table.offset_at(NOW), Some(60));
    assert_eq!(table.offset_at(NOW + 700 * 86_400_000), Some(60));
    let ld = json_ld(&page);
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(
        ld["headline"],
        "Football\u{a0}: le Raja s’impose à Agadir et revient sur le podium"
    );
    assert_eq!(ld["publisher"]["name"], "Le Matin du Détroit");
    assert!(
        ld["datePublished"].as_str().unwrap().ends_with("+01:00"),
        "in the configured zone"
    );
    assert!(ld["image"][0]
        .as_str()
        .unwrap()
        .starts_with("https://journal.example.ma/img/"));
    // The front page, a section, a tag, the fil info and the search page are there too.
    for file in [
        "index.html",
        "rubrique/sport.html",
        "tag/football.html",
        "fil-info.html",
        "recherche.html",
    ] {
        assert!(read(&dist, file).contains("<main id=\"contenu\""), "{file}");
    }
    assert!(read(&dist, "recherche.html").contains("La recherche a besoin de JavaScript"));
    assert!(sitemap_addresses(&dist).contains(&canonical.to_string()));
    assert!(read(&dist, "sitemap-news.xml")
        .contains("<news:publication><news:name>Le Matin du Détroit</news:name>"));
    assert!(read(&dist, "robots.txt").contains("Sitemap: https://journal.example.ma/sitemap.xml"));
    remove(&dist);
}

#[test]
fn publishing_again_from_the_same_feed_writes_nothing() {
    let dist = build("again", CONFIG);
    let first = publish(&options(&dist, None)).unwrap();
    assert!(first.counts.written > 40);
    let before = snapshot(&dist);
    let second = publish(&options(&dist, None)).unwrap();
    assert_eq!(second.counts.written, 0, "{second:?}");
    assert_eq!(second.counts.kept, first.counts.written + first.counts.kept);
    assert_eq!(snapshot(&dist), before);
    assert!(!before.keys().any(|p| p.to_string_lossy().ends_with(".tmp")));
    remove(&dist);
}

#[test]
fn a_broken_feed_stops_publishing_and_leaves_the_build_as_it_was() {
    let dist = build("broken", CONFIG);
    publish(&options(&dist, None)).unwrap();
    let before = snapshot(&dist);
    let broken = dist.join("../manchette-broken-feed.json");
    fs::write(&broken, &fs::read(SAMPLE_FEED).unwrap()[..5000]).unwrap();
    let error = publish(&options(&dist, Some(broken.to_str().unwrap()))).unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, PublishError::Feed(_)));
    assert!(message.contains("feedcheck: 1 error"), "{message}");
    assert_eq!(snapshot(&dist), before);
    fs::remove_file(broken).unwrap();
    remove(&dist);
}

#[test]
fn without_a_site_url_publishing_names_the_key() {
    let dist = build("no-site", "{}");
    let error = publish(&options(&dist, None)).unwrap_err();
    assert_eq!(error, PublishError::NoSiteUrl);
    assert!(error.to_string().contains("\"site_url\""));
    assert!(!dist.join("index.html").exists());
    let zone = build(
        "bad-zone",
        r#"{"site_url": "https://j.example/", "time_zone": "Mars/Olympus"}"#,
    );
    assert!(publish(&options(&zone, None))
        .unwrap_err()
        .to_string()
        .contains("Mars/Olympus"));
    remove(&dist);
    fs::remove_dir_all(zone).unwrap();
}

#[test]
fn a_sub_path_build_publishes_a_sub_path_site() {
    let dist = build(
        "sub",
        r#"{"site_url": "https://journal.example.ma/edition/"}"#,
    );
    let wrong = publish(&options(&dist, None)).unwrap_err().to_string();
    assert!(
        wrong.contains("/sub/path/") || wrong.contains("has the path"),
        "{wrong}"
    );
    fs::write(
        dist.join("404.html"),
        TRUNK_PAGE.replace("<base href=\"/\" />", "<base href=\"/edition/\" />"),
    )
    .unwrap();
    publish(&options(&dist, None)).unwrap();
    let home = read(&dist, "index.html");
    assert!(
        home.contains("href=\"/edition/rubrique/sport\""),
        "links carry the public path"
    );
    assert_eq!(mark(&home).path, "/edition/", "the mark names the address");
    remove(&dist);
}

fn active_content(page: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(page);
    let mut found = Vec::new();
    for element in document.tree.values().filter_map(|n| n.as_element()) {
        let name = element.name();
        let trunk_loader = name == "script" && element.attr("type") == Some("module");
        let json_ld = name == "script" && element.attr("type") == Some("application/ld+json");
        // An article page's own copy of its item: a data block, which browsers never run.
        let article_data = name == "script"
            && element.attr("type") == Some("application/json")
            && element.attr("id") == Some(ARTICLE_ELEMENT);
        // Trunk's own `<base href>` is the one base a page has.
        let trunk_base = name == "base" && element.attr("href") == Some("/");
        if matches!(
            name,
            "script" | "iframe" | "object" | "embed" | "frame" | "base"
        ) && !trunk_loader
            && !json_ld
            && !article_data
            && !trunk_base
        {
            found.push(format!("<{name}>"));
        }
        for (attribute, value) in element.attrs() {
            let value = value.trim().to_ascii_lowercase();
            if attribute.starts_with("on") || attribute == "style" || attribute == "srcdoc" {
                found.push(format!("<{name} {attribute}>"));
            }
            if matches!(attribute, "href" | "src" | "action" | "formaction")
                && (value.starts_with("javascript:") || value.starts_with("data:"))
            {
                found.push(format!("<{name} {attribute}={value}>"));
            }
        }
    }
    found
}

#[test]
fn nothing_from_a_hostile_feed_can_run_on_a_published_page() {
    let dist = build("hostile", CONFIG);
    publish(&options(&dist, Some("tests/fixtures/hostile_html.json"))).unwrap();
    let mut pages = 0;
    for (path, bytes) in snapshot(&dist) {
        if path.extension().is_none_or(|e| e != "html") || path.ends_with("404.html") {
            continue;
        }
        pages += 1;
        let page = String::from_utf8(bytes).unwrap();
        assert_eq!(
            active_content(&page),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
    }
    assert!(pages >= 3);
    let article = fs::read_dir(dist.join("article/x1"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let article = fs::read_to_string(article).unwrap();
    assert!(
        article.contains("<p>Bonjour</p>"),
        "the harmless part stays"
    );
    assert!(
        article.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "a headline's markup is text"
    );
    // The carried copy cannot end its element: it reads back whole, markup and all.
    let carried = carried_article(&article).expect("the hostile article is carried");
    assert_eq!(carried.id, "x1");
    assert!(carried
        .title
        .is_some_and(|t| t.contains("<img src=x onerror=alert(1)>")));
    remove(&dist);
}

#[test]
fn an_rss_feed_is_imported_then_published() {
    let dist = build("rss", CONFIG);
    let rss = format!(
        "{}/tests/import_fixtures/wordpress.rss",
        env!("CARGO_MANIFEST_DIR")
    );
    let summary = publish(&Options {
        import: manchette::import::Options {
            briefs_category: Some("Fil info".into()),
            sections: Vec::new(),
        },
        ..options(&dist, Some(&rss))
    })
    .unwrap();
    // The imported JSON Feed is what the site serves, and what the app reads.
    let served: serde_json::Value = serde_json::from_str(&read(&dist, "feed.json")).unwrap();
    assert_eq!(served["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(served["items"].as_array().unwrap().len(), 4);
    let home = read(&dist, "index.html");
    assert!(home
        .contains("Tanger : le port de commerce franchit le cap des dix millions de conteneurs"));
    assert!(dist.join("rubrique/economie.html").exists());
    // Their guids are URLs, which no file name can hold: their addresses hold a key instead,
    // and each gets its page.
    assert_eq!(summary.unpublishable, 0);
    let key = manchette::paths::article_key("https://journal.example.ma/?p=1229");
    let article = read(
        &dist,
        &format!("article/{key}/culture-patrimoine-la-medina-de-tetouan-rouvre-ses-ateliers-de-zellige.html"),
    );
    assert!(article.contains("Des visites gratuites en décembre"));
    assert!(article.contains(&format!(
        "<link rel=\"canonical\" href=\"https://journal.example.ma/article/{key}/culture-patrimoine"
    )));
    remove(&dist);
}

#[test]
fn an_rss_feed_with_nothing_to_show_stops_publishing_and_says_why() {
    let dist = build("rss-empty", CONFIG);
    let before = snapshot(&dist);
    let rss = dist.join("../manchette-empty-channel.rss");
    fs::write(
        &rss,
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Vide</title></channel></rss>"#,
    )
    .unwrap();
    let error = publish(&options(&dist, Some(rss.to_str().unwrap()))).unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("imported, but no item of it can be shown: it has no items"),
        "{error}"
    );
    assert_eq!(snapshot(&dist), before, "nothing written");
    remove(&dist);
}
