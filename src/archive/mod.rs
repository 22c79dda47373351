//! The archive: every item publishing has ever read, kept by its id between runs in one SQLite
//! file, so that the paper's pages outlive the feed's window (a WordPress feed carries its
//! latest ten posts). Publishing is its only caller: it records what each run read, and
//! publishes from what the archive holds.
//!
//! It also keeps every address an item's page has had: a corrected title changes an
//! article's slug, and the links already shared keep working.
//!
//! An item leaves the archive only when the newsroom says so: `publish --unpublish ID`, or the
//! feed marking it withdrawn (`_manchette.withdrawn`). Either leaves a tombstone, and every run
//! takes the pages at the item's addresses down again: a run killed between the two is
//! completed by the next one. Each run's changes are one transaction, so a run killed at any
//! point leaves the archive as it was before the run, or as the run left it.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::feed::{fingerprint, item_from_text, item_text, Item};

/// The archive's file, from the site's address when `ARCHIVE` does not name one: one paper
/// per file, so that the sample's articles never join a newsroom's.
pub fn default_path(site_root: &str) -> std::path::PathBuf {
    let site: String = site_root
        .split_once("://")
        .map_or(site_root, |(_, rest)| rest)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    Path::new(".cache/archive").join(format!("{}.sqlite", site.trim_matches('-')))
}

/// Why an item left the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// `publish --unpublish ID`: it stays out, even if a feed carries it again.
    Unpublished,
    /// The feed marked it withdrawn: it comes back if the feed carries it again unmarked.
    Withdrawn,
}

impl Removal {
    fn name(self) -> &'static str {
        match self {
            Removal::Unpublished => "unpublished",
            Removal::Withdrawn => "withdrawn",
        }
    }
}

/// What recording a run's items changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Items the feed marked withdrawn that the archive held.
    pub withdrawn: usize,
    /// Ids the newsroom unpublished that the feed still carries: left out.
    pub refused: Vec<String>,
}

#[derive(Debug)]
pub struct ArchiveError(String);

impl std::fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<rusqlite::Error> for ArchiveError {
    fn from(error: rusqlite::Error) -> Self {
        ArchiveError(error.to_string())
    }
}

pub struct Archive {
    db: Connection,
}

