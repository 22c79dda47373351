//! The publishing step (`make publish`): every route of the paper written as a static page by
//! the app's own views, so that readers, search engines and share previews get the story
//! before any wasm runs, or without it. It reads the build in `dist/` (Trunk's page and
//! config.json) and the feed with the app's parser and pagination rules, renders each route,
//! and writes only the files whose bytes change.

mod build;
mod feed_pages;
mod images;
mod listings;
mod output;
mod page;
mod remembered;
mod render;
mod routes;
mod search_index;
mod sitemap;

use std::{
    collections::HashMap,
    fmt,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use build::{feed_location, read_config, read_shell, served_feed, site_root};
use feed_pages::{read_feed, ReadFeed};
pub use output::Counts;
use output::{Output, Progress};
use page::{page_html, Page};
pub use routes::file_for;
use routes::routes;

use crate::{
    archive::Archive,
    config::choose_feed,
    dates::{self, UnknownTimeZone},
    feed::{fingerprint, Item, Kind},
    feed_store::FeedPage,
    head::{canonical, og_locale, SiteFacts},
    html_text::escape_attribute,
    i18n::Locale,
    publish_mark::PublishedMark,
    Loaded, Start,
};

/// What to publish, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The build (`dist/`), as `trunk build --release` left it.
    pub dist: PathBuf,
    /// The feed (a file or an http(s) URL); the one config.json names by default.
    pub feed: Option<String>,
    /// The site's public address, instead of config.json's `site_url`.
    pub site_url: Option<String>,
    /// Remove the pages of articles no longer in the feed (and of gone sections and tags).
    pub prune: bool,
    /// The publishing time, in milliseconds.
    pub now_ms: i64,
    /// How to import a feed that is RSS or Atom rather than JSON Feed.
    pub import: crate::import::Options,
    /// Where the pictures' variants are kept between runs (`.cache/images`).
    pub image_cache: PathBuf,
    /// The archive's file (`ARCHIVE`); by default one in `.cache/archive` named after the site.
    pub archive: Option<PathBuf>,
    /// The ids of the items to take down for good, with their pages.
    pub unpublish: Vec<String>,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub counts: Counts,
    /// Pages rendered.
    pub pages: usize,
    /// Feed pages read.
    pub feed_pages: usize,
    /// Articles the archive holds, each with its page.
    pub archived: usize,
    /// Items this run added to the archive, and items it updated there.
    pub added: usize,
    pub updated: usize,
    /// Of the ids to unpublish, those the archive held.
    pub unpublished: usize,
    /// Pages whose address no file can hold: the app still serves them.
    pub unpublishable: usize,
    /// Problems that did not stop the run (a later feed page that could not be read, a
    /// picture left as it was).
    pub warnings: Vec<String>,
    /// Pictures made into variants by this run, and those the image cache already held.
    pub pictures_made: usize,
    pub pictures_reused: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishError {
    /// The build is missing or is not Trunk's.
    Build(String),
    Config(String),
    /// Neither config.json nor the command line gives the site's address.
    NoSiteUrl,
    TimeZone(UnknownTimeZone),
    /// The feed cannot be read: feedcheck's report.
    Feed(String),
    /// The archive cannot be opened, read or written.
    Archive(String),
    Write(String),
}

impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PublishError::Build(reason) => write!(f, "{reason}"),
            PublishError::Config(reason) => write!(f, "config.json: {reason}"),
            PublishError::NoSiteUrl => write!(
                f,
                "config.json has no \"site_url\": publishing needs the site's public address (such as \"https://journal.example.ma/\") for canonical links, share previews and sitemaps; set \"site_url\" in config.json, or pass --site-url"
            ),
            PublishError::TimeZone(unknown) => write!(f, "config.json: {unknown}"),
            PublishError::Feed(report) => write!(f, "{report}"),
            PublishError::Archive(reason) => write!(f, "the archive: {reason}"),
            PublishError::Write(reason) => write!(f, "cannot write the pages: {reason}"),
        }
    }
}

impl std::error::Error for PublishError {}

