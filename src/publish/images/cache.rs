//! The image cache, outside `dist/` (which every build empties): each original's variants and
//! facts under the fingerprint of its bytes, and which key each remote URL gave, so that an
//! original is fetched once and made once, whatever the number of runs.
//!
//! ```text
//! .cache/images/urls.tsv             URL <tab> KEY, one remote original a line
//! .cache/images/KEY/original         the original, as it was read
//! .cache/images/KEY/facts            WIDTH HEIGHT TINT
//! .cache/images/KEY/WIDTH.webp|jpg   the variants
//! ```

use std::{
    collections::HashMap,
    fs, io,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

use super::variants::Made;
use crate::pictures::widths;

pub struct Cache {
    dir: PathBuf,
    urls: HashMap<String, String>,
    urls_changed: bool,
}

/// What the cache holds of one original.
pub struct Cached {
    pub width: u32,
    pub height: u32,
    pub tint: u8,
}

/// The key of an original: the first 16 hex digits of the SHA-256 of its bytes.
pub fn key_of(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Cache {
    /// The cache in `dir`, made if it is not there.
    pub fn open(dir: &Path) -> io::Result<Cache> {
        fs::create_dir_all(dir)?;
        let urls = fs::read_to_string(dir.join("urls.tsv"))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| {
                let (url, key) = line.split_once('\t')?;
                Some((url.to_owned(), key.to_owned()))
            })
            .collect();
        Ok(Cache {
            dir: dir.to_owned(),
            urls,
            urls_changed: false,
        })
    }

    /// The key a remote URL gave when it was fetched, if it was.
    pub fn key_for_url(&self, url: &str) -> Option<&str> {
        self.urls.get(url).map(String::as_str)
    }

    pub fn remember_url(&mut self, url: &str, key: &str) {
        if self.urls.get(url).map(String::as_str) != Some(key) {
            self.urls.insert(url.to_owned(), key.to_owned());
            self.urls_changed = true;
        }
    }

    /// The facts of an original whose variants are all there.
    pub fn facts(&self, key: &str) -> Option<Cached> {
        let text = fs::read_to_string(self.dir.join(key).join("facts")).ok()?;
        let mut parts = text.split_whitespace().map(str::parse::<u32>);
        let (width, height, tint) = (
            parts.next()?.ok()?,
            parts.next()?.ok()?,
            parts.next()?.ok()?,
        );
        let complete = widths(width).iter().all(|w| {
            ["webp", "jpg"]
                .iter()
                .all(|ext| self.variant(key, *w, ext).is_file())
        });
        complete.then_some(Cached {
            width,
            height,
            tint: u8::try_from(tint).ok()?,
        })
    }

    /// Where the variant of `width` in `ext` is kept.
    pub fn variant(&self, key: &str, width: u32, ext: &str) -> PathBuf {
        self.dir.join(key).join(format!("{width}.{ext}"))
    }

    /// Keeps an original, its variants, then its facts: facts are written last, so that a
    /// run stopped half way leaves an original the next run makes again.
    pub fn keep(&self, key: &str, original: &[u8], made: &Made) -> io::Result<()> {
        let folder = self.dir.join(key);
        fs::create_dir_all(&folder)?;
        write_atomically(&folder.join("original"), original)?;
        for (width, ext, bytes) in &made.files {
            write_atomically(&self.variant(key, *width, ext), bytes)?;
        }
        let facts = format!("{} {} {}\n", made.width, made.height, made.tint);
        write_atomically(&folder.join("facts"), facts.as_bytes())
    }

    /// Writes the URLs' keys, if any changed.
    pub fn save(&mut self) -> io::Result<()> {
        if !self.urls_changed {
            return Ok(());
        }
        let mut lines: Vec<String> = self
            .urls
            .iter()
            .map(|(url, key)| format!("{url}\t{key}\n"))
            .collect();
        lines.sort();
        write_atomically(&self.dir.join("urls.tsv"), lines.concat().as_bytes())?;
        self.urls_changed = false;
        Ok(())
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&temporary, bytes)?;
    fs::rename(&temporary, path)
}
