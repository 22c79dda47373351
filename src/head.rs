//! What a view says about itself to browsers, search engines and share previews: its title,
//! description and canonical address, OpenGraph and Twitter tags, and JSON-LD for articles.
//!
//! Views declare it with the `PageMeta` component. The publishing step writes it into each
//! page's `<head>` with [`render`]; in the browser, a navigation updates the document's title
//! and tags from the same value.

use crate::{
    dates,
    html_text::{escape_attribute, escape_text},
    instant::Timestamp,
    json::{Members, Writer},
};

/// One view's head.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageHead {
    /// The view's own title, without the site's name: empty for the front page.
    pub title: String,
    pub description: String,
    /// The view's path in the app (`/article/1008/…`), which its canonical address names.
    pub path: String,
    /// The picture share previews show, absolute.
    pub image: Option<String>,
    /// Set for an article.
    pub article: Option<ArticleFacts>,
    /// For views search engines should not keep (the 404 view).
    pub noindex: bool,
}

/// What share previews and search engines read about an article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleFacts {
    pub headline: String,
    pub published: Option<Timestamp>,
    pub modified: Option<Timestamp>,
    /// The section's name.
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub authors: Vec<String>,
}

/// What every page of the site shares.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteFacts {
    pub name: String,
    /// The site's public address, absolute, ending in `/` (`https://journal.example.ma/`).
    pub root: String,
    /// OpenGraph's form of the paper's language: `fr_MA`.
    pub og_locale: String,
    /// The publisher's logo, absolute.
    pub logo: Option<String>,
}

impl PageHead {
    /// "Headline — Site", or the site's name alone on the front page.
    pub fn full_title(&self, site_name: &str) -> String {
        if self.title.is_empty() || self.title == site_name {
            site_name.to_owned()
        } else if site_name.is_empty() {
            self.title.clone()
        } else {
            format!("{} — {site_name}", self.title)
        }
    }
}

