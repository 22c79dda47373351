//! Dates for readers, through the browser's `Intl`: the words and order each language
//! expects ("samedi 28 novembre 2026 à 17:35"), in the reader's time zone. Never by hand.

use std::{cell::RefCell, collections::HashMap};

use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::JsValue;

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

thread_local! {
    static FORMATS: RefCell<HashMap<(Locale, Style), DateTimeFormat>> = RefCell::new(HashMap::new());
}

fn format_with(locale: Locale, style: Style) -> DateTimeFormat {
    FORMATS.with(|formats| {
        formats
            .borrow_mut()
            .entry((locale, style))
            .or_insert_with(|| {
                let options = Object::new();
                let set = |key: &str, value: &str| {
                    Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok();
                };
                match style {
                    Style::Full => {
                        set("dateStyle", "full");
                        set("timeStyle", "short");
                    }
                    Style::Day => set("dateStyle", "full"),
                    Style::Time => set("timeStyle", "short"),
                }
                DateTimeFormat::new(&Array::of1(&JsValue::from_str(locale.tag())), &options)
            })
            .clone()
    })
}

/// The instant written for a reader of `locale`.
pub fn format(timestamp: Timestamp, locale: Locale, style: Style) -> String {
    let date = Date::new(&JsValue::from_f64(timestamp.epoch_ms as f64));
    format_with(locale, style)
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// The machine-readable form for `<time datetime>`.
pub fn iso(timestamp: Timestamp) -> String {
    Date::new(&JsValue::from_f64(timestamp.epoch_ms as f64))
        .to_iso_string()
        .into()
}

/// The reader's local calendar day of an instant, for grouping by day.
pub fn local_day(timestamp: Timestamp) -> (u32, u32, u32) {
    let date = Date::new(&JsValue::from_f64(timestamp.epoch_ms as f64));
    (date.get_full_year(), date.get_month(), date.get_date())
}

thread_local! {
    static RELATIVE: RefCell<HashMap<Locale, js_sys::Intl::RelativeTimeFormat>> = RefCell::new(HashMap::new());
}

/// "il y a 5 minutes", "à l'instant": how long ago `then` was at `now` (milliseconds).
pub fn relative(now: i64, then: i64, locale: Locale) -> String {
    let (value, unit) = crate::comments::time::relative(now, then);
    RELATIVE.with(|formats| {
        formats
            .borrow_mut()
            .entry(locale)
            .or_insert_with(|| {
                let options = Object::new();
                Reflect::set(
                    &options,
                    &JsValue::from_str("numeric"),
                    &JsValue::from_str("auto"),
                )
                .ok();
                js_sys::Intl::RelativeTimeFormat::new(
                    &Array::of1(&JsValue::from_str(locale.tag())),
                    &options,
                )
            })
            .format(value as f64, unit.name())
            .into()
    })
}

/// An instant in milliseconds, as the other functions here take it.
pub fn from_millis(epoch_ms: i64) -> Timestamp {
    Timestamp {
        epoch_ms,
        offset_minutes: 0,
    }
}
