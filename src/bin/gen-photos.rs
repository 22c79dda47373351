//! gen-photos: the paper of a feed with camera-size photos instead of its pictures, for the
//! tests and the benchmark. Each distinct `image` and `banner_image` of FEED becomes a
//! 2048 × 1365 JPEG at quality 82 (as a CMS hands out a full-size upload, about 400 KB) in
//! OUT/img/, with a camera's EXIF (GPS position included); OUT/feed.json is FEED pointing at
//! them. Usage: `gen-photos FEED OUT`. The same feed always gives the same bytes.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::{collections::HashMap, fs, path::Path};

    use manchette::fixtures::{exif, photo};
    use serde_json::Value;

    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [feed, out] = arguments.as_slice() else {
        eprintln!("usage: gen-photos FEED OUT");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("gen-photos: {what}");
        std::process::exit(1);
    };
    let text = fs::read_to_string(feed).unwrap_or_else(|e| fail(format!("{feed}: {e}")));
    let mut feed: Value = serde_json::from_str(&text).unwrap_or_else(|e| fail(format!("{e}")));
    let out = Path::new(out);
    fs::create_dir_all(out.join("img")).unwrap_or_else(|e| fail(format!("{e}")));
    let mut photos: HashMap<String, String> = HashMap::new();
    let items = feed["items"].as_array_mut().map(Vec::as_mut_slice);
    for item in items.unwrap_or_default() {
        for key in ["image", "banner_image"] {
            let Some(original) = item[key].as_str().map(str::to_owned) else {
                continue;
            };
            let count = photos.len() as u32;
            let file = photos.entry(original).or_insert_with(|| {
                let file = format!("img/photo-{}.jpg", count + 1);
                let bytes = photo(2048, 1365, count + 1, 82, &exif(1), None);
                fs::write(out.join(&file), bytes).unwrap_or_else(|e| fail(format!("{file}: {e}")));
                file
            });
            item[key] = Value::String(file.clone());
        }
    }
    let bytes = serde_json::to_vec_pretty(&feed).unwrap_or_else(|e| fail(format!("{e}")));
    fs::write(out.join("feed.json"), bytes).unwrap_or_else(|e| fail(format!("{e}")));
    println!(
        "gen-photos: {} photos in {}",
        photos.len(),
        out.join("img").display()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
