//! The runtime configuration, `config.json` beside `index.html`: one build serves any
//! newsroom, and changing the feed or the comment server needs no rebuild.

use crate::{
    json::{self, Error, FromJson, Reader},
    url::{origin, resolve},
};

/// The newsroom's settings. Unknown keys are refused, so a typo is reported, not ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The feed, absolute or relative to the page.
    pub feed_url: String,
    /// The name in the header; the feed's `_manchette.site_name` and title come next.
    pub site_name: Option<String>,
    /// The interface language (`fr`, `en`); otherwise the feed's, then the browser's.
    pub locale: Option<String>,
    /// The site's public address (`https://journal.example.ma/`): canonical links, share
    /// previews and sitemaps name pages under it. Publishing needs it.
    pub site_url: Option<String>,
    /// The IANA time zone dates are written in (`Africa/Casablanca`).
    pub time_zone: String,
    pub comments: CommentsConfig,
    /// Origins (`https://feeds.example.org`) whose feeds `?feed=` and `next_url` may load.
    pub allowed_feed_origins: Vec<String>,
    /// How long a feed request may take before it is abandoned, in milliseconds.
    pub feed_timeout_ms: u32,
    /// How often a visible page checks the feed for news, in seconds (0: never).
    pub refresh_seconds: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            feed_url: "feed.json".into(),
            site_name: None,
            locale: None,
            site_url: None,
            time_zone: crate::dates::DEFAULT_TIME_ZONE.to_owned(),
            comments: CommentsConfig::Local,
            allowed_feed_origins: Vec::new(),
            feed_timeout_ms: 15_000,
            refresh_seconds: 60,
        }
    }
}

/// Where reader comments live.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CommentsConfig {
    /// In the reader's browser only.
    #[default]
    Local,
    /// On an Isso server at `url`. Readers may edit or delete their comments for
    /// `edit_window_minutes`, which must match the server's `max-age` (Isso's default: 15).
    Isso {
        url: String,
        edit_window_minutes: u32,
    },
}

const KEYS: [&str; 9] = [
    "feed_url",
    "site_name",
    "locale",
    "site_url",
    "time_zone",
    "comments",
    "allowed_feed_origins",
    "feed_timeout_ms",
    "refresh_seconds",
];

impl FromJson for Config {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let mut config = Config::default();
        reader.object(|r, key| {
            let c = &mut config;
            match key {
                "feed_url" => c.feed_url = member(r, key)?,
                "site_name" => c.site_name = member(r, key)?,
                "locale" => c.locale = member(r, key)?,
                "site_url" => c.site_url = member(r, key)?,
                "time_zone" => c.time_zone = member(r, key)?,
                "comments" => c.comments = member(r, key)?,
                "allowed_feed_origins" => c.allowed_feed_origins = member(r, key)?,
                "feed_timeout_ms" => c.feed_timeout_ms = member(r, key)?,
                "refresh_seconds" => c.refresh_seconds = member(r, key)?,
                _ => return Err(unknown(r, key, &KEYS)),
            }
            Ok(())
        })?;
        Ok(config)
    }
}

/// The value of member `key`; an error names the key.
fn member<T: FromJson>(reader: &mut Reader, key: &str) -> Result<T, Error> {
    reader.read().map_err(|error| error.in_member(key))
}

fn unknown(reader: &Reader, key: &str, known: &[&str]) -> Error {
    reader.error(format!(
        "unknown field `{key}`, expected one of {}",
        known.join(", ")
    ))
}

