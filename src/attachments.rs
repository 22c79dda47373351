//! An item's sounds and videos (a podcast's episode, a report's film), as HTML its body ends
//! with: each with its player, its length and weight when the feed gives them, and a link to
//! the file. The sanitiser adds them to the body it sanitises and draws them as it draws a
//! body's players, checking their addresses: nothing loads before the reader plays, and a line
//! says they play online. Pure.

use std::borrow::Cow;

use crate::{
    feed::Attachment,
    html_text::{escape_attribute, escape_text},
    i18n::Locale,
};

/// `body` followed by the players of `attachments` (those it does not play already).
pub fn with_players<'a>(body: &'a str, attachments: &[Attachment], locale: Locale) -> Cow<'a, str> {
    match attachments_html(attachments, body, locale) {
        Some(players) => Cow::Owned(format!("{body}{players}")),
        None => Cow::Borrowed(body),
    }
}

/// The players of the attachments that are a sound or a video and that `body` does not play
/// already (WordPress makes an `<audio>` block's file the post's enclosure too), under their
/// heading; `None` when there is none.
fn attachments_html(attachments: &[Attachment], body: &str, locale: Locale) -> Option<String> {
    let mut html = String::new();
    for attachment in attachments.iter().filter(|a| !body.contains(&a.url)) {
        let tag = match attachment.mime_type.split('/').next() {
            Some(tag @ ("video" | "audio")) => tag,
            _ => continue,
        };
        let url = escape_attribute(&attachment.url);
        // Its title, its length and its weight, those the feed gives.
        let mut facts = attachment
            .title
            .as_deref()
            .map(escape_text)
            .unwrap_or_default();
        let more = locale.media_facts(attachment.duration_in_seconds, attachment.size_in_bytes);
        if !facts.is_empty() && !more.is_empty() {
            facts += " · ";
        }
        facts += &more;
        let download = locale.media_words().download;
        html += &format!(
            "<figure><{tag} src=\"{url}\"></{tag}><figcaption>{facts} <a href=\"{url}\">{download}</a></figcaption></figure>"
        );
    }
    let words = locale.media_words();
    (!html.is_empty()).then(|| {
        format!(
            "<h2>{}</h2>{html}<p><em>{}</em></p>",
            words.attachments, words.plays_online
        )
    })
}

/// Plain text as the HTML of its paragraphs: a blank line starts a new one.
pub fn text_html(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape_text(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attachment(url: &str, mime_type: &str, title: Option<&str>) -> Attachment {
        Attachment {
            url: url.into(),
            mime_type: mime_type.into(),
            title: title.map(Into::into),
            size_in_bytes: Some(23_456_789),
            duration_in_seconds: Some(1440.0),
        }
    }

    #[test]
    fn sounds_and_videos_get_a_player_and_other_files_nothing() {
        let html = attachments_html(
            &[
                attachment("ep12.mp3", "audio/mpeg", Some("Épisode <12>")),
                attachment("rapport.pdf", "application/pdf", None),
                attachment("https://cdn.example/a.mp4?x=1&y=\"2\"", "video/mp4", None),
                attachment("https://cdn.example/extrait.mp3", "audio/mpeg", None),
            ],
            "<audio src=\"https://cdn.example/extrait.mp3\"></audio>",
            Locale::Fr,
        )
        .unwrap();
        assert_eq!(
            html,
            "<h2>À écouter, à regarder</h2>\
             <figure><audio src=\"ep12.mp3\"></audio><figcaption>Épisode &lt;12&gt; · 24 min · 24 Mo <a href=\"ep12.mp3\">Télécharger le fichier</a></figcaption></figure>\
             <figure><video src=\"https://cdn.example/a.mp4?x=1&amp;y=&quot;2&quot;\"></video><figcaption>24 min · 24 Mo <a href=\"https://cdn.example/a.mp4?x=1&amp;y=&quot;2&quot;\">Télécharger le fichier</a></figcaption></figure>\
             <p><em>Le son et la vidéo se lisent en ligne ; hors ligne, le texte reste lisible.</em></p>"
        );
        assert_eq!(
            text_html("Un <b>\n\n\n deux "),
            "<p>Un &lt;b&gt;</p><p>deux</p>"
        );
        assert_eq!(
            attachments_html(
                &[attachment("r.pdf", "application/pdf", None)],
                "",
                Locale::Fr
            ),
            None
        );
    }
}