/// The absolute address of an app path under the site's root.
pub fn canonical(root: &str, path: &str) -> String {
    format!(
        "{}/{}",
        root.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// OpenGraph's `language_TERRITORY` for a BCP 47 tag: `fr-MA` gives `fr_MA`, a bare `fr`
/// gives `fr_FR`.
pub fn og_locale(tag: &str) -> String {
    let mut parts = tag.split(['-', '_']);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    let territory = parts
        .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase);
    let territory = territory.unwrap_or_else(|| {
        match language.as_str() {
            "en" => "US",
            "ar" => "MA",
            _ => "FR",
        }
        .to_owned()
    });
    format!("{language}_{territory}")
}

/// The tags for `<head>`, one per line.
pub fn render(head: &PageHead, site: &SiteFacts) -> String {
    let title = head.full_title(&site.name);
    let url = canonical(&site.root, &head.path);
    let mut out = String::new();
    let mut meta = |attribute: &str, key: &str, content: &str| {
        out.push_str(&format!(
            "    <meta {attribute}=\"{key}\" content=\"{}\" />\n",
            escape_attribute(content)
        ));
    };
    meta("name", "description", &head.description);
    if head.noindex {
        meta("name", "robots", "noindex");
    }
    let kind = if head.article.is_some() {
        "article"
    } else {
        "website"
    };
    meta("property", "og:type", kind);
    meta("property", "og:title", &title);
    meta("property", "og:description", &head.description);
    meta("property", "og:url", &url);
    meta("property", "og:site_name", &site.name);
    meta("property", "og:locale", &site.og_locale);
    if let Some(image) = head.image.as_deref().or(site.logo.as_deref()) {
        meta("property", "og:image", image);
    }
    if let Some(article) = &head.article {
        if let Some(at) = article.published {
            meta(
                "property",
                "article:published_time",
                &dates::rfc3339_in_zone(at),
            );
        }
        if let Some(at) = article.modified.or(article.published) {
            meta(
                "property",
                "article:modified_time",
                &dates::rfc3339_in_zone(at),
            );
        }
        if let Some(section) = &article.section {
            meta("property", "article:section", section);
        }
        for tag in &article.tags {
            meta("property", "article:tag", tag);
        }
    }
    meta("name", "twitter:card", "summary_large_image");
    meta("name", "twitter:title", &title);
    meta("name", "twitter:description", &head.description);
    if let Some(image) = head.image.as_deref().or(site.logo.as_deref()) {
        meta("name", "twitter:image", image);
    }
    let mut out = format!(
        "    <title>{}</title>\n    <link rel=\"canonical\" href=\"{}\" />\n{out}",
        escape_text(&title),
        escape_attribute(&url)
    );
    if let Some(json_ld) = json_ld(head, site) {
        out.push_str(&format!(
            "    <script type=\"application/ld+json\">{json_ld}</script>\n"
        ));
    }
    out
}

/// Schema.org's `NewsArticle` for an article, ready to sit inside a `<script>` element:
/// `<`, `>` and `&` are written as JSON escapes, so no text can close the element.
pub fn json_ld(head: &PageHead, site: &SiteFacts) -> Option<String> {
    let article = head.article.as_ref()?;
    let url = canonical(&site.root, &head.path);
    let mut out = Writer::default();
    out.object(|o| {
        o.member("@context", "https://schema.org");
        o.member("@type", "NewsArticle");
        o.member("headline", &article.headline);
        o.member("description", &head.description);
        o.key("mainEntityOfPage").object(|o| {
            o.member("@type", "WebPage");
            o.member("@id", &url);
        });
        o.member("url", &url);
        o.key("publisher").object(|o| publisher(o, site));
        if let Some(at) = article.published {
            o.member("datePublished", &dates::rfc3339_in_zone(at));
        }
        if let Some(at) = article.modified.or(article.published) {
            o.member("dateModified", &dates::rfc3339_in_zone(at));
        }
        if !article.authors.is_empty() {
            let authors = o.key("author");
            authors.array_of(&article.authors, |out, name| {
                out.object(|o| {
                    o.member("@type", "Person");
                    o.member("name", name);
                })
            });
        }
        if let Some(image) = &head.image {
            o.member("image", std::slice::from_ref(image));
        }
        if let Some(section) = &article.section {
            o.member("articleSection", section);
        }
        if !article.tags.is_empty() {
            o.member("keywords", &article.tags);
        }
    });
    Some(
        out.into_text()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    )
}

fn publisher(o: &mut Members, site: &SiteFacts) {
    o.member("@type", "Organization");
    o.member("name", &site.name);
    o.member("url", &site.root);
    if let Some(logo) = &site.logo {
        o.key("logo").object(|o| {
            o.member("@type", "ImageObject");
            o.member("url", logo);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse_rfc3339;

    fn site() -> SiteFacts {
        SiteFacts {
            name: "Le Matin du Détroit".into(),
            root: "https://journal.example.ma/edition/".into(),
            og_locale: "fr_MA".into(),
            logo: Some("https://journal.example.ma/edition/icons/icon-512.png".into()),
        }
    }

    fn article() -> PageHead {
        PageHead {
            title: "Cosumar relève ses prix".into(),
            description: "Le sucrier ajuste ses tarifs.".into(),
            path: "/article/1008/cosumar-releve-ses-prix".into(),
            image: Some("https://journal.example.ma/edition/img/economie.svg".into()),
            article: Some(ArticleFacts {
                headline: "Cosumar relève ses prix".into(),
                published: parse_rfc3339("2026-11-28T17:35:00+01:00"),
                modified: None,
                section: Some("Économie".into()),
                tags: vec!["Agriculture".into(), "Prix".into()],
                authors: vec!["Nadia Berrada".into()],
            }),
            noindex: false,
        }
    }

    #[test]
    fn canonical_addresses_join_root_and_path() {
        assert_eq!(
            canonical("https://a.example/sub/", "/rubrique/sport"),
            "https://a.example/sub/rubrique/sport"
        );
        assert_eq!(canonical("https://a.example/", "/"), "https://a.example/");
    }

    #[test]
    fn og_locales_name_a_territory() {
        assert_eq!(og_locale("fr-MA"), "fr_MA");
        assert_eq!(og_locale("fr"), "fr_FR");
        assert_eq!(og_locale("en"), "en_US");
        assert_eq!(og_locale("en-GB"), "en_GB");
    }

    #[test]
    fn an_article_head_has_every_tag_a_preview_reads() {
        let html = render(&article(), &site());
        for expected in [
            "<title>Cosumar relève ses prix — Le Matin du Détroit</title>",
            "<link rel=\"canonical\" href=\"https://journal.example.ma/edition/article/1008/cosumar-releve-ses-prix\" />",
            "<meta property=\"og:type\" content=\"article\" />",
            "<meta property=\"og:image\" content=\"https://journal.example.ma/edition/img/economie.svg\" />",
            "<meta property=\"og:locale\" content=\"fr_MA\" />",
            "<meta property=\"article:published_time\" content=\"2026-11-28T16:35:00+00:00\" />",
            "<meta property=\"article:modified_time\" content=\"2026-11-28T16:35:00+00:00\" />",
            "<meta property=\"article:section\" content=\"Économie\" />",
            "<meta property=\"article:tag\" content=\"Prix\" />",
            "<meta name=\"twitter:card\" content=\"summary_large_image\" />",
        ] {
            assert!(html.contains(expected), "{expected} in\n{html}");
        }
        let json = json_ld(&article(), &site()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@type"], "NewsArticle");
        assert_eq!(value["headline"], "Cosumar relève ses prix");
        assert_eq!(value["author"][0]["name"], "Nadia Berrada");
        assert_eq!(value["publisher"]["name"], "Le Matin du Détroit");
        assert_eq!(value["datePublished"], "2026-11-28T16:35:00+00:00");
    }

    #[test]
    fn hostile_text_cannot_leave_its_tag() {
        let mut head = article();
        head.title = "</title><script>alert(1)</script> & co".into();
        head.description = "\"><script>alert(2)</script>".into();
        if let Some(article) = &mut head.article {
            article.headline = "</script><script>alert(3)</script>".into();
        }
        let html = render(&head, &site());
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co — Le Matin du Détroit</title>"));
        assert!(html.contains("content=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""));
        let json = json_ld(&head, &site()).unwrap();
        assert!(!json.contains("</script"));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["headline"], "</script><script>alert(3)</script>");
    }

    #[test]
    fn a_listing_is_a_website() {
        let head = PageHead {
            title: String::new(),
            description: "Quotidien".into(),
            path: "/".into(),
            ..PageHead::default()
        };
        let html = render(&head, &site());
        assert!(html.contains("<title>Le Matin du Détroit</title>"));
        assert!(html.contains("content=\"website\""));
        assert!(html.contains(
            "og:image\" content=\"https://journal.example.ma/edition/icons/icon-512.png\""
        ));
        assert!(json_ld(&head, &site()).is_none());
    }
}
