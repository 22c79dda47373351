//! The sizes past which the reader stops taking a feed at its word: each limit has a
//! reason, and docs/feed-format.md lists them all. The validator reports the same limits.

/// The largest feed page read, in bytes. Past it the page is refused with a clear message,
/// rather than parsed for seconds; a real first page is well under a megabyte.
pub const MAX_FEED_BYTES: usize = 32 * 1024 * 1024;

/// The most items read from one page; past it the newest are kept.
pub const MAX_ITEMS: usize = 10_000;

/// Tags kept per item, in the feed's order.
pub const MAX_TAGS: usize = 20;

/// Authors kept per item, in the feed's order.
pub const MAX_AUTHORS: usize = 10;

/// The characters of a title the reader keeps: the article's own `<title>` and share
/// previews use all of it, and search finds it.
pub const TITLE_KEPT: usize = 1_000;

/// The characters of a headline shown in a list, a card or the article's heading.
pub const HEADLINE_SHOWN: usize = 160;

/// The characters kept of a chapô or summary.
pub const LEAD_KEPT: usize = 1_000;

/// The characters kept of an author's name.
pub const NAME_KEPT: usize = 80;

/// The characters kept of a tag or a section's name.
pub const TAG_KEPT: usize = 60;

/// How deep feedcheck reads arrays and objects (serde_json's limit). The reader has none:
/// it skips a value it does not expect, however deep, without growing its stack.
pub const CHECKED_DEPTH: usize = 128;
