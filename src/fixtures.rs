//! Photos made by code, for the tests and the benchmark: camera-size JPEGs that weigh what a
//! CMS's full-size uploads weigh, with the EXIF a camera writes (its orientation, its serial
//! number, the GPS position where it was taken), so that nothing megabytes large is committed.
//! Native only (`gen-photos`, tests/publish_images.rs).

/// The serial number written in every fixture's EXIF: no variant may hold it.
pub const SERIAL: &str = "SN-4207-MANCHETTE";

/// A TIFF block as EXIF holds it: `orientation`, the camera's serial number ([`SERIAL`]), and
/// a GPS position (33°35'24" N, Casablanca). Little-endian, offsets from the block's start.
pub fn exif(orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    let push16 = |t: &mut Vec<u8>, v: u16| t.extend_from_slice(&v.to_le_bytes());
    let push32 = |t: &mut Vec<u8>, v: u32| t.extend_from_slice(&v.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        push16(t, tag);
        push16(t, kind);
        push32(t, count);
        push32(t, value);
    };
    let serial = format!("{SERIAL}\0");
    let serial_at = 8 + 2 + 3 * 12 + 4;
    let gps_at = (serial_at + serial.len() as u32).next_multiple_of(2);
    let rationals_at = gps_at + 2 + 2 * 12 + 4;
    tiff.extend_from_slice(b"II");
    push16(&mut tiff, 42);
    push32(&mut tiff, 8);
    // IFD0: the orientation, the GPS IFD's place, the serial number.
    push16(&mut tiff, 3);
    entry(&mut tiff, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut tiff, 0x8825, 4, 1, gps_at);
    entry(&mut tiff, 0xA431, 2, serial.len() as u32, serial_at);
    push32(&mut tiff, 0);
    tiff.extend_from_slice(serial.as_bytes());
    tiff.resize(gps_at as usize, 0);
    // The GPS IFD: the latitude's reference (inline) and its three rationals.
    push16(&mut tiff, 2);
    entry(&mut tiff, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut tiff, 0x0002, 5, 3, rationals_at);
    push32(&mut tiff, 0);
    for (numerator, denominator) in [(33u32, 1u32), (35, 1), (2400, 100)] {
        push32(&mut tiff, numerator);
        push32(&mut tiff, denominator);
    }
    tiff
}

/// A photo-like picture, `width` × `height`, as RGB bytes: a sky and a ground of broad
/// gradients, a textured middle, and a camera's fine grain. `seed` varies it.
pub fn photo_pixels(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut pixels = Vec::with_capacity(width as usize * height as usize * 3);
    let mut grain = seed.wrapping_mul(2_654_435_761) | 1;
    let phase = seed as f32 * 0.7;
    for y in 0..height {
        let v = y as f32 / height as f32;
        for x in 0..width {
            let u = x as f32 / width as f32;
            grain ^= grain << 13;
            grain ^= grain >> 17;
            grain ^= grain << 5;
            let noise = (grain >> 28) as f32 - 8.0;
            let horizon = 0.45 + 0.08 * (u * 6.0 + phase).sin();
            let texture = ((x as f32 * 0.09 + phase).sin() * (y as f32 * 0.13).cos()
                + (x as f32 * 0.021 - y as f32 * 0.017).sin())
                * 18.0;
            let (r, g, b) = if v < horizon {
                (90.0 + 80.0 * v, 140.0 + 60.0 * v, 210.0 - 40.0 * v)
            } else {
                (
                    120.0 + 60.0 * u + texture,
                    100.0 + 40.0 * v + texture,
                    60.0 + texture / 2.0,
                )
            };
            for channel in [r, g, b] {
                pixels.push((channel + noise).clamp(0.0, 255.0) as u8);
            }
        }
    }
    pixels
}

/// A camera's JPEG of [`photo_pixels`], at `quality`, with `exif` (see [`exif`]) and, if
/// given, a colour profile.
pub fn photo(
    width: u16,
    height: u16,
    seed: u32,
    quality: u8,
    exif: &[u8],
    icc: Option<&[u8]>,
) -> Vec<u8> {
    let pixels = photo_pixels(u32::from(width), u32::from(height), seed);
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    // Both only fail for blocks over 64 KB, which these are not.
    encoder.add_exif_metadata(exif).ok();
    if let Some(icc) = icc {
        encoder.add_icc_profile(icc).ok();
    }
    encoder
        .encode(&pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .ok();
    out
}
