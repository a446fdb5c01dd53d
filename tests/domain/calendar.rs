//! The plan's calendar file: RFC 5545's lines, folding and escaping (a real parser reads it in
//! the end-to-end tests).

use backcheck::assessment::{Plan, PlannedActivity};
use backcheck::calendar::{plan_calendar, LocalDate};

fn plan(days_per_week: u8) -> Plan {
    Plan {
        started_at: 1_793_491_200_000,
        days_per_week,
        activities: vec![
            PlannedActivity { activity: "walking".into(), recent: 20 },
            PlannedActivity { activity: "swimming".into(), recent: 30 },
        ],
    }
}

// Wednesday 25 November 2026.
const START: LocalDate = LocalDate { year: 2026, month: 11, day: 25, weekday: 3 };

#[test]
fn a_weekly_event_on_the_plan_days_with_a_reminder() {
    let ics = plan_calendar(&plan(3), START, 1_795_600_000_000);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("\r\nDTSTART:20261125T180000\r\n"));
    // Wednesday, Friday, Sunday: every other day from the start, rest days between.
    assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=WE,FR,SU\r\n"));
    assert!(ics.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
    assert!(ics.contains("\r\nTRIGGER:-PT30M\r\n"));
    assert!(ics.contains("\r\nUID:plan-1793491200000@backcheck\r\n"));
    assert!(ics.contains("\r\nDTSTAMP:20261125T094640Z\r\n"), "{ics}");
}

#[test]
fn lines_are_folded_at_75_octets_and_text_is_escaped() {
    let ics = plan_calendar(&plan(2), START, 0);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Your Backcheck plan: Walking\\, Swimming or water aerobics. Open Backcheck"), "{unfolded}");
    assert!(unfolded.contains("RRULE:FREQ=WEEKLY;BYDAY=WE,SA"));
}
