//! The publishing step's archive on a build like Trunk's: an article keeps its page once the
//! feed has moved on, until the newsroom takes it down; a run killed at any point leaves a
//! build and an archive that the next run completes.
#![cfg(not(target_arch = "wasm32"))]

mod build_like_trunk;

use std::{
    collections::BTreeMap,
    fs,
    os::unix::process::ExitStatusExt,
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use build_like_trunk::*;
use manchette::{
    archive::Archive,
    publish::{publish, Options},
};

/// The sample feed moved on: article 1029 gone from it, 1030 marked withdrawn, 1008 corrected
/// and a newer story on top; written beside `dist`.
fn slid_feed(dist: &Path) -> PathBuf {
    let mut feed: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(SAMPLE_FEED).unwrap()).unwrap();
    let items = feed["items"].as_array_mut().unwrap();
    items.retain(|item| item["id"] != "1029");
    let marked = items.iter_mut().find(|item| item["id"] == "1030").unwrap();
    marked["_manchette"]["withdrawn"] = true.into();
    let corrected = items.iter_mut().find(|item| item["id"] == "1008").unwrap();
    corrected["title"] = "Cosumar relève ses prévisions (corrigé)".into();
    corrected["date_modified"] = "2026-11-29T09:00:00+01:00".into();
    items.insert(
        0,
        serde_json::json!({
            "id": "plus-recent", "title": "Une nouvelle plus récente",
            "content_text": "Le fil a avancé.", "date_published": "2026-11-29T08:00:00+01:00",
            "_manchette": { "section": "societe" }
        }),
    );
    let file = dist.with_extension("slid.json");
    fs::write(&file, feed.to_string()).unwrap();
    file
}

#[test]
fn an_article_gone_from_the_feed_keeps_its_page_until_the_newsroom_takes_it_down() {
    let dist = build("archive", CONFIG);
    publish(&options(&dist, None)).unwrap();
    let gone = "article/1029/football-le-raja-s-impose-a-agadir-et-revient-sur-le-podium.html";
    let withdrawn = "article/1030/";
    assert!(dist.join(gone).exists());
    let address = "https://journal.example.ma/article/1029/football-le-raja-s-impose-a-agadir-et-revient-sur-le-podium";
    let slid = slid_feed(&dist);

    // The feed has moved on: the article's page stays, with its story, and in the sitemap.
    let moved_on = publish(&Options {
        prune: true,
        ..options(&dist, Some(slid.to_str().unwrap()))
    })
    .unwrap();
    let page = read(&dist, gone);
    assert_eq!(
        carried_article(&page).map(|item| item.id).as_deref(),
        Some("1029")
    );
    assert!(
        page.contains("le Raja s’impose à Agadir"),
        "the story reads whole"
    );
    // Its neighbours in its section come from the archive (1030 is withdrawn), and the
    // feed's own articles link back to it.
    let neighbours_of = |id: &str| {
        let folder = dist.join("article").join(id);
        let file = fs::read_dir(&folder)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        linked_neighbours(&fs::read_to_string(file).unwrap())
    };
    assert_eq!(neighbours_of("1029"), (None, Some("1031".into())));
    assert_eq!(
        neighbours_of("1031"),
        (Some("1029".into()), Some("1032".into()))
    );
    assert!(
        page.contains("class=\"neighbour neighbour-older\""),
        "drawn too"
    );
    // Its month's page lists it with the feed's own articles, and the archive's index counts
    // every article of the month: the sample's, less the withdrawn one, plus the newer one.
    let month = read(&dist, "archives/2026/11.html");
    let listed = hrefs(&month, ".archive-list a");
    assert!(listed.contains(&format!("/{}", gone.trim_end_matches(".html"))));
    assert_eq!(texts(&month, "h1"), ["Novembre 2026"]);
    assert_eq!(
        listed.len(),
        moved_on.archived,
        "every article is of November"
    );
    let index = read(&dist, "archives.html");
    assert_eq!(hrefs(&index, ".archive-months a"), ["/archives/2026/11"]);
    assert_eq!(
        texts(&index, ".archive-months li"),
        [format!("Novembre 2026 {} articles", listed.len())]
    );
    assert!(sitemap_addresses(&dist)
        .contains(&"https://journal.example.ma/archives/2026/11".to_owned()));
    assert!(sitemap_addresses(&dist).contains(&address.to_owned()));
    assert_eq!(
        (moved_on.added, moved_on.updated),
        (1, 1),
        "the newer story new, the corrected one updated"
    );
    // A corrected title gives the article a new address; its first one still reads, the
    // corrected story, and only the new one is listed.
    let first = "article/1008/cosumar-releve-ses-previsions-apres-une-campagne-sucriere-record";
    let corrected = "article/1008/cosumar-releve-ses-previsions-corrige";
    for file in [first, corrected] {
        let page = read(&dist, &format!("{file}.html"));
        assert!(page.contains("(corrigé)"), "{file}: the corrected story");
        assert!(
            page.contains(&format!(
                "<link rel=\"canonical\" href=\"https://journal.example.ma/{corrected}\""
            )),
            "{file}: the new address is the canonical one"
        );
    }
    let listed = sitemap_addresses(&dist);
    assert!(listed.contains(&format!("https://journal.example.ma/{corrected}")));
    assert!(!listed.contains(&format!("https://journal.example.ma/{first}")));
    // The article the feed marks withdrawn is taken down, page and folder.
    assert!(!dist.join(withdrawn).exists(), "{moved_on:?}");
    assert!(moved_on.counts.removed >= 1, "{moved_on:?}");

    // Pruning removes only the pages that neither the feed nor the archive holds.
    let stray = "article/9999/une-page-d-avant-l-archive.html";
    fs::create_dir_all(dist.join("article/9999")).unwrap();
    fs::write(dist.join(stray), "<p>ancienne</p>").unwrap();
    publish(&Options {
        prune: true,
        ..options(&dist, Some(slid.to_str().unwrap()))
    })
    .unwrap();
    assert!(!dist.join(stray).exists());
    assert!(dist.join(gone).exists());

    // Unpublished: the page goes, and stays down even when a feed carries the item again.
    let down = publish(&Options {
        unpublish: vec!["1029".into()],
        ..options(&dist, Some(SAMPLE_FEED))
    })
    .unwrap();
    assert_eq!(down.unpublished, 1);
    assert!(!dist.join(gone).exists());
    assert!(!dist.join("article/1029").exists());
    assert!(!sitemap_addresses(&dist).contains(&address.to_owned()));
    assert!(
        down.warnings
            .iter()
            .any(|w| w.starts_with("item 1029: unpublished")),
        "{:?}",
        down.warnings
    );
    // The withdrawn article comes back with the feed that carries it unmarked, and between
    // its neighbours again.
    assert!(dist.join(withdrawn).exists());
    assert_eq!(
        neighbours_of("1031"),
        (Some("1030".into()), Some("1032".into()))
    );
    remove(&dist);
}

