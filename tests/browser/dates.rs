//! The browser writes dates with `Intl`; the publishing step writes them itself. Both follow
//! one table (`tests/fixtures/written-dates.json`, which the native layer also checks), and
//! both follow config.json's `time_zone`.

use manchette::{
    dates::{self, from_millis, Style},
    i18n::Locale,
};
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(serde::Deserialize)]
struct Case {
    ms: i64,
    locale: String,
    style: String,
    text: String,
}

#[wasm_bindgen_test]
fn intl_writes_the_dates_the_publishing_step_writes() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("../fixtures/written-dates.json")).unwrap();
    dates::set_time_zone("UTC").unwrap();
    for case in cases {
        let locale = Locale::negotiate([case.locale.as_str()]).unwrap();
        let style = match case.style.as_str() {
            "full" => Style::Full,
            "day" => Style::Day,
            _ => Style::Time,
        };
        assert_eq!(
            dates::format(from_millis(case.ms), locale, style),
            case.text
        );
    }
}

#[wasm_bindgen_test]
fn the_configured_zone_moves_times_and_days() {
    // 2026-11-28T23:20:00Z.
    let late = from_millis(1_795_908_000_000);
    dates::set_time_zone("Africa/Lagos").unwrap();
    assert_eq!(dates::format(late, Locale::Fr, Style::Time), "00:20");
    assert_eq!(dates::local_day(late), (2026, 11, 29));
    assert_eq!(dates::rfc3339_in_zone(late), "2026-11-29T00:20:00+01:00");
    assert!(dates::set_time_zone("Mars/Olympus").is_err());
    assert_eq!(
        dates::format(late, Locale::Fr, Style::Time),
        "23:20",
        "an unknown zone leaves UTC"
    );
    dates::set_time_zone("UTC").unwrap();
}
