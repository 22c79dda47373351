//! The importer on feeds as CMSs emit them (tests/import_fixtures/): each becomes a JSON Feed
//! the reader keeps whole, and each broken one gets a clear error or a documented repair.
#![cfg(not(target_arch = "wasm32"))]

use manchette::{
    feed::{self, Kind},
    import::{import, ImportError, Imported, Options},
};
use serde_json::Value;

fn bytes(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/import_fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn imported_with(name: &str, options: &Options) -> Imported {
    let imported = import(&bytes(name), "https://journal.example.ma/feed/", options)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    // What the importer writes, the reader reads, every item kept.
    let text = imported.feed.to_string();
    let read = feed::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert_eq!(read.discarded.total(), 0, "{name}: {:?}", read.discarded);
    assert_eq!(
        read.items.len(),
        imported.feed["items"].as_array().unwrap().len()
    );
    imported
}

fn imported(name: &str) -> Imported {
    imported_with(name, &Options::default())
}

fn items(imported: &Imported) -> &Vec<Value> {
    imported.feed["items"].as_array().unwrap()
}

fn field<'a>(item: &'a Value, key: &str) -> &'a str {
    item[key]
        .as_str()
        .unwrap_or_else(|| panic!("no {key} in {item}"))
}

#[test]
fn a_wordpress_rss_becomes_a_paper() {
    let options = Options {
        briefs_category: Some("fil info".into()),
        sections: vec!["Économie".into(), "Culture".into(), "Sport".into()],
    };
    let imported = imported_with("wordpress.rss", &options);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let feed = &imported.feed;
    assert_eq!(feed["title"], "Le Matin du Détroit");
    assert_eq!(feed["_manchette"]["sections"][1]["slug"], "culture");
    let items = items(&imported);
    assert_eq!(items.len(), 4);
    let first = &items[0];
    assert_eq!(field(first, "id"), "https://journal.example.ma/?p=1234");
    assert_eq!(field(first, "date_published"), "2026-11-28T17:35:00Z");
    assert_eq!(first["authors"][0]["name"], "Salma Benjelloun");
    assert_eq!(
        first["tags"],
        serde_json::json!(["Économie", "Port", "Tanger"])
    );
    assert_eq!(first["_manchette"]["section"], "economie");
    assert!(field(first, "content_html").contains("<h2"));
    assert!(
        field(first, "summary").contains("l’année"),
        "references decoded in the summary"
    );
    assert_eq!(
        field(&items[1], "title"),
        "Culture & patrimoine : la médina de Tétouan rouvre ses ateliers de zellige"
    );
    assert!(field(&items[2], "title").starts_with("L’Union sportive"));
    let brief = &items[3];
    assert_eq!(brief["_manchette"]["kind"], "brief");
    assert!(brief.get("content_html").is_none());
    assert!(
        brief.get("tags").is_none(),
        "the briefs category is not a tag"
    );
}

#[test]
fn a_wordpress_export_gives_its_published_posts_only() {
    let imported = imported("wordpress-export.xml");
    assert_eq!(
        imported.warnings,
        ["a WordPress export: 3 published posts kept; left out: 1 × post (draft), 1 × page, 1 × attachment, 1 × post (private), 1 × nav menu item"]
    );
    let items = items(&imported);
    let titles: Vec<&str> = items.iter().map(|item| field(item, "title")).collect();
    assert_eq!(
        titles,
        [
            "Culture : la médina de Tétouan restaure ses portes",
            "Football : l’IRT remporte le derby du Nord",
            "Le port de Tanger Med ouvre un quatrième terminal",
        ],
        "newest first, as a feed has them (WordPress exports oldest first)"
    );
    assert_eq!(field(&items[2], "id"), "https://journal.example.ma/?p=118");
    assert_eq!(field(&items[2], "date_published"), "2019-03-14T08:30:00Z");
    assert_eq!(items[0]["_manchette"]["section"], "culture");
    assert!(field(&items[1], "content_html").contains("coup franc"));
}

