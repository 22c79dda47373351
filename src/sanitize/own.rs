//! The markup the sanitiser writes itself rather than copies: a picture publishing made
//! variants of, as a `<picture>`, and an embed, as a click-to-play facade. Both are made from
//! what the rules recognised (a picture's facts, a provider and a validated id), never from
//! the feed's markup, and both read back to themselves: sanitised again, they come out the
//! same.

use super::{
    embed::Embed,
    out::{Context, Out, Sink},
    rules::lazy_attribute,
    urls::{safe_url, UrlUse},
};
use crate::pictures::{self, Picture, Place, FORMATS};

/// The facade's wrapper, and its class when the embed is a sound.
pub const FACADE: &str = "embed";
pub const FACADE_AUDIO: &str = "embed embed-audio";
/// The facade's play link, which the page's script turns into the player on a click.
pub const PLAY: &str = "embed-play";
/// The longest title a facade shows.
const TITLE_CHARS: usize = 200;

/// The picture publishing made of an image's source (its lazy-loaded one first), if it did.
pub(super) fn made_picture<'a>(
    found: &[(String, String)],
    context: &Context<'a>,
) -> Option<&'a Picture> {
    let source = |wanted: &dyn Fn(&str) -> bool| {
        found
            .iter()
            .filter(|(name, _)| wanted(&name.to_ascii_lowercase()))
            .find_map(|(_, value)| safe_url(value, UrlUse::Image, context.base))
    };
    let src = source(&|name| lazy_attribute(name) == Some("src"))
        .or_else(|| source(&|name| name == "src"))?;
    pictures::find(context.pictures, &src)
}

/// An image publishing made variants of, as a `<picture>`: WebP, then JPEG in the image, each
/// at every width, drawn at the article's measure, with its real size and its tint, and the
/// original's alternative text.
pub(super) fn write_picture<S: Sink>(
    picture: &Picture,
    found: &[(String, String)],
    out: &mut Out<S>,
) {
    let sizes = Place::Article.sizes().to_owned();
    let [(modern, modern_ext), (_, fallback_ext)] = FORMATS;
    out.open("picture", &[]);
    out.open(
        "source",
        &[
            ("sizes".into(), sizes.clone()),
            ("srcset".into(), picture.srcset("", modern_ext)),
            ("type".into(), modern.into()),
        ],
    );
    out.close("source");
    let mut attributes = Vec::new();
    if let Some((_, alt)) = found
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("alt"))
    {
        attributes.push(("alt".into(), alt.clone()));
    }
    attributes.extend([
        ("class".into(), picture.tint_class()),
        ("height".into(), picture.height.to_string()),
        ("sizes".into(), sizes),
        ("src".into(), picture.fallback("")),
        ("srcset".into(), picture.srcset("", fallback_ext)),
        ("width".into(), picture.width.to_string()),
        ("loading".into(), "lazy".into()),
        ("decoding".into(), "async".into()),
    ]);
    out.open("img", &attributes);
    out.close("img");
    out.close("picture");
}

/// An embed as a facade: a play link that names what it plays (without JavaScript, a link to
/// the provider's page; the page's script turns it into the player, built from `data-player`,
/// on a click), then a plain link to watch or listen on the provider's site.
pub(super) fn write_facade<S: Sink>(
    embed: &Embed,
    title: &str,
    context: &Context,
    out: &mut Out<S>,
    plain_link: impl FnOnce(&str, &str, &mut Out<S>),
) {
    let audio = embed.provider.is_audio();
    let class = if audio { FACADE_AUDIO } else { FACADE };
    out.open("span", &[("class".into(), class.into())]);
    write_play(embed, title, context, out);
    out.text(" ");
    let labels = context.locale.media_words();
    let words = format!(
        "{} {}",
        if audio {
            labels.listen_on
        } else {
            labels.watch_on
        },
        embed.provider.name()
    );
    plain_link(&embed.page(), &words, out);
    out.close("span");
}

/// The facade's play link: its poster when publishing hosts one, and its words ("Lire la
/// vidéo : …"), which are its accessible name.
pub(super) fn write_play<S: Sink>(embed: &Embed, title: &str, context: &Context, out: &mut Out<S>) {
    let title = title.trim();
    let end = title
        .char_indices()
        .nth(TITLE_CHARS)
        .map_or(title.len(), |(at, _)| at);
    let title = match &title[..end] {
        "" => embed.provider.name(),
        title => title,
    };
    out.open(
        "a",
        &[
            ("class".into(), PLAY.into()),
            ("data-allow".into(), embed.provider.allow().into()),
            ("data-player".into(), embed.player()),
            ("data-title".into(), title.to_owned()),
            ("href".into(), embed.page()),
        ],
    );
    let poster = embed
        .poster()
        .and_then(|poster| pictures::find(context.pictures, &poster));
    if let Some(poster) = poster {
        write_picture(poster, &[("alt".to_owned(), String::new())], out);
    }
    out.open("span", &[("class".into(), "embed-label".into())]);
    let labels = context.locale.media_words();
    let play = if embed.provider.is_audio() {
        labels.play_audio
    } else {
        labels.play_video
    };
    out.text(&format!("{play} {title}"));
    out.close("span");
    out.close("a");
}

/// The title a play link or an iframe gives its embed (its `data-title`, else its `title`).
pub(super) fn title_of(found: &[(String, String)]) -> String {
    ["data-title", "title"]
        .iter()
        .find_map(|wanted| {
            found
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
                .map(|(_, value)| value.clone())
        })
        .unwrap_or_default()
}
