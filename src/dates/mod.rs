//! Dates for readers, in the newsroom's time zone (`time_zone` in config.json): the words and
//! order each language expects ("samedi 28 novembre 2026 à 17:35").
//!
//! The browser writes them with `Intl.DateTimeFormat` and its `timeZone` option; the
//! publishing step, which has no `Intl`, writes the same words from [`written`] after jiff has
//! placed the instant in the zone. A browser test holds the two to one table of cases.

mod calendar;
mod written;

#[cfg(target_arch = "wasm32")]
mod intl;
#[cfg(target_arch = "wasm32")]
use intl as zone;

#[cfg(not(target_arch = "wasm32"))]
mod zone;

use std::cell::RefCell;

pub use calendar::{civil, days_from_civil, Civil};
pub use written::written;

use crate::{feed::Timestamp, i18n::Locale};

/// How much of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// "samedi 28 novembre 2026 à 17:35"
    Full,
    /// "samedi 28 novembre 2026"
    Day,
    /// "17:35"
    Time,
}

/// The zone every date is written in when none is configured.
pub const DEFAULT_TIME_ZONE: &str = "UTC";

thread_local! {
    static TIME_ZONE: RefCell<String> = RefCell::new(DEFAULT_TIME_ZONE.to_owned());
}

/// Sets the newsroom's time zone (an IANA name) for every date written after this. A name
/// this side does not know leaves UTC, and says so.
pub fn set_time_zone(name: &str) -> Result<(), UnknownTimeZone> {
    let known = zone::is_known(name);
    TIME_ZONE
        .with(|zone| *zone.borrow_mut() = if known { name } else { DEFAULT_TIME_ZONE }.to_owned());
    if known {
        Ok(())
    } else {
        Err(UnknownTimeZone(name.to_owned()))
    }
}

/// A `time_zone` that is not an IANA name this side knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTimeZone(pub String);

impl std::fmt::Display for UnknownTimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "time_zone \"{}\" is not an IANA time zone name (such as \"Africa/Casablanca\")",
            self.0
        )
    }
}

fn time_zone() -> String {
    TIME_ZONE.with(|zone| zone.borrow().clone())
}

/// The instant written for a reader of `locale`, in the newsroom's time zone.
pub fn format(timestamp: Timestamp, locale: Locale, style: Style) -> String {
    zone::format(timestamp.epoch_ms, &time_zone(), locale, style)
}

/// The calendar day of an instant in the newsroom's time zone, for grouping by day.
pub fn local_day(timestamp: Timestamp) -> (i64, u32, u32) {
    let offset = zone::offset_minutes(timestamp.epoch_ms, &time_zone());
    let day = civil(timestamp.epoch_ms + i64::from(offset) * 60_000);
    (day.year, day.month, day.day)
}

/// The start of the day `epoch_ms` falls on, in the newsroom's time zone.
pub fn start_of_day(epoch_ms: i64) -> i64 {
    let offset = i64::from(zone::offset_minutes(epoch_ms, &time_zone())) * 60_000;
    let local = epoch_ms + offset;
    local - local.rem_euclid(86_400_000) - offset
}

/// The machine-readable form for `<time datetime>`, in UTC as `Date.toISOString` writes it.
pub fn iso(timestamp: Timestamp) -> String {
    let c = civil(timestamp.epoch_ms);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second, c.millisecond
    )
}

/// The instant with the offset it has in the newsroom's zone, as RFC 3339
/// (`2026-11-28T17:35:00+01:00`), for OpenGraph and JSON-LD.
pub fn rfc3339_in_zone(timestamp: Timestamp) -> String {
    let offset = zone::offset_minutes(timestamp.epoch_ms, &time_zone());
    let c = civil(timestamp.epoch_ms + i64::from(offset) * 60_000);
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        c.year,
        c.month,
        c.day,
        c.hour,
        c.minute,
        c.second,
        offset / 60,
        offset % 60
    )
}

/// "il y a 5 minutes", "à l'instant": how long ago `then` was at `now` (milliseconds).
pub fn relative(now: i64, then: i64, locale: Locale) -> String {
    zone::relative(now, then, locale)
}

/// An instant in milliseconds, as the other functions here take it.
pub fn from_millis(epoch_ms: i64) -> Timestamp {
    Timestamp {
        epoch_ms,
        offset_minutes: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse_rfc3339;

    #[test]
    fn iso_is_utc_with_milliseconds() {
        let at = parse_rfc3339("2026-11-28T17:35:00+01:00").unwrap();
        assert_eq!(iso(at), "2026-11-28T16:35:00.000Z");
        assert_eq!(iso(from_millis(-1)), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn dates_follow_the_configured_zone() {
        let at = parse_rfc3339("2026-11-28T23:20:00+00:00").unwrap();
        set_time_zone("UTC").unwrap();
        assert_eq!(format(at, Locale::Fr, Style::Time), "23:20");
        assert_eq!(local_day(at), (2026, 11, 28));
        set_time_zone("Africa/Lagos").unwrap();
        assert_eq!(format(at, Locale::Fr, Style::Time), "00:20");
        assert_eq!(local_day(at), (2026, 11, 29));
        assert_eq!(rfc3339_in_zone(at), "2026-11-29T00:20:00+01:00");
        assert_eq!(
            iso(from_millis(start_of_day(at.epoch_ms))),
            "2026-11-28T23:00:00.000Z"
        );
        set_time_zone("America/New_York").unwrap();
        assert_eq!(rfc3339_in_zone(at), "2026-11-28T18:20:00-05:00");
        set_time_zone(DEFAULT_TIME_ZONE).unwrap();
    }

    #[test]
    fn an_unknown_zone_is_refused_and_utc_stays() {
        let error = set_time_zone("Europe/Atlantide").unwrap_err();
        assert!(error.to_string().contains("Europe/Atlantide"));
        let at = parse_rfc3339("2026-11-28T23:20:00Z").unwrap();
        assert_eq!(format(at, Locale::Fr, Style::Time), "23:20");
    }
}
