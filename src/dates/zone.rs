//! The publishing side of dates: jiff places an instant in the newsroom's time zone (from the
//! system's time zone database), and [`super::written`] puts it in words.

use jiff::{tz::TimeZone, Timestamp};

use super::{calendar::civil, written, Style};
use crate::i18n::Locale;

pub fn is_known(name: &str) -> bool {
    TimeZone::get(name).is_ok()
}

/// The zone's offset from UTC at that instant, in minutes.
pub fn offset_minutes(epoch_ms: i64, zone: &str) -> i32 {
    let (Ok(zone), Ok(at)) = (TimeZone::get(zone), Timestamp::from_millisecond(epoch_ms)) else {
        return 0;
    };
    zone.to_offset(at).seconds() / 60
}

pub fn format(epoch_ms: i64, zone: &str, locale: Locale, style: Style) -> String {
    let local = epoch_ms + i64::from(offset_minutes(epoch_ms, zone)) * 60_000;
    written(&civil(local), locale, style)
}

/// Relative times belong to comments, which published pages never hold (they appear once
/// the app has taken over): the absolute date stands in.
pub fn relative(_now: i64, then: i64, locale: Locale) -> String {
    format(then, super::DEFAULT_TIME_ZONE, locale, Style::Full)
}
