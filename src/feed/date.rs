//! Dates as feeds write them: RFC 3339, as JSON Feed asks, and RFC 2822, as WordPress and
//! most CMSs write them everywhere. A date that is neither is simply absent.

use crate::instant::{days_from_civil, days_in_month, Timestamp};

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

/// A date in either form a feed may use: RFC 3339 first, then RFC 2822.
pub fn parse_date(text: &str) -> Option<Timestamp> {
    parse_rfc3339(text).or_else(|| parse_rfc2822(text))
}

/// Parses `Fri, 31 May 2019 12:17:58 -0700` and the variants real feeds send: no weekday, a
/// one-digit day, a two-digit year, no seconds, a month written out, `GMT`, `UT`, `Z` or a
/// North American zone name (`EST`, `PDT`) for the offset, a comment after it. The weekday is
/// not checked against the date. `None` without a zone, or for an impossible date.
pub fn parse_rfc2822(text: &str) -> Option<Timestamp> {
    let text = text.split('(').next().unwrap_or_default();
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek()?.starts_with(|c: char| c.is_ascii_alphabetic()) {
        words.next();
    }
    let day = number(words.next()?, 1..=2)?;
    let month = month(words.next()?)?;
    let year = match words.next()? {
        y if y.len() == 4 => number(y, 4..=4)?,
        y if y.len() == 2 => number(y, 2..=2).map(|y| if y < 50 { 2000 + y } else { 1900 + y })?,
        y => number(y, 3..=3)? + 1900,
    };
    let mut clock = words.next()?.split(':');
    let hour = number(clock.next()?, 1..=2)?;
    let minute = number(clock.next()?, 2..=2)?;
    let second = clock.next().map_or(Some(0), |s| number(s, 2..=2))?;
    let offset_minutes = zone(words.next()?)?;
    if clock.next().is_some() || words.next().is_some() {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let seconds =
        days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second.min(59)
            - offset_minutes * 60;
    Some(Timestamp {
        epoch_ms: seconds * 1_000,
        offset_minutes: offset_minutes as i16,
    })
}

/// `word` as a number of so many digits.
fn number(word: &str, len: std::ops::RangeInclusive<usize>) -> Option<i64> {
    len.contains(&word.len()).then(|| digits(word.as_bytes()))?
}

/// The month of `Jan`, `january`, `Sept`: its first three letters decide.
fn month(word: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let start = word[..3].to_ascii_lowercase();
    let index = MONTHS.iter().position(|m| *m == start)?;
    Some(index as i64 + 1)
}

/// The offset, in minutes east of UTC, of `+0200`, `-07:00`, `GMT` or `PDT`.
fn zone(word: &str) -> Option<i64> {
    if let Some(sign) = word.strip_prefix(['+', '-']).map(|_| word.as_bytes()[0]) {
        let clock = word[1..].replace(':', "");
        let (hours, minutes) = (
            number(clock.get(..2)?, 2..=2)?,
            number(clock.get(2..)?, 2..=2)?,
        );
        if hours > 23 || minutes > 59 {
            return None;
        }
        let total = hours * 60 + minutes;
        return Some(if sign == b'-' { -total } else { total });
    }
    let hours = match word.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        _ => return None,
    };
    Some(hours * 60)
}

fn digits(bytes: &[u8]) -> Option<i64> {
    bytes.iter().try_fold(0_i64, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
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

    /// 2019-05-31T19:17:58Z, the instant of WordPress's `Fri, 31 May 2019 12:17:58 -0700`.
    const MAY_31: i64 = 1_559_330_278_000;

    #[test]
    fn rfc_2822_dates_and_their_real_world_variants() {
        let table: [(&str, i64, i16); 14] = [
            ("Fri, 31 May 2019 12:17:58 -0700", MAY_31, -420),
            ("31 May 2019 12:17:58 -0700", MAY_31, -420),
            ("Fri,31 May 2019 12:17:58 -0700", MAY_31, -420),
            ("Fri, 31 May 2019 19:17:58 GMT", MAY_31, 0),
            ("Fri, 31 May 2019 19:17:58 UT", MAY_31, 0),
            ("Fri, 31 May 2019 19:17:58 Z", MAY_31, 0),
            ("Fri, 31 May 2019 19:17:58 +0000", MAY_31, 0),
            ("Fri, 31 May 2019 12:17:58 PDT", MAY_31, -420),
            ("Friday, 31 May 2019 15:17:58 EDT", MAY_31, -240),
            ("Fri, 31 May 2019 21:17:58 +02:00", MAY_31, 120),
            ("Fri, 31 May 19 19:17:58 GMT", MAY_31, 0),
            ("  fri, 31 may 2019 19:17:58 gmt  ", MAY_31, 0),
            ("Fri, 31 May 2019 19:17:58 +0000 (UTC)", MAY_31, 0),
            ("Mon, 2 Dec 2024 09:05 +0100", 1_733_126_700_000, 60),
        ];
        for (text, epoch_ms, offset_minutes) in table {
            assert_eq!(
                parse_date(text),
                Some(Timestamp {
                    epoch_ms,
                    offset_minutes
                }),
                "{text}"
            );
        }
        assert_eq!(
            ms_2822("Sun, 1 Sept 2024 00:00:00 EST"),
            Some(1_725_166_800_000)
        );
        assert_eq!(
            ms_2822("Tue, 30 Nov 2027 10:00:00 CST"),
            Some(1_827_590_400_000)
        );
        assert_eq!(
            ms_2822("Wed, 1 Jan 2025 00:00:00 MST"),
            Some(1_735_714_800_000)
        );
    }

    fn ms_2822(text: &str) -> Option<i64> {
        parse_rfc2822(text).map(|t| t.epoch_ms)
    }

    #[test]
    fn rfc_2822_impossible_or_incomplete_dates_are_none() {
        for text in [
            "Fri, 31 May 2019 12:17:58",
            "Fri, 31 May 2019 12:17:58 CEST",
            "Thu, 30 Feb 2023 12:00:00 GMT",
            "Fri, 31 Mai 2019 12:17:58 GMT",
            "Fri, 31 May 2019 25:17:58 GMT",
            "Fri, 31 May 2019 12:17 :58 GMT",
            "Fri, 31 May 2019 12:17:58:00 GMT",
            "Fri, 31 May 2019 12:17:58 GMT extra",
            "Fri, 31 May 2019 12:17:58 +07",
            "Fri, 31 May 2019 12:17:58 +2500",
            "31/05/2019 12:17",
            "",
        ] {
            assert_eq!(parse_rfc2822(text), None, "{text}");
        }
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
