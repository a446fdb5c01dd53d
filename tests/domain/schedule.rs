//! The plan's days, weeks, pauses and end, in the person's own time zone.

use backcheck::assessment::{
    session_due, weekday, BackSince, Clock, DayStatus, Done, NextDay, Plan, PlanStatus, PlannedActivity, Session, DAY,
};

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;
const HOUR: u64 = 60 * 60 * 1000;

fn plan() -> Plan {
    Plan::new(START + 9 * HOUR, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }])
}

fn on_day(day: u64, offset_hours: i64) -> Clock {
    Clock { now: START + day * DAY + 12 * HOUR, utc_offset: offset_hours * HOUR as i64 }
}

fn session(day: u64) -> Session {
    Session {
        at: START + day * DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 2,
        next_day: Some(NextDay { settled_by_morning: true, back: BackSince::Same }),
        stopped_for_pain: false,
    }
}

#[test]
fn days_are_the_persons_own() {
    let utc = on_day(0, 0);
    assert_eq!(weekday(utc.today()), 0, "1 November 2026 was a Sunday");
    // 23:30 on Sunday in UTC is already Monday in UTC+1, and still Sunday in UTC-5.
    let late = START + 23 * HOUR + 30 * 60 * 1000;
    assert_eq!(weekday(Clock { now: late, utc_offset: HOUR as i64 }.today()), 1);
    assert_eq!(weekday(Clock { now: late, utc_offset: -5 * HOUR as i64 }.today()), 0);
    let clock = on_day(3, 2);
    assert_eq!(clock.day_of(clock.start_of(clock.today())), clock.today());
}

#[test]
fn a_session_is_due_on_a_plan_day_until_one_is_logged() {
    let plan = plan();
    assert!(session_due(&plan, &[], &on_day(1, 0)), "Monday");
    assert!(!session_due(&plan, &[], &on_day(2, 0)), "Tuesday is a rest day");
    assert!(!session_due(&plan, &[session(1)], &on_day(1, 0)), "done today");
}

#[test]
fn the_week_view_shows_done_missed_today_and_planned() {
    let plan = plan();
    // Wednesday 11 November: Monday was done, Wednesday is today, Friday to come.
    let week = plan.week_view(&[session(8)], &on_day(10, 0));
    let statuses: Vec<DayStatus> = week.iter().map(|(_, status)| *status).collect();
    use DayStatus::*;
    assert_eq!(statuses, [Done, OtherDay, Today, OtherDay, Planned, OtherDay, OtherDay]);
    assert_eq!(weekday(week[0].0), 1, "Monday first");
    // The next week, with nothing logged: Monday and Wednesday missed, Friday today.
    let week = plan.week_view(&[], &on_day(19, 0));
    let statuses: Vec<DayStatus> = week.iter().map(|(_, status)| *status).collect();
    assert_eq!(statuses, [Missed, OtherDay, Missed, OtherDay, Today, OtherDay, OtherDay]);
    // A session on a rest day counts as done that day.
    let week = plan.week_view(&[session(16)], &on_day(17, 0));
    assert_eq!(week[1].1, Done);
    // The first week: days before the plan began are not in it.
    let week = plan.week_view(&[], &on_day(0, 0));
    assert!(week[..6].iter().all(|(_, status)| *status == OutsidePlan), "{week:?}");
}

#[test]
fn a_plan_runs_six_weeks_then_ends() {
    let plan = plan();
    assert_eq!(plan.status(&on_day(0, 0)), PlanStatus::Running { week: 1, weeks: 6 });
    assert_eq!(plan.status(&on_day(7, 0)), PlanStatus::Running { week: 2, weeks: 6 });
    assert_eq!(plan.status(&on_day(41, 0)), PlanStatus::Running { week: 6, weeks: 6 });
    assert_eq!(plan.status(&on_day(42, 0)), PlanStatus::Finished);
    assert_eq!(plan.status(&on_day(7, 0)).week(), Some((2, 6)));
    assert_eq!(plan.status(&on_day(42, 0)).week(), None, "no week once it has ended");
    assert!(!session_due(&plan, &[], &on_day(43, 0)), "nothing due after the end");
    assert_eq!(plan.last_day(&on_day(0, 0)), Some(on_day(41, 0).today()));
}

