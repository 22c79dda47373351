//! Publishing's image step on real shapes: camera-size photos with GPS tags in their EXIF, a
//! wide-gamut colour profile, a photo taken sideways, and the inputs it must refuse (a
//! decompression bomb, a damaged file, one too large, one that is no picture), each with its
//! warning while publishing carries on. The photos are made by code (`manchette::fixtures`),
//! not committed.
#![cfg(not(target_arch = "wasm32"))]

use std::{
    fs,
    path::{Path, PathBuf},
};

use image::ImageDecoder;
use manchette::{
    feed,
    fixtures::{exif, photo as camera_photo, SERIAL},
    pictures::LADDER,
    publish::{publish, Options},
};

/// A camera's photo, `width` × `height`, with its EXIF and, if given, a colour profile.
fn photo(width: u16, height: u16, exif: &[u8], icc: Option<&[u8]>) -> Vec<u8> {
    camera_photo(width, height, 1, 90, exif, icc)
}

const TRUNK_PAGE: &str = include_str!("fixtures/trunk-page.html");
const CONFIG: &str = r#"{"site_url": "https://journal.example.ma/", "time_zone": "Africa/Lagos"}"#;
const NOW: i64 = 1_795_953_600_000;
/// One colour all over, in the given profile.
fn flat(rgb: [u8; 3], icc: &[u8]) -> Vec<u8> {
    let pixels: Vec<u8> = rgb.iter().copied().cycle().take(64 * 64 * 3).collect();
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 100);
    encoder.add_icc_profile(icc).unwrap();
    encoder
        .encode(&pixels, 64, 64, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// A JPEG whose frame header is broken: the picture cannot be decoded.
fn damaged(mut jpeg: Vec<u8>) -> Vec<u8> {
    let frame = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    // The frame's length, precision, height and width, all nonsense.
    jpeg[frame + 2..frame + 9].copy_from_slice(&[0, 3, 0, 0, 0, 0, 0]);
    jpeg
}

/// A PNG whose header claims 10,000 × 10,000 pixels (100 megapixels) for a few bytes of data.
fn bomb() -> Vec<u8> {
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&[0; 3 * 4], 2, 2, image::ExtendedColorType::Rgb8)
        .unwrap();
    // The IHDR chunk: its length (4), type (4), width (4), height (4)… then its CRC.
    png[16..20].copy_from_slice(&10_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&10_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

use image::ImageEncoder;

struct Paper {
    dist: PathBuf,
    cache: PathBuf,
}

impl Drop for Paper {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dist);
        let _ = fs::remove_dir_all(&self.cache);
    }
}

/// A build with a feed of photos beside it, in `img/`.
fn paper(name: &str) -> Paper {
    let root = std::env::temp_dir().join(format!("manchette-images-{name}"));
    let _ = fs::remove_dir_all(&root);
    let dist = root.join("dist");
    let cache = root.join("cache");
    fs::create_dir_all(dist.join("img")).unwrap();
    fs::write(dist.join("404.html"), TRUNK_PAGE).unwrap();
    fs::write(dist.join("config.json"), CONFIG).unwrap();
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    let files: [(&str, Vec<u8>); 8] = [
        ("img/camera.jpg", photo(2400, 1600, &exif(1), Some(&p3))),
        ("img/sideways.jpg", photo(600, 400, &exif(6), None)),
        ("img/rouge.jpg", flat([200, 100, 50], &p3)),
        ("img/bomb.png", bomb()),
        ("img/damaged.jpg", damaged(photo(800, 600, &exif(1), None))),
        ("img/huge.jpg", {
            let mut huge = photo(64, 64, &exif(1), None);
            huge.resize(26 * 1024 * 1024, 0);
            huge
        }),
        ("img/notes.jpg", b"Ceci n'est pas une photo.".to_vec()),
        ("img/dessin.svg", br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>"#.to_vec()),
    ];
    for (file, bytes) in files {
        fs::write(dist.join(file), bytes).unwrap();
    }
    let item = |id: &str, image: &str, title: &str| {
        format!(
            r#"{{"id": "{id}", "title": "{title}", "image": "{image}", "date_published": "2026-11-28T10:00:00+01:00", "content_html": "<p>Texte.</p>"}}"#
        )
    };
    let items = [
        item("1", "img/camera.jpg", "Le port au matin"),
        item("2", "img/sideways.jpg", "Une photo prise de côté"),
        item("3", "img/rouge.jpg", "Une couleur large"),
        item("4", "img/bomb.png", "Une bombe"),
        item("5", "img/damaged.jpg", "Une photo abîmée"),
        item("6", "img/huge.jpg", "Une photo trop lourde"),
        item("7", "img/notes.jpg", "Pas une photo"),
        item("8", "img/dessin.svg", "Un dessin"),
        r#"{"id": "9", "title": "Dans le texte", "date_published": "2026-11-27T10:00:00+01:00", "content_html": "<figure><img src=\"img/camera.jpg\" alt=\"Le port\"><figcaption>Le port.</figcaption></figure>"}"#.to_owned(),
    ];
    let feed = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "Le Journal", "items": [{}]}}"#,
        items.join(",")
    );
    fs::write(dist.join("feed.json"), feed).unwrap();
    Paper { dist, cache }
}

