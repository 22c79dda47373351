//! Pictures as publishing makes them: each photo of the paper resized to a ladder of widths,
//! in WebP and in JPEG, under names the app can write from a few facts. Publishing records the
//! facts in the feed it serves (an item's `_manchette.pictures`); the views and the sanitiser
//! write `<picture>` markup from them, the same on a published page and in the app. Pure.

/// The widths a picture is made in, in pixels, never wider than the original.
pub const LADDER: [u32; 8] = [320, 480, 640, 828, 1080, 1280, 1600, 2048];

/// Where the variants live, from the site's root.
pub const FOLDER: &str = "img/v/";

/// The two formats, the modern one first, as `<source type>` and the file's extension name
/// them.
pub const FORMATS: [(&str, &str); 2] = [("image/webp", "webp"), ("image/jpeg", "jpg")];

/// What publishing learnt of one picture.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picture {
    /// The picture as the item names it, resolved: the key the views look it up by.
    pub src: String,
    /// The fingerprint of the original's bytes, which names its variants (16 hex digits).
    pub key: String,
    /// The size of the original once turned upright, in pixels.
    pub width: u32,
    pub height: u32,
    /// The original's average colour, on a palette of 4 × 4 × 4 (see [`tint`]), shown while
    /// the picture loads.
    pub tint: u8,
}

impl Picture {
    /// The widths its variants are made in: those of the ladder below its own, then its own
    /// (at most the ladder's last).
    pub fn widths(&self) -> Vec<u32> {
        widths(self.width)
    }

    /// The variant of `width` in the format of extension `ext`, from the site's root.
    pub fn file(&self, width: u32, ext: &str) -> String {
        format!("{FOLDER}{}-{width}.{ext}", self.key)
    }

    /// A `srcset` of every width in one format, each variant's path under `root` (the site's
    /// public path, `/` or `/sub/path/`).
    pub fn srcset(&self, root: &str, ext: &str) -> String {
        self.widths()
            .iter()
            .map(|width| format!("{root}{} {width}w", self.file(*width, ext)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The fallback `src`: the JPEG variant closest to 828 pixels, what a phone shows.
    pub fn fallback(&self, root: &str) -> String {
        let widths = self.widths();
        let width = widths
            .iter()
            .copied()
            .find(|w| *w >= 828)
            .or(widths.last().copied())
            .unwrap_or(self.width);
        format!("{root}{}", self.file(width, "jpg"))
    }

    /// The height of the variant of `width`, the proportions kept.
    pub fn height_at(&self, width: u32) -> u32 {
        scaled_height(self.width, self.height, width)
    }

    /// The classes that paint the tint behind the picture while it loads, a level of each
    /// channel (style/media.css): `tint tr2 tg1 tb3`.
    pub fn tint_class(&self) -> String {
        let tint = self.tint.min(63);
        format!("tint tr{} tg{} tb{}", tint / 16, tint / 4 % 4, tint % 4)
    }

    /// The compact form the feed carries: `KEY WIDTH HEIGHT TINT`.
    pub fn facts(&self) -> String {
        format!("{} {} {} {}", self.key, self.width, self.height, self.tint)
    }

    /// The picture of `src` from its compact form; `None` when it does not read.
    pub fn from_facts(src: &str, facts: &str) -> Option<Picture> {
        let mut parts = facts.split(' ');
        let key = parts.next()?;
        let valid_key = key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit());
        let picture = Picture {
            src: src.to_owned(),
            key: key.to_ascii_lowercase(),
            width: parts.next()?.parse().ok()?,
            height: parts.next()?.parse().ok()?,
            tint: parts.next()?.parse().ok().filter(|t| *t < 64)?,
        };
        let sized = picture.width > 0 && picture.height > 0;
        (valid_key && sized && parts.next().is_none()).then_some(picture)
    }
}

/// True for an SVG drawing (by its name or its first bytes), which publishing passes through
/// as it is.
pub fn is_svg(url: &str, bytes: &[u8]) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start();
    path.to_ascii_lowercase().ends_with(".svg")
        || head.starts_with("<svg")
        || (head.starts_with("<?xml") && head.contains("<svg"))
}

/// The widths of the variants of a picture `original` pixels wide.
pub fn widths(original: u32) -> Vec<u32> {
    let top = original.min(LADDER[LADDER.len() - 1]);
    let mut widths: Vec<u32> = LADDER.iter().copied().filter(|w| *w < top).collect();
    if top > 0 {
        widths.push(top);
    }
    widths
}

/// The height of a picture `width` × `height` scaled to `to` pixels wide, rounded, at least 1.
pub fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    if width == 0 {
        return height;
    }
    let scaled =
        (u64::from(height) * u64::from(to) * 2 + u64::from(width)) / (u64::from(width) * 2);
    scaled.max(1) as u32
}

/// The palette entry of an average colour: 4 levels per channel, red first.
pub fn tint(red: u8, green: u8, blue: u8) -> u8 {
    (red / 64) * 16 + (green / 64) * 4 + blue / 64
}

