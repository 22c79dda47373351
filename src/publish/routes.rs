//! Which pages a feed publishes, and the file each one is written to.
//!
//! Each address the app links to (`/rubrique/sport`) is written as `rubrique/sport.html`:
//! GitHub Pages, Netlify and Cloudflare Pages all answer an address without an extension with
//! the `.html` file of that name, with status 200 and no redirect, whereas a folder with an
//! `index.html` would first redirect `/rubrique/sport` to `/rubrique/sport/`.

use std::collections::{HashMap, HashSet};

use super::listings::SectionArchive;
use crate::{
    feed::{self, Feed, Item, Kind},
    paths,
    text::slugify,
};

/// One page to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The app path, without the public path (`/rubrique/sport`).
    pub path: String,
    /// Where it is written, relative to the build (`rubrique/sport.html`).
    pub file: String,
    /// For an article: when it was published, and modified, for the sitemaps.
    pub article: Option<ArticleEntry>,
    /// An address an article's page had before its title changed: published for the links
    /// already shared, listed in no sitemap.
    pub former: bool,
    /// A page of a section's older articles: the section's slug and the page's number (from 2).
    pub section_page: Option<(String, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleEntry {
    pub id: String,
    pub title: String,
    pub published_ms: Option<i64>,
    pub modified_ms: Option<i64>,
}

/// The pages of a paper whose feed's `first` page the app reads, and whose archive holds
/// `archived`. The front page, sections, tags and the fil info show what the app shows from
/// the first page; every archived article gets its own page (each written with the first page
/// around it, as the app taking it over has it: an article the first page does not hold is
/// shown as published), first those of the first page, then newest first, and again at each
/// of its `former` addresses (id, address). Returns the routes and how many had an address no
/// file can hold (a section slug with a `/`, say; the app still serves them). Article
/// addresses always can: an id no file can hold is held by its key. The archive's index and
/// its `months` (their addresses) are published too.
pub fn routes(
    first: &Feed,
    archived: &[Item],
    former: &[(String, String)],
    section_archives: &[SectionArchive],
    months: &[&str],
) -> (Vec<Route>, usize) {
    let mut wanted = vec![
        (paths::HOME.to_owned(), None),
        (paths::BRIEFS.to_owned(), None),
        (paths::SEARCH.to_owned(), None),
        (paths::ARCHIVES.to_owned(), None),
    ];
    wanted.extend(months.iter().map(|month| (month.to_string(), None)));
    for section in &first.newsroom.sections {
        wanted.push((paths::section(&section.slug), None));
    }
    let mut section_pages = Vec::new();
    for archive in section_archives {
        for number in 2..=archive.pages.len() + 1 {
            section_pages.push((archive.path(number), (archive.slug.to_owned(), number)));
        }
    }
    let mut tags = HashSet::new();
    for tag in first
        .items
        .iter()
        .filter(|i| i.kind == Kind::Article)
        .flat_map(|i| &i.tags)
    {
        let slug = slugify(tag);
        if !slug.is_empty() && tags.insert(slug.clone()) && !feed::tagged(first, &slug).is_empty() {
            wanted.push((paths::tag(tag), None));
        }
    }
    let articles: HashMap<&str, &Item> = archived
        .iter()
        .filter(|i| i.kind == Kind::Article)
        .map(|item| (item.id.as_str(), item))
        .collect();
    let mut seen = HashSet::new();
    let in_feed = first
        .items
        .iter()
        .filter_map(|i| articles.get(i.id.as_str()));
    let in_archive = archived.iter().filter(|i| i.kind == Kind::Article);
    for item in in_feed.copied().chain(in_archive) {
        if seen.insert(item.id.as_str()) {
            wanted.push((paths::article(item), Some(entry(item))));
        }
    }
    let current = wanted.len();
    for (id, address) in former {
        if let Some(item) = articles.get(id.as_str()) {
            wanted.push((address.clone(), Some(entry(item))));
        }
    }
    let pages = section_pages.into_iter().map(|(path, page)| {
        let route = Route {
            file: file_for(&path)?,
            path,
            article: None,
            former: false,
            section_page: Some(page),
        };
        Some(route)
    });
    let mut skipped = 0;
    let routes = wanted
        .into_iter()
        .enumerate()
        .filter_map(|(at, (path, article))| match file_for(&path) {
            Some(file) => Some(Route {
                path,
                file,
                article,
                former: at >= current,
                section_page: None,
            }),
            None => {
                skipped += 1;
                None
            }
        })
        .collect::<Vec<_>>();
    // A section whose slug no file can hold has no page to number.
    let routes = routes.into_iter().chain(pages.flatten()).collect();
    (routes, skipped)
}

fn entry(item: &Item) -> ArticleEntry {
    ArticleEntry {
        id: item.id.clone(),
        title: item.title.clone().unwrap_or_else(|| item.id.clone()),
        published_ms: item.date_published.map(|t| t.epoch_ms),
        modified_ms: item.date_modified.map(|t| t.epoch_ms),
    }
}

/// The file an app path is written to: `/` is `index.html`, any other path its segments,
/// percent-decoded as hosts decode a request, plus `.html`. `None` when a decoded segment
/// could not be a file name (a `/`, a `..`, a control character).
pub fn file_for(path: &str) -> Option<String> {
    if path == paths::HOME {
        return Some("index.html".into());
    }
    let mut file = String::new();
    for segment in path.trim_start_matches('/').split('/') {
        let name = paths::decode_segment(segment)?;
        if !paths::is_file_name(&name) {
            return None;
        }
        if !file.is_empty() {
            file.push('/');
        }
        file.push_str(&name);
    }
    file.push_str(".html");
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_html_files() {
        assert_eq!(file_for("/").as_deref(), Some("index.html"));
        assert_eq!(file_for("/fil-info").as_deref(), Some("fil-info.html"));
        assert_eq!(
            file_for("/article/1008/cosumar-releve-ses-prix").as_deref(),
            Some("article/1008/cosumar-releve-ses-prix.html")
        );
        assert_eq!(
            file_for("/article/%C3%A9t%C3%A9-1/x").as_deref(),
            Some("article/été-1/x.html")
        );
    }

    #[test]
    fn no_address_writes_outside_its_folder() {
        for path in [
            "/article/..%2F..%2Fetc/x",
            "/article/%2e%2e/x",
            "/article/a%2Fb/x",
            "/article/a%5Cb/x",
            "/article/a%00/x",
            "/article//x",
            "/article/%zz/x",
        ] {
            assert_eq!(file_for(path), None, "{path}");
        }
    }
}