/// `publish` run as the newsroom runs it, on `dist` from `feed`.
fn command(dist: &Path, feed: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_publish"));
    command
        .args(["--dist".as_ref(), dist.as_os_str()])
        .args(["--archive".as_ref(), archive(dist).as_os_str()])
        .args([
            "--image-cache".as_ref(),
            dist.with_extension("images").as_os_str(),
        ])
        .arg(feed)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// The build's files by their path inside it, and the archive's items.
fn state(dist: &Path) -> (BTreeMap<PathBuf, Vec<u8>>, Vec<manchette::feed::Item>) {
    let files = snapshot(dist)
        .into_iter()
        .map(|(path, bytes)| (path.strip_prefix(dist).unwrap().to_owned(), bytes))
        .collect();
    (
        files,
        Archive::open(&archive(dist)).unwrap().items().unwrap(),
    )
}

#[test]
fn a_run_killed_at_any_point_is_completed_by_the_next() {
    // The reference: the sample published, then the feed moved on, each run whole.
    let reference = build("killed-reference", CONFIG);
    let slid = slid_feed(&reference);
    let sample = Path::new(SAMPLE_FEED);
    assert!(command(&reference, sample).status().unwrap().success());
    let started = Instant::now();
    assert!(command(&reference, &slid).status().unwrap().success());
    let whole = started.elapsed();
    let expected = state(&reference);

    let mut killed = 0;
    for step in 1..=4 {
        let dist = build(&format!("killed-{step}"), CONFIG);
        assert!(command(&dist, sample).status().unwrap().success());
        // kill -9 at a tenth, three tenths, … of the time a whole run took.
        let mut run = command(&dist, &slid).spawn().unwrap();
        std::thread::sleep(whole.mul_f64(f64::from(step * 2 - 1) / 10.0));
        run.kill().unwrap();
        if run.wait().unwrap().signal() == Some(9) {
            killed += 1;
        }
        // What a run killed while writing a page leaves: its temporary file.
        fs::write(
            dist.join("rubrique/.sport.html.4242.tmp"),
            "<!doctype html><ht",
        )
        .unwrap();
        assert!(command(&dist, &slid).status().unwrap().success());
        let (files, items) = state(&dist);
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            expected.0.keys().collect::<Vec<_>>(),
            "kill {step}: the same files"
        );
        for (path, bytes) in &files {
            assert!(
                expected.0[path] == *bytes,
                "kill {step}: {} differs",
                path.display()
            );
        }
        assert_eq!(items, expected.1, "kill {step}: the same archive");
        remove(&dist);
    }
    assert!(
        killed >= 2,
        "only {killed} of 4 runs were killed before their end"
    );
    remove(&reference);
}

