//! The plan as a calendar file (iCalendar, RFC 5545): one weekly repeating event on the plan's
//! days with a reminder, which phone and desktop calendars import. Reminders without a server:
//! browsers cannot schedule notifications offline, calendars can. Pure text; tested natively
//! and parsed by a real iCalendar parser in the end-to-end tests.

use crate::assessment::{plan_days, Plan};
use crate::content::plan::activity;

/// The day the plan started, in the person's time zone (the caller reads it off the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// 0 = Sunday, as JavaScript's `getDay` gives it.
    pub weekday: u32,
}

const WEEKDAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/// Sessions are put at 6 in the evening, local time: a time to be changed in the calendar.
const SESSION_HOUR: u32 = 18;
/// How long before a session the reminder goes off.
const REMINDER: &str = "-PT30M";

/// Escapes text for a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    value.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line to at most 75 octets a line, continuing with a space (RFC 5545 3.1).
fn folded(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// "20261125T143000Z" for a time in milliseconds since 1970 (UTC).
fn utc_stamp(at: u64) -> String {
    let seconds = at / 1000;
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// Days since 1970-01-01 to a (year, month, day) date (Howard Hinnant's civil_from_days).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The calendar file for a plan, made at `now` (milliseconds since 1970).
pub fn plan_calendar(plan: &Plan, start: LocalDate, now: u64) -> String {
    let days: Vec<&str> =
        plan_days(plan.days_per_week).iter().map(|offset| WEEKDAYS[((start.weekday + u32::from(*offset)) % 7) as usize]).collect();
    let activities: Vec<&str> = plan.activities.iter().filter_map(|a| activity(&a.activity)).map(|a| a.label).collect();
    let description = format!(
        "Your Backcheck plan: {}. Open Backcheck to see today's amounts, and log how the session went. Stop a move that causes sharp or strong pain.",
        activities.join(", ")
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Backcheck//Exercise plan//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:plan-{}@backcheck", plan.started_at),
        format!("DTSTAMP:{}", utc_stamp(now)),
        // Floating local time: 6 pm wherever the person is.
        format!("DTSTART:{:04}{:02}{:02}T{SESSION_HOUR:02}0000", start.year, start.month, start.day),
        "DURATION:PT30M".to_string(),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}", days.join(",")),
        format!("SUMMARY:{}", text("Backcheck: exercise session")),
        format!("DESCRIPTION:{}", text(&description)),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", text("Backcheck: time for your exercise session")),
        format!("TRIGGER:{REMINDER}"),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| folded(line)).collect()
}