/// Publishes the build in `options.dist`. Nothing is written unless the build, the
/// configuration and the feed all read.
pub fn publish(options: &Options) -> Result<Summary, PublishError> {
    let dist = &options.dist;
    let shell = read_shell(dist)?;
    let (config, config_fingerprint) = read_config(dist)?;
    let config = Arc::new(config);
    let root = site_root(options, &config, &shell)?;
    dates::set_time_zone(&config.time_zone).map_err(PublishError::TimeZone)?;
    let location = feed_location(options, &config, dist)?;
    let archive_path =
        (options.archive.clone()).unwrap_or_else(|| crate::archive::default_path(&root));
    let mut archive =
        Archive::open(&archive_path).map_err(|error| PublishError::Archive(error.to_string()))?;
    let known = |page: &FeedPage| archive.knows(&page.feed.items).unwrap_or(false);
    let ReadFeed {
        mut pages,
        first_bytes,
        backlog,
        mut warnings,
    } = read_feed(&location, &config, &root, &options.import, &known)?;
    let mut output = Output::new(dist);
    let write = |output: &mut Output, file: &str, bytes: &[u8]| {
        output
            .put(file, bytes)
            .map_err(|error| PublishError::Write(format!("{file}: {error}")))
    };
    // Pictures are made only where the site serves the feed publishing writes: the app then
    // reads what was made of them, and draws the markup the pages hold.
    let served = served_feed(&config);
    let feed_url = choose_feed(&config, &root, None).url().to_owned();
    let mut pictures = images::Outcome::default();
    if served.is_some() {
        let step = images::Step {
            cache_dir: &options.image_cache,
            dist,
            root: &root,
            feed_dir: location
                .strip_prefix("file://")
                .and_then(|file| Path::new(file).parent().map(Path::to_owned)),
            deadline: Duration::from_millis(u64::from(config.feed_timeout_ms)),
        };
        pictures = images::process(&step, &shown_pictures(&pages, &feed_url), &mut output)
            .map_err(PublishError::Write)?;
        warnings.append(&mut pictures.warnings);
        for page in &mut pages {
            let feed = Arc::make_mut(&mut page.feed);
            for item in &mut feed.items {
                item.pictures = images::item_pictures(item, &feed_url)
                    .iter()
                    .filter_map(|src| pictures.known.get(src).cloned())
                    .collect();
            }
        }
    }
    if let Some(copy) = &served {
        let bytes = images::with_pictures(&first_bytes, &pictures.known, &feed_url)
            .map_err(|error| PublishError::Feed(format!("{location}: {error}")))?;
        pages[0].fingerprint = fingerprint(&bytes);
        write(&mut output, copy, &bytes)?;
    }
    let unpublished = archive
        .unpublish(&options.unpublish)
        .map_err(|error| PublishError::Archive(error.to_string()))?;
    let mut remembered = remembered::remember(&mut archive, &pages, &backlog, &mut output)?;
    warnings.append(&mut remembered.warnings);
    let archived = remembered.items;
    let first = pages[0].clone();

    let feed = &first.feed;
    let locale = Locale::for_paper(
        config.locale.as_deref(),
        [feed.language.as_deref(), feed.newsroom.locale.as_deref()],
        &[],
    );
    let site = SiteFacts {
        name: config
            .site_name
            .clone()
            .or_else(|| feed.newsroom.site_name.clone())
            .unwrap_or_else(|| feed.title.clone()),
        og_locale: og_locale(
            feed.language
                .as_deref()
                .or(feed.newsroom.locale.as_deref())
                .unwrap_or(locale.tag()),
        ),
        logo: dist
            .join("icons/icon-512.png")
            .is_file()
            .then(|| canonical(&root, "icons/icon-512.png")),
        root: root.clone(),
    };
    let edition_day = dates::start_of_day(options.now_ms);
    let zone_table = zone_table(&archived, edition_day);
    let section_archives = listings::section_archives(&first, &archived);
    let month_pages = listings::month_pages(&archived);
    let (routes, unpublishable) = routes(
        &first.feed,
        &archived,
        &remembered.former_addresses,
        &section_archives,
        &month_pages
            .months
            .iter()
            .map(|(path, _)| path.as_str())
            .collect::<Vec<_>>(),
    );
    let neighbours = listings::archive_neighbours(&archived);
    let items: HashMap<&str, &Item> = archived
        .iter()
        .map(|item| (item.id.as_str(), item))
        .collect();

    let mut progress = Progress::new(routes.len());
    let public = shell.public_path.trim_end_matches('/');
    for route in &routes {
        let drawn = listings::drawn(
            route,
            &section_archives,
            &month_pages,
            &first,
            public,
            locale,
        );
        let article = route
            .article
            .as_ref()
            .and_then(|article| items.get(article.id.as_str()));
        let start = Start {
            page_url: root.clone(),
            address: drawn.address,
            requested_feed: None,
            languages: Vec::new(),
            now_ms: edition_day,
            loaded: Some(Loaded {
                config: config.clone(),
                first_page: drawn.first_page,
            }),
            article: article.map(|item| Arc::new((*item).clone())),
            neighbours: article.map(|item| {
                neighbours
                    .get(item.id.as_str())
                    .cloned()
                    .unwrap_or_default()
            }),
        };
        let mark = PublishedMark {
            path: format!("{public}{}", route.path),
            feed_fingerprint: first.fingerprint,
            config_fingerprint,
            feed_pages: 1,
            published_ms: edition_day,
        };
        let page = Page {
            start: &start,
            route,
            mark: &mark,
            page_links: drawn.page_links,
        };
        let html = page_html(&shell, &page, &site, locale, &zone_table);
        write(&mut output, &route.file, html.as_bytes())?;
        progress.tick();
    }
    progress.finish();

    // Google News names languages by their ISO 639 code alone: "ar", not "ar-MA"; so does
    // Pagefind, which picks its stemmer by it.
    let language = locale.tag().split('-').next().unwrap_or_default();
    search_index::write(&routes, &items, language, &mut output).map_err(PublishError::Write)?;

    let (index, sitemaps) = sitemap::sitemaps(&root, &routes, sitemap::URLS_PER_SITEMAP);
    write(&mut output, sitemap::SITEMAP, index.as_bytes())?;
    for (number, listing) in (1..).zip(&sitemaps) {
        write(
            &mut output,
            &sitemap::sitemap_file(number),
            listing.as_bytes(),
        )?;
    }
    // The sitemaps of a longer list, before unpublishing shortened it.
    for number in sitemaps.len() + 1.. {
        if !dist.join(sitemap::sitemap_file(number)).exists() {
            break;
        }
        output
            .remove(&sitemap::sitemap_file(number))
            .map_err(|error| PublishError::Write(error.to_string()))?;
    }
    let news = sitemap::news_sitemap(&root, &routes, &site.name, language, options.now_ms);
    write(&mut output, sitemap::NEWS_SITEMAP, news.as_bytes())?;
    let robots = std::fs::read_to_string(dist.join("robots.txt")).unwrap_or_default();
    write(
        &mut output,
        "robots.txt",
        sitemap::robots(&robots, &root).as_bytes(),
    )?;
    output.sweep().map_err(|error| {
        PublishError::Write(format!("removing a killed run's leftovers: {error}"))
    })?;
    if options.prune {
        output
            .prune()
            .map_err(|error| PublishError::Write(format!("pruning: {error}")))?;
    }
    Ok(Summary {
        counts: output.counts,
        pages: routes.len(),
        feed_pages: pages.len(),
        archived: archived.iter().filter(|i| i.kind == Kind::Article).count(),
        added: remembered.recorded.added,
        updated: remembered.recorded.updated,
        unpublished,
        unpublishable,
        warnings,
        pictures_made: pictures.made,
        pictures_reused: pictures.reused,
    })
}