fn options(paper: &Paper) -> Options {
    Options {
        dist: paper.dist.clone(),
        feed: None,
        site_url: None,
        prune: false,
        now_ms: NOW,
        import: Default::default(),
        image_cache: paper.cache.clone(),
        archive: Some(paper.dist.with_extension("sqlite")),
        unpublish: Vec::new(),
    }
}

fn variants(dist: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dist.join("img/v"))
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The published page of the article `id` (its one file under `article/ID/`).
fn article_page(dist: &Path, id: &str) -> String {
    let folder = dist.join("article").join(id);
    let page = fs::read_dir(&folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::read_to_string(page).unwrap()
}

fn dimensions(file: &Path) -> (u32, u32) {
    image::image_dimensions(file).unwrap()
}

/// The paper most tests read: published once, read by each. It stays in the temporary folder
/// (a static is never dropped) until the next run starts by removing it.
fn published() -> &'static (Paper, manchette::publish::Summary) {
    static PUBLISHED: std::sync::OnceLock<(Paper, manchette::publish::Summary)> =
        std::sync::OnceLock::new();
    PUBLISHED.get_or_init(|| {
        let paper = paper("shared");
        let summary = publish(&options(&paper)).unwrap();
        (paper, summary)
    })
}

fn served_feed(paper: &Paper) -> feed::Feed {
    feed::parse(&fs::read(paper.dist.join("feed.json")).unwrap()).unwrap()
}

#[test]
fn photos_become_variants_along_the_ladder_never_wider_than_the_original() {
    let (paper, summary) = published();
    assert_eq!(summary.pictures_made, 3, "{summary:?}");
    let feed = served_feed(paper);
    let camera = &feed.items[0].pictures[0];
    assert_eq!(camera.src, "https://journal.example.ma/img/camera.jpg");
    assert_eq!((camera.width, camera.height), (2400, 1600));
    for width in LADDER {
        for ext in ["webp", "jpg"] {
            let file = paper.dist.join(camera.file(width, ext));
            assert_eq!(
                dimensions(&file),
                (width, camera.height_at(width)),
                "{}",
                file.display()
            );
        }
    }
    // No variant is wider than its original: the sideways photo stands 400 wide.
    let sideways = &feed.items[1].pictures[0];
    assert_eq!(sideways.widths(), [320, 400]);
    let widest = variants(&paper.dist)
        .iter()
        .map(|file| dimensions(file).0)
        .max();
    assert_eq!(widest, Some(2048));
}

#[test]
fn a_photo_taken_sideways_is_turned_upright() {
    let (paper, _) = published();
    let sideways = served_feed(paper).items[1].pictures[0].clone();
    assert_eq!((sideways.width, sideways.height), (400, 600));
    assert_eq!(
        dimensions(&paper.dist.join(sideways.file(400, "jpg"))),
        (400, 600)
    );
}

#[test]
fn no_variant_keeps_any_metadata_gps_and_serial_number_included() {
    let (paper, _) = published();
    let files = variants(&paper.dist);
    assert!(files.len() >= 2 * LADDER.len(), "{files:?}");
    for file in files {
        let bytes = fs::read(&file).unwrap();
        let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(
            !holds(SERIAL.as_bytes()),
            "{}: the serial number",
            file.display()
        );
        assert!(!holds(b"Exif\0\0"), "{}: EXIF", file.display());
        assert!(!holds(b"EXIF"), "{}: WebP's EXIF chunk", file.display());
        assert!(
            !holds(b"ICC_PROFILE") && !holds(b"ICCP"),
            "{}: a profile",
            file.display()
        );
        assert!(
            !holds(b"http://ns.adobe.com/xap"),
            "{}: XMP",
            file.display()
        );
        if file.extension().is_some_and(|e| e == "jpg") {
            let mut decoder =
                image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&bytes)).unwrap();
            assert_eq!(decoder.exif_metadata().unwrap(), None, "{}", file.display());
            assert_eq!(decoder.icc_profile().unwrap(), None, "{}", file.display());
        }
    }
}

