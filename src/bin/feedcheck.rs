//! feedcheck: checks a JSON Feed as Manchette reads it, and reports every problem with its
//! JSON path. Usage: `cargo run --bin feedcheck -- FILE_OR_URL`. Exits 1 on errors.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use manchette::check::{check_feed, Severity};

    let Some(target) = std::env::args()
        .nth(1)
        .filter(|a| a != "--help" && a != "-h")
    else {
        eprintln!("usage: feedcheck FILE_OR_URL\n\nReads the feed and every page after it (next_url), and reports each problem with its JSON path.");
        std::process::exit(2);
    };
    let start = if target.starts_with("http://") || target.starts_with("https://") {
        target
    } else {
        match std::fs::canonicalize(&target) {
            Ok(path) => format!("file://{}", path.display()),
            Err(error) => {
                eprintln!("feedcheck: cannot open {target}: {error}");
                std::process::exit(2);
            }
        }
    };
    let report = check_feed(&start, &mut sources::Sources);
    let mut page = "";
    for problem in &report.problems {
        if problem.page != page {
            page = &problem.page;
            println!("{page}");
        }
        let label = match problem.severity {
            Severity::Error => "error  ",
            Severity::Warning => "warning",
        };
        println!("  {label} {}: {}", problem.path, problem.message);
    }
    println!("{}", report.summary());
    std::process::exit(i32::from(report.count(Severity::Error) > 0));
}

#[cfg(not(target_arch = "wasm32"))]
mod sources {
    use std::{io::Read, time::Duration};

    use manchette::check::{Fetched, Source};

    /// Reads `file://` pages from disk and `http(s)://` pages over the network.
    #[derive(Default)]
    pub struct Sources;

    /// The largest page feedcheck reads.
    const MAX_BYTES: u64 = 64 * 1024 * 1024;

    impl Source for Sources {
        fn fetch(&mut self, location: &str) -> Result<Fetched, String> {
            if let Some(path) = location.strip_prefix("file://") {
                let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
                return Ok(Fetched {
                    bytes,
                    media_type: None,
                });
            }
            let agent = ureq::Agent::config_builder()
                .timeout_global(Some(Duration::from_secs(30)))
                .build()
                .new_agent();
            let response = agent.get(location).call().map_err(|e| e.to_string())?;
            let media_type = response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
                .or_else(|| Some(String::from("(none)")));
            let mut bytes = Vec::new();
            response
                .into_body()
                .into_reader()
                .take(MAX_BYTES)
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
            Ok(Fetched { bytes, media_type })
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
