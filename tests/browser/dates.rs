//! The app writes dates as the publishing step does (`tests/fixtures/written-dates.json`,
//! which the native layer also checks), in the words the browser's own `Intl` writes, and in
//! config.json's `time_zone`: placed there by the zone table a published page carries, or
//! else by `Intl`'s offsets, which must agree.

use manchette::{
    dates::{self, from_millis, Style},
    i18n::Locale,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(serde::Deserialize)]
struct Case {
    ms: i64,
    locale: String,
    style: String,
    text: String,
}

#[wasm_bindgen_test]
fn the_app_writes_the_dates_the_publishing_step_writes() {
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
fn the_words_are_those_intl_writes() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("../fixtures/written-dates.json")).unwrap();
    for case in cases {
        let locale = Locale::negotiate([case.locale.as_str()]).unwrap();
        let options = js_sys::Object::new();
        let set = |key: &str, value: &str| {
            js_sys::Reflect::set(&options, &key.into(), &value.into()).unwrap();
        };
        set("timeZone", "UTC");
        match case.style.as_str() {
            "full" => {
                set("dateStyle", "full");
                set("timeStyle", "short");
            }
            "day" => set("dateStyle", "full"),
            _ => set("timeStyle", "short"),
        }
        let intl = js_sys::Intl::DateTimeFormat::new(
            &js_sys::Array::of1(&locale.intl_tag().into()),
            &options,
        );
        let date = js_sys::Date::new(&(case.ms as f64).into());
        let text: String = intl
            .format()
            .call1(&JsValue::NULL, &date)
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(text, case.text);
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

#[wasm_bindgen_test]
fn intl_and_the_published_zone_table_place_dates_alike() {
    // Africa/Casablanca from 2026 to 2028, as the publishing step writes it (jiff's database):
    // an hour back for Ramadan, then +00:00 for good from 2026-09-20.
    let content = "Africa/Casablanca 1830297600 1767225600:60 1771120800:0 1774144800:60 \
                   1789866000:0";
    let table = dates::ZoneTable::parse(content).unwrap();
    dates::set_time_zone("Africa/Casablanca").unwrap();
    let around_each_change = [1_771_120_800_i64, 1_774_144_800, 1_789_866_000]
        .into_iter()
        .flat_map(|change| [change - 3_600, change - 1, change, change + 3_600]);
    let instants: Vec<i64> = around_each_change
        .chain([1_767_225_600, 1_780_000_000, 1_830_297_599])
        .map(|seconds| seconds * 1_000)
        .collect();
    let by_intl: Vec<String> = instants
        .iter()
        .map(|&ms| dates::rfc3339_in_zone(from_millis(ms)))
        .collect();
    dates::use_zone_table(table);
    let by_table: Vec<String> = instants
        .iter()
        .map(|&ms| dates::rfc3339_in_zone(from_millis(ms)))
        .collect();
    assert_eq!(by_table, by_intl);
    assert!(by_table.iter().any(|date| date.ends_with("+00:00")));
    dates::set_time_zone("UTC").unwrap();
}
