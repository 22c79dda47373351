//! publish: writes every route of the paper as a static page into the build, from the feed.
//! Usage: `cargo run --release --bin publish -- [--dist DIR] [--site-url URL] [--prune]
//! [--image-cache DIR] [FEED]`
//! (`make publish FEED=…`). Run it after each build and after each change of the feed.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::{path::PathBuf, time::SystemTime};

    use manchette::publish::{publish, Options};

    const USAGE: &str = "usage: publish [--dist DIR] [--site-url URL] [--prune] [--image-cache DIR] [--briefs-category NAME] [--sections \"A,B\"] [FEED]\n\n\
        Writes every page of the paper into the build (dist/ by default) from FEED, a file or an\n\
        http(s) URL (by default the feed config.json names). Only pages whose bytes change are\n\
        written; --prune removes the pages of articles no longer in the feed. Pictures are made\n\
        into variants kept in --image-cache (IMAGE_CACHE, else .cache/images). An RSS or Atom\n\
        FEED is imported first (see `import`), with the same two options.";
    let mut options = Options {
        dist: PathBuf::from("dist"),
        feed: None,
        site_url: None,
        prune: false,
        import: Default::default(),
        image_cache: std::env::var_os("IMAGE_CACHE")
            .map_or_else(|| PathBuf::from(".cache/images"), PathBuf::from),
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
                "publish: {} pages from {} feed page(s) in {:.1} s: {} files written, {} kept, {} removed{}",
                summary.pages,
                summary.feed_pages,
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
