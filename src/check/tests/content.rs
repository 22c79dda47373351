//! feedcheck on what the app does to an item's content: what the sanitiser strips, pictures
//! it cannot read or that weigh too much, and frames that become facades or are dropped.

use super::*;

#[test]
fn content_the_app_strips_is_reported() {
    let report = check(&feed_with_items(
        r#"{"id":"1","title":"a","content_html":"<p onclick=\"x()\">a</p><script>evil()</script><a href=\"javascript:x()\">l</a><div>ok</div><img src=\"pic.jpg\">"}"#,
    ));
    let messages: Vec<&str> = report
        .problems
        .iter()
        .map(|p| p.message.as_str())
        .filter(|m| m.starts_with("the app strips this"))
        .collect();
    assert_eq!(
        messages,
        [
            "the app strips this: the onclick attribute on <p> is removed",
            "the app strips this: <script> is removed with its content",
            "the app strips this: the URL \"javascript:x()\" in <a href> is removed",
        ]
    );
    assert!(report
        .problems
        .iter()
        .filter(|p| p.message.starts_with("the app strips this"))
        .all(|p| p.path == "$.items[0].content_html"));
    // The picture it shows is read too: this one is nowhere.
    assert!(report.problems.iter().any(|p| p.path == "$.items[0]"
        && p.message == "https://example.org/pic.jpg: cannot read the picture: no page at https://example.org/pic.jpg"));
}

#[test]
fn pictures_that_cannot_be_read_or_weigh_too_much_are_reported_with_their_item() {
    use crate::fixtures::{exif, photo};
    let small = photo(64, 48, 1, 80, &exif(1), None);
    let mut heavy = small.clone();
    heavy.resize(6 * 1024 * 1024, 0);
    // A JPEG whose frame claims 10,000 × 10,000 pixels.
    let mut bomb = small.clone();
    let frame = bomb.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    bomb[frame + 5..frame + 9].copy_from_slice(&[0x27, 0x10, 0x27, 0x10]);
    let picture = |name: &str| format!("https://example.org/img/{name}");
    let mut source = pages(&[(
        A,
        &feed_with_items(
            r#"{"id":"1","title":"a","content_text":"x","image":"img/ok.jpg"},
               {"id":"2","title":"b","content_text":"x","image":"img/missing.jpg"},
               {"id":"3","title":"c","content_text":"x","image":"img/notes.jpg"},
               {"id":"4","title":"d","content_html":"<p><img src=\"img/heavy.jpg\"></p>"},
               {"id":"5","title":"e","content_text":"x","image":"img/bomb.jpg","banner_image":"img/dessin.svg"},
               {"id":"6","title":"f","content_text":"x","image":"img/ok.jpg"}"#,
        ),
    )]);
    for (name, bytes) in [
        ("ok.jpg", small),
        ("notes.jpg", b"des notes".to_vec()),
        ("heavy.jpg", heavy),
        ("bomb.jpg", bomb),
        (
            "dessin.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
        ),
    ] {
        source.0.insert(picture(name), (bytes, None));
    }
    let report = check_feed(A, &mut source);
    let found: Vec<(Severity, &str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.severity, p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    assert_eq!(found[0].0, Severity::Warning);
    assert_eq!(found[0].1, "$.items[1]");
    assert!(found[0]
        .2
        .contains("img/missing.jpg: cannot read the picture"));
    assert_eq!((found[1].0, found[1].1), (Severity::Error, "$.items[2]"));
    assert!(found[1].2.contains("not a picture publishing can read"));
    assert_eq!((found[2].0, found[2].1), (Severity::Warning, "$.items[3]"));
    assert!(found[2].2.contains("6.0 MB: over 5 MB"), "{}", found[2].2);
    assert_eq!((found[3].0, found[3].1), (Severity::Error, "$.items[4]"));
    assert!(
        found[3].2.contains("10000 × 10000 pixels"),
        "{}",
        found[3].2
    );
}

#[test]
fn each_frame_is_reported_as_a_facade_or_as_dropped_with_the_reason() {
    let html = r#"<iframe src=\"https://player.vimeo.com/video/76979871?dnt=1\"></iframe><iframe src=\"https://widgets.example/carte\"></iframe><iframe src=\"javascript:alert(1)\"></iframe>"#;
    let report = check(&feed_with_items(&format!(
        r#"{{"id":"1","title":"Un","content_html":"{html}","date_published":"2026-11-28T10:00:00Z"}}"#
    )));
    let messages: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| p.path == "$.items[0].content_html")
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "the Vimeo video 76979871 becomes a click-to-play facade (nothing loads from Vimeo before the reader's click)",
            "the app strips this: <iframe> is dropped: https://widgets.example/carte is no provider Manchette plays; a link to it is left",
            "the app strips this: <iframe> is dropped: \"javascript:alert(1)\" is not a web address",
        ]
    );
}
