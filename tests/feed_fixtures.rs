//! The fixture corpus: every file in tests/fixtures either parses to the items documented
//! here or gives its documented error. None may panic.
#![cfg(not(target_arch = "wasm32"))]

use manchette::feed::{
    lead_story, limits, parse, Discarded, Feed, FeedError, Item, Kind, NextPage, NotAFeed, NotJson,
    Pager,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn feed(name: &str) -> Feed {
    parse(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn error(name: &str) -> FeedError {
    parse(&fixture(name)).expect_err(name)
}

fn ids(feed: &Feed) -> Vec<&str> {
    feed.items.iter().map(|i| i.id.as_str()).collect()
}

fn item<'a>(feed: &'a Feed, id: &str) -> &'a Item {
    feed.items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn every_fixture_parses_or_fails_without_panicking() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let _ = parse(&bytes);
        count += 1;
    }
    assert!(count >= 30, "the corpus has {count} fixtures");
}

#[test]
fn minimal_1_1() {
    let f = feed("v1_1_minimal.json");
    assert_eq!(f.title, "Minimal");
    assert_eq!(ids(&f), ["a"]);
    assert_eq!(f.items[0].content_text.as_deref(), Some("Un seul texte."));
    assert_eq!(f.items[0].title, None);
}

#[test]
fn version_1_0_singular_author_is_read_and_authors_wins_when_both_exist() {
    let f = feed("v1_0_singular_author.json");
    assert_eq!(f.version, "https://jsonfeed.org/version/1");
    assert_eq!(f.authors[0].name.as_deref(), Some("Rédaction"));
    assert_eq!(item(&f, "1").authors[0].name.as_deref(), Some("Samia B."));
    let names: Vec<_> = item(&f, "2")
        .authors
        .iter()
        .map(|a| a.name.as_deref())
        .collect();
    assert_eq!(names, [Some("Retenue")]);
}

#[test]
fn numeric_ids_become_strings_and_a_string_twin_is_a_duplicate() {
    let f = feed("numeric_ids.json");
    assert_eq!(ids(&f), ["1", "-7", "3.5"]);
    assert_eq!(f.discarded.duplicate_id, 1);
}

#[test]
fn items_without_titles_are_kept_as_articles() {
    let f = feed("no_titles.json");
    assert_eq!(ids(&f), ["n1", "n2"]);
    assert!(f
        .items
        .iter()
        .all(|i| i.title.is_none() && i.kind == Kind::Article));
}

#[test]
fn text_only_and_html_only_bodies() {
    let t = feed("text_only.json");
    assert_eq!(
        t.items[0].content_text.as_deref(),
        Some("Premier paragraphe.\n\nSecond paragraphe.")
    );
    assert_eq!(t.items[0].content_html, None);
    let h = feed("html_only.json");
    assert!(h.items[0]
        .content_html
        .as_deref()
        .unwrap()
        .contains("<h2>Intertitre</h2>"));
    assert_eq!(h.items[0].content_text, None);
}

#[test]
fn attachments_need_a_url_and_a_type() {
    let f = feed("attachments.json");
    let attachments = &f.items[0].attachments;
    assert_eq!(attachments.len(), 2);
    assert_eq!(attachments[0].url, "https://example.org/ep1.mp3");
    assert_eq!(attachments[0].size_in_bytes, Some(1_234_567));
    assert_eq!(attachments[0].duration_in_seconds, Some(1805.5));
    assert_eq!(attachments[1].mime_type, "audio/ogg");
    assert_eq!(
        attachments[1].size_in_bytes, None,
        "a negative size is dropped"
    );
}

