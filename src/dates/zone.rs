//! The publishing side of dates: jiff places an instant in the newsroom's time zone (from the
//! time zone database built into the tools, see Cargo.toml), and writes the zone's table for
//! the pages.

use std::sync::OnceLock;

use jiff::{
    tz::{TimeZone, TimeZoneDatabase},
    Timestamp,
};

use super::{Style, ZoneTable};
use crate::i18n::Locale;

fn zone_named(name: &str) -> Option<TimeZone> {
    static DATABASE: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DATABASE
        .get_or_init(TimeZoneDatabase::bundled)
        .get(name)
        .ok()
}

pub fn is_known(name: &str) -> bool {
    zone_named(name).is_some()
}

/// The zone's offset from UTC at that instant, in minutes.
pub fn offset_minutes(epoch_ms: i64, zone: &str) -> i32 {
    let (Some(zone), Ok(at)) = (zone_named(zone), Timestamp::from_millisecond(epoch_ms)) else {
        return 0;
    };
    zone.to_offset(at).seconds() / 60
}

/// The zone's offsets from one instant until another (milliseconds): the offset at the
/// first, then each change of offset before the second.
pub fn table(zone: &str, from_ms: i64, until_ms: i64) -> Option<ZoneTable> {
    let (Some(tz), Ok(from)) = (zone_named(zone), Timestamp::from_millisecond(from_ms)) else {
        return None;
    };
    let mut spans = vec![(from_ms, tz.to_offset(from).seconds() / 60)];
    for transition in tz.following(from) {
        let at = transition.timestamp().as_millisecond();
        if at >= until_ms {
            break;
        }
        let offset = transition.offset().seconds() / 60;
        // Transitions that change only the zone's abbreviation leave the offset as it was.
        if spans.last().is_some_and(|(_, last)| *last != offset) {
            spans.push((at, offset));
        }
    }
    Some(ZoneTable::new(zone, spans, until_ms))
}

/// Relative times belong to comments, which published pages never hold (they appear once
/// the app has taken over): the absolute date stands in.
pub fn relative(_now: i64, then: i64, locale: Locale) -> String {
    super::format(super::from_millis(then), locale, Style::Full)
}
