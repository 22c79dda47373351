//! A published page is Trunk's own page (`404.html`, the empty shell the build leaves) with
//! the view's head and body written in: its hashed scripts, their SRI attributes and its
//! Content-Security-Policy stay exactly as built.

use super::{listings, render::render, routes::Route};
use crate::{
    head::{self, PageHead, SiteFacts},
    html_text::escape_attribute,
    i18n::Locale,
    publish_mark::{article_element, PublishedMark},
    Start,
};

/// Trunk's page, checked once.
pub struct Shell {
    html: String,
    /// The public path of the build, from its `<base href>` (`/` or `/sub/path/`).
    pub public_path: String,
}

impl Shell {
    pub fn parse(html: String) -> Result<Self, String> {
        for needed in ["<html", "</head>", "<body", "</body>"] {
            if !html.contains(needed) {
                return Err(format!("it has no {needed}"));
            }
        }
        let public_path = attribute_of(&html, "<base ", "href")
            .ok_or("it has no <base href>: index.html needs <base data-trunk-public-url />")?;
        Ok(Shell {
            html: without_wasm_preload(html),
            public_path,
        })
    }

    /// The page: the language and its direction on `<html>`, Trunk's `<title>` replaced by
    /// `head` (tags, one per line), and `body` as the whole of `<body>`.
    pub fn page(&self, locale: Locale, head: &str, body: &str) -> String {
        let html = &self.html;
        let mut page = String::with_capacity(html.len() + head.len() + body.len());
        let html_start = html.find("<html").unwrap_or(0);
        let html_end = html[html_start..]
            .find('>')
            .map_or(html_start, |end| html_start + end + 1);
        page.push_str(&html[..html_start]);
        page.push_str(&format!(
            "<html lang=\"{}\" dir=\"{}\">",
            locale.tag(),
            locale.dir()
        ));
        let head_end = html.find("</head>").unwrap_or(html.len());
        let mut head_part = html[html_end..head_end].to_owned();
        if let (Some(start), Some(end)) = (head_part.find("<title>"), head_part.find("</title>")) {
            let end = end + "</title>".len();
            let line_start = head_part[..start].rfind('\n').unwrap_or(start);
            head_part.replace_range(line_start..end, "");
        }
        page.push_str(&head_part);
        page.push('\n');
        page.push_str(head);
        page.push_str("  ");
        let body_start = html.find("<body").unwrap_or(head_end);
        let body_open_end = html[body_start..]
            .find('>')
            .map_or(body_start, |end| body_start + end + 1);
        page.push_str(&html[head_end..body_open_end]);
        page.push_str(body);
        let body_end = html.rfind("</body>").unwrap_or(html.len());
        page.push_str(&html[body_end..]);
        page
    }
}

/// Trunk's page without its `<link rel="preload">` of the wasm: a published page reads
/// without the app, which starts once the page has loaded (the post-build step makes Trunk's
/// loader wait), and the wasm must not take the bandwidth the page's pictures need.
fn without_wasm_preload(mut html: String) -> String {
    let mut from = 0;
    while let Some(start) = html[from..].find("<link rel=\"preload\"").map(|i| from + i) {
        let Some(end) = html[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        if html[start..end].contains(".wasm\"") {
            html.replace_range(start..end, "");
        } else {
            from = end;
        }
    }
    html
}

/// The value of `attribute` in the first tag that starts with `tag_start`.
fn attribute_of(html: &str, tag_start: &str, attribute: &str) -> Option<String> {
    let start = html.find(tag_start)?;
    let tag = &html[start..start + html[start..].find('>')?];
    let key = format!("{attribute}=\"");
    let value_start = tag.find(&key)? + key.len();
    let value = &tag[value_start..];
    Some(value[..value.find('"')?].to_owned())
}

/// One route's page, to write.
pub struct Page<'a> {
    pub start: &'a Start,
    pub route: &'a Route,
    pub mark: &'a PublishedMark,
    /// For a section with older articles: the page's number, and its links to the others.
    pub page_links: Option<(usize, String)>,
}

/// Its whole HTML: `shell` with the view's head and body written in.
pub fn page_html(
    shell: &Shell,
    page: &Page,
    site: &SiteFacts,
    locale: Locale,
    zone_table: &str,
) -> String {
    let Page {
        start,
        route,
        mark,
        page_links,
    } = page;
    let rendered = render(start);
    let mut view_head = rendered.head.unwrap_or_else(|| PageHead {
        path: route.path.clone(),
        ..PageHead::default()
    });
    let mut body = rendered.body;
    if let Some((number, links)) = page_links {
        if *number > 1 {
            view_head.path = route.path.clone();
            view_head.title = listings::page_title(&view_head.title, *number, locale);
        }
        if let Some(end) = body.rfind("</main>") {
            body.insert_str(end, links);
        }
    }
    let article = start.article.as_deref().map(article_element);
    let head = format!(
        "{}    <meta name=\"{}\" content=\"{}\" />\n{zone_table}{}",
        head::render(&view_head, site),
        PublishedMark::NAME,
        escape_attribute(&mark.content()),
        article.unwrap_or_default()
    );
    shell.page(locale, &head, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html>\n<html lang=\"fr\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>Manchette</title>\n    <base href=\"/sub/path/\" />\n    <script type=\"module\" integrity=\"sha384-x\">import init from '/sub/path/manchette-1.js';</script>\n  </head>\n  <body>\n    <noscript>Manchette a besoin de JavaScript</noscript>\n  </body>\n</html>\n";

    #[test]
    fn a_page_keeps_trunks_head_and_replaces_title_and_body() {
        let shell = Shell::parse(TRUNK.to_owned()).unwrap();
        assert_eq!(shell.public_path, "/sub/path/");
        let page = shell.page(
            Locale::En,
            "    <title>Hello</title>\n",
            "<a href=\"/sub/path/\">x</a>",
        );
        assert!(
            page.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"),
            "{page}"
        );
        assert!(page.contains("integrity=\"sha384-x\""));
        assert!(!page.contains("<title>Manchette</title>"));
        assert!(page.contains("<title>Hello</title>"));
        assert!(
            page.contains("<body><a href=\"/sub/path/\">x</a></body>"),
            "{page}"
        );
        assert!(!page.contains("noscript"));
    }

    #[test]
    fn a_page_leaves_the_wasm_for_later() {
        let trunk = TRUNK.replace(
            "</head>",
            "<link rel=\"preload\" href=\"/sub/path/manchette-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><link rel=\"preload\" href=\"config.json\" as=\"fetch\" /></head>",
        );
        let page = Shell::parse(trunk).unwrap().page(Locale::Fr, "", "");
        assert!(!page.contains("_bg.wasm"), "{page}");
        assert!(page.contains("href=\"config.json\""));
    }

    #[test]
    fn a_page_that_is_not_trunks_is_refused() {
        assert!(Shell::parse("<html><body></body></html>".into()).is_err());
    }
}
