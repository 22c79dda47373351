//! One original made into its variants: its size checked before it is decoded, turned
//! upright, put in sRGB, resized along the ladder and encoded as WebP and as JPEG. The
//! variants are written from pixels alone, so nothing of the original's metadata (EXIF with a
//! GPS position or a camera's serial number, XMP, IPTC, comments, colour profile) reaches them.

use std::io::Cursor;

use fast_image_resize::{images::Image, FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use moxcms::{ColorProfile, Layout, TransformOptions};

use crate::pictures::{scaled_height, tint, widths};

/// The largest original publishing reads, in bytes.
pub const MAX_BYTES: u64 = 25 * 1024 * 1024;
/// The most pixels an original may have: more is refused before decoding, as a picture made
/// to exhaust memory would be (a "decompression bomb").
pub const MAX_PIXELS: u64 = 50_000_000;
/// WebP's quality (libwebp's 0–100 scale): the ladder weighs 37% of JPEG's at quality 80
/// from `image`'s own encoder, on the photos bench/README.md names.
pub const WEBP_QUALITY: f32 = 75.0;
/// JPEG's quality, for browsers without WebP: baseline, with the standard Huffman tables.
/// (jpeg-encoder's tables made for each picture save about 5%, but a flat picture encoded
/// with them decoded as pure green in `image`'s decoder: not worth the risk.)
pub const JPEG_QUALITY: u8 = 80;

/// Why an original was not made into variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    TooLarge(u64),
    TooManyPixels { width: u32, height: u32 },
    NotAnImage,
    Corrupt(String),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::TooLarge(bytes) => write!(
                f,
                "{:.1} MB, over the {} MB publishing reads",
                *bytes as f64 / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
            Refused::TooManyPixels { width, height } => write!(
                f,
                "{width} × {height} pixels, over the {} megapixels publishing decodes",
                MAX_PIXELS / 1_000_000
            ),
            Refused::NotAnImage => write!(f, "not a picture publishing can read"),
            Refused::Corrupt(why) => write!(f, "the picture is damaged ({why})"),
        }
    }
}

/// An original's variants.
pub struct Made {
    /// The original's size once upright.
    pub width: u32,
    pub height: u32,
    pub tint: u8,
    /// Each variant: its width, its extension and its bytes.
    pub files: Vec<(u32, &'static str, Vec<u8>)>,
}

/// Makes the variants of `bytes`.
pub fn make(bytes: &[u8]) -> Result<Made, Refused> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Refused::TooLarge(bytes.len() as u64));
    }
    let (image, icc) = decode(bytes)?;
    let rgb = in_srgb(image.to_rgb8().into_raw(), icc.as_deref());
    let (width, height) = (image.width(), image.height());
    let source = Image::from_vec_u8(width, height, rgb, PixelType::U8x3)
        .map_err(|error| Refused::Corrupt(error.to_string()))?;
    let tint = average_tint(source.buffer());
    let mut resizer = Resizer::new();
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    let mut files = Vec::new();
    for to in widths(width) {
        let to_height = scaled_height(width, height, to);
        let pixels = if to == width {
            source.buffer().to_vec()
        } else {
            let mut resized = Image::new(to, to_height, PixelType::U8x3);
            resizer
                .resize(&source, &mut resized, &options)
                .map_err(|error| Refused::Corrupt(error.to_string()))?;
            resized.into_vec()
        };
        files.push((to, "webp", webp(&pixels, to, to_height)));
        files.push((to, "jpg", jpeg(&pixels, to, to_height)?));
    }
    Ok(Made {
        width,
        height,
        tint,
        files,
    })
}

/// The decoded picture, upright, and its colour profile if it has one. Its size is read from
/// its header and checked before its pixels are.
fn decode(bytes: &[u8]) -> Result<(DynamicImage, Option<Vec<u8>>), Refused> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Refused::NotAnImage)?;
    if reader.format().is_none() {
        return Err(Refused::NotAnImage);
    }
    let mut decoder = reader
        .into_decoder()
        .map_err(|error| Refused::Corrupt(error.to_string()))?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Refused::TooManyPixels { width, height });
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    decoder
        .set_limits(limits)
        .map_err(|error| Refused::Corrupt(error.to_string()))?;
    let orientation = decoder.orientation().ok();
    let icc = decoder.icc_profile().ok().flatten();
    let mut image =
        DynamicImage::from_decoder(decoder).map_err(|error| Refused::Corrupt(error.to_string()))?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    if image.width() == 0 || image.height() == 0 {
        return Err(Refused::Corrupt("it has no pixels".into()));
    }
    Ok((image, icc))
}

/// RGB pixels in sRGB: converted from the profile a photo carries (Display P3, Adobe RGB), as
/// they are when it carries none or one that does not read.
fn in_srgb(rgb: Vec<u8>, icc: Option<&[u8]>) -> Vec<u8> {
    let Some(profile) = icc.and_then(|icc| ColorProfile::new_from_slice(icc).ok()) else {
        return rgb;
    };
    let srgb = ColorProfile::new_srgb();
    let Ok(transform) =
        profile.create_transform_8bit(Layout::Rgb, &srgb, Layout::Rgb, TransformOptions::default())
    else {
        return rgb;
    };
    let mut converted = vec![0; rgb.len()];
    match transform.transform(&rgb, &mut converted) {
        Ok(()) => converted,
        Err(_) => rgb,
    }
}

/// The palette entry of the picture's average colour, from one pixel in 16 or so.
fn average_tint(rgb: &[u8]) -> u8 {
    let (mut sums, mut count) = ([0u64; 3], 0u64);
    for pixel in rgb.chunks_exact(3).step_by(16) {
        for (sum, value) in sums.iter_mut().zip(pixel) {
            *sum += u64::from(*value);
        }
        count += 1;
    }
    let average = |sum: u64| (sum / count.max(1)) as u8;
    tint(average(sums[0]), average(sums[1]), average(sums[2]))
}

fn webp(rgb: &[u8], width: u32, height: u32) -> Vec<u8> {
    webp::Encoder::from_rgb(rgb, width, height)
        .encode(WEBP_QUALITY)
        .to_vec()
}

fn jpeg(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, Refused> {
    let too_big = |_| Refused::Corrupt("too large for JPEG".into());
    let (width, height) = (
        u16::try_from(width).map_err(too_big)?,
        u16::try_from(height).map_err(too_big)?,
    );
    let mut out = Vec::new();
    let encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    encoder
        .encode(rgb, width, height, jpeg_encoder::ColorType::Rgb)
        .map_err(|error| Refused::Corrupt(error.to_string()))?;
    Ok(out)
}
