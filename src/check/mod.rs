//! `feedcheck`'s engine: reads a feed page by page with the app's own parser and rules, and
//! reports every problem with its JSON path and a plain sentence.

mod content;
mod fields;
mod item;
mod limits;
mod pictures;
mod sources;

pub use sources::{location_of, Sources};

use std::collections::HashMap;

use serde_json::Value;

use crate::feed::{self, FeedError, NextPage, NotAFeed, NotJson, Pager};

/// How far `feedcheck` follows `next_url` before it stops on its own.
pub const MAX_PAGES: usize = 200;

/// How bad a problem is: errors make `feedcheck` exit non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The page the problem is on (a URL or a file path).
    pub page: String,
    /// Where in the page: `$.items[3].date_published`.
    pub path: String,
    pub message: String,
}

/// A body and the media type it was served with (none for a file).
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub media_type: Option<String>,
}

/// Where pages come from: files, HTTP, or memory in tests.
pub trait Source {
    fn fetch(&mut self, location: &str) -> Result<Fetched, String>;
}

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub pages: usize,
    pub items_kept: usize,
    pub items_discarded: usize,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    /// Every problem, one line each, under the name of its page.
    pub fn listing(&self) -> String {
        let mut out = String::new();
        let mut page = "";
        for problem in &self.problems {
            if problem.page != page {
                page = &problem.page;
                out.push_str(page);
                out.push('\n');
            }
            let label = match problem.severity {
                Severity::Error => "error  ",
                Severity::Warning => "warning",
            };
            out.push_str(&format!(
                "  {label} {}: {}\n",
                problem.path, problem.message
            ));
        }
        out
    }

    /// The closing line: counts of problems, pages and items.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "feedcheck: {}, {} in {}; {} kept, {} discarded",
            plural(self.count(Severity::Error), "error"),
            plural(self.count(Severity::Warning), "warning"),
            plural(self.pages, "page"),
            plural(self.items_kept, "item"),
            self.items_discarded,
        )
    }
}

/// Collects the problems of one page, with that page's name attached.
pub(crate) struct Findings<'a> {
    page: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl Findings<'_> {
    pub(crate) fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, path.into(), message.into());
    }

    pub(crate) fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, path.into(), message.into());
    }

    pub(crate) fn push(&mut self, severity: Severity, path: String, message: String) {
        self.problems.push(Problem {
            severity,
            page: self.page.to_owned(),
            path,
            message,
        });
    }
}

/// What the pages so far have declared and used, for the checks that span pages.
#[derive(Default)]
pub(crate) struct Seen {
    /// id → where it first appeared.
    pub ids: HashMap<String, String>,
    /// Declared section slugs (empty: the feed declares none).
    pub sections: Vec<String>,
    /// Related ids to look up once every page is read: (page, path, id).
    pub related: Vec<(String, String, String)>,
    /// The pictures read so far.
    pub pictures: std::collections::HashSet<String>,
}

/// Checks the feed at `start` (an absolute URL or `file://` URL) and every page after it.
pub fn check_feed(start: &str, source: &mut impl Source) -> Report {
    let mut report = Report::default();
    let mut seen = Seen::default();
    let mut pager = Pager::new(start);
    let mut current = start.to_owned();
    loop {
        report.pages += 1;
        let next_url = check_page(&current, source, &mut report, &mut seen);
        let mut findings = Findings {
            page: &current,
            problems: &mut report.problems,
        };
        match pager.next(&current, next_url.as_deref()) {
            NextPage::End => break,
            NextPage::Fetch(_) if report.pages >= MAX_PAGES => {
                findings.warning("$.next_url", format!("stopped after {MAX_PAGES} pages"));
                break;
            }
            NextPage::Fetch(url) => current = url,
            NextPage::Loop(url) => {
                findings.error(
                    "$.next_url",
                    format!("next_url leads back to {url}, a page already read: readers stop following it here"),
                );
                break;
            }
            NextPage::Unresolvable(reference) => {
                findings.error(
                    "$.next_url",
                    format!("next_url \"{reference}\" cannot be resolved to a URL"),
                );
                break;
            }
        }
    }
    for (page, path, id) in std::mem::take(&mut seen.related) {
        if !seen.ids.contains_key(&id) {
            report.problems.push(Problem {
                severity: Severity::Warning,
                page,
                path,
                message: format!("related id \"{id}\" is not an item of this feed"),
            });
        }
    }
    report
}

