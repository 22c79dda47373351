//! Embeds, as pure rules: which addresses are a video or an audio player of a provider we
//! know, by its exact hosts and the shape of its ids, and the page and the player each one
//! has. The walk turns what these recognise into a click-to-play facade; nothing else from a
//! feed ever becomes a frame. A look-alike host (`youtube.com.evil.example`), credentials or a
//! port in the address, or an id with anything but the provider's characters, is no embed.

/// The providers whose players a facade may start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    YouTube,
    Vimeo,
    Dailymotion,
    SoundCloud,
    Spotify,
    Facebook,
}

/// A recognised embed: its provider and the id that names the video or the sound there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub provider: Provider,
    /// YouTube's 11 characters, Vimeo's digits, Dailymotion's letters and digits, SoundCloud's
    /// `user/track`, Spotify's `kind/id`, Facebook's video number.
    pub id: String,
}

/// Every host a frame may come from: the players', for the Content-Security-Policy's
/// `frame-src`.
pub const PLAYER_HOSTS: [&str; 6] = [
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
    "https://w.soundcloud.com",
    "https://open.spotify.com",
    "https://www.facebook.com",
];

/// What the players ask to be allowed, besides running their scripts: each frame's `sandbox`.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-presentation allow-popups";

impl Provider {
    /// Its name, as readers know it.
    pub fn name(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::Vimeo => "Vimeo",
            Provider::Dailymotion => "Dailymotion",
            Provider::SoundCloud => "SoundCloud",
            Provider::Spotify => "Spotify",
            Provider::Facebook => "Facebook",
        }
    }

    /// True for a sound rather than a video.
    pub fn is_audio(self) -> bool {
        matches!(self, Provider::SoundCloud | Provider::Spotify)
    }

    /// The features its player may use (the frame's `allow`).
    pub fn allow(self) -> &'static str {
        match self {
            Provider::YouTube => {
                "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
            }
            Provider::Vimeo | Provider::Dailymotion => "autoplay; fullscreen; picture-in-picture",
            Provider::SoundCloud => "autoplay",
            Provider::Spotify => {
                "autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture"
            }
            Provider::Facebook => "autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share",
        }
    }
}

impl Embed {
    /// Its page on the provider's site: where a reader without the player watches or listens.
    pub fn page(&self) -> String {
        let id = &self.id;
        match self.provider {
            Provider::YouTube => format!("https://www.youtube.com/watch?v={id}"),
            Provider::Vimeo => format!("https://vimeo.com/{id}"),
            Provider::Dailymotion => format!("https://www.dailymotion.com/video/{id}"),
            // A track known by its number only has the player's own page.
            Provider::SoundCloud if id.starts_with("tracks/") => format!(
                "https://w.soundcloud.com/player/?url=https%3A%2F%2Fapi.soundcloud.com%2F{}",
                id.replace('/', "%2F")
            ),
            Provider::SoundCloud => format!("https://soundcloud.com/{id}"),
            Provider::Spotify => format!("https://open.spotify.com/{id}"),
            Provider::Facebook => format!("https://www.facebook.com/watch/?v={id}"),
        }
    }

    /// Its player, built from our own template (never the feed's address): YouTube's
    /// privacy-enhanced host, Vimeo told not to track; each starts playing, since the reader
    /// has just asked it to.
    pub fn player(&self) -> String {
        let id = &self.id;
        match self.provider {
            Provider::YouTube => format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
            Provider::Vimeo => format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
            Provider::Dailymotion => {
                format!("https://www.dailymotion.com/embed/video/{id}?autoplay=1")
            }
            Provider::SoundCloud => {
                let site = if id.starts_with("tracks/") {
                    "api.soundcloud.com"
                } else {
                    "soundcloud.com"
                };
                format!(
                    "https://w.soundcloud.com/player/?url=https%3A%2F%2F{site}%2F{}&auto_play=true",
                    id.replace('/', "%2F")
                )
            }
            Provider::Spotify => format!("https://open.spotify.com/embed/{id}"),
            Provider::Facebook => format!(
                "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D{id}&autoplay=true"
            ),
        }
    }

    /// The poster a YouTube video has, which publishing may host itself; `None` elsewhere.
    pub fn poster(&self) -> Option<String> {
        (self.provider == Provider::YouTube)
            .then(|| format!("https://i.ytimg.com/vi/{}/hqdefault.jpg", self.id))
    }
}