/// `comments`: its `backend` decides which other keys it needs.
impl FromJson for CommentsConfig {
    fn read_json(reader: &mut Reader) -> Result<Self, Error> {
        let (mut backend, mut url, mut minutes) = (None::<String>, None::<String>, None::<u32>);
        reader.object(|r, key| {
            match key {
                "backend" => backend = Some(member(r, key)?),
                "url" => url = Some(member(r, key)?),
                "edit_window_minutes" => minutes = Some(member(r, key)?),
                _ => return Err(unknown(r, key, &["backend", "url", "edit_window_minutes"])),
            }
            Ok(())
        })?;
        let backend = json::required(backend, reader, "backend")?;
        match (backend.as_str(), url, minutes) {
            ("local", None, None) => Ok(CommentsConfig::Local),
            ("local", _, _) => Err(reader.error("the local backend takes no other key")),
            ("isso", Some(url), minutes) => Ok(CommentsConfig::Isso {
                url,
                edit_window_minutes: minutes.unwrap_or(15),
            }),
            ("isso", None, _) => Err(reader.error("the isso backend needs its `url`")),
            (other, _, _) => Err(reader.error(format!(
                "unknown comments backend `{other}`, expected `local` or `isso`"
            ))),
        }
    }
}

/// Parses `config.json`; the error names the bad key and where it is.
pub fn parse_config(bytes: &[u8]) -> Result<Config, String> {
    json::parse(bytes).map_err(|e| e.to_string())
}

impl Config {
    /// The site's public address with a trailing slash, when `site_url` is an http(s) URL.
    pub fn site_root(&self) -> Option<String> {
        let url = self.site_url.as_deref()?.trim();
        origin(url)?;
        Some(if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        })
    }
}

/// Which feed to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedChoice {
    /// The configured feed (absolute URL).
    Configured(String),
    /// The feed asked for with `?feed=`, from an allowed origin (absolute URL).
    Requested(String),
    /// `?feed=` named a feed outside the allowed origins: the configured feed loads instead.
    Refused {
        requested: String,
        configured: String,
    },
}

impl FeedChoice {
    /// The absolute URL to fetch.
    pub fn url(&self) -> &str {
        match self {
            FeedChoice::Configured(url) | FeedChoice::Requested(url) => url,
            FeedChoice::Refused { configured, .. } => configured,
        }
    }
}

/// The origins feeds may come from: the page's own, the configured feed's, and the listed ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedPolicy {
    origins: Vec<String>,
}

impl FeedPolicy {
    pub fn new(config: &Config, page_url: &str) -> Self {
        let configured = resolve(page_url, &config.feed_url);
        let origins = [Some(page_url.to_owned()), configured]
            .into_iter()
            .flatten()
            .chain(config.allowed_feed_origins.iter().cloned())
            .filter_map(|url| origin(&url))
            .collect();
        FeedPolicy { origins }
    }

    /// True when `url` (absolute) is on an allowed origin.
    pub fn allows(&self, url: &str) -> bool {
        origin(url).is_some_and(|o| self.origins.contains(&o))
    }
}

