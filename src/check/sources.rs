//! Where the newsroom tools read feeds from: files on disk and http(s) URLs. The one native
//! HTTP helper (the browser's is `api`).

use std::{io::Read, time::Duration};

use super::{Fetched, Source};

/// Reads `file://` pages from disk and `http(s)://` pages over the network.
#[derive(Default)]
pub struct Sources;

/// The largest page the tools read.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The location of a command-line argument: an http(s) URL as it is, a file as `file://…`.
pub fn location_of(argument: &str) -> Result<String, String> {
    if argument.starts_with("http://") || argument.starts_with("https://") {
        return Ok(argument.to_owned());
    }
    std::fs::canonicalize(argument)
        .map(|path| format!("file://{}", path.display()))
        .map_err(|error| format!("cannot open {argument}: {error}"))
}

impl Source for Sources {
    fn fetch(&mut self, location: &str) -> Result<Fetched, String> {
        self.fetch_within(location, MAX_BYTES, Duration::from_secs(30))
    }
}

impl Sources {
    /// Reads `location` as [`Source::fetch`] does, refusing more than `max_bytes` and, over
    /// the network, an answer slower than `deadline` (a picture, say).
    pub fn fetch_within(
        &mut self,
        location: &str,
        max_bytes: u64,
        deadline: Duration,
    ) -> Result<Fetched, String> {
        let too_big = || format!("larger than {} MB", max_bytes / (1024 * 1024));
        if let Some(path) = location.strip_prefix("file://") {
            let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
            if size > max_bytes {
                return Err(too_big());
            }
            let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
            return Ok(Fetched {
                bytes,
                media_type: None,
            });
        }
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(deadline))
            .build()
            .new_agent();
        let response = agent.get(location).call().map_err(|e| e.to_string())?;
        let media_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or_else(|| Some(String::from("(none)")));
        let mut bytes = Vec::new();
        response
            .into_body()
            .into_reader()
            .take(max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_big());
        }
        Ok(Fetched { bytes, media_type })
    }
}
