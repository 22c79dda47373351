//! publish: writes every route of the paper as a static page into the build, from the feed.
//! Usage: `cargo run --release --bin publish -- [--dist DIR] [--site-url URL] [--prune]
//! [--image-cache DIR] [--archive FILE] [--unpublish ID]… [FEED]`
//! (`make publish FEED=…`, `make unpublish ID=…`). Run it after each build and after each
//! change of the feed.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::{path::PathBuf, time::SystemTime};

    use manchette::publish::{publish, Options};

    const USAGE: &str = "usage: publish [--dist DIR] [--site-url URL] [--prune] [--image-cache DIR] [--archive FILE] [--unpublish ID]... [--briefs-category NAME] [--sections \"A,B\"] [FEED]\n\n\
        Writes every page of the paper into the build (dist/ by default) from FEED, a file or an\n\
        http(s) URL (by default the feed config.json names), and from the archive of every item\n\
        published before (--archive, ARCHIVE, else .cache/archive/SITE.sqlite): an article keeps\n\
        its page once the feed has moved on. --unpublish ID takes an item and its page down for\n\
        good. Only pages whose bytes change are written; --prune removes the pages of articles\n\
        neither the feed nor the archive holds. Pictures are made into variants kept in\n\
        --image-cache (IMAGE_CACHE, else .cache/images). An RSS or Atom FEED is imported first\n\
        (see `import`), with the same two options.";
    let mut options = Options {
        dist: PathBuf::from("dist"),
        feed: None,
        site_url: None,
        prune: false,
        import: Default::default(),
        image_cache: std::env::var_os("IMAGE_CACHE")
            .map_or_else(|| PathBuf::from(".cache/images"), PathBuf::from),
        archive: std::env::var_os("ARCHIVE")
            .filter(|path| !path.is_empty())
            .map(PathBuf::from),
        unpublish: Vec::new(),
        now_ms: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64),
    };
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--dist" => options.dist = arguments.next().map(PathBuf::from).unwrap_or_default(),
            "--site-url" => options.site_url = arguments.next(),
            "--prune" => options.prune = true,
            "--image-cache" => {
                options.image_cache = arguments.next().map(PathBuf::from).unwrap_or_default()
            }
            "--archive" => options.archive = arguments.next().map(PathBuf::from),
            "--unpublish" => options.unpublish.extend(arguments.next()),
            "--briefs-category" => options.import.briefs_category = arguments.next(),
            "--sections" => {
                options.import.sections =
                    manchette::import::section_list(&arguments.next().unwrap_or_default());
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            flag if flag.starts_with("--") => {
                eprintln!("publish: unknown option {flag}\n\n{USAGE}");
                std::process::exit(2);
            }
            _ => options.feed = Some(argument),
        }
    }
    let started = std::time::Instant::now();
    match publish(&options) {
        Ok(summary) => {
            for warning in &summary.warnings {
                eprintln!("publish: warning: {warning}");
            }
            let counts = summary.counts;
            println!(
                "publish: {} pages from {} feed page(s) and an archive of {} articles ({} items new, {} updated) in {:.1} s: {} files written, {} kept, {} removed{}",
                summary.pages,
                summary.feed_pages,
                summary.archived,
                summary.added,
                summary.updated,
                started.elapsed().as_secs_f64(),
                counts.written,
                counts.kept,
                counts.removed,
                if summary.unpublishable > 0 {
                    format!("; {} pages have an address no file can hold (a section slug with a /?), and are served by the app only", summary.unpublishable)
                } else {
                    String::new()
                }
            );
            if !options.unpublish.is_empty() {
                println!(
                    "publish: unpublished {} of the {} item(s) asked for (the others were not in the archive)",
                    summary.unpublished,
                    options.unpublish.len()
                );
            }
            if summary.pictures_made + summary.pictures_reused > 0 {
                println!(
                    "publish: pictures: {} made into variants, {} from the cache",
                    summary.pictures_made, summary.pictures_reused
                );
            }
        }
        Err(error) => {
            eprintln!("publish: {error}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