/// True for the classes [`Picture::tint_class`] writes, and nothing else.
pub fn is_tint_class(value: &str) -> bool {
    let level = |part: &str, channel: &str| {
        part.strip_prefix(channel)
            .is_some_and(|level| matches!(level, "0" | "1" | "2" | "3"))
    };
    matches!(value.split(' ').collect::<Vec<_>>().as_slice(),
        ["tint", r, g, b] if level(r, "tr") && level(g, "tg") && level(b, "tb"))
}

/// The picture `src` names among `pictures`.
pub fn find<'a>(pictures: &'a [Picture], src: &str) -> Option<&'a Picture> {
    pictures.iter().find(|p| p.src == src)
}

/// How wide a picture is drawn in each place of the paper, as `sizes` tells the browser, so
/// that it loads the variant the layout needs. The figures follow style/: the page is at most
/// 78rem with about 1rem of margin on a phone and 1.75rem on a wide screen; from 64rem the
/// front page gives 19rem to the fil info; articles keep to a 42rem measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The front page's lead story: the whole column.
    Lead,
    /// A top story's card: half the column from 40rem.
    Card,
    /// A compact card's thumbnail (7.5rem, 10rem in a listing).
    Thumbnail,
    /// The article's hero and the pictures of its body: the reading measure.
    Article,
}

impl Place {
    /// The `sizes` attribute of a picture drawn here.
    pub fn sizes(self) -> &'static str {
        match self {
            Place::Lead => {
                "(min-width: 78rem) 53rem, (min-width: 64rem) calc(100vw - 25rem), calc(100vw - 2rem)"
            }
            Place::Card => {
                "(min-width: 78rem) 26rem, (min-width: 64rem) calc(50vw - 13rem), (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)"
            }
            Place::Thumbnail => "10rem",
            Place::Article => "(min-width: 46rem) 42rem, calc(100vw - 2rem)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(width: u32, height: u32) -> Picture {
        Picture {
            src: "https://journal.example.ma/img/port.jpg".into(),
            key: "0123456789abcdef".into(),
            width,
            height,
            tint: 21,
        }
    }

    #[test]
    fn the_ladder_stops_at_the_original() {
        assert_eq!(widths(4000), LADDER.to_vec());
        assert_eq!(widths(2048), LADDER.to_vec());
        assert_eq!(widths(1000), [320, 480, 640, 828, 1000]);
        assert_eq!(widths(480), [320, 480]);
        assert_eq!(widths(200), [200]);
        assert_eq!(widths(0), Vec::<u32>::new());
    }

    #[test]
    fn variants_are_named_by_key_width_and_format() {
        let p = photo(1000, 667);
        assert_eq!(p.file(640, "webp"), "img/v/0123456789abcdef-640.webp");
        assert_eq!(
            p.srcset("/sub/", "jpg"),
            "/sub/img/v/0123456789abcdef-320.jpg 320w, /sub/img/v/0123456789abcdef-480.jpg 480w, /sub/img/v/0123456789abcdef-640.jpg 640w, /sub/img/v/0123456789abcdef-828.jpg 828w, /sub/img/v/0123456789abcdef-1000.jpg 1000w"
        );
        assert_eq!(p.fallback("/"), "/img/v/0123456789abcdef-828.jpg");
        assert_eq!(
            photo(600, 400).fallback("/"),
            "/img/v/0123456789abcdef-600.jpg"
        );
        assert_eq!(p.height_at(320), 213);
        assert_eq!(p.tint_class(), "tint tr1 tg1 tb1");
        assert!(is_tint_class(&p.tint_class()));
        for class in [
            "tint",
            "tint tr4 tg0 tb0",
            "tint tr1 tg1 tb1 x",
            "tr1 tg1 tb1",
            "unsized",
        ] {
            assert!(!is_tint_class(class), "{class}");
        }
        assert_eq!(scaled_height(3, 1, 1), 1, "never 0 pixels high");
    }

    #[test]
    fn facts_read_back_and_refuse_what_is_not_theirs() {
        let p = photo(2048, 1365);
        assert_eq!(Picture::from_facts(&p.src, &p.facts()), Some(p.clone()));
        for bad in [
            "",
            "0123456789abcdef 2048 1365",
            "0123456789abcdef 2048 1365 64",
            "0123456789abcdef 0 1365 3",
            "0123456789abcdeg 2048 1365 3",
            "../../../etc/x 2048 1365 3",
            "0123456789abcdef 2048 1365 3 more",
        ] {
            assert_eq!(Picture::from_facts(&p.src, bad), None, "{bad}");
        }
    }

    #[test]
    fn the_tint_is_a_palette_entry() {
        assert_eq!(tint(0, 0, 0), 0);
        assert_eq!(tint(255, 255, 255), 63);
        assert_eq!(tint(130, 70, 10), 2 * 16 + 4);
    }
}