#[test]
fn pages_chain_through_next_url_and_the_pager_follows_them() {
    let base = "https://example.org/fixtures/";
    let mut pager = Pager::new(&format!("{base}paginated_page1.json"));
    let mut feed = feed("paginated_page1.json");
    let mut current = format!("{base}paginated_page1.json");
    while let NextPage::Fetch(url) = pager.next(&current, feed.next_url.as_deref()) {
        let name = url.strip_prefix(base).unwrap();
        feed.append_page(self::feed(name));
        current = url;
    }
    assert_eq!(ids(&feed), ["p1", "p2", "p3"]);
    assert_eq!(feed.discarded.duplicate_id, 1, "page two repeats p1");
    assert_eq!(feed.next_url, None);
}

#[test]
fn a_refresh_keeps_the_older_items_the_new_first_page_no_longer_lists() {
    let mut all = feed("paginated_page1.json");
    all.append_page(feed("paginated_page2.json"));
    let mut fresh = feed("paginated_page1.json");
    fresh.items[0].title = Some("Page un, mise à jour".into());
    fresh.keep_older_items(&all);
    assert_eq!(ids(&fresh), ["p1", "p2"]);
    assert_eq!(
        fresh.items[0].title.as_deref(),
        Some("Page un, mise à jour"),
        "the fresh copy wins"
    );
}

#[test]
fn a_next_url_loop_stops() {
    let base = "https://example.org/fixtures/";
    let mut pager = Pager::new(&format!("{base}loop_a.json"));
    let a = feed("loop_a.json");
    let next = pager.next(&format!("{base}loop_a.json"), a.next_url.as_deref());
    assert_eq!(next, NextPage::Fetch(format!("{base}loop_b.json")));
    let b = feed("loop_b.json");
    let next = pager.next(&format!("{base}loop_b.json"), b.next_url.as_deref());
    assert_eq!(next, NextPage::Loop(format!("{base}loop_a.json")));
}

