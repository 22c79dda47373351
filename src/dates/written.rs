//! A wall-clock moment in words, as `Intl.DateTimeFormat` writes it with `dateStyle: "full"`
//! and `timeStyle: "short"` in each interface language. Both the publishing step and the app
//! write dates with this; a browser test holds the browsers' own `Intl` to the same table.

use super::Style;
use crate::i18n::Locale;
use crate::instant::Civil;

const FR_WEEKDAYS: [&str; 7] = [
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// As `Intl` writes them for `ar-MA`: CLDR's Arabic weekdays (الاثنين, as the browser spells
/// it) and the months Moroccan papers use.
const AR_WEEKDAYS: [&str; 7] = [
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
];
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

/// A month of the calendar as a title, in the words and digits of `locale`: "Novembre 2026",
/// "November 2026", "نونبر 2026".
pub fn month_title(year: i64, month: u32, locale: Locale) -> String {
    let month = (month as usize).clamp(1, 12) - 1;
    locale.digits(match locale {
        Locale::Fr => {
            let mut letters = FR_MONTHS[month].chars();
            let first = letters.next().map(|c| c.to_uppercase().to_string());
            format!("{}{} {year}", first.unwrap_or_default(), letters.as_str())
        }
        Locale::En => format!("{} {year}", EN_MONTHS[month]),
        Locale::Ar(_) => format!("{} {year}", AR_MONTHS[month]),
    })
}

/// `at` in the words and digits of `locale`.
pub fn written(at: &Civil, locale: Locale, style: Style) -> String {
    let weekday = at.weekday as usize % 7;
    let month = (at.month as usize).clamp(1, 12) - 1;
    let clock = || format!("{:02}:{:02}", at.hour, at.minute);
    // The day, the time, and the word between them.
    let (day, time, between) = match locale {
        Locale::Fr => (
            format!(
                "{} {} {} {}",
                FR_WEEKDAYS[weekday], at.day, FR_MONTHS[month], at.year
            ),
            clock(),
            "à",
        ),
        Locale::Ar(_) => (
            format!(
                "{}، {} {} {}",
                AR_WEEKDAYS[weekday], at.day, AR_MONTHS[month], at.year
            ),
            clock(),
            "في",
        ),
        Locale::En => {
            let (hour, half) = match at.hour {
                0 => (12, "AM"),
                h @ 1..=11 => (h, "AM"),
                12 => (12, "PM"),
                h => (h - 12, "PM"),
            };
            (
                format!(
                    "{}, {} {}, {}",
                    EN_WEEKDAYS[weekday], EN_MONTHS[month], at.day, at.year
                ),
                format!("{hour}:{:02} {half}", at.minute),
                "at",
            )
        }
    };
    locale.digits(match style {
        Style::Full => format!("{day} {between} {time}"),
        Style::Day => day,
        Style::Time => time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::civil;

    #[derive(serde::Deserialize)]
    struct Case {
        ms: i64,
        locale: String,
        style: String,
        text: String,
    }

    /// The table the browser test also holds `Intl` to.
    #[test]
    fn dates_read_as_intl_writes_them() {
        let cases: Vec<Case> =
            serde_json::from_str(include_str!("../../tests/fixtures/written-dates.json")).unwrap();
        assert!(cases.len() >= 10);
        for case in cases {
            let locale = Locale::negotiate([case.locale.as_str()]).unwrap();
            let style = match case.style.as_str() {
                "full" => Style::Full,
                "day" => Style::Day,
                _ => Style::Time,
            };
            assert_eq!(written(&civil(case.ms), locale, style), case.text);
        }
    }
}
