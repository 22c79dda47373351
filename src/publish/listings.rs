//! The pages that list the archive past the feed, and what each published page is drawn from
//! (`drawn`). A section's older articles: page 1 is the section as the app shows it (the
//! feed's first page), pages 2, 3, … (`/rubrique/<slug>/page/<n>`) list the articles the
//! archive holds besides, newest first, [`PER_PAGE`] to a page, each drawn by the section's own
//! view over those articles. Every page of a section links to the others by number, without
//! JavaScript. The archive's months (`/archives`, `/archives/<yyyy>/<mm>`) are drawn by
//! `pages::archives`. And each article's neighbours in its section, over the whole archive.
//! The app has no view for any of these pages but the sections' first: it leaves them as
//! published (`takeover`).

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

use super::routes::Route;
use crate::{
    feed::{Item, Kind},
    feed_store::FeedPage,
    html_text::escape_attribute,
    i18n::Locale,
    neighbours::Neighbours,
    pages::month_of,
    paths,
};

/// Articles on each page past the first.
pub const PER_PAGE: usize = 30;

/// The older articles of one section.
pub struct SectionArchive<'a> {
    pub slug: &'a str,
    /// Pages 2, 3, …: the articles of each.
    pub pages: Vec<Vec<&'a Item>>,
}

impl SectionArchive<'_> {
    /// The address of page `number` (1 is the section's own).
    pub fn path(&self, number: usize) -> String {
        page_path(self.slug, number)
    }
}

/// The address of page `number` of the section `slug` (1 is the section's own).
pub fn page_path(slug: &str, number: usize) -> String {
    match number {
        1 => paths::section(slug),
        _ => format!("{}/page/{number}", paths::section(slug)),
    }
}

/// For each of the first page's sections, the archive's articles of that section that the
/// first page does not hold, newest first (`archived`'s order), in pages.
pub fn section_archives<'a>(first: &'a FeedPage, archived: &'a [Item]) -> Vec<SectionArchive<'a>> {
    let shown: HashSet<&str> = first.feed.items.iter().map(|i| i.id.as_str()).collect();
    first
        .feed
        .newsroom
        .sections
        .iter()
        .map(|section| {
            let older: Vec<&Item> = archived
                .iter()
                .filter(|i| i.kind == Kind::Article && !shown.contains(i.id.as_str()))
                .filter(|i| i.section.as_deref() == Some(section.slug.as_str()))
                .collect();
            SectionArchive {
                slug: &section.slug,
                pages: older.chunks(PER_PAGE).map(<[&Item]>::to_vec).collect(),
            }
        })
        .collect()
}

/// Each archived article's neighbours in its section, over the whole archive (`archived` is
/// newest first): the stories its page links to as newer and older.
pub fn archive_neighbours(archived: &[Item]) -> HashMap<&str, Neighbours> {
    let mut last_in_section: HashMap<&str, &Item> = HashMap::new();
    let mut newer_of: Vec<(&Item, Option<&Item>)> = Vec::new();
    for item in archived.iter().filter(|i| i.kind == Kind::Article) {
        let Some(section) = item.section.as_deref() else {
            continue;
        };
        newer_of.push((item, last_in_section.insert(section, item)));
    }
    let mut older_of: HashMap<&str, &Item> = HashMap::new();
    for (item, newer) in &newer_of {
        if let Some(newer) = newer {
            older_of.insert(newer.id.as_str(), item);
        }
    }
    newer_of
        .into_iter()
        .map(|(item, newer)| {
            let older = older_of.get(item.id.as_str()).copied();
            (item.id.as_str(), Neighbours::of(newer, older))
        })
        .collect()
}

/// The archive's own pages (`pages::archives`): a page for each month that holds articles,
/// and their index.
pub struct MonthPages<'a> {
    /// Each month's address and articles, newest month first, newest article first.
    pub months: Vec<(String, Vec<&'a Item>)>,
    /// What the index counts: each dated article, as its date alone.
    dates: Vec<Item>,
}

impl MonthPages<'_> {
    /// The articles the page at `path` is drawn from, if it is one of the archive's own.
    fn articles(&self, path: &str) -> Option<Vec<&Item>> {
        if path == paths::ARCHIVES {
            return Some(self.dates.iter().collect());
        }
        let (_, articles) = self.months.iter().find(|(month, _)| month == path)?;
        Some(articles.clone())
    }
}

