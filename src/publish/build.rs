//! What a run reads before it writes anything: Trunk's page, config.json, the site's public
//! address, where the feed is read from, and where the site serves its copy.

use std::path::Path;

use super::{page::Shell, Options, PublishError};
use crate::{
    check::location_of,
    config::{parse_config, Config},
    feed::fingerprint,
    url::origin,
};

/// Trunk's empty page, which the post-build step keeps as `404.html`: the template of every
/// published page (index.html itself becomes the published front page).
pub(super) fn read_shell(dist: &Path) -> Result<Shell, PublishError> {
    let file = dist.join("404.html");
    let html = std::fs::read_to_string(&file).map_err(|error| {
        PublishError::Build(format!(
            "{}: {error}; build the site first (make build, or trunk build --release)",
            file.display()
        ))
    })?;
    Shell::parse(html).map_err(|reason| {
        PublishError::Build(format!(
            "{} is not the page Trunk built: {reason}",
            file.display()
        ))
    })
}

/// config.json as the app reads it, and the fingerprint of its bytes.
pub(super) fn read_config(dist: &Path) -> Result<(Config, u64), PublishError> {
    match std::fs::read(dist.join(crate::app::CONFIG_URL)) {
        Ok(bytes) => parse_config(&bytes)
            .map(|config| (config, fingerprint(&bytes)))
            .map_err(PublishError::Config),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            Ok((Config::default(), fingerprint(b"")))
        }
        Err(error) => Err(PublishError::Config(error.to_string())),
    }
}

/// The site's public address, which must sit at the build's public path.
pub(super) fn site_root(
    options: &Options,
    config: &Config,
    shell: &Shell,
) -> Result<String, PublishError> {
    let given = Config {
        site_url: options.site_url.clone().or_else(|| config.site_url.clone()),
        ..Config::default()
    };
    let Some(root) = given.site_root() else {
        return match given.site_url {
            Some(url) => Err(PublishError::Config(format!(
                "site_url \"{url}\" is not an http(s) address"
            ))),
            None => Err(PublishError::NoSiteUrl),
        };
    };
    let site_origin = origin(&root).unwrap_or_default();
    let path = root
        .get(root.find("://").map_or(0, |i| i + 3)..)
        .and_then(|rest| rest.find('/').map(|slash| &rest[slash..]))
        .unwrap_or("/");
    if path != shell.public_path {
        return Err(PublishError::Config(format!(
            "site_url \"{root}\" has the path {path}, but the build was made for {} (trunk build --public-url): use {site_origin}{}",
            shell.public_path, shell.public_path
        )));
    }
    Ok(root)
}

/// Where the feed is read from: the one given, else the one config.json names (a relative
/// `feed_url` is a file of the build).
pub(super) fn feed_location(
    options: &Options,
    config: &Config,
    dist: &Path,
) -> Result<String, PublishError> {
    let argument = match &options.feed {
        Some(feed) => feed.clone(),
        None if origin(&config.feed_url).is_some() => config.feed_url.clone(),
        None => dist.join(&config.feed_url).display().to_string(),
    };
    location_of(&argument).map_err(PublishError::Feed)
}

/// The file of the site its feed is (config.json's `feed_url`, when relative): publishing
/// writes the feed there, with what it made of the pictures, so that the app reads exactly
/// what the pages were written from. `None` when config.json points elsewhere.
pub(super) fn served_feed(config: &Config) -> Option<String> {
    let relative = config.feed_url.trim_start_matches("./");
    let inside = origin(relative).is_none()
        && !relative.starts_with('/')
        && !relative
            .split('/')
            .any(|part| part == ".." || part.is_empty());
    inside.then(|| relative.to_owned())
}