#[test]
fn an_atom_feed_keeps_its_ids_dates_and_html() {
    let imported = imported("atom.xml");
    let items = items(&imported);
    assert_eq!(items.len(), 4);
    assert_eq!(
        field(&items[0], "id"),
        "tag:journal.example.ma,2026-11-28:/articles/5012"
    );
    assert_eq!(field(&items[0], "date_published"), "2026-11-28T16:40:00Z");
    assert_eq!(field(&items[0], "date_modified"), "2026-11-28T17:05:00Z");
    assert_eq!(
        field(&items[1], "title"),
        "Budget 2027 : la commune adopte un plan « zéro plastique » pour les marchés",
        "an html title loses its markup"
    );
    assert!(
        field(&items[2], "content_html").contains("<p>"),
        "xhtml content is HTML"
    );
    assert_eq!(
        items[3]["tags"],
        serde_json::json!(["Économie", "Agriculture"])
    );
    assert!(
        items[3].get("date_modified").is_none(),
        "updated equal to published"
    );
}

#[test]
fn an_rss_1_feed_is_read_too() {
    let imported = imported("rss1.rdf");
    let items = items(&imported);
    assert_eq!(items.len(), 3);
    assert_eq!(
        field(&items[0], "id"),
        "https://journal.example.ma/article/4988"
    );
    assert_eq!(field(&items[0], "date_published"), "2026-11-28T07:30:00Z");
}

#[test]
fn media_rss_gives_pictures_captions_and_attachments() {
    let imported = imported("media.rss");
    let items = items(&imported);
    assert_eq!(
        field(&items[0], "image"),
        "https://journal.example.ma/media/2026/11/cap-spartel-aube-1600.jpg"
    );
    assert_eq!(
        items[0]["_manchette"]["image_credit"],
        "Omar Berrada / Le Matin du Détroit"
    );
    assert!(items[0]["_manchette"]["image_caption"]
        .as_str()
        .unwrap()
        .contains("cap Spartel"));
    assert_eq!(items[0]["_manchette"]["kind"], "article");
    let podcast = &items[2];
    assert_eq!(podcast["attachments"][0]["mime_type"], "audio/mpeg");
    assert!(
        field(podcast, "image").ends_with("cover-320.jpg"),
        "the thumbnail is its picture"
    );
}

#[test]
fn a_google_news_feed_has_its_links_as_ids_and_utc_dates() {
    let imported = imported("google-news.rss");
    let items = items(&imported);
    assert_eq!(items.len(), 4);
    assert_eq!(field(&items[0], "id"), field(&items[0], "url"));
    assert_eq!(field(&items[0], "date_published"), "2026-11-28T16:20:00Z");
    assert!(field(&items[2], "title").contains("derby & prennent"));
}

#[test]
fn the_reader_sees_the_imported_items_as_the_newsroom_meant() {
    let text = imported("wordpress.rss").feed.to_string();
    let read = feed::parse(text.as_bytes()).unwrap();
    assert_eq!(
        read.items.iter().filter(|i| i.kind == Kind::Brief).count(),
        1
    );
    assert_eq!(
        read.items[0].date_published.map(|d| d.epoch_ms),
        Some(1_795_887_300_000)
    );
}

#[test]
fn windows_1252_declared_as_utf8_is_repaired_with_a_warning() {
    let imported = imported("windows-1252-declared-utf8.rss");
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    assert!(field(&items(&imported)[0], "title").starts_with("Économie : l’été a déjà"));
}

#[test]
fn bare_ampersands_are_repaired_with_a_warning() {
    let imported = imported("unescaped-ampersand.rss");
    assert!(
        imported.warnings[0].contains("bare \"&\""),
        "{:?}",
        imported.warnings
    );
    let first = &items(&imported)[0];
    assert!(field(first, "title").starts_with("Pêche & littoral"));
    assert!(field(first, "url").ends_with("?a=1&b=2"));
}

#[test]
fn entities_declared_in_the_feed_are_never_expanded() {
    for name in ["billion-laughs.rss", "external-entity.rss"] {
        let imported = imported(name);
        let text = imported.feed.to_string();
        assert!(text.len() < 20_000, "{name}: {} bytes", text.len());
        assert!(!text.contains("root:"), "{name}");
        assert!(!text.contains("lollol"), "{name}");
        assert_eq!(items(&imported).len(), 2, "{name}");
    }
}

