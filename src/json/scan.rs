//! The text of a JSON string, as the reader scans it: where a run of plain text ends, with
//! its UTF-8 checked on the way, so that a feed is scanned once rather than twice.

/// Where the plain text of a string that starts at `at` ends: at its closing quote, a
/// backslash, a control character, or the end of `bytes`. On the way it checks that the text
/// is UTF-8, and gives the position of the first byte that is not. It looks at eight bytes at
/// a time while they are plain ASCII, which keeps long article bodies quick to read.
pub(super) fn plain_run_end(bytes: &[u8], mut at: usize) -> Result<usize, usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const QUOTES: u64 = ONES * b'"' as u64;
    const BACKSLASHES: u64 = ONES * b'\\' as u64;
    const SPACES: u64 = ONES * 0x20;
    loop {
        while let Some(chunk) = bytes.get(at..at + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word);
            // A zero byte in `word ^ QUOTES` is a quote, in `word ^ BACKSLASHES` a backslash;
            // `word - SPACES` sets the high bit of a control character, and `word` itself that
            // of a byte outside ASCII. A borrow can mark a byte above a marked one, never
            // below, so the lowest mark is exact.
            let quote = word ^ QUOTES;
            let backslash = word ^ BACKSLASHES;
            let marks = (quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash)
                | word.wrapping_sub(SPACES)
                | word;
            let marks = marks & HIGH;
            if marks != 0 {
                at += marks.trailing_zeros() as usize / 8;
                break;
            }
            at += 8;
        }
        let Some(&byte) = bytes.get(at) else {
            return Ok(at);
        };
        match byte {
            b'"' | b'\\' | ..=0x1f => return Ok(at),
            ..=0x7f => at += 1,
            _ => at += utf8_sequence_len(&bytes[at..]).ok_or(at)?,
        }
    }
}

/// The length of the UTF-8 sequence `rest` starts with, a byte outside ASCII; `None` when it
/// is not one (a stray continuation, an overlong form, a surrogate, past U+10FFFF, cut short).
fn utf8_sequence_len(rest: &[u8]) -> Option<usize> {
    const TAIL: std::ops::RangeInclusive<u8> = 0x80..=0xbf;
    let (len, second) = match rest[0] {
        0xc2..=0xdf => (2, TAIL),
        0xe0 => (3, 0xa0..=0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, TAIL),
        0xed => (3, 0x80..=0x9f),
        0xf0 => (4, 0x90..=0xbf),
        0xf1..=0xf3 => (4, TAIL),
        0xf4 => (4, 0x80..=0x8f),
        _ => return None,
    };
    let sequence = rest.get(..len)?;
    (second.contains(&sequence[1]) && sequence[2..].iter().all(|byte| TAIL.contains(byte)))
        .then_some(len)
}

/// Bytes the reader has checked: a string's text that `plain_run_end` passed, or a number's
/// ASCII characters.
pub(super) fn checked_text(bytes: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(bytes).is_ok());
    // SAFETY: every caller passes bytes already checked to be UTF-8 (see above); checking
    // them again here would scan each string twice.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}
