//! Instants and the calendar, below both the feed (which reads dates) and `dates` (which
//! writes them for readers): the instant type, and the proleptic Gregorian calendar both ways,
//! days since 1970-01-01 from a date, and the date, time and weekday of an instant. Pure
//! arithmetic (Howard Hinnant's algorithms).

/// An instant, in milliseconds since 1970-01-01T00:00:00Z, with the offset the feed wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub epoch_ms: i64,
    pub offset_minutes: i16,
}

/// A moment on the wall clock: what a reader's calendar and watch show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub millisecond: u32,
    /// 0 for Sunday to 6 for Saturday, as `Date.getDay` counts.
    pub weekday: u32,
}

/// Days since 1970-01-01 for a date of the proleptic Gregorian calendar.
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The UTC wall clock at `epoch_ms`; add an offset first for another zone's.
pub fn civil(epoch_ms: i64) -> Civil {
    let days = epoch_ms.div_euclid(86_400_000);
    let in_day = epoch_ms.rem_euclid(86_400_000);
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Civil {
        year,
        month,
        day,
        hour: (in_day / 3_600_000) as u32,
        minute: (in_day / 60_000 % 60) as u32,
        second: (in_day / 1_000 % 60) as u32,
        millisecond: (in_day % 1_000) as u32,
        // 1970-01-01 was a Thursday.
        weekday: (days + 4).rem_euclid(7) as u32,
    }
}

/// True for the years February has 29 days in.
pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1 to 12) in `year`.
pub fn days_in_month(year: i64, month: i64) -> i64 {
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

    #[test]
    fn the_two_directions_agree_over_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            let c = civil(days * 86_400_000);
            assert_eq!(
                days_from_civil(c.year, i64::from(c.month), i64::from(c.day)),
                days
            );
        }
    }

    #[test]
    fn known_instants() {
        let c = civil(1_732_120_500_123);
        assert_eq!(
            (
                c.year,
                c.month,
                c.day,
                c.hour,
                c.minute,
                c.second,
                c.millisecond
            ),
            (2024, 11, 20, 16, 35, 0, 123)
        );
        assert_eq!(c.weekday, 3, "a Wednesday");
        assert_eq!(civil(0).weekday, 4, "a Thursday");
        let before = civil(-1);
        assert_eq!(
            (before.year, before.month, before.day, before.hour),
            (1969, 12, 31, 23)
        );
        assert_eq!(civil(951_782_400_000).day, 29, "2000-02-29");
    }
}
