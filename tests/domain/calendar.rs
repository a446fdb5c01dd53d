//! The plan's calendar file: RFC 5545's lines, folding and escaping, an end, a link back, and one
//! id with a sequence so a changed plan updates its events (a real parser reads it in the
//! end-to-end tests).

use backcheck::assessment::{Clock, Pause, Plan, PlannedActivity, DAY};
use backcheck::calendar::plan_calendar;

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;
/// Wednesday 25 November 2026, 09:46:40 UTC.
const NOW: Clock = Clock { now: 1_795_600_000_000, utc_offset: 0 };
const ADDRESS: &str = "https://example.org/clinic/#plan";

fn plan() -> Plan {
    Plan::new(
        START,
        vec![1, 3, 5],
        None,
        vec![PlannedActivity { activity: "walking".into(), start: 16 }, PlannedActivity { activity: "swimming".into(), start: 24 }],
    )
}

#[test]
fn a_weekly_event_on_the_chosen_days_until_the_plan_ends_with_a_reminder_and_a_link() {
    let ics = plan_calendar(&plan(), &NOW, ADDRESS);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    // From today (a Wednesday, a plan day) at 6 pm, to the last day of its 6 weeks (12 December).
    assert!(ics.contains("\r\nDTSTART:20261125T180000\r\n"), "{ics}");
    assert!(ics.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261212T235959\r\n"), "{ics}");
    assert!(ics.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
    assert!(ics.contains("\r\nTRIGGER:-PT30M\r\n"));
    assert!(ics.contains("\r\nUID:plan-1793491200000@backcheck\r\n"));
    assert!(ics.contains("\r\nSEQUENCE:0\r\n"));
    assert!(ics.contains("\r\nURL:https://example.org/clinic/#plan\r\n"));
    assert!(ics.contains("\r\nDTSTAMP:20261125T094640Z\r\n"), "{ics}");
}

#[test]
fn a_changed_plan_keeps_its_id_with_a_higher_sequence() {
    let mut plan = plan();
    plan.change_days(vec![2, 4], Some(7 * 60 + 30), NOW.now, vec![1, 3, 5]);
    let ics = plan_calendar(&plan, &NOW, ADDRESS);
    assert!(ics.contains("\r\nUID:plan-1793491200000@backcheck\r\n"));
    assert!(ics.contains("\r\nSEQUENCE:1\r\n"));
    // Thursday 26 November is the next Tuesday-or-Thursday, at 07:30.
    assert!(ics.contains("\r\nDTSTART:20261126T073000\r\n"), "{ics}");
    assert!(ics.contains(";BYDAY=TU,TH;"));
}

#[test]
fn a_paused_or_ended_plan_cancels_its_events() {
    let mut plan = plan();
    plan.pause(NOW.now - DAY);
    let ics = plan_calendar(&plan, &NOW, ADDRESS);
    assert!(ics.contains("\r\nSTATUS:CANCELLED\r\n"));
    assert!(ics.contains("\r\nSEQUENCE:1\r\n"));
    assert!(!ics.contains("RRULE") && !ics.contains("VALARM"));
    plan.stop(NOW.now);
    assert!(plan_calendar(&plan, &NOW, ADDRESS).contains("\r\nSEQUENCE:3\r\n"), "resumed, then stopped");
}

#[test]
fn lines_are_folded_at_75_octets_and_text_is_escaped() {
    let ics = plan_calendar(&plan(), &NOW, ADDRESS);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Your Backcheck plan: Walking\\, Swimming or water aerobics. Open your plan"), "{unfolded}");
}

#[test]
fn a_plan_on_hold_cancels_its_events_with_a_sequence_above_the_file_that_reminds() {
    let mut plan = plan();
    plan.calendar_saved(false);
    let held = plan.with_holds(&[Pause { from: NOW.now - DAY, to: None, held: true }]);
    let ics = plan_calendar(&held, &NOW, ADDRESS);
    assert!(ics.contains("\r\nSTATUS:CANCELLED\r\n"), "{ics}");
    assert!(ics.contains("\r\nSEQUENCE:1\r\n"), "newer than the file saved at revision 0");
    assert!(!ics.contains("VALARM"));
    // Once that file is saved and the hold lifts, the file that reminds again is newer still.
    plan.calendar_saved(true);
    let ics = plan_calendar(&plan, &NOW, ADDRESS);
    assert!(ics.contains("\r\nSEQUENCE:2\r\n") && ics.contains("RRULE"), "{ics}");
}
