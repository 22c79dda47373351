use super::*;
use crate::instant::Timestamp;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("manchette-archive-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("archive.sqlite")
}

fn item(id: &str, day: i64, title: &str) -> Item {
    Item {
        id: id.into(),
        title: Some(title.into()),
        content_html: Some(format!("<p>{title}</p>")),
        date_published: Some(Timestamp {
            epoch_ms: 1_795_000_000_000 + day * 86_400_000,
            offset_minutes: 60,
        }),
        ..Item::default()
    }
}

fn address_of(item: &Item) -> Option<String> {
    Some(format!("/article/{}/{}", item.id, item.title.as_deref()?))
}

fn ids(archive: &Archive) -> Vec<String> {
    archive.items().unwrap().into_iter().map(|i| i.id).collect()
}

#[test]
fn every_item_read_is_kept_newest_first_across_runs() {
    let path = scratch("kept");
    let mut archive = Archive::open(&path).unwrap();
    let first = archive
        .record(&[item("b", 2, "B"), item("a", 1, "A")], &[], address_of)
        .unwrap();
    assert_eq!((first.added, first.updated, first.unchanged), (2, 0, 0));
    drop(archive);
    // The feed has moved on: "a" and "b" are gone from it, and stay in the archive.
    let mut archive = Archive::open(&path).unwrap();
    archive
        .record(&[item("c", 3, "C")], &[], address_of)
        .unwrap();
    assert_eq!(ids(&archive), ["c", "b", "a"]);
    assert_eq!(archive.items().unwrap()[1], item("b", 2, "B"));
}

#[test]
fn a_corrected_item_is_updated_and_an_unchanged_one_known() {
    let path = scratch("updated");
    let mut archive = Archive::open(&path).unwrap();
    archive
        .record(
            &[item("a", 1, "Séisme"), item("b", 2, "B")],
            &[],
            address_of,
        )
        .unwrap();
    assert!(archive.knows(&[item("a", 1, "Séisme")]).unwrap());
    let corrected = item("a", 1, "Séisme : le bilan corrigé");
    assert!(!archive.knows(std::slice::from_ref(&corrected)).unwrap());
    assert!(!archive.knows(&[item("z", 1, "Z")]).unwrap());
    let run = archive
        .record(&[corrected.clone(), item("b", 2, "B")], &[], address_of)
        .unwrap();
    assert_eq!((run.added, run.updated, run.unchanged), (0, 1, 1));
    assert_eq!(archive.items().unwrap()[1], corrected);
    // The page keeps its first address as well as its new one.
    assert_eq!(
        archive.addresses().unwrap(),
        [
            ("a".to_owned(), "/article/a/Séisme".to_owned()),
            (
                "a".to_owned(),
                "/article/a/Séisme : le bilan corrigé".to_owned()
            ),
            ("b".to_owned(), "/article/b/B".to_owned()),
        ]
    );
    // The pictures publishing adds are not what the feed says.
    let mut pictured = item("b", 2, "B");
    pictured.pictures =
        vec![crate::pictures::Picture::from_facts("b.jpg", "0123456789abcdef 640 480 12").unwrap()];
    assert!(archive.knows(&[pictured]).unwrap());
}

#[test]
fn an_unpublished_item_stays_out_and_its_page_is_named_for_removal() {
    let path = scratch("unpublished");
    let mut archive = Archive::open(&path).unwrap();
    archive
        .record(&[item("a", 1, "A"), item("b", 2, "B")], &[], address_of)
        .unwrap();
    assert_eq!(archive.unpublish(&["a".into(), "nope".into()]).unwrap(), 1);
    assert_eq!(ids(&archive), ["b"]);
    assert_eq!(archive.removed_addresses().unwrap(), ["/article/a/A"]);
    // The feed still carries it: it is refused, not brought back.
    let run = archive
        .record(&[item("a", 1, "A")], &[], address_of)
        .unwrap();
    assert_eq!(run.refused, ["a"]);
    assert_eq!(ids(&archive), ["b"]);
}

#[test]
fn a_withdrawn_item_leaves_and_comes_back_if_the_feed_brings_it_back() {
    let path = scratch("withdrawn");
    let mut archive = Archive::open(&path).unwrap();
    archive
        .record(&[item("a", 1, "A"), item("b", 2, "B")], &[], address_of)
        .unwrap();
    let run = archive
        .record(&[item("b", 2, "B")], &["a".into()], address_of)
        .unwrap();
    assert_eq!(run.withdrawn, 1);
    assert_eq!(ids(&archive), ["b"]);
    assert_eq!(archive.removed_addresses().unwrap(), ["/article/a/A"]);
    let run = archive
        .record(&[item("a", 1, "A")], &[], address_of)
        .unwrap();
    assert_eq!((run.added, run.refused.len()), (1, 0));
    assert_eq!(ids(&archive), ["b", "a"]);
    assert!(archive.removed_addresses().unwrap().is_empty());
}

#[test]
fn a_run_that_dies_before_its_end_leaves_the_archive_as_it_was() {
    let path = scratch("killed");
    let mut archive = Archive::open(&path).unwrap();
    archive
        .record(&[item("a", 1, "A")], &[], address_of)
        .unwrap();
    // A run that stops halfway (here, while it records an item) changes nothing.
    let died = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        archive.record(
            &[item("b", 2, "B"), item("c", 3, "C")],
            &["a".into()],
            |item: &Item| panic!("the run dies while recording {}", item.id),
        )
    }));
    assert!(died.is_err());
    drop(archive);
    let archive = Archive::open(&path).unwrap();
    assert_eq!(ids(&archive), ["a"]);
    assert!(archive.removed_addresses().unwrap().is_empty());
}

#[test]
fn each_site_has_its_own_archive_file() {
    assert_eq!(
        default_path("https://journal.example.ma/"),
        Path::new(".cache/archive/journal.example.ma.sqlite")
    );
    assert_eq!(
        default_path("http://127.0.0.1:8080/sub/path/"),
        Path::new(".cache/archive/127.0.0.1-8080-sub-path.sqlite")
    );
}

#[test]
fn a_file_that_is_not_an_archive_says_so() {
    let path = scratch("not");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, b"ceci n'est pas une base").unwrap();
    let error = Archive::open(&path).err().expect("not an archive");
    assert!(error.to_string().contains("archive.sqlite"), "{error}");
}
