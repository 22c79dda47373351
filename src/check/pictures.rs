//! The pictures a feed shows, each read once, as publishing will read them: reported, with the
//! item, when one cannot be read, is no picture publishing can read, or weighs over 5 MB (a
//! phone reading another copy of the feed downloads it whole). Over 25 MB or 50 megapixels,
//! publishing refuses it: an error.

use std::{collections::HashSet, io::Cursor};

use serde_json::Value;

use super::{Findings, Source};
use crate::{pictures::is_svg, sanitize::scan::pictures_of};

/// Heavier than this, a picture is reported.
pub const HEAVY_BYTES: usize = 5 * 1024 * 1024;
/// Publishing's own limits (src/publish/images).
const REFUSED_BYTES: usize = 25 * 1024 * 1024;
const REFUSED_PIXELS: u64 = 50_000_000;
/// What a relative picture of a feed read from a file resolves against, before it is read
/// beside the file.
const FILE_BASE: &str = "https://feed.invalid/";

/// Checks the pictures of the page's items; `checked` holds the pictures already read.
pub(super) fn check_pictures(
    root: &Value,
    page: &str,
    source: &mut impl Source,
    findings: &mut Findings,
    checked: &mut HashSet<String>,
) {
    let Some(items) = root.get("items").and_then(Value::as_array) else {
        return;
    };
    let from_file = page.strip_prefix("file://");
    let feed_url = if from_file.is_some() { FILE_BASE } else { page };
    for (index, item) in items.iter().enumerate() {
        let text = |key: &str| item.get(key).and_then(Value::as_str);
        let shown = pictures_of(
            text("image"),
            text("banner_image"),
            text("content_html"),
            text("url"),
            feed_url,
        );
        for url in shown {
            if !checked.insert(url.clone()) {
                continue;
            }
            // A feed read from a file names its pictures beside it.
            let location = match (from_file, url.strip_prefix(FILE_BASE)) {
                (Some(file), Some(relative)) => {
                    let folder = std::path::Path::new(file)
                        .parent()
                        .unwrap_or(std::path::Path::new("/"));
                    format!("file://{}", folder.join(relative).display())
                }
                _ => url.clone(),
            };
            if let Some(problem) = problem_of(&location, source) {
                let path = format!("$.items[{index}]");
                match problem {
                    Problem::Refused(why) => findings.error(path, format!("{url}: {why}")),
                    Problem::Worrying(why) => findings.warning(path, format!("{url}: {why}")),
                }
            }
        }
    }
}

enum Problem {
    Refused(String),
    Worrying(String),
}

fn problem_of(location: &str, source: &mut impl Source) -> Option<Problem> {
    let bytes = match source.fetch(location) {
        Ok(fetched) => fetched.bytes,
        Err(why) => return Some(Problem::Worrying(format!("cannot read the picture: {why}"))),
    };
    if is_svg(location, &bytes) {
        return None;
    }
    let megabytes = bytes.len() as f64 / 1_048_576.0;
    if bytes.len() > REFUSED_BYTES {
        return Some(Problem::Refused(format!(
            "{megabytes:.1} MB: publishing refuses a picture over 25 MB and shows it as it is"
        )));
    }
    let dimensions = image::ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .ok()
        .filter(|reader| reader.format().is_some())
        .and_then(|reader| reader.into_dimensions().ok());
    let Some((width, height)) = dimensions else {
        return Some(Problem::Refused(
            "not a picture publishing can read (JPEG, PNG, WebP, GIF or SVG)".into(),
        ));
    };
    if u64::from(width) * u64::from(height) > REFUSED_PIXELS {
        return Some(Problem::Refused(format!(
            "{width} × {height} pixels: publishing refuses a picture over 50 megapixels"
        )));
    }
    (bytes.len() > HEAVY_BYTES).then(|| {
        Problem::Worrying(format!(
            "{megabytes:.1} MB: over 5 MB, which a phone reading the feed elsewhere downloads whole"
        ))
    })
}