#[test]
fn a_wide_gamut_photo_is_put_in_srgb() {
    let (paper, _) = published();
    let rouge = served_feed(paper).items[2].pictures[0].clone();
    let file = paper.dist.join(rouge.file(rouge.width, "jpg"));
    let pixel = image::open(file).unwrap().to_rgb8().get_pixel(32, 32).0;
    // Display P3's (200, 100, 50) is sRGB's (215, 93, 31), as LittleCMS also gives it.
    for (got, want) in pixel.iter().zip([215u8, 93, 31]) {
        assert!(got.abs_diff(want) <= 4, "{pixel:?}");
    }
}

#[test]
fn refused_pictures_are_named_with_their_item_and_publishing_carries_on() {
    let (paper, summary) = published();
    let warning = |item: &str, file: &str| {
        summary
            .warnings
            .iter()
            .find(|w| w.contains(&format!("item {item}:")) && w.contains(file))
            .unwrap_or_else(|| panic!("no warning for {file}: {:?}", summary.warnings))
            .clone()
    };
    assert!(warning("4", "img/bomb.png").contains("10000 × 10000 pixels, over the 50 megapixels"));
    assert!(warning("5", "img/damaged.jpg").contains("damaged"));
    assert!(warning("6", "img/huge.jpg").contains("larger than 25 MB"));
    assert!(warning("7", "img/notes.jpg").contains("not a picture"));
    assert!(
        !summary.warnings.iter().any(|w| w.contains("dessin.svg")),
        "a drawing passes through"
    );
    // Each refused picture keeps its original URL, and its article its page.
    let feed = served_feed(paper);
    for item in &feed.items[3..8] {
        assert!(item.pictures.is_empty(), "{}", item.id);
    }
    assert!(article_page(&paper.dist, "4").contains("src=\"/img/bomb.png\""));
}

#[test]
fn a_second_run_makes_nothing_again_and_writes_nothing() {
    let paper = paper("again");
    let first = publish(&options(&paper)).unwrap();
    assert_eq!((first.pictures_made, first.pictures_reused), (3, 0));
    let second = publish(&options(&paper)).unwrap();
    assert_eq!((second.pictures_made, second.pictures_reused), (0, 3));
    assert_eq!(second.counts.written, 0, "{second:?}");
    // The cache keeps each original, by the fingerprint of its bytes, beside its variants.
    let camera = served_feed(&paper).items[0].pictures[0].clone();
    assert_eq!(
        fs::read(paper.cache.join(&camera.key).join("original")).unwrap(),
        fs::read(paper.dist.join("img/camera.jpg")).unwrap()
    );
    // A new build (dist/ emptied by Trunk) gets its variants from the cache, made again by none.
    fs::remove_dir_all(paper.dist.join("img/v")).unwrap();
    let third = publish(&options(&paper)).unwrap();
    assert_eq!(third.pictures_made, 0);
    assert!(!variants(&paper.dist).is_empty());
}

#[test]
fn published_pages_and_the_served_feed_name_the_variants() {
    let (paper, _) = published();
    let feed = served_feed(paper);
    let camera = feed.items[0].pictures[0].clone();
    let home = fs::read_to_string(paper.dist.join("index.html")).unwrap();
    assert!(home.contains("<picture>"), "{home}");
    assert!(home.contains(&format!(
        "<source type=\"image/webp\" srcset=\"{}\"",
        camera.srcset("", "webp")
    )));
    assert!(home.contains(&format!("src=\"{}\"", camera.fallback(""))));
    // The lead picture loads first; the body's pictures wait.
    assert!(home.contains("fetchpriority=\"high\""));
    let article = article_page(&paper.dist, "9");
    assert!(
        article.contains(&format!("srcset=\"{}\"", camera.srcset("", "webp"))),
        "the body's picture: {article}"
    );
    assert_eq!(feed.items[8].pictures, vec![camera]);
}