/// Picks the feed for a page at `page_url` (absolute), given the `?feed=` parameter if any.
pub fn choose_feed(config: &Config, page_url: &str, requested: Option<&str>) -> FeedChoice {
    let configured = resolve(page_url, &config.feed_url).unwrap_or_else(|| config.feed_url.clone());
    let Some(requested) = requested.filter(|r| !r.trim().is_empty()) else {
        return FeedChoice::Configured(configured);
    };
    match resolve(page_url, requested) {
        Some(url) if FeedPolicy::new(config, page_url).allows(&url) => FeedChoice::Requested(url),
        _ => FeedChoice::Refused {
            requested: requested.to_owned(),
            configured,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://journal.example.ma/edition/";

    fn config(json: &str) -> Config {
        parse_config(json.as_bytes()).unwrap()
    }

    #[test]
    fn an_empty_config_reads_the_bundled_feed_with_local_comments() {
        let c = config("{}");
        assert_eq!(c, Config::default());
        assert_eq!(
            choose_feed(&c, PAGE, None),
            FeedChoice::Configured("https://journal.example.ma/edition/feed.json".into())
        );
    }

    #[test]
    fn the_isso_backend_needs_its_url() {
        let c = config(r#"{"comments": {"backend": "isso", "url": "https://isso.example.ma/"}}"#);
        assert_eq!(
            c.comments,
            CommentsConfig::Isso {
                url: "https://isso.example.ma/".into(),
                edit_window_minutes: 15
            }
        );
        assert!(parse_config(br#"{"comments": {"backend": "isso"}}"#)
            .unwrap_err()
            .contains("needs its `url`"));
    }

    #[test]
    fn a_wrong_comments_setting_is_named() {
        let error = |json: &str| parse_config(json.as_bytes()).unwrap_err();
        assert!(error(r#"{"comments": {"backend": "disqus"}}"#)
            .contains("unknown comments backend `disqus`"));
        assert!(error(r#"{"comments": {"backend": "local", "url": "x"}}"#)
            .contains("takes no other key"));
        assert!(
            error(r#"{"comments": {"backend": "isso", "url": "x", "urll": 1}}"#)
                .contains("unknown field `urll`")
        );
        assert_eq!(
            config(r#"{"comments": {"backend": "isso", "url": "u", "edit_window_minutes": 5}}"#)
                .comments,
            CommentsConfig::Isso {
                url: "u".into(),
                edit_window_minutes: 5
            }
        );
    }

    #[test]
    fn the_site_url_is_a_root_with_a_slash() {
        let c = config(
            r#"{"site_url": "https://journal.example.ma/edition", "time_zone": "Africa/Casablanca"}"#,
        );
        assert_eq!(
            c.site_root().as_deref(),
            Some("https://journal.example.ma/edition/")
        );
        assert_eq!(c.time_zone, "Africa/Casablanca");
        assert_eq!(config("{}").time_zone, "UTC");
        assert_eq!(
            config(r#"{"site_url": "journal.example.ma"}"#).site_root(),
            None
        );
    }

    #[test]
    fn a_misspelt_key_is_reported_by_name() {
        let error = parse_config(br#"{"feed_ur": "x.json"}"#).unwrap_err();
        assert!(
            error.starts_with("unknown field `feed_ur`, expected one of feed_url, site_name"),
            "{error}"
        );
        let error = parse_config(b"{\n  \"feed_timeout_ms\": \"15\"\n}").unwrap_err();
        assert_eq!(
            error,
            "`feed_timeout_ms`: expected a number at line 2 column 22"
        );
        assert!(parse_config(b"{\"feed_url\": \"a\"} {}").is_err());
    }

    #[test]
    fn a_requested_feed_on_the_same_origin_is_accepted() {
        let c = Config::default();
        assert_eq!(
            choose_feed(&c, PAGE, Some("/essais/feed.json")),
            FeedChoice::Requested("https://journal.example.ma/essais/feed.json".into())
        );
    }

    #[test]
    fn a_requested_feed_on_a_listed_origin_is_accepted() {
        let c = config(r#"{"allowed_feed_origins": ["https://flux.example.net"]}"#);
        let choice = choose_feed(&c, PAGE, Some("https://flux.example.net/une.json"));
        assert_eq!(
            choice,
            FeedChoice::Requested("https://flux.example.net/une.json".into())
        );
    }

    #[test]
    fn a_requested_feed_elsewhere_is_refused() {
        let c = config(r#"{"allowed_feed_origins": ["https://flux.example.net"]}"#);
        for hostile in [
            "https://evil.example/feed.json",
            "//evil.example/feed.json",
            "https://flux.example.net.evil.example/feed.json",
            "https://flux.example.net:8443/feed.json",
            "javascript:alert(1)",
            "data:application/json,{}",
        ] {
            let choice = choose_feed(&c, PAGE, Some(hostile));
            assert!(
                matches!(choice, FeedChoice::Refused { .. }),
                "{hostile}: {choice:?}"
            );
            assert_eq!(choice.url(), "https://journal.example.ma/edition/feed.json");
        }
    }

    #[test]
    fn the_configured_feeds_origin_is_trusted_for_next_pages() {
        let c = config(r#"{"feed_url": "https://cdn.example.org/feed.json"}"#);
        let policy = FeedPolicy::new(&c, PAGE);
        assert!(policy.allows("https://cdn.example.org/page2.json"));
        assert!(policy.allows("https://journal.example.ma/other.json"));
        assert!(!policy.allows("https://elsewhere.example/page2.json"));
    }
}
