//! Writing the published files: a file whose bytes are already there is kept untouched; any
//! other is written under a temporary name and renamed, so that a reader never gets half a
//! page. With `prune`, pages no longer published are removed.

use std::{
    collections::HashSet,
    fs, io,
    io::IsTerminal,
    path::{Path, PathBuf},
};

use indicatif::{ProgressBar, ProgressStyle};

/// The folders only published pages live in: what `prune` may remove from.
pub const PAGE_FOLDERS: [&str; 3] = ["article", "rubrique", "tag"];

/// What a run did to the files.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub written: usize,
    pub kept: usize,
    pub removed: usize,
}

pub struct Output {
    dist: PathBuf,
    pub counts: Counts,
    published: HashSet<PathBuf>,
}

impl Output {
    pub fn new(dist: &Path) -> Self {
        Output {
            dist: dist.to_owned(),
            counts: Counts::default(),
            published: HashSet::new(),
        }
    }

    /// Puts `bytes` at `file` (relative to the build), unless they are there already.
    pub fn put(&mut self, file: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.dist.join(file);
        self.published.insert(path.clone());
        if fs::read(&path).is_ok_and(|existing| existing == bytes) {
            self.counts.kept += 1;
            return Ok(());
        }
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        let temporary = path.with_file_name(format!(
            ".{}.{}.tmp",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("page"),
            std::process::id()
        ));
        let written = fs::write(&temporary, bytes).and_then(|()| fs::rename(&temporary, &path));
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written?;
        self.counts.written += 1;
        Ok(())
    }

    /// Removes what a killed run left half-written (its temporary files), anywhere in the
    /// build: every page is written under a temporary name, then renamed.
    pub fn sweep(&self) -> io::Result<()> {
        let mut folders = vec![self.dist.clone()];
        while let Some(folder) = folders.pop() {
            for entry in fs::read_dir(folder)? {
                let entry = entry?;
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if entry.file_type()?.is_dir() {
                    folders.push(entry.path());
                } else if name.starts_with('.') && name.ends_with(".tmp") {
                    fs::remove_file(entry.path())?;
                }
            }
        }
        Ok(())
    }

    /// Removes `file` (relative to the build) if it is there, and not written by this run.
    pub fn remove(&mut self, file: &str) -> io::Result<()> {
        let path = self.dist.join(file);
        if self.published.contains(&path) {
            return Ok(());
        }
        match fs::remove_file(&path) {
            Ok(()) => {
                self.counts.removed += 1;
                // An article's folder goes with its page.
                if let Some(folder) = path.parent().filter(|f| *f != self.dist) {
                    let _ = fs::remove_dir(folder);
                }
                Ok(())
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Removes the `.html` files of the page folders that this run did not publish.
    pub fn prune(&mut self) -> io::Result<()> {
        for folder in PAGE_FOLDERS {
            let folder = self.dist.join(folder);
            if folder.is_dir() {
                self.prune_in(&folder, &|path| {
                    path.extension().is_some_and(|e| e == "html")
                })?;
            }
        }
        Ok(())
    }

    /// Removes every file in `folder` (relative to the build) that this run did not publish:
    /// a folder only publishing writes, such as the search index's.
    pub fn keep_only_published(&mut self, folder: &str) -> io::Result<()> {
        let folder = self.dist.join(folder);
        if folder.is_dir() {
            self.prune_in(&folder, &|_| true)?;
        }
        Ok(())
    }

    /// Removes the files under `folder` that `prunable` names and this run did not publish.
    fn prune_in(&mut self, folder: &Path, prunable: &dyn Fn(&Path) -> bool) -> io::Result<()> {
        for entry in fs::read_dir(folder)? {
            let path = entry?.path();
            if path.is_dir() {
                self.prune_in(&path, prunable)?;
                // An article's folder goes with its last page.
                if fs::read_dir(&path)?.next().is_none() {
                    fs::remove_dir(&path)?;
                }
            } else if prunable(&path) && !self.published.contains(&path) {
                fs::remove_file(&path)?;
                self.counts.removed += 1;
            }
        }
        Ok(())
    }
}

/// Progress while pages are written: a bar on a terminal, one line per thousand pages in a
/// log (CI).
pub struct Progress {
    bar: Option<ProgressBar>,
    total: usize,
    done: usize,
}

impl Progress {
    pub fn new(total: usize) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) = ProgressStyle::with_template("publish: {bar:40} {pos}/{len} pages") {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            total,
            done: 0,
        }
    }

    pub fn tick(&mut self) {
        self.done += 1;
        match &self.bar {
            Some(bar) => bar.inc(1),
            None if self.done.is_multiple_of(1000) => {
                eprintln!("publish: {} of {} pages", self.done, self.total);
            }
            None => {}
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("manchette-output-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn unchanged_bytes_are_kept_and_changed_ones_replaced_whole() {
        let dir = scratch("put");
        let mut output = Output::new(&dir);
        output.put("article/1/a.html", b"one").unwrap();
        output.put("index.html", b"home").unwrap();
        let mut again = Output::new(&dir);
        again.put("article/1/a.html", b"one").unwrap();
        again.put("index.html", b"home, edited").unwrap();
        assert_eq!(
            again.counts,
            Counts {
                written: 1,
                kept: 1,
                removed: 0
            }
        );
        assert_eq!(fs::read(dir.join("index.html")).unwrap(), b"home, edited");
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn prune_removes_only_pages_no_longer_published() {
        let dir = scratch("prune");
        let mut first = Output::new(&dir);
        first.put("article/1/a.html", b"a").unwrap();
        first.put("article/2/b.html", b"b").unwrap();
        fs::create_dir_all(dir.join("img")).unwrap();
        fs::write(dir.join("img/photo.svg"), b"<svg/>").unwrap();
        let mut second = Output::new(&dir);
        second.put("article/1/a.html", b"a").unwrap();
        second.prune().unwrap();
        assert_eq!(second.counts.removed, 1);
        assert!(dir.join("article/1/a.html").exists());
        assert!(!dir.join("article/2").exists());
        assert!(dir.join("img/photo.svg").exists());
        fs::remove_dir_all(dir).unwrap();
    }
}
