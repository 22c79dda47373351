//! Decimal text, as JSON writes numbers, to the nearest `f64`, without the standard library's
//! exact float parser and its table of powers of five.

/// The powers of ten an `f64` holds exactly.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of a number in JSON's grammar. Up to 15 significant digits and a decimal
/// exponent within ±22 (every size, order, duration and timestamp a feed or Isso sends), the
/// result is the nearest `f64`, as `str::parse` gives; beyond, it may be off in the last bit.
/// It replaces the standard library's exact parser, which is 4 KB of wasm.
pub fn decimal_to_f64(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, written_exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    let mut exponent: i32 = 0;
    let mut in_fraction = false;
    for byte in digits.bytes() {
        if byte == b'.' {
            in_fraction = true;
            continue;
        }
        if significant < 19 {
            mantissa = mantissa * 10 + u64::from(byte - b'0');
            if mantissa > 0 {
                significant += 1;
            }
            exponent -= i32::from(in_fraction);
        } else {
            exponent += i32::from(!in_fraction);
        }
    }
    let exponent = exponent.saturating_add(written_exponent.clamp(-1000, 1000));
    let magnitude = if mantissa == 0 {
        0.0
    } else if mantissa < 1 << 53 && exponent.unsigned_abs() < 23 {
        let power = EXACT_POWERS[exponent.unsigned_abs() as usize];
        if exponent < 0 {
            mantissa as f64 / power
        } else {
            mantissa as f64 * power
        }
    } else {
        // In two halves, so that no power of ten overflows on the way to a finite result.
        let half = exponent / 2;
        mantissa as f64 * 10f64.powi(half) * 10f64.powi(exponent - half)
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_standard_parser_reads_them() {
        let exact = [
            "0",
            "7",
            "-3",
            "2.5",
            "0.1",
            "1764345600.25",
            "1764345700.125",
            "61.5",
            "-0.000123",
            "4294967295",
            "9007199254740991",
            "123456789012345",
            "1e22",
            "1.5e-7",
            "25E+3",
        ];
        for text in exact {
            assert_eq!(decimal_to_f64(text), text.parse::<f64>().unwrap(), "{text}");
        }
        // Past the exact range: within a few units in the last place.
        for text in [
            "0.30000000000000004",
            "12345678901234567890123",
            "1e300",
            "-2.2250738585072014e-300",
            "9.99e-50",
        ] {
            let (ours, std) = (decimal_to_f64(text), text.parse::<f64>().unwrap());
            assert!(
                ((ours - std) / std).abs() < 1e-14,
                "{text}: {ours} against {std}"
            );
        }
        assert_eq!(decimal_to_f64("1e999"), f64::INFINITY);
        assert_eq!(decimal_to_f64("1e-999"), 0.0);
        // Generated: every integer and two-decimal amount of a deterministic sequence.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..10_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let text = format!("{}.{:02}", state % 10_000_000_000, state % 100);
            assert_eq!(
                decimal_to_f64(&text),
                text.parse::<f64>().unwrap(),
                "{text}"
            );
        }
    }
}
