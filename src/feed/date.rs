//! RFC 3339 dates, as JSON Feed writes them. A date that does not parse is simply absent.

use crate::dates::days_from_civil;

/// An instant, in milliseconds since 1970-01-01T00:00:00Z, with the offset the feed wrote.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Timestamp {
    pub epoch_ms: i64,
    pub offset_minutes: i16,
}

/// Parses `2024-11-20T17:35:00+01:00`, `…Z`, with optional fractions of a second.
/// Returns `None` for anything else, including impossible dates such as February 30th.
pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
    let b = text.trim().as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let second = digits(&b[17..19])?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &b[19..];
    let mut millis = 0;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        let first_three = &fraction[..len.min(3)];
        millis = digits(first_three)? * 10_i64.pow(3 - first_three.len() as u32);
        rest = &fraction[len..];
    }
    let offset_minutes = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = digits(&[*h1, *h2])?;
            let minutes = digits(&[*m1, *m2])?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = hours * 60 + minutes;
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second.min(59) - offset_minutes * 60;
    Some(Timestamp {
        epoch_ms: seconds * 1_000 + millis,
        offset_minutes: offset_minutes as i16,
    })
}

fn digits(bytes: &[u8]) -> Option<i64> {
    bytes.iter().try_fold(0_i64, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(text: &str) -> Option<i64> {
        parse_rfc3339(text).map(|t| t.epoch_ms)
    }

    #[test]
    fn the_epoch_is_zero() {
        assert_eq!(ms("1970-01-01T00:00:00Z"), Some(0));
    }

    #[test]
    fn an_offset_moves_the_instant_back_to_utc() {
        // 2024-11-20T16:35:00Z is 1732120500 seconds after the epoch.
        assert_eq!(ms("2024-11-20T17:35:00+01:00"), Some(1_732_120_500_000));
        assert_eq!(ms("2024-11-20T16:35:00Z"), Some(1_732_120_500_000));
        assert_eq!(
            parse_rfc3339("2024-11-20T17:35:00+01:00")
                .unwrap()
                .offset_minutes,
            60
        );
        assert_eq!(ms("2024-11-20T11:35:00-05:00"), Some(1_732_120_500_000));
    }

    #[test]
    fn fractions_of_a_second_are_kept_to_the_millisecond() {
        assert_eq!(ms("1970-01-01T00:00:01.5Z"), Some(1_500));
        assert_eq!(ms("1970-01-01T00:00:00.123456Z"), Some(123));
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(ms("2024-02-29T12:00:00Z").is_some());
        assert!(ms("2023-02-29T12:00:00Z").is_none());
        assert!(ms("2000-02-29T12:00:00Z").is_some());
        assert!(ms("1900-02-29T12:00:00Z").is_none());
    }

    #[test]
    fn bad_dates_are_none() {
        for text in [
            "",
            "hier",
            "2024-11-20",
            "2024-13-01T00:00:00Z",
            "2024-11-20T25:00:00Z",
            "2024-11-20T17:35:00",
            "2024-11-20T17:35:00+0100",
            "20 Nov 2024 17:35:00 GMT",
            "2024-11-20T17:35:00.Z",
        ] {
            assert_eq!(parse_rfc3339(text), None, "{text}");
        }
    }
}
