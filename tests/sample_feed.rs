//! The bundled sample feed is what a newsroom sees first: it must be clean and complete.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use manchette::{
    check::{check_feed, Fetched, Source},
    feed::{parse, Kind},
};

fn sample() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json")).unwrap()
}

#[test]
fn the_sample_feed_has_no_problem_for_feedcheck() {
    struct One(Vec<u8>);
    impl Source for One {
        fn fetch(&mut self, _: &str) -> Result<Fetched, String> {
            Ok(Fetched {
                bytes: self.0.clone(),
                media_type: Some("application/feed+json".into()),
            })
        }
    }
    let report = check_feed("https://journal.example/feed.json", &mut One(sample()));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
}

#[test]
fn the_sample_feed_fills_a_front_page() {
    let feed = parse(&sample()).unwrap();
    let articles: Vec<_> = feed
        .items
        .iter()
        .filter(|i| i.kind == Kind::Article)
        .collect();
    let briefs: Vec<_> = feed
        .items
        .iter()
        .filter(|i| i.kind == Kind::Brief)
        .collect();
    assert!(articles.len() >= 40, "{} articles", articles.len());
    assert!(briefs.len() >= 30, "{} briefs", briefs.len());
    let sections: HashSet<_> = articles
        .iter()
        .filter_map(|a| a.section.as_deref())
        .collect();
    assert!(sections.len() >= 6, "{sections:?}");
    assert_eq!(feed.newsroom.sections.len(), sections.len());
    assert!(articles
        .iter()
        .all(|a| a.lead.is_some() && !a.authors.is_empty() && !a.tags.is_empty()));
    let html: String = articles
        .iter()
        .filter_map(|a| a.content_html.as_deref())
        .collect();
    for element in ["<h2>", "<ul>", "<blockquote>"] {
        assert!(
            html.contains(element),
            "no {element} in the sample's articles"
        );
    }
    // The briefs run through one day.
    let days: HashSet<_> = briefs
        .iter()
        .map(|b| b.date().unwrap().epoch_ms.div_euclid(86_400_000))
        .collect();
    assert_eq!(days.len(), 1);
}

#[test]
fn the_sample_images_are_local_files() {
    let feed = parse(&sample()).unwrap();
    for image in feed.items.iter().filter_map(|i| i.image.as_deref()) {
        assert!(!image.contains("://"), "{image} is hotlinked");
        let path = format!("{}/public/{image}", env!("CARGO_MANIFEST_DIR"));
        assert!(std::path::Path::new(&path).is_file(), "{path} is missing");
    }
}
