//! The browser side of dates, where a published page's zone table does not reach (the empty
//! page, an instant outside the table): the zone's offsets from `Intl.DateTimeFormat` with
//! its `timeZone`, and `Intl.RelativeTimeFormat`. One formatter per zone, made once.

use std::cell::RefCell;

use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;

thread_local! {
    // A zone or two: a list is smaller than a map.
    static FORMATS: RefCell<Vec<(String, Option<DateTimeFormat>)>> = const { RefCell::new(Vec::new()) };
    static RELATIVE: RefCell<Vec<(Locale, js_sys::Intl::RelativeTimeFormat)>> = const { RefCell::new(Vec::new()) };
}

/// The fields `offset_minutes` reads back, as numbers on a 24-hour clock, in `zone`.
fn options(zone: &str) -> Object {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok();
    };
    set("timeZone", zone);
    for field in ["year", "month", "day", "hour", "minute", "second"] {
        set(field, "numeric");
    }
    set("hourCycle", "h23");
    options
}

/// `Intl.DateTimeFormat` itself, to construct it where a `RangeError` can be caught.
fn constructor() -> Option<js_sys::Function> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
        .ok()?
        .dyn_into()
        .ok()
}

/// The formatter for `zone`, or `None` when the browser refuses the zone (a `RangeError`).
fn formatter(zone: &str) -> Option<DateTimeFormat> {
    FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if let Some((_, format)) = formats.iter().find(|(made, _)| made == zone) {
            return format.clone();
        }
        let arguments = Array::of2(&Array::of1(&JsValue::from_str("en")), &options(zone));
        let format = constructor()
            .and_then(|constructor| Reflect::construct(&constructor, &arguments).ok())
            .map(JsCast::unchecked_into);
        formats.push((zone.to_owned(), format.clone()));
        format
    })
}

pub fn is_known(zone: &str) -> bool {
    formatter(zone).is_some()
}

/// The zone's offset from UTC at that instant, in minutes: the wall clock `Intl` shows there,
/// read back as numbers, minus the instant.
pub fn offset_minutes(epoch_ms: i64, zone: &str) -> i32 {
    let Some(format) = formatter(zone) else {
        return 0;
    };
    let parts = format.format_to_parts(&Date::new(&JsValue::from_f64(epoch_ms as f64)));
    let mut fields = [0_i64; 6];
    for part in parts.iter() {
        let get = |name: &str| {
            Reflect::get(&part, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        let slot = match get("type").as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            "second" => 5,
            _ => continue,
        };
        fields[slot] = get("value").parse().unwrap_or_default();
    }
    let [year, month, day, hour, minute, second] = fields;
    let wall = (crate::instant::days_from_civil(year, month, day) * 86_400
        + hour * 3_600
        + minute * 60
        + second)
        * 1_000;
    let instant = epoch_ms - epoch_ms.rem_euclid(1_000);
    ((wall - instant) / 60_000) as i32
}

pub fn relative(now: i64, then: i64, locale: Locale) -> String {
    let (value, unit) = crate::comments::time::relative(now, then);
    RELATIVE.with(|formats| {
        let mut formats = formats.borrow_mut();
        let at = match formats.iter().position(|(made, _)| *made == locale) {
            Some(at) => at,
            None => {
                let options = Object::new();
                Reflect::set(
                    &options,
                    &JsValue::from_str("numeric"),
                    &JsValue::from_str("auto"),
                )
                .ok();
                let format = js_sys::Intl::RelativeTimeFormat::new(
                    &Array::of1(&JsValue::from_str(locale.intl_tag())),
                    &options,
                );
                formats.push((locale, format));
                formats.len() - 1
            }
        };
        formats[at].1.format(value as f64, unit.name()).into()
    })
}