#[test]
fn the_manchette_extension_is_read_at_both_levels() {
    let f = feed("extension_full.json");
    assert_eq!(f.newsroom.site_name.as_deref(), Some("Le Journal du Matin"));
    assert_eq!(f.newsroom.locale.as_deref(), Some("fr-MA"));
    let sections: Vec<_> = f
        .newsroom
        .sections
        .iter()
        .map(|s| (s.slug.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        sections,
        [
            ("politique", "Politique"),
            ("economie", "Économie"),
            ("sport", "Sport"),
            ("culture", "Culture")
        ]
    );
    assert_eq!(
        f.newsroom.social.len(),
        1,
        "a link without a url is dropped"
    );
    assert_eq!(f.newsroom.social[0].network, "Facebook");

    let une = item(&f, "e1");
    assert_eq!(une.kind, Kind::Article);
    assert_eq!(une.section.as_deref(), Some("politique"));
    assert_eq!(une.lead.as_deref(), Some("Le chapô de l’article."));
    assert_eq!(une.image_caption.as_deref(), Some("Le Parlement à Rabat."));
    assert_eq!(une.image_credit.as_deref(), Some("Photo : Rédaction"));
    assert_eq!(une.featured, Some(1));
    assert_eq!(une.related, ["e2", "3"]);
    let seeds: Vec<_> = une
        .comments
        .iter()
        .map(|c| (c.id.as_str(), c.parent.as_deref(), c.author.as_deref()))
        .collect();
    assert_eq!(
        seeds,
        [
            ("s1", None, Some("Samia")),
            ("s2", Some("s1"), Some("Karim"))
        ],
        "seeds need an id and a text"
    );
    assert!(une.comments[1].created > une.comments[0].created);
    assert_eq!(
        item(&f, "e2").kind,
        Kind::Brief,
        "the declared kind wins over the rule"
    );
    let e3 = item(&f, "e3");
    assert_eq!(
        e3.lead.as_deref(),
        Some("Le résumé sert de chapô."),
        "summary is the fallback"
    );
    assert_eq!(e3.featured, None, "a rank that is not a number is dropped");
    assert_eq!(lead_story(&f).map(|i| i.id.as_str()), Some("e1"));
}

#[test]
fn unknown_keys_and_extensions_are_ignored() {
    let f = feed("extension_unknown_keys.json");
    let u = item(&f, "u1");
    assert_eq!(u.title.as_deref(), Some("Un"));
    assert_eq!(
        u.kind,
        Kind::Article,
        "an unknown kind falls back to the rule"
    );
}

#[test]
fn an_item_with_nothing_beyond_its_title_is_a_brief() {
    let f = feed("briefs_by_rule.json");
    let kinds: Vec<_> = f.items.iter().map(|i| (i.id.as_str(), i.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("b1", Kind::Brief),
            ("b2", Kind::Brief),
            ("b3", Kind::Brief),
            ("a1", Kind::Article)
        ]
    );
}

#[test]
fn without_the_extension_sections_come_from_the_first_tag() {
    let f = feed("sections_from_tags.json");
    let sections: Vec<_> = f
        .newsroom
        .sections
        .iter()
        .map(|s| (s.slug.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(sections, [("sport", "Sport"), ("economie", "Économie")]);
    assert_eq!(item(&f, "s2").section.as_deref(), Some("economie"));
    assert_eq!(item(&f, "s4").section, None);
}

#[test]
fn without_a_featured_rank_the_newest_article_with_an_image_leads() {
    assert_eq!(
        lead_story(&feed("lead_by_image.json")).map(|i| i.id.as_str()),
        Some("new-img")
    );
}

#[test]
fn the_best_featured_article_leads_and_briefs_never_do() {
    assert_eq!(
        lead_story(&feed("lead_by_featured.json")).map(|i| i.id.as_str()),
        Some("f2")
    );
}

#[test]
fn a_duplicate_id_keeps_its_first_item() {
    let f = feed("duplicate_ids.json");
    assert_eq!(ids(&f), ["d", "e"]);
    assert_eq!(item(&f, "d").title.as_deref(), Some("Premier"));
    assert_eq!(f.discarded.duplicate_id, 2);
}

#[test]
fn items_without_a_usable_id_are_discarded_and_counted() {
    let f = feed("missing_ids.json");
    assert_eq!(ids(&f), ["ok"]);
    assert_eq!(f.discarded.without_id, 5);
    assert_eq!(f.discarded.total(), 5);
}

#[test]
fn bad_dates_are_tolerated() {
    let f = feed("bad_dates.json");
    assert_eq!(ids(&f), ["1", "2", "3", "4"]);
    assert_eq!(
        item(&f, "1").date_published.map(|d| d.offset_minutes),
        Some(60)
    );
    assert_eq!(item(&f, "2").date_published, None);
    assert_eq!(item(&f, "2").date_modified, None);
    assert_eq!(item(&f, "3").date_published, None);
    assert_eq!(item(&f, "4").date(), item(&f, "4").date_modified);
    assert!(item(&f, "4").date().is_some());
}

#[test]
fn fields_of_the_wrong_type_are_dropped_one_by_one() {
    let f = feed("wrong_types.json");
    assert!(!f.expired);
    assert!(f.authors.is_empty());
    let w1 = item(&f, "w1");
    assert_eq!(w1.title, None);
    assert_eq!(
        w1.content_text.as_deref(),
        Some("Le titre numérique est ignoré.")
    );
    assert!(w1.tags.is_empty() && w1.authors.is_empty() && w1.attachments.is_empty());
    assert_eq!(
        (w1.image.as_ref(), w1.summary.as_ref(), w1.url.as_ref()),
        (None, None, None)
    );
    let w2 = item(&f, "w2");
    assert_eq!(w2.tags, ["Sport", "Football"]);
    let authors: Vec<_> = w2
        .authors
        .iter()
        .map(|a| (a.name.as_deref(), a.url.as_deref()))
        .collect();
    assert_eq!(
        authors,
        [(Some("Nadia"), None), (None, Some("https://example.org/k"))]
    );
    assert_eq!((w2.featured, w2.related.len()), (None, 0));
    assert_eq!(
        w2.section.as_deref(),
        Some("sport"),
        "a numeric section falls back to the first tag"
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(feed("bom.json").title, "Avec BOM");
}

#[test]
fn an_expired_feed_says_so() {
    assert!(feed("expired.json").expired);
}

#[test]
fn unicode_survives() {
    let f = feed("unicode.json");
    assert_eq!(item(&f, "ar1").title.as_deref(), Some("المغرب يفوز"));
    assert_eq!(item(&f, "ar1").language.as_deref(), Some("ar"));
    assert_eq!(item(&f, "emo").content_text.as_deref(), Some("été"));
}

#[test]
fn elements_of_items_that_are_not_objects_are_counted() {
    let f = feed("items_not_objects.json");
    assert_eq!(ids(&f), ["ok"]);
    assert_eq!(f.discarded.not_object, 4);
    assert_eq!(f.discarded.empty, 1);
}

#[test]
fn hostile_html_is_kept_as_data_for_the_sanitiser() {
    let f = feed("hostile_html.json");
    assert_eq!(
        f.items[0].title.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert!(f.items[0]
        .content_html
        .as_deref()
        .unwrap()
        .contains("<script>"));
}

#[test]
fn malformed_bodies_name_what_they_are() {
    assert_eq!(
        error("truncated.json"),
        FeedError::NotJson(NotJson::Truncated)
    );
    assert_eq!(
        error("empty_file.json"),
        FeedError::NotJson(NotJson::EmptyBody)
    );
    assert_eq!(error("rss.xml"), FeedError::NotJson(NotJson::Xml));
    assert_eq!(
        error("html_error_page.html"),
        FeedError::NotJson(NotJson::Html)
    );
    assert!(matches!(
        error("not_json_garbage.json"),
        FeedError::NotJson(NotJson::Invalid(_))
    ));
}

#[test]
fn json_that_is_not_a_feed_says_why() {
    assert_eq!(
        error("array_root.json"),
        FeedError::NotAFeed(NotAFeed::NotAnObject)
    );
    assert_eq!(
        error("null_root.json"),
        FeedError::NotAFeed(NotAFeed::NotAnObject)
    );
    assert_eq!(
        error("string_root.json"),
        FeedError::NotAFeed(NotAFeed::NotAnObject)
    );
    assert_eq!(
        error("missing_items.json"),
        FeedError::NotAFeed(NotAFeed::NoItems)
    );
    assert_eq!(
        error("items_not_array.json"),
        FeedError::NotAFeed(NotAFeed::ItemsNotAnArray)
    );
    assert_eq!(
        error("no_version.json"),
        FeedError::NotAFeed(NotAFeed::NoVersion)
    );
    assert!(matches!(
        error("unknown_version.json"),
        FeedError::NotAFeed(NotAFeed::UnknownVersion(_))
    ));
}

#[test]
fn a_feed_with_nothing_to_show_is_empty() {
    assert_eq!(
        error("empty_items.json"),
        FeedError::Empty(Discarded::default())
    );
    // Each reason is counted, so the reader can be told why nothing shows.
    assert_eq!(
        error("all_discarded.json"),
        FeedError::Empty(Discarded {
            without_id: 1,
            duplicate_id: 0,
            empty: 2,
            not_object: 1,
            beyond_limit: 0,
        })
    );
}

#[test]
fn huge_bodies_are_kept_whole_and_huge_titles_to_the_limit() {
    let body = "é".repeat(4 * 1024 * 1024);
    let title = "T".repeat(100_000);
    let json = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"{title}","items":[{{"id":"big","title":"{title}","content_text":"{body}"}}]}}"#
    );
    let f = parse(json.as_bytes()).unwrap();
    assert_eq!(f.title.chars().count(), limits::TITLE_KEPT);
    assert_eq!(
        f.items[0].title.as_ref().map(|t| t.chars().count()),
        Some(limits::TITLE_KEPT)
    );
    assert_eq!(
        f.items[0].content_text.as_ref().map(|t| t.chars().count()),
        Some(4 * 1024 * 1024)
    );
}

#[test]
fn deeply_nested_unknown_values_are_skipped_without_overflowing_the_stack() {
    let json = format!(
        r#"{{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{{"id":"1","title":"t","_x":{}{}}}]}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(ids(&parse(json.as_bytes()).unwrap()), ["1"]);
}

/// A blog's JSON Feed as the WordPress plugin writes it: no ids, RFC 2822 dates, and HTML
/// character references in plain-text fields.
#[test]
fn a_wordpress_feed_shows_its_posts_dated_with_clean_titles() {
    let f = feed("wordpress.json");
    assert_eq!(f.discarded.total(), 0);
    assert_eq!(
        ids(&f),
        [
            "https://carnet.example.ma/2019/05/31/la-saison-des-figues/",
            "https://carnet.example.ma/2019/05/24/un-four-a-pain-en-terre/",
            "https://carnet.example.ma/2019/05/17/l-ecole-du-mercredi/",
        ],
        "each url, without its fragment and with its host in lowercase, is the id"
    );
    assert_eq!(f.title, "Carnet – L’Atelier du Détroit");
    assert_eq!(
        f.description.as_deref(),
        Some("Notes d’atelier & chantiers en cours")
    );
    let figues = &f.items[0];
    assert_eq!(
        figues.title.as_deref(),
        Some("La saison des figues – ce que la récolte nous apprend")
    );
    assert_eq!(
        figues.lead.as_deref(),
        Some("Les figuiers de la colline ont donné tôt cette année…")
    );
    assert_eq!(figues.authors[0].name.as_deref(), Some("Salma & Youssef"));
    assert_eq!(figues.tags, ["Jardin & verger", "Récoltes"]);
    assert_eq!(figues.section.as_deref(), Some("jardin-verger"));
    // content_html stays HTML: the sanitiser reads its references.
    assert!(figues.content_html.as_deref().unwrap().contains("&amp;"));
    let dated: Vec<(i64, i16)> = f
        .items
        .iter()
        .map(|i| {
            let at = i.date_published.expect("dated");
            (at.epoch_ms, at.offset_minutes)
        })
        .collect();
    assert_eq!(
        dated,
        [
            (1_559_330_278_000, -420),
            (1_558_686_600_000, 0),
            (1_558_105_200_000, 60)
        ]
    );
    assert_eq!(
        figues.date_modified.map(|d| d.epoch_ms),
        Some(1_559_405_100_000)
    );
    assert_eq!(f.newsroom.sections[0].name, "Jardin & verger");
}

#[test]
fn an_address_stands_for_a_missing_id_only() {
    let read = |items: &str| {
        parse(
            format!(
                r#"{{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{items}]}}"#
            )
            .as_bytes(),
        )
    };
    let f = read(
        r#"{"id":"7","url":"https://ex.example/a","title":"A"},
           {"id":" ","url":"HTTP://Ex.Example/b#haut","title":"B"},
           {"url":"/relatif","title":"C"},
           {"url":"mailto:redaction@ex.example","title":"D"}"#,
    )
    .unwrap();
    assert_eq!(ids(&f), ["7", "http://ex.example/b"]);
    assert_eq!(f.discarded.without_id, 2);
    // The fragment is not part of the id, so a link to the comments keeps the article's.
    let again = read(r#"{"url":"http://ex.example/b#commentaires","title":"B"}"#).unwrap();
    assert_eq!(ids(&again), ["http://ex.example/b"]);
}

#[test]
fn an_item_marked_withdrawn_is_shown_nowhere_and_its_id_is_kept_for_publishing() {
    let f = feed("withdrawn.json");
    assert_eq!(ids(&f), ["garde", "pas-retire"]);
    assert_eq!(f.withdrawn, ["retire", "retire-aussi"]);
    assert_eq!(
        f.discarded.total(),
        0,
        "withdrawn is not discarded: the newsroom asked"
    );
}