/// A WordPress export of `posts` published posts, oldest first as WordPress writes them, each
/// followed by a draft and an attachment.
fn wordpress_export(posts: usize) -> String {
    let fixture = fs::read_to_string("tests/import_fixtures/wordpress-export.xml").unwrap();
    let head = &fixture[..fixture.find("<item>").unwrap()];
    let mut export = head.to_owned();
    for n in 0..posts {
        let (day, month) = (n % 28 + 1, n / 28 % 12 + 1);
        let year = 2016 + n / 336;
        export.push_str(&format!(
            "<item><title>Archive {n} : le conseil municipal siège</title>\
             <pubDate>{day:02} {} {year} 10:00:00 +0000</pubDate>\
             <guid isPermaLink=\"false\">https://journal.example.ma/?p={n}</guid>\
             <content:encoded><![CDATA[<p>Séance numéro {n}, mot propre archivemot{n}.</p>]]></content:encoded>\
             <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>\
             <category domain=\"category\" nicename=\"politique\"><![CDATA[Politique]]></category></item>\n\
             <item><title>Brouillon {n}</title><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>\n\
             <item><title>photo-{n}.jpg</title><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type></item>\n",
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
                [month - 1],
        ));
    }
    export.push_str("</channel>\n</rss>\n");
    export
}

#[test]
fn a_backlog_loads_from_a_wordpress_export_every_published_post_with_its_page() {
    let dist = build("backlog", CONFIG);
    let export = dist.with_extension("export.xml");
    fs::write(&export, wordpress_export(250)).unwrap();
    let summary = publish(&options(&dist, Some(export.to_str().unwrap()))).unwrap();
    assert_eq!(summary.archived, 250, "{summary:?}");
    assert!(
        summary.warnings.iter().any(|w| w.ends_with(
            "a WordPress export: 250 published posts kept; left out: 250 × post (draft), 250 × attachment"
        )),
        "{:?}",
        summary.warnings
    );
    let listed = sitemap_addresses(&dist);
    for n in [0, 123, 249] {
        let post = manchette::feed::Item {
            id: format!("https://journal.example.ma/?p={n}"),
            title: Some(format!("Archive {n} : le conseil municipal siège")),
            ..Default::default()
        };
        let address = format!(
            "https://journal.example.ma{}",
            manchette::paths::article(&post)
        );
        assert!(listed.contains(&address), "post {n}: {address}");
        let file = address.strip_prefix("https://journal.example.ma/").unwrap();
        assert!(
            read(&dist, &format!("{file}.html")).contains(&format!("archivemot{n}.")),
            "post {n} has its page"
        );
    }
    // The site serves the newest hundred, newest first; the archive holds the rest.
    let served: serde_json::Value = serde_json::from_str(&read(&dist, "feed.json")).unwrap();
    let items = served["items"].as_array().unwrap();
    assert_eq!(items.len(), 100);
    assert_eq!(
        items[0]["title"],
        "Archive 249 : le conseil municipal siège"
    );
    remove(&dist);
}

/// How many pages the search index holds, and its fragment files (one per page).
fn indexed(dist: &Path) -> (u64, usize) {
    let entry: serde_json::Value =
        serde_json::from_str(&read(dist, "pagefind/pagefind-entry.json")).unwrap();
    let pages = entry["languages"]["fr"]["page_count"].as_u64().unwrap();
    let fragments = fs::read_dir(dist.join("pagefind/fragment"))
        .unwrap()
        .count();
    (pages, fragments)
}

#[test]
fn the_search_index_holds_every_published_article_and_nothing_else() {
    let dist = build("search-index", CONFIG);
    let first = publish(&options(&dist, None)).unwrap();
    for file in ["pagefind.js", "pagefind-worker.js", "wasm.fr.pagefind"] {
        assert!(dist.join("pagefind").join(file).is_file(), "{file}");
    }
    // Pagefind's own interfaces are not published: the app draws the results.
    assert!(!dist.join("pagefind/pagefind-ui.js").exists());
    assert!(!dist.join("pagefind/pagefind-component-ui.js").exists());
    assert_eq!(indexed(&dist), (first.archived as u64, first.archived));

    // The feed moved on: the gone article stays searchable, the withdrawn one leaves the
    // index, the corrected one is indexed once, and the former chunks are removed.
    let slid = slid_feed(&dist);
    let moved_on = publish(&options(&dist, Some(slid.to_str().unwrap()))).unwrap();
    assert_eq!(
        moved_on.archived, first.archived,
        "one newer, one withdrawn"
    );
    assert_eq!(
        indexed(&dist),
        (moved_on.archived as u64, moved_on.archived)
    );

    // Unpublished: out of the index too.
    let down = publish(&Options {
        unpublish: vec!["1029".into()],
        ..options(&dist, Some(slid.to_str().unwrap()))
    })
    .unwrap();
    assert_eq!(down.archived, moved_on.archived - 1);
    assert_eq!(indexed(&dist), (down.archived as u64, down.archived));
    remove(&dist);
}