/// The embed `url` is (a page, a share link or a player of a provider we know), if it is one.
pub fn recognise(url: &str) -> Option<Embed> {
    let (host, path, query) = web_parts(url.trim())?;
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let param = |name: &str| {
        query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            (key == name).then_some(value)
        })
    };
    let embed = |provider, id: &str| {
        Some(Embed {
            provider,
            id: id.to_owned(),
        })
    };
    match (host.as_str(), segments.as_slice()) {
        ("www.youtube.com" | "youtube.com" | "m.youtube.com", ["watch"]) => param("v")
            .filter(|id| youtube_id(id))
            .and_then(|id| embed(Provider::YouTube, id)),
        (
            "www.youtube.com" | "youtube.com" | "m.youtube.com" | "www.youtube-nocookie.com",
            ["embed" | "shorts" | "live", id],
        )
        | ("youtu.be", [id]) => youtube_id(id).then(|| embed(Provider::YouTube, id))?,
        ("vimeo.com" | "www.vimeo.com", [id]) | ("player.vimeo.com", ["video", id]) => {
            digits(id, 12).then(|| embed(Provider::Vimeo, id))?
        }
        ("www.dailymotion.com" | "dailymotion.com", ["video", id] | ["embed", "video", id])
        | ("dai.ly", [id]) => {
            // A video page's address may end with its title: `x8abc12_le-titre`.
            let id = id.split('_').next().unwrap_or_default();
            word(id, 5, 12).then(|| embed(Provider::Dailymotion, id))?
        }
        ("soundcloud.com" | "www.soundcloud.com" | "m.soundcloud.com", [user, track]) => {
            (slug(user) && slug(track) && *track != "sets")
                .then(|| embed(Provider::SoundCloud, &format!("{user}/{track}")))?
        }
        // SoundCloud's own player names the track by its number.
        ("w.soundcloud.com", ["player"]) => {
            let track = param("url")?
                .replace("%3A", ":")
                .replace("%3a", ":")
                .replace("%2F", "/")
                .replace("%2f", "/");
            let number = track.strip_prefix("https://api.soundcloud.com/tracks/")?;
            digits(number, 15).then(|| embed(Provider::SoundCloud, &format!("tracks/{number}")))?
        }
        ("open.spotify.com", [kind, id] | ["embed", kind, id]) => {
            (matches!(*kind, "episode" | "show" | "track" | "album" | "playlist")
                && word(id, 22, 22))
            .then(|| embed(Provider::Spotify, &format!("{kind}/{id}")))?
        }
        ("www.facebook.com" | "facebook.com" | "m.facebook.com", [_, "videos", id])
        | ("www.facebook.com" | "facebook.com" | "m.facebook.com", ["watch", id]) => {
            digits(id, 20).then(|| embed(Provider::Facebook, id))?
        }
        ("www.facebook.com" | "facebook.com" | "m.facebook.com", ["watch"]) => param("v")
            .filter(|id| digits(id, 20))
            .and_then(|id| embed(Provider::Facebook, id)),
        _ => None,
    }
}

/// An http(s) URL's host (lowercase), path and query; `None` for another scheme, or for an
/// address with credentials or a port, which no provider's page or player has.
fn web_parts(url: &str) -> Option<(String, &str, &str)> {
    let scheme_end = url.find("://")?;
    if !matches!(
        url[..scheme_end].to_ascii_lowercase().as_str(),
        "http" | "https"
    ) {
        return None;
    }
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if authority.is_empty() || authority.contains(['@', ':', '\\', ' ']) {
        return None;
    }
    let tail = tail.split('#').next().unwrap_or_default();
    let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
    Some((authority.to_ascii_lowercase(), path, query))
}

