//! import: reads an RSS 2.0, RSS 1.0 or Atom feed (a file or an http(s) URL) and writes it
//! as a JSON Feed 1.1 with Manchette's extension, on standard output. Repairs, and each entry
//! left out with its line and why, are reported on standard error, then the count kept and
//! dropped. Exits 1 when the source cannot be imported.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use manchette::{
        check::{location_of, Source, Sources},
        import::{import, section_list, Options},
    };

    const USAGE: &str =
        "usage: import SOURCE [--briefs-category NAME] [--sections \"A,B,…\"] > feed.json";
    let mut source = None;
    let mut options = Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--briefs-category" => options.briefs_category = args.next(),
            "--sections" => options.sections = section_list(&args.next().unwrap_or_default()),
            "-h" | "--help" => {
                eprintln!("{USAGE}");
                std::process::exit(2);
            }
            _ if source.is_none() => source = Some(arg),
            _ => {
                eprintln!("import: unexpected argument {arg}\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    let Some(source) = source else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    let fail = |message: String| -> ! {
        eprintln!("import: {source}: {message}");
        std::process::exit(1);
    };
    let location = location_of(&source).unwrap_or_else(|e| fail(e));
    let fetched = Sources.fetch(&location).unwrap_or_else(|e| fail(e));
    let imported =
        import(&fetched.bytes, &location, &options).unwrap_or_else(|e| fail(e.to_string()));
    for warning in &imported.warnings {
        eprintln!("import: warning: {warning}");
    }
    for dropped in &imported.dropped {
        eprintln!("import: {source}: {dropped}");
    }
    println!("{:#}", imported.feed);
    eprintln!("import: {}", imported.summary());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
