//! The plan as a calendar file (iCalendar, RFC 5545): one weekly repeating event on the plan's
//! days with a reminder, which phone and desktop calendars import. Reminders without a server:
//! browsers cannot schedule notifications offline, calendars can. Pure text; tested natively
//! and parsed by a real iCalendar parser in the end-to-end tests.

use crate::assessment::{Clock, Plan};
use crate::content::plan::activity;

const WEEKDAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/// Without a chosen time, sessions are put at 6 in the evening, local time.
const EVENING: u16 = 18 * 60;
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

/// The calendar file for a plan as it is now (given its holds: `Plan::with_holds`): one weekly
/// event on the plan's days, from the next plan day to the plan's last day, at the chosen time,
/// with a reminder and the plan's address. Its id stays the plan's, and its SEQUENCE follows the
/// plan's revision (`Plan::calendar_sequence`), so importing the file for a changed plan updates
/// the events already there. A plan paused, stopped, finished or on hold gives the same event
/// cancelled, which takes the reminders away.
pub fn plan_calendar(plan: &Plan, clock: &Clock, address: &str) -> String {
    let running = plan.reminders_wanted(clock);
    let from = clock.today().max(clock.day_of(plan.started_at));
    let first = plan.next_plan_day(from, clock).filter(|_| running);
    let last = plan.last_day(clock).filter(|_| running);
    let days: Vec<&str> = plan.weekdays(clock).iter().map(|day| WEEKDAYS[usize::from(*day)]).collect();
    let activities: Vec<&str> = plan.activities.iter().filter_map(|a| activity(&a.activity)).map(|a| a.label).collect();
    let minutes = plan.time.unwrap_or(EVENING);
    let date = |day: i64| {
        let (year, month, day) = civil_from_days(day);
        format!("{year:04}{month:02}{day:02}")
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Backcheck//Exercise plan//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:plan-{}@backcheck", plan.started_at),
        format!("SEQUENCE:{}", plan.calendar_sequence(!running)),
        format!("DTSTAMP:{}", utc_stamp(clock.now)),
        // Floating local time: the chosen time wherever the person is.
        format!("DTSTART:{}T{:02}{:02}00", date(first.unwrap_or(clock.day_of(plan.started_at))), minutes / 60, minutes % 60),
        "DURATION:PT30M".to_string(),
        format!("SUMMARY:{}", text("Backcheck: exercise session")),
        format!("URL:{address}"),
    ];
    match (first, last) {
        (Some(_), Some(last)) => {
            let description = format!(
                "Your Backcheck plan: {}. Open your plan to see what to do today and how, then log how the session went: {address}",
                activities.join(", ")
            );
            lines.extend([
                // UNTIL in local time, as DTSTART is (RFC 5545 3.3.10): the plan's last day.
                format!("RRULE:FREQ=WEEKLY;BYDAY={};UNTIL={}T235959", days.join(","), date(last)),
                format!("DESCRIPTION:{}", text(&description)),
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                format!("DESCRIPTION:{}", text("Backcheck: time for your exercise session")),
                format!("TRIGGER:{REMINDER}"),
                "END:VALARM".to_string(),
            ]);
        }
        _ => lines.extend([
            "STATUS:CANCELLED".to_string(),
            format!("DESCRIPTION:{}", text("Your Backcheck plan is paused, on hold or has ended, so these reminders are removed.")),
        ]),
    }
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".to_string()]);
    lines.iter().map(|line| folded(line)).collect()
}

/// A day (days since 1970) as a date, for the screens that show one without the browser's clock.
pub fn year_month_day(day: i64) -> (i64, u32, u32) {
    civil_from_days(day)
}