/// The months of the archive's articles (`archived` is newest first), in the newsroom's zone.
pub fn month_pages(archived: &[Item]) -> MonthPages<'_> {
    let mut months: Vec<((i64, u32), Vec<&Item>)> = Vec::new();
    let mut dates = Vec::new();
    for item in archived.iter().filter(|i| i.kind == Kind::Article) {
        let Some(month) = month_of(item) else {
            continue;
        };
        dates.push(Item {
            id: item.id.clone(),
            date_published: item.date(),
            ..Item::default()
        });
        match months.iter_mut().find(|(known, _)| *known == month) {
            Some((_, articles)) => articles.push(item),
            None => months.push((month, vec![item])),
        }
    }
    months.sort_by_key(|(month, _)| std::cmp::Reverse(*month));
    MonthPages {
        months: months
            .into_iter()
            .map(|((year, month), articles)| (paths::month(year, month), articles))
            .collect(),
        dates,
    }
}

/// What a route's page is drawn from.
pub struct Drawn {
    /// The address its view is drawn at, the public path included: a section's own for its
    /// pages past the first.
    pub address: String,
    pub first_page: FeedPage,
    /// For a section with older articles: the page's number, and its links to the others.
    pub page_links: Option<(usize, String)>,
}

/// What the page of `route` is drawn from: the feed's `first` page, or, for a section's page
/// past the first and for the archive's own pages, the articles they list in its frame.
pub fn drawn(
    route: &Route,
    sections: &[SectionArchive],
    months: &MonthPages,
    first: &FeedPage,
    public: &str,
    locale: Locale,
) -> Drawn {
    let address = format!("{public}{}", route.path);
    let archive = sections.iter().find(|archive| {
        route.path == archive.path(1)
            || (route.section_page.as_ref()).is_some_and(|(slug, _)| slug == archive.slug)
    });
    let number = route.section_page.as_ref().map_or(1, |(_, number)| *number);
    let page_links = archive
        .filter(|archive| !archive.pages.is_empty())
        .map(|archive| (number, page_links(archive, number, public, locale)));
    let (address, first_page) = match (archive, number) {
        (Some(archive), 2..) => (
            format!("{public}{}", archive.path(1)),
            feed_of(first, &archive.pages[number - 2]),
        ),
        _ => match months.articles(&route.path) {
            Some(articles) => (address, feed_of(first, &articles)),
            None => (address, first.clone()),
        },
    };
    Drawn {
        address,
        first_page,
        page_links,
    }
}

/// The feed a page past the first is drawn from: the first page's, with `articles` in place of
/// its articles (its briefs stay, for the frame's ticker), and no next page.
pub fn feed_of(first: &FeedPage, articles: &[&Item]) -> FeedPage {
    let mut feed = (*first.feed).clone();
    let briefs = feed.items.drain(..).filter(|i| i.kind == Kind::Brief);
    feed.items = articles.iter().map(|&i| i.clone()).chain(briefs).collect();
    feed.next_url = None;
    FeedPage {
        feed: Arc::new(feed),
        ..first.clone()
    }
}

/// The numbered links between a section's pages, `current` marked, for a page's `<main>`: the
/// first and the last page, and the two on each side of the current one, gaps marked "…".
pub fn page_links(archive: &SectionArchive, current: usize, base: &str, locale: Locale) -> String {
    let count = archive.pages.len() + 1;
    let (label, page) = words(locale);
    let mut nav = format!(
        "<nav class=\"page-links\" aria-label=\"{}\">",
        escape_attribute(label)
    );
    let mut last_shown = 0;
    for number in (1..=count).filter(|&n| n == 1 || n == count || n.abs_diff(current) <= 2) {
        if number > last_shown + 1 {
            nav.push_str("<span aria-hidden=\"true\">…</span>");
        }
        last_shown = number;
        if number == current {
            nav.push_str(&format!("<span aria-current=\"page\">{number}</span>"));
        } else {
            nav.push_str(&format!(
                "<a href=\"{}\" aria-label=\"{} {number}\">{number}</a>",
                escape_attribute(&paths::href(base, &archive.path(number))),
                escape_attribute(page),
            ));
        }
    }
    nav.push_str("</nav>");
    nav
}