/// Each picture the feed's items show, once, with the id of the first item that shows it.
fn shown_pictures(pages: &[FeedPage], feed_url: &str) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    pages
        .iter()
        .flat_map(|page| &page.feed.items)
        .flat_map(|item| {
            images::item_pictures(item, feed_url)
                .into_iter()
                .map(|src| (src, item.id.clone()))
        })
        .filter(|(src, _)| seen.insert(src.clone()))
        .collect()
}

/// The zone's offsets for every date the pages may show, from the archive's oldest item (or
/// two years back) to two years on, so that the app taking a page over needs no `Intl` for
/// them.
fn zone_table(items: &[Item], edition_day: i64) -> String {
    const TWO_YEARS_MS: i64 = 2 * 366 * 86_400_000;
    let oldest = items
        .iter()
        .flat_map(|item| [item.date_published, item.date_modified])
        .flatten()
        .map(|at| at.epoch_ms)
        .min()
        .unwrap_or(edition_day);
    let from = oldest.min(edition_day - TWO_YEARS_MS);
    dates::zone_table(from, edition_day + TWO_YEARS_MS)
        .map(|table| {
            format!(
                "    <meta name=\"{}\" content=\"{}\" />\n",
                dates::ZoneTable::META,
                escape_attribute(&table.content())
            )
        })
        .unwrap_or_default()
}