/// Checks one page; returns its `next_url` when the page could be read.
fn check_page(
    location: &str,
    source: &mut impl Source,
    report: &mut Report,
    seen: &mut Seen,
) -> Option<String> {
    let mut findings = Findings {
        page: location,
        problems: &mut report.problems,
    };
    let fetched = match source.fetch(location) {
        Ok(fetched) => fetched,
        Err(reason) => {
            findings.error("$", format!("cannot read the feed: {reason}"));
            return None;
        }
    };
    if let Some(media_type) = &fetched.media_type {
        let essence = media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if essence != "application/feed+json" && essence != "application/json" {
            findings.error(
                "$",
                format!("served as \"{media_type}\"; a JSON Feed is served as application/feed+json (or application/json)"),
            );
        }
    }
    match feed::parse(&fetched.bytes) {
        Ok(model) => {
            report.items_kept += model.items.len();
            report.items_discarded += model.discarded.total();
            for id in &model.withdrawn {
                findings.warning(
                    "$.items",
                    format!("the item {id} is marked withdrawn (_manchette.withdrawn): readers never see it, and publishing takes its page down"),
                );
            }
        }
        Err(FeedError::Empty(dropped)) if dropped.total() > 0 => {
            report.items_discarded += dropped.total();
            findings.error(
                "$.items",
                format!(
                    "none of the {} items can be shown ({})",
                    dropped.total(),
                    dropped.reasons()
                ),
            );
        }
        Err(FeedError::Empty(_)) => {
            findings.error("$.items", "the feed has no item a reader can show")
        }
        Err(FeedError::TooLarge(bytes)) => {
            findings.error(
                "$",
                format!(
                    "the page is {bytes} bytes: readers refuse a page over {} bytes",
                    feed::limits::MAX_FEED_BYTES
                ),
            );
            return None;
        }
        Err(FeedError::NotJson(kind)) => {
            findings.error("$", not_json_sentence(&kind));
            return None;
        }
        Err(FeedError::NotAFeed(why)) => {
            findings.error("$", not_a_feed_sentence(&why));
            return None;
        }
    }
    let bytes = fetched
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&fetched.bytes);
    let root: Value = match serde_json::from_slice(bytes) {
        Ok(root) => root,
        Err(error) if error.to_string().starts_with("recursion limit exceeded") => {
            findings.warning(
                "$",
                format!(
                    "arrays or objects nest deeper than {} levels: readers skip such values, but feedcheck cannot check this page's fields nor follow its next_url",
                    feed::limits::CHECKED_DEPTH
                ),
            );
            return None;
        }
        Err(_) => return None,
    };
    item::check_top(&root, location, &mut findings, seen);
    pictures::check_pictures(&root, location, source, &mut findings, &mut seen.pictures);
    root.get("next_url")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn not_json_sentence(kind: &NotJson) -> String {
    match kind {
        NotJson::EmptyBody => "the body is empty".into(),
        NotJson::Html => "this is an HTML page, not a JSON Feed".into(),
        NotJson::Xml => "this is an XML document (RSS or Atom?), not a JSON Feed".into(),
        NotJson::Truncated => "the JSON stops in the middle: the file is truncated".into(),
        NotJson::Invalid(reason) => format!("this is not valid JSON: {reason}"),
    }
}

fn not_a_feed_sentence(why: &NotAFeed) -> String {
    match why {
        NotAFeed::NotAnObject => "the top level must be an object".into(),
        NotAFeed::NoVersion => {
            "\"version\" is missing: a JSON Feed says which version it follows".into()
        }
        NotAFeed::UnknownVersion(v) => {
            format!("\"version\" is \"{v}\", not a https://jsonfeed.org/version/ URL")
        }
        NotAFeed::NoItems => "\"items\" is missing".into(),
        NotAFeed::ItemsNotAnArray => "\"items\" must be an array".into(),
    }
}

#[cfg(test)]
mod tests;