#[test]
fn a_json_feed_goes_through_as_it_is() {
    let sample = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json")).unwrap();
    let imported = import(&sample, "f", &Options::default()).unwrap();
    let original: Value = serde_json::from_slice(&sample).unwrap();
    assert_eq!(
        imported.feed, original,
        "the extension and every field kept"
    );
}

#[test]
fn feedcheck_finds_no_error_in_what_the_importer_writes() {
    use manchette::check::{check_feed, Severity, Sources};

    let dir = std::env::temp_dir().join(format!("manchette-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in [
        "wordpress.rss",
        "atom.xml",
        "rss1.rdf",
        "media.rss",
        "google-news.rss",
    ] {
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, imported(name).feed.to_string()).unwrap();
        let report = check_feed(&format!("file://{}", path.display()), &mut Sources);
        assert_eq!(
            report.count(Severity::Error),
            0,
            "{name}:\n{}",
            report.listing()
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn what_is_no_feed_gets_a_clear_error() {
    let error = |bytes: &[u8]| import(bytes, "f", &Options::default()).unwrap_err();
    assert_eq!(error(&bytes("empty.rss")), ImportError::Empty);
    assert!(
        matches!(error(&bytes("html-page.rss")), ImportError::NotAFeed(w) if w.contains("HTML page"))
    );
    assert!(matches!(
        error(b"<?xml version=\"1.0\"?><nothing/>"),
        ImportError::NotAFeed(_)
    ));
    assert!(
        matches!(error(b"<rss><channel><item><title>x</rss"), ImportError::Unreadable(w) if w.contains("malformed"))
    );
}

#[test]
fn each_entry_left_out_is_named_by_its_line_with_its_reason() {
    let atom = imported("atom.xml");
    let imported = imported("incomplete-items.rss");
    let ids: Vec<&str> = items(&imported).iter().map(|i| field(i, "id")).collect();
    assert_eq!(
        ids,
        [
            "https://journal.example.ma/?p=2001",
            "https://journal.example.ma/asilah-fresques"
        ]
    );
    let dropped: Vec<String> = imported.dropped.iter().map(ToString::to_string).collect();
    assert_eq!(
        dropped,
        [
            "line 13, entry 2: no title and no content, dropped",
            "line 17, entry 3: no guid or id, no link and no title, dropped",
            "line 20, entry 4 (« Larache : le marché aux poissons ouvre avant l’aube (bis) »): \
             the id https://journal.example.ma/?p=2001 of an earlier entry, dropped",
        ]
    );
    assert_eq!(
        imported.summary(),
        "2 items kept; 3 dropped: 1 with no title and no content, 1 with no id and no link, \
         1 with a duplicate id"
    );
    assert_eq!(atom.summary(), "4 items kept");
}

#[test]
fn malformed_xml_is_named_by_its_line_and_column() {
    let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Le Matin</title>\n<item>\n  <title>Un titre</titre>\n</item></channel></rss>";
    let error = import(feed.as_bytes(), "f", &Options::default()).unwrap_err();
    let ImportError::Unreadable(why) = &error else {
        panic!("{error:?}");
    };
    assert!(
        why.starts_with("the XML is malformed at line 5, column "),
        "{why}"
    );
    assert!(why.contains("titre"), "{why}");
}

#[test]
fn a_50_mb_feed_is_refused_before_it_is_parsed() {
    let mut feed =
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gros</title>".to_vec();
    let item = b"<item><title>Un titre</title><guid>x</guid><description>Un texte assez long pour peser.</description></item>";
    while feed.len() < 50 * 1024 * 1024 {
        feed.extend_from_slice(item);
    }
    feed.extend_from_slice(b"</channel></rss>");
    let error = import(&feed, "f", &Options::default()).unwrap_err();
    assert_eq!(error, ImportError::TooLarge(feed.len()));
    assert!(error.to_string().contains("at most 33554432"));
}
