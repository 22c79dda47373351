//! Publishing's image step, the one door to pictures: every picture the paper shows (each
//! item's `image` and `banner_image`, every `<img>` of its `content_html`) is read once (a file
//! of the build, a file beside the feed, or an http(s) URL), made into variants along the
//! ladder in WebP and JPEG (`variants`), kept in a cache outside `dist/` (`cache`) and copied
//! into `dist/img/v/`. What it learns of each picture (`Picture`) reaches the views, which draw
//! `<picture>` markup from it, and the feed the site serves (`feed_copy`), so that the app
//! draws the same. SVG drawings pass through as they are. A picture that cannot be used keeps
//! its original URL, with a warning that names the item, the URL and why.

mod cache;
mod feed_copy;
mod variants;

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex,
    },
    time::Duration,
};

pub use feed_copy::with_pictures;

use self::{
    cache::{key_of, Cache},
    variants::{make, Made, Refused, MAX_BYTES},
};
use super::output::Output;
use crate::{
    check::Sources,
    feed::Item,
    pictures::{is_svg, widths, Picture, FOLDER},
    sanitize::scan::pictures_of,
};

/// Where the step reads from and keeps what it makes.
pub struct Step<'a> {
    /// The image cache (`.cache/images`, or `IMAGE_CACHE`).
    pub cache_dir: &'a Path,
    pub dist: &'a Path,
    /// The site's address, ending in `/`: a picture under it is a file of the build.
    pub root: &'a str,
    /// The folder of the feed, when it is a file: a picture the build lacks may be beside it.
    pub feed_dir: Option<PathBuf>,
    /// How long a remote picture may take to arrive (the feed's timeout).
    pub deadline: Duration,
}

/// What the step did.
#[derive(Default)]
pub struct Outcome {
    /// Each picture made into variants, by the URL the views resolve it to.
    pub known: HashMap<String, Picture>,
    /// The pictures left as they were, and why.
    pub warnings: Vec<String>,
    /// Originals made into variants by this run, and those the cache already held.
    pub made: usize,
    pub reused: usize,
}

/// An original to make into variants.
struct ToMake {
    url: String,
    item: String,
    key: String,
    bytes: Vec<u8>,
}

/// Runs the step over `wanted`: each picture's URL and the id of an item that shows it.
/// Variants land in `output`; `Err` only when the cache or the build cannot be written.
pub fn process(
    step: &Step,
    wanted: &[(String, String)],
    output: &mut Output,
) -> Result<Outcome, String> {
    let mut cache = Cache::open(step.cache_dir)
        .map_err(|error| format!("{}: {error}", step.cache_dir.display()))?;
    let mut outcome = Outcome::default();
    let mut found: Vec<(String, String)> = Vec::new();
    let mut to_make: Vec<ToMake> = Vec::new();
    let mut sources = Sources;
    for (url, item) in wanted {
        let refuse = |why: String| format!("item {item}: {url}: {why}; it keeps its original URL");
        // A remote original already made is not fetched again.
        if let Some(key) = cache
            .key_for_url(url)
            .filter(|key| cache.facts(key).is_some())
        {
            found.push((url.clone(), key.to_owned()));
            outcome.reused += 1;
            continue;
        }
        let read = match local_file(step, url) {
            Some(Ok(path)) => sources.fetch_within(
                &format!("file://{}", path.display()),
                MAX_BYTES,
                step.deadline,
            ),
            Some(Err(missing)) => Err(missing),
            None => sources.fetch_within(url, MAX_BYTES, step.deadline),
        };
        let bytes = match read {
            Ok(fetched) => fetched.bytes,
            Err(why) => {
                outcome.warnings.push(refuse(why));
                continue;
            }
        };
        if is_svg(url, &bytes) {
            continue;
        }
        let key = key_of(&bytes);
        if !url.starts_with(step.root) {
            cache.remember_url(url, &key);
        }
        if cache.facts(&key).is_some() {
            outcome.reused += 1;
        } else if !to_make.iter().any(|m| m.key == key) {
            // The same bytes under another URL are made once.
            to_make.push(ToMake {
                url: url.clone(),
                item: item.clone(),
                key: key.clone(),
                bytes,
            });
        }
        found.push((url.clone(), key));
    }
    for (original, made) in to_make.iter().zip(make_all(&to_make)) {
        match made {
            Ok(made) => {
                cache
                    .keep(&original.key, &original.bytes, &made)
                    .map_err(|error| format!("{}: {error}", step.cache_dir.display()))?;
                outcome.made += 1;
            }
            Err(why) => outcome.warnings.push(format!(
                "item {}: {}: {why}; it keeps its original URL",
                original.item, original.url
            )),
        }
    }
    cache
        .save()
        .map_err(|error| format!("{}: {error}", step.cache_dir.display()))?;
    for (url, key) in found {
        let Some(facts) = cache.facts(&key) else {
            continue;
        };
        for width in widths(facts.width) {
            for ext in ["webp", "jpg"] {
                let bytes = std::fs::read(cache.variant(&key, width, ext))
                    .map_err(|error| format!("{key}: {error}"))?;
                let file = format!("{FOLDER}{key}-{width}.{ext}");
                output
                    .put(&file, &bytes)
                    .map_err(|error| format!("{file}: {error}"))?;
            }
        }
        let picture = Picture {
            src: url.clone(),
            key,
            width: facts.width,
            height: facts.height,
            tint: facts.tint,
        };
        outcome.known.insert(url, picture);
    }
    Ok(outcome)
}

/// The pictures a model item shows, by the URL the views resolve them to.
pub fn item_pictures(item: &Item, feed_url: &str) -> Vec<String> {
    pictures_of(
        item.image.as_deref(),
        item.banner_image.as_deref(),
        item.content_html.as_deref(),
        item.url.as_deref(),
        feed_url,
    )
}

/// Makes every original's variants, on every core.
fn make_all(originals: &[ToMake]) -> Vec<Result<Made, Refused>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Made, Refused>>>> =
        Mutex::new((0..originals.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(originals.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(original) = originals.get(index) else {
                    break;
                };
                let made = make(&original.bytes);
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(made);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|made| made.unwrap_or(Err(Refused::Corrupt("not made".into()))))
        .collect()
}

/// The file a picture of the site is, in the build or beside the feed: `None` for a picture
/// elsewhere, `Some(Err)` for one of the site that neither holds.
fn local_file(step: &Step, url: &str) -> Option<Result<PathBuf, String>> {
    let rest = url.strip_prefix(step.root)?;
    let path = percent_decoded(rest.split(['?', '#']).next().unwrap_or_default());
    if path.split('/').any(|part| part == ".." || part == ".") || path.starts_with('/') {
        return Some(Err("not a path of the site".into()));
    }
    let candidates = std::iter::once(step.dist.join(&path))
        .chain(step.feed_dir.iter().map(|dir| dir.join(&path)));
    for candidate in candidates {
        if candidate.is_file() {
            return Some(Ok(candidate));
        }
    }
    Some(Err("no such file in the build, nor beside the feed".into()))
}

/// `%20` and the like decoded, as a server maps an address to a file name.
fn percent_decoded(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if let (b'%', Some(high), Some(low)) = (
            bytes[at],
            bytes.get(at + 1).and_then(|b| hex(*b)),
            bytes.get(at + 2).and_then(|b| hex(*b)),
        ) {
            out.push((high * 16 + low) as u8);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