/// The schema: the items by id, with the date they sort by, their stored shape (what the pages
/// are written from, with their pictures) and the fingerprint of what the feed said (to know an
/// unchanged item without comparing its text); every address each item's page has had; the
/// tombstones.
const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS items (
        id TEXT PRIMARY KEY,
        sorted_ms INTEGER,
        said INTEGER NOT NULL,
        stored TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS items_newest_first ON items (sorted_ms DESC, id);
    CREATE TABLE IF NOT EXISTS addresses (
        id TEXT NOT NULL,
        path TEXT NOT NULL,
        PRIMARY KEY (id, path)
    );
    CREATE TABLE IF NOT EXISTS removed (
        id TEXT PRIMARY KEY,
        why TEXT NOT NULL
    );
    PRAGMA user_version = 1;
";

impl Archive {
    /// Opens the archive at `path`, made (with its folder) when there is none.
    pub fn open(path: &Path) -> Result<Archive, ArchiveError> {
        let named = |error: ArchiveError| ArchiveError(format!("{}: {error}", path.display()));
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|error| named(ArchiveError(error.to_string())))?;
        }
        let open = || -> Result<Connection, ArchiveError> {
            let db = Connection::open(path)?;
            // A run's changes reach the file whole or not at all, and readers never wait.
            db.pragma_update(None, "journal_mode", "WAL")?;
            db.pragma_update(None, "synchronous", "NORMAL")?;
            db.execute_batch(SCHEMA)?;
            Ok(db)
        };
        open().map(|db| Archive { db }).map_err(named)
    }

    /// Whether the archive holds every one of `items` as the feed gives it now: a feed page
    /// of such items ends the reading of an archive that has the older ones.
    pub fn knows(&self, items: &[Item]) -> Result<bool, ArchiveError> {
        let mut said = self
            .db
            .prepare_cached("SELECT said FROM items WHERE id = ?1")?;
        for item in items {
            let known: Option<i64> = said.query_row([&item.id], |row| row.get(0)).optional()?;
            if known != Some(said_of(item)) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Records a run's `items` (with their pictures), with `address_of` the address of an
    /// item's page, and removes the ids the feed marked `withdrawn`, in one transaction.
    pub fn record(
        &mut self,
        items: &[Item],
        withdrawn: &[String],
        address_of: impl Fn(&Item) -> Option<String>,
    ) -> Result<Recorded, ArchiveError> {
        let mut recorded = Recorded::default();
        let run = self.db.transaction()?;
        for item in items {
            let why: Option<String> = run
                .query_row("SELECT why FROM removed WHERE id = ?1", [&item.id], |row| {
                    row.get(0)
                })
                .optional()?;
            if why.as_deref() == Some(Removal::Unpublished.name()) {
                recorded.refused.push(item.id.clone());
                continue;
            }
            run.execute("DELETE FROM removed WHERE id = ?1", [&item.id])?;
            let stored = item_text(item);
            let before: Option<String> = run
                .query_row(
                    "SELECT stored FROM items WHERE id = ?1",
                    [&item.id],
                    |row| row.get(0),
                )
                .optional()?;
            match before {
                Some(before) if before == stored => recorded.unchanged += 1,
                Some(_) => recorded.updated += 1,
                None => recorded.added += 1,
            }
            run.execute(
                "INSERT INTO items (id, sorted_ms, said, stored) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET sorted_ms = ?2, said = ?3, stored = ?4",
                params![item.id, sorted_ms(item), said_of(item), stored],
            )?;
            if let Some(address) = address_of(item) {
                run.execute(
                    "INSERT OR IGNORE INTO addresses (id, path) VALUES (?1, ?2)",
                    [&item.id, &address],
                )?;
            }
        }
        for id in withdrawn {
            if remove(&run, id, Removal::Withdrawn)? {
                recorded.withdrawn += 1;
            }
        }
        run.commit()?;
        Ok(recorded)
    }

    /// Removes the items `ids` for good; returns how many it held.
    pub fn unpublish(&mut self, ids: &[String]) -> Result<usize, ArchiveError> {
        let run = self.db.transaction()?;
        let mut held = 0;
        for id in ids {
            held += usize::from(remove(&run, id, Removal::Unpublished)?);
        }
        run.commit()?;
        Ok(held)
    }

    /// Every address the pages of the items removed so far have had: each run takes them
    /// down again.
    pub fn removed_addresses(&self) -> Result<Vec<String>, ArchiveError> {
        let mut query = self
            .db
            .prepare("SELECT path FROM addresses JOIN removed USING (id) ORDER BY path")?;
        let paths = query.query_map([], |row| row.get(0))?;
        Ok(paths.collect::<Result<_, _>>()?)
    }

    /// Every address the pages of the items it holds have had, the current ones among them,
    /// as (id, address).
    pub fn addresses(&self) -> Result<Vec<(String, String)>, ArchiveError> {
        let mut query = self.db.prepare(
            "SELECT id, path FROM addresses WHERE id IN (SELECT id FROM items) ORDER BY id, path",
        )?;
        let rows = query.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every item, newest first (undated items last).
    pub fn items(&self) -> Result<Vec<Item>, ArchiveError> {
        let mut query = self.db.prepare(
            "SELECT id, stored FROM items ORDER BY sorted_ms IS NULL, sorted_ms DESC, id",
        )?;
        let rows = query.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, stored) = row?;
            items.push(item_from_text(&stored).ok_or_else(|| {
                ArchiveError(format!(
                    "the item {id} does not read back; was the archive made by a newer Manchette?"
                ))
            })?);
        }
        Ok(items)
    }
}

/// Removes `id`, leaving a tombstone (its addresses stay, to be taken down); whether the
/// archive held it.
fn remove(run: &Transaction, id: &str, why: Removal) -> Result<bool, ArchiveError> {
    let held = run.execute("DELETE FROM items WHERE id = ?1", [id])? > 0;
    run.execute(
        "INSERT INTO removed (id, why) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET why = ?2",
        params![id, why.name()],
    )?;
    Ok(held)
}

/// The fingerprint of what the feed says of `item`: its stored shape without the pictures
/// publishing adds (a feed publishing wrote carries them, the newsroom's does not).
fn said_of(item: &Item) -> i64 {
    let said = Item {
        pictures: Vec::new(),
        ..item.clone()
    };
    fingerprint(item_text(&said).as_bytes()) as i64
}

/// What the archive sorts by: when the item was published, else last modified.
fn sorted_ms(item: &Item) -> Option<i64> {
    item.date_published
        .or(item.date_modified)
        .map(|at| at.epoch_ms)
}

#[cfg(test)]
mod tests;