/// The title of page `number` of a section titled `title`: "Sport — page 2".
pub fn page_title(title: &str, number: usize, locale: Locale) -> String {
    format!("{title} — {} {number}", words(locale).1.to_lowercase())
}

/// The words of the links: what the list is, and what each link leads to.
fn words(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::Fr => ("Pages de la rubrique", "Page"),
        Locale::En => ("Section pages", "Page"),
        Locale::Ar(_) => ("صفحات القسم", "الصفحة"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::Feed;

    fn article(id: &str, section: &str) -> Item {
        Item {
            id: id.into(),
            title: Some(id.into()),
            section: Some(section.into()),
            ..Item::default()
        }
    }

    #[test]
    fn neighbours_follow_each_section_through_the_whole_archive() {
        let mut brief = article("brève", "sport");
        brief.kind = Kind::Brief;
        let archived = [
            article("s3", "sport"),
            article("c2", "culture"),
            brief,
            article("s2", "sport"),
            Item {
                section: None,
                ..article("sans-rubrique", "")
            },
            article("s1", "sport"),
        ];
        let neighbours = archive_neighbours(&archived);
        let ids = |id: &str| {
            let found = &neighbours[id];
            let id_of = |n: &Option<crate::neighbours::Neighbour>| {
                n.as_ref()
                    .map(|n| n.path.split('/').nth(2).unwrap().to_owned())
            };
            (id_of(&found.newer), id_of(&found.older))
        };
        assert_eq!(ids("s3"), (None, Some("s2".into())));
        assert_eq!(ids("s2"), (Some("s3".into()), Some("s1".into())));
        assert_eq!(ids("s1"), (Some("s2".into()), None));
        assert!(neighbours["c2"].is_empty());
        assert_eq!(neighbours.len(), 4, "articles with a section only");
    }

    #[test]
    fn older_articles_fill_numbered_pages_after_the_first() {
        let mut feed = Feed::default();
        feed.newsroom.sections = vec![crate::feed::Section {
            slug: "sport".into(),
            name: "Sport".into(),
        }];
        feed.items = vec![article("en-une", "sport")];
        let first = FeedPage {
            feed: Arc::new(feed),
            fingerprint: 0,
            saved_at: None,
        };
        let archived: Vec<Item> = std::iter::once(article("en-une", "sport"))
            .chain((0..(PER_PAGE + 1)).map(|n| article(&format!("a{n}"), "sport")))
            .chain(std::iter::once(article("ailleurs", "culture")))
            .collect();
        let archives = section_archives(&first, &archived);
        assert_eq!(archives.len(), 1);
        let pages = &archives[0].pages;
        assert_eq!(
            pages.iter().map(Vec::len).collect::<Vec<_>>(),
            [PER_PAGE, 1]
        );
        assert_eq!(
            pages[0][0].id, "a0",
            "newest first, without the first page's"
        );
        assert_eq!(archives[0].path(3), "/rubrique/sport/page/3");
        assert_eq!(
            page_links(&archives[0], 2, "/journal/", Locale::Fr),
            "<nav class=\"page-links\" aria-label=\"Pages de la rubrique\"><a href=\"/journal/rubrique/sport\" aria-label=\"Page 1\">1</a><span aria-current=\"page\">2</span><a href=\"/journal/rubrique/sport/page/3\" aria-label=\"Page 3\">3</a></nav>"
        );
        let many = SectionArchive {
            slug: "sport",
            pages: vec![Vec::new(); 9],
        };
        let numbers = |html: String| -> Vec<String> {
            html.split(['>', '<'])
                .filter(|part| {
                    part.chars().all(|c| c.is_ascii_digit() || c == '…') && !part.is_empty()
                })
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(
            numbers(page_links(&many, 5, "", Locale::Fr)),
            ["1", "…", "3", "4", "5", "6", "7", "…", "10"]
        );
        assert_eq!(
            numbers(page_links(&many, 1, "", Locale::Fr)),
            ["1", "2", "3", "…", "10"]
        );
        let drawn = feed_of(&first, &pages[1]);
        assert_eq!(drawn.feed.items.len(), 1);
        assert_eq!(drawn.feed.next_url, None);
    }
}
