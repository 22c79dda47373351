//! The words around sound and video: an embed's facade and the players of an item's
//! attachments. Apart from the interface's messages, since only the sanitiser writes them:
//! in the release build they ship in its wasm part, not in the app's.

use super::Locale;

/// The words of an embed's facade and of an item's players, in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaWords {
    /// Before a video's title: "Lire la vidéo :".
    pub play_video: &'static str,
    /// Before a sound's title: "Écouter :".
    pub play_audio: &'static str,
    /// Before the provider's name: "Regarder sur".
    pub watch_on: &'static str,
    /// Before the provider's name: "Écouter sur".
    pub listen_on: &'static str,
    /// Above an item's players: "À écouter, à regarder".
    pub attachments: &'static str,
    /// A player's file: "Télécharger le fichier".
    pub download: &'static str,
    /// Under them: sound and video play online.
    pub plays_online: &'static str,
}

impl Locale {
    /// The words around sound and video in this locale.
    pub fn media_words(self) -> MediaWords {
        match self {
            Locale::Fr => MediaWords {
                play_video: "Lire la vidéo :",
                play_audio: "Écouter :",
                watch_on: "Regarder sur",
                listen_on: "Écouter sur",
                attachments: "À écouter, à regarder",
                download: "Télécharger le fichier",
                plays_online:
                    "Le son et la vidéo se lisent en ligne ; hors ligne, le texte reste lisible.",
            },
            Locale::En => MediaWords {
                play_video: "Play the video:",
                play_audio: "Listen:",
                watch_on: "Watch on",
                listen_on: "Listen on",
                attachments: "Listen and watch",
                download: "Download the file",
                plays_online: "Audio and video play online; offline, the text stays readable.",
            },
            Locale::Ar(_) => MediaWords {
                play_video: "تشغيل الفيديو:",
                play_audio: "استمع:",
                watch_on: "شاهد على",
                listen_on: "استمع على",
                attachments: "للاستماع والمشاهدة",
                download: "تنزيل الملف",
                plays_online: "يُشغَّل الصوت والفيديو عبر الشبكة، ويبقى النص مقروءًا دون اتصال.",
            },
        }
    }

    /// What a reader learns of a sound or a video before playing it: "24 min · 23 Mo".
    pub fn media_facts(self, seconds: Option<f64>, bytes: Option<u64>) -> String {
        let arabic = matches!(self, Locale::Ar(_));
        let mut facts = String::new();
        // A float that is no length (NaN, negative) reads as 0 seconds, which says nothing.
        let minutes = seconds.map_or(0, |s| s.ceil() as u64).div_ceil(60);
        if minutes > 0 {
            let (hour, minute) = if arabic { ("س", "د") } else { ("h", "min") };
            facts = match minutes / 60 {
                0 => format!("{minutes} {minute}"),
                h => format!("{h} {hour} {:02} {minute}", minutes % 60),
            };
        }
        let bytes = bytes.unwrap_or(0);
        if bytes > 0 {
            let (amount, units) = if bytes >= 1_000_000 {
                (bytes.div_ceil(1_000_000), ["Mo", "MB", "ميغابايت"])
            } else {
                (bytes.div_ceil(1_000), ["Ko", "KB", "كيلوبايت"])
            };
            let unit = match self {
                Locale::Fr => units[0],
                Locale::En => units[1],
                Locale::Ar(_) => units[2],
            };
            if !facts.is_empty() {
                facts += " · ";
            }
            facts += &format!("{amount} {unit}");
        }
        self.digits(facts)
    }
}
