//! Dates as people read them, in the device's time zone: "24 Nov 2026, 14:05". Built from
//! the parts rather than with `toLocaleString`, so every browser shows the same words the rest
//! of the app is written in.

use crate::assessment::Timestamp;

/// Month names as every date in the app writes them.
pub const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn local(at: Timestamp) -> js_sys::Date {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64))
}

/// "24 Nov"
fn short_date(at: Timestamp) -> String {
    let date = local(at);
    format!("{} {}", date.get_date(), MONTHS[date.get_month() as usize % 12])
}

/// Whether dates shown together need their years: some are not from this year, or not all
/// from the same one.
pub fn years_differ(times: impl IntoIterator<Item = Timestamp>) -> bool {
    let this_year = js_sys::Date::new_0().get_full_year();
    times.into_iter().any(|at| local(at).get_full_year() != this_year)
}

/// "24 Nov", or "24 Nov 2025" where years differ (`years_differ`).
pub fn day(at: Timestamp, with_year: bool) -> String {
    if with_year {
        date(at)
    } else {
        short_date(at)
    }
}

/// "24 Nov 2026"
pub fn date(at: Timestamp) -> String {
    format!("{} {}", short_date(at), local(at).get_full_year())
}

/// "24 Nov 2026, 14:05"
pub fn date_time(at: Timestamp) -> String {
    let time = local(at);
    format!("{}, {:02}:{:02}", date(at), time.get_hours(), time.get_minutes())
}

pub fn now() -> Timestamp {
    js_sys::Date::now() as Timestamp
}

/// The time now and this device's offset from UTC, for the plan's days (`assessment::Clock`).
pub fn clock() -> crate::assessment::Clock {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes behind UTC (-60 for UTC+1).
    crate::assessment::Clock { now: now.get_time() as Timestamp, utc_offset: -(now.get_timezone_offset() as i64) * 60_000 }
}
