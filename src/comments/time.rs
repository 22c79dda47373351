//! "Il y a 5 minutes": which unit a relative time uses. The words come from the browser's
//! `Intl.RelativeTimeFormat`; the choice of unit is ours.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Month,
    Year,
}

impl Unit {
    /// The unit's name for `Intl.RelativeTimeFormat`.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// How long ago `then` was at `now` (both in milliseconds), as a negative count of the
/// largest fitting unit: (-5, Minute) reads "il y a 5 minutes". The future reads as now.
pub fn relative(now: i64, then: i64) -> (i64, Unit) {
    let seconds = ((now - then) / 1000).max(0);
    let (value, unit) = match seconds {
        s if s < 45 => (0, Unit::Second),
        s if s < 45 * 60 => ((s + 30) / 60, Unit::Minute),
        s if s < 22 * 3600 => ((s + 1800) / 3600, Unit::Hour),
        s if s < 26 * 86_400 => ((s + 43_200) / 86_400, Unit::Day),
        s if s < 320 * 86_400 => ((s + 15 * 86_400) / (30 * 86_400), Unit::Month),
        s => (s / (365 * 86_400), Unit::Year),
    };
    (-value.max(if unit == Unit::Second { 0 } else { 1 }), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: i64 = 60_000;

    #[test]
    fn units_grow_with_the_delay() {
        let now = 1_000_000_000_000;
        assert_eq!(relative(now, now - 10_000), (0, Unit::Second));
        assert_eq!(relative(now, now - 5 * MINUTE), (-5, Unit::Minute));
        assert_eq!(relative(now, now - 44 * MINUTE), (-44, Unit::Minute));
        assert_eq!(relative(now, now - 50 * MINUTE), (-1, Unit::Hour));
        assert_eq!(relative(now, now - 3 * 60 * MINUTE), (-3, Unit::Hour));
        assert_eq!(relative(now, now - 30 * 60 * MINUTE), (-1, Unit::Day));
        assert_eq!(
            relative(now, now - 40 * 24 * 60 * MINUTE),
            (-1, Unit::Month)
        );
        assert_eq!(
            relative(now, now - 800 * 24 * 60 * MINUTE),
            (-2, Unit::Year)
        );
    }

    #[test]
    fn a_clock_behind_the_server_reads_as_now() {
        assert_eq!(relative(1_000, 60_000), (0, Unit::Second));
    }
}