#[test]
fn a_pause_holds_everything_and_adds_its_days_to_the_end() {
    let mut plan = plan();
    plan.pause(START + 10 * DAY + 12 * HOUR);
    let paused = on_day(12, 0);
    assert!(matches!(plan.status(&paused), PlanStatus::Paused { week: 2, weeks: 6, .. }));
    assert!(!session_due(&plan, &[], &paused), "Friday while paused");
    assert_eq!(plan.last_day(&paused), None, "no end while paused");
    let week = plan.week_view(&[], &paused);
    assert_eq!(week[2].1, DayStatus::Paused, "Wednesday, the day it was paused");
    assert_eq!(week[4].1, DayStatus::Paused, "not missed");
    assert_eq!(plan.revision, 1);
    // Back after 7 days: the plan ends 7 days later than it would have.
    plan.resume(START + 17 * DAY + 12 * HOUR);
    assert_eq!(plan.revision, 2);
    assert_eq!(plan.status(&on_day(17, 0)), PlanStatus::Running { week: 2, weeks: 6 });
    assert_eq!(plan.last_day(&on_day(17, 0)), Some(on_day(48, 0).today()));
    assert_eq!(plan.status(&on_day(49, 0)), PlanStatus::Finished);
}

#[test]
fn an_ended_plan_asks_for_nothing_and_changes_count_for_the_calendar() {
    let mut plan = plan();
    plan.calendar_saved(false);
    assert!(!plan.calendar_out_of_date(false));
    plan.change_days(vec![2, 4], Some(7 * 60 + 30), START, vec![1, 3, 5]);
    assert_eq!((plan.days_per_week, plan.sessions_a_week(), plan.revision), (2, 2, 1));
    assert!(plan.calendar_out_of_date(false), "a changed plan offers the new file");
    assert!(session_due(&plan, &[], &on_day(2, 0)), "Tuesday now");
    plan.stop(START + 3 * DAY);
    assert_eq!(plan.status(&on_day(4, 0)), PlanStatus::Stopped);
    assert!(!session_due(&plan, &[], &on_day(4, 0)));
}

#[test]
fn an_older_plan_keeps_its_days_spread_from_the_day_it_began() {
    let plan = Plan { weekdays: None, days_per_week: 3, ..plan() };
    // Began on a Sunday: Sunday, Tuesday, Thursday.
    assert_eq!(plan.weekdays(&on_day(0, 0)), [0, 2, 4]);
    assert_eq!(plan.sessions_a_week(), 3);
}

#[test]
fn a_change_of_days_leaves_the_days_already_gone_as_they_were() {
    let mut plan = plan();
    // Thursday 12 November: Monday was done, Wednesday was missed; the days become Tuesday and Thursday.
    let thursday = on_day(11, 0);
    plan.change_days(vec![2, 4], None, thursday.now, plan.weekdays(&thursday));
    let week = plan.week_view(&[session(8)], &thursday);
    let statuses: Vec<DayStatus> = week.iter().map(|(_, status)| *status).collect();
    use DayStatus::*;
    assert_eq!(statuses, [Done, OtherDay, Missed, Today, OtherDay, OtherDay, OtherDay], "Tuesday was not a plan day then; Wednesday was");
    // The next week has the new days only: Tuesday 17th is today.
    let week = plan.week_view(&[], &on_day(16, 0));
    assert_eq!(week[1].1, Today);
    assert_eq!(week[2].1, OtherDay);
    // Changing back keeps each stretch of days as it was.
    let sunday = on_day(14, 0);
    plan.change_days(vec![1, 3, 5], None, sunday.now, plan.weekdays(&sunday));
    assert!(plan.is_plan_day(on_day(10, 0).today(), &sunday), "Wednesday 11th, under the first days");
    assert!(plan.is_plan_day(on_day(11, 0).today(), &sunday), "Thursday 12th, under the second");
    assert!(!plan.is_plan_day(on_day(13, 0).today(), &sunday), "Saturday 14th, under neither");
}

#[test]
fn held_days_show_as_on_hold_and_the_calendar_takes_the_reminders_away() {
    use backcheck::assessment::Pause;
    let mut plan = plan();
    plan.calendar_saved(false);
    let hold = Pause { from: START + 9 * DAY, to: None, held: true };
    let held = plan.with_holds(&[hold]);
    let wednesday = on_day(10, 0);
    let week = held.week_view(&[], &wednesday);
    assert_eq!(week[2].1, DayStatus::Held, "Wednesday, under the hold");
    assert_eq!(held.last_day(&wednesday), None, "the end moves on while it is held");
    assert!(!held.reminders_wanted(&wednesday));
    assert!(plan.calendar_out_of_date(true), "the saved file still reminds");
    assert_eq!(held.calendar_sequence(true), 1, "newer than the file that reminds");
    plan.calendar_saved(true);
    assert_eq!((plan.revision, plan.calendar_cancelled), (1, true));
    assert!(!plan.calendar_out_of_date(true));
    assert!(plan.calendar_out_of_date(false), "once the hold lifts, the reminders are offered again");
    assert_eq!(plan.calendar_sequence(false), 2);
}
