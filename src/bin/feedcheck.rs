//! feedcheck: checks a JSON Feed as Manchette reads it, and reports every problem with its
//! JSON path. Usage: `cargo run --bin feedcheck -- FILE_OR_URL`. Exits 1 on errors.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use manchette::check::{check_feed, location_of, Severity, Sources};

    let Some(target) = std::env::args()
        .nth(1)
        .filter(|a| a != "--help" && a != "-h")
    else {
        eprintln!("usage: feedcheck FILE_OR_URL\n\nReads the feed and every page after it (next_url), and reports each problem with its JSON path.");
        std::process::exit(2);
    };
    let start = match location_of(&target) {
        Ok(location) => location,
        Err(error) => {
            eprintln!("feedcheck: {error}");
            std::process::exit(2);
        }
    };
    let report = check_feed(&start, &mut Sources);
    print!("{}", report.listing());
    println!("{}", report.summary());
    std::process::exit(i32::from(report.count(Severity::Error) > 0));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