fn youtube_id(id: &str) -> bool {
    id.len() == 11
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn digits(id: &str, at_most: usize) -> bool {
    !id.is_empty() && id.len() <= at_most && id.bytes().all(|b| b.is_ascii_digit())
}

fn word(id: &str, at_least: usize, at_most: usize) -> bool {
    (at_least..=at_most).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn slug(part: &str) -> bool {
    !part.is_empty()
        && part.len() <= 100
        && part
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(url: &str) -> Option<(Provider, String)> {
        recognise(url).map(|e| (e.provider, e.id))
    }

    #[test]
    fn each_provider_is_recognised_by_its_pages_share_links_and_players() {
        let yt = |id: &str| Some((Provider::YouTube, id.to_owned()));
        assert_eq!(
            seen("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"),
            yt("dQw4w9WgXcQ")
        );
        assert_eq!(seen("https://youtu.be/dQw4w9WgXcQ?si=x"), yt("dQw4w9WgXcQ"));
        assert_eq!(
            seen("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"),
            yt("dQw4w9WgXcQ")
        );
        assert_eq!(
            seen("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
            yt("dQw4w9WgXcQ")
        );
        assert_eq!(
            seen("HTTPS://M.YOUTUBE.COM/shorts/dQw4w9WgXcQ"),
            yt("dQw4w9WgXcQ")
        );
        assert_eq!(
            seen("https://vimeo.com/76979871"),
            Some((Provider::Vimeo, "76979871".into()))
        );
        assert_eq!(
            seen("https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1"),
            Some((Provider::Vimeo, "76979871".into()))
        );
        assert_eq!(
            seen("https://www.dailymotion.com/video/x8abc12_le-port-au-matin"),
            Some((Provider::Dailymotion, "x8abc12".into()))
        );
        assert_eq!(
            seen("https://dai.ly/x8abc12"),
            Some((Provider::Dailymotion, "x8abc12".into()))
        );
        assert_eq!(
            seen("https://soundcloud.com/le-matin/episode-12"),
            Some((Provider::SoundCloud, "le-matin/episode-12".into()))
        );
        assert_eq!(
            seen("https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/123456789&color=%23ff5500"),
            Some((Provider::SoundCloud, "tracks/123456789".into()))
        );
        assert_eq!(
            seen("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk?si=1"),
            Some((Provider::Spotify, "episode/4rOoJ6Egrf8K2IrywzwOMk".into()))
        );
        assert_eq!(
            seen("https://www.facebook.com/lematin/videos/1234567890123/"),
            Some((Provider::Facebook, "1234567890123".into()))
        );
        assert_eq!(
            seen("https://www.facebook.com/watch/?v=1234567890123"),
            Some((Provider::Facebook, "1234567890123".into()))
        );
    }

    #[test]
    fn look_alikes_and_hostile_addresses_are_no_embed() {
        for url in [
            "javascript:alert('https://www.youtube.com/watch?v=dQw4w9WgXcQ')",
            "data:text/html,https://youtu.be/dQw4w9WgXcQ",
            "//www.youtube.com/embed/dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXc\"",
            "https://www.youtube.com/watch?v=<script>x</s",
            "https://youtu.be/dQw4w9WgXcQ1",
            "https://vimeo.com/7697987a",
            "https://soundcloud.com/Le-Matin/episode",
            "https://open.spotify.com/episode/short",
            "https://www.facebook.com/evil/videos/12ab/",
            "ftp://youtu.be/dQw4w9WgXcQ",
            "",
        ] {
            assert_eq!(recognise(url), None, "{url}");
        }
    }

    #[test]
    fn players_are_built_from_our_templates() {
        let youtube = recognise("https://youtu.be/dQw4w9WgXcQ").unwrap();
        assert_eq!(
            youtube.player(),
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        assert_eq!(
            youtube.page(),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        );
        assert_eq!(
            youtube.poster().as_deref(),
            Some("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg")
        );
        let vimeo = recognise("https://vimeo.com/76979871").unwrap();
        assert!(vimeo.player().contains("dnt=1"));
        assert_eq!(vimeo.poster(), None);
        for url in [
            "https://youtu.be/dQw4w9WgXcQ",
            "https://vimeo.com/76979871",
            "https://dai.ly/x8abc12",
            "https://soundcloud.com/le-matin/episode-12",
            "https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1",
            "https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk",
            "https://www.facebook.com/watch/?v=1234567890123",
        ] {
            let embed = recognise(url).unwrap();
            let origin = crate::url::origin(&embed.player()).unwrap();
            assert!(PLAYER_HOSTS.contains(&origin.as_str()), "{url}: {origin}");
            // What the player and the page are built from is the embed itself.
            assert_eq!(recognise(&embed.page()), Some(embed.clone()), "{url}");
        }
        let sound = recognise("https://soundcloud.com/le-matin/episode-12").unwrap();
        assert!(sound.provider.is_audio());
        assert!(sound.player().starts_with("https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fle-matin%2Fepisode-12"));
    }
}
