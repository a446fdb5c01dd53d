//! The summary for a GP or physiotherapist (`assessment::summary`): which checks, sessions and
//! ratings it lists, the dates it covers, how long and how the pain has gone, the plan's weeks,
//! amounts, pauses and holds with their reasons; and its words (`content::summary`).

use backcheck::assessment::{
    hold_on, hold_periods, pain_course, plan_events, position, rating_again, session_columns, summary, weeks_done, AbilityRating,
    BackSince, Clock, Done, History, Hold, NextDay, PastCheck, Plan, PlanEventKind, PlanNote, PlanNoteKind, PlanStatus, PlannedActivity,
    Rated, SeeProfessional, Session, CHECK_ROWS, DAY, RATING_ROWS, SESSION_ROWS,
};
use backcheck::content::plan::measure;
use backcheck::content::summary as words;

use crate::profiles::{all_good, all_good_but};

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;

fn at(now: u64) -> Clock {
    Clock { now, utc_offset: 0 }
}

fn on_day(day: u64) -> Clock {
    at(START + day * DAY + 12 * 60 * 60 * 1000)
}

fn check(day: u64, pain_now: u8) -> PastCheck {
    PastCheck { completed_at: START + day * DAY, answers: all_good_but("pain-now", pain_now) }
}

/// Walking on Monday, Wednesday and Friday from 16 minutes, made a second after the first check.
fn plan() -> Plan {
    Plan::new(START + 1000, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }])
}

fn session(day: u64, amount: u16, pain: u8) -> Session {
    Session {
        at: START + day * DAY + 9 * 60 * 60 * 1000,
        done: vec![Done { activity: "walking".into(), amount }],
        pain_during: pain,
        next_day: Some(NextDay::back_pain(BackSince::Same)),
        stopped_for_pain: false,
    }
}

/// Every plan day (Monday, Wednesday, Friday) of the first `weeks` weeks, each gone well.
fn good_weeks(weeks: u64) -> Vec<Session> {
    (0..weeks).flat_map(|week| [1, 3, 5].map(|day| session(week * 7 + day, 16, 2))).collect()
}

fn rating(day: u64, scores: &[u8]) -> AbilityRating {
    let names = ["Putting on socks", "Sitting through a film", "<b>Gardening</b>"];
    AbilityRating {
        at: START + day * DAY + 10 * 60 * 60 * 1000,
        scores: scores.iter().zip(names).map(|(score, name)| Rated { activity: name.to_string(), score: *score }).collect(),
    }
}

#[test]
fn with_no_check_and_no_plan_it_lists_nothing_and_covers_no_dates() {
    let summary = summary(&History::new(), None, &[], &[], measure, &on_day(3));
    assert_eq!(summary.latest, None);
    assert_eq!(summary.pain, None);
    assert!(summary.checks.is_empty());
    assert_eq!(summary.plan, None);
    assert_eq!(summary.covers, None);
}

#[test]
fn a_check_alone_has_its_result_and_pain_but_no_plan() {
    let history = History::from_checks([check(0, 4)]);
    let summary = summary(&history, None, &[], &[], measure, &on_day(3));
    assert_eq!(summary.latest.as_ref().map(|check| check.completed_at), Some(START));
    assert_eq!(summary.plan, None);
    assert_eq!(summary.covers, Some((START, START)));
    let pain = summary.pain.unwrap();
    assert_eq!((pain.first, pain.latest, pain.checks), (START, START, 1));
    assert!(pain.changes.is_empty(), "nothing to compare one check with");
    assert_eq!(pain.lasted_now.as_deref(), Some("under-6-weeks"));
    assert_eq!(pain.course_now.as_deref(), Some("better"));
}

#[test]
fn the_pain_goes_from_the_first_check_to_the_latest_and_says_how_long_it_lasted_at_each() {
    let mut first = check(0, 7);
    first.answers.set("pain-worst-week", 8u8.into()).unwrap();
    let mut latest = check(40, 3);
    latest.answers.set("pain-duration", "6-to-12-weeks".into()).unwrap();
    latest.answers.set("pain-course", "same".into()).unwrap();
    let history = History::from_checks([first, check(20, 5), latest]);
    let pain = pain_course(&history).unwrap();
    assert_eq!((pain.first, pain.latest, pain.checks), (START, START + 40 * DAY, 3));
    assert_eq!(pain.lasted_then.as_deref(), Some("under-6-weeks"));
    assert_eq!(pain.lasted_now.as_deref(), Some("6-to-12-weeks"));
    assert_eq!(pain.course_now.as_deref(), Some("same"));
    let changes: Vec<(&str, u8, u8)> = pain.changes.iter().map(|change| (change.question, change.from, change.to)).collect();
    assert_eq!(changes, [("pain-now", 7, 3), ("pain-worst-week", 8, all_good().scale("pain-worst-week").unwrap())]);

    assert_eq!(
        words::lasted(Some("6-to-12-weeks"), "11 Dec 2026", Some("under-6-weeks"), "1 Nov 2026").unwrap(),
        "How long the pain has lasted: 6 to 12 weeks (at the check on 11 Dec 2026). At the first check on this device, on 1 Nov 2026: less than 6 weeks."
    );
    assert_eq!(
        words::lasted(Some("under-6-weeks"), "11 Dec 2026", Some("under-6-weeks"), "1 Nov 2026").unwrap(),
        "How long the pain has lasted: less than 6 weeks (at the check on 11 Dec 2026).",
        "the same answer is said once"
    );
    assert_eq!(words::lasted(None, "11 Dec 2026", None, "1 Nov 2026"), None, "a check that did not ask");
    assert_eq!(words::pain_change("pain-now", 7, 3), "Pain now: 7 out of 10 at the first check, 3 at the latest (4 points lower).");
    assert_eq!(words::course("same"), "How it is changing: it is about the same (said at the latest check).");
}

#[test]
fn it_lists_the_latest_checks_and_says_how_many_earlier_ones_it_leaves_out() {
    let history = History::from_checks((0..9).map(|day| check(day * 7, 6)));
    let summary = summary(&history, None, &[], &[], measure, &on_day(70));
    assert_eq!(summary.checks.len(), CHECK_ROWS);
    assert_eq!(summary.checks_left_out, 9 - CHECK_ROWS);
    assert_eq!(summary.checks[0].completed_at, START + 3 * 7 * DAY, "the latest six, oldest first");
    assert_eq!(summary.latest.as_ref().unwrap().completed_at, START + 8 * 7 * DAY);
    // The pain's course still starts at the very first check, so the dates covered do too.
    assert_eq!(summary.pain.as_ref().unwrap().first, START);
    assert_eq!(summary.covers, Some((START, START + 8 * 7 * DAY)));
    assert_eq!(words::left_out(3, "check", "checks"), "3 earlier checks are not listed.");
    assert_eq!(words::left_out(1, "check", "checks"), "1 earlier check is not listed.");
}

#[test]
fn the_plan_has_its_weeks_done_its_amounts_then_and_now_and_its_sessions() {
    let history = History::from_checks([check(0, 4)]);
    let sessions = good_weeks(2);
    let clock = on_day(15);
    let summary = summary(&history, Some(&plan()), &sessions, &[], measure, &clock);
    let plan = summary.plan.unwrap();
    assert_eq!(plan.status, PlanStatus::Running { week: 3, weeks: 6 });
    assert_eq!((plan.weeks_done, plan.weeks), (2, 6));
    assert_eq!(plan.amounts.len(), 1);
    assert_eq!((plan.amounts[0].start, plan.amounts[0].now), (16, 18), "a week of sessions that went well steps up");
    assert_eq!(plan.sessions, sessions);
    assert_eq!((plan.session_count, plan.sessions_left_out), (6, 0));
    assert_eq!(plan.hold, None);
    assert!(plan.events.is_empty());
    assert_eq!(plan.session_pain, Some((20, 20)));
    assert_eq!(plan.not_better, None, "not before three weeks");
    assert_eq!(summary.covers, Some((START, sessions.last().unwrap().at)));
}

#[test]
fn the_sessions_table_has_a_column_for_each_planned_activity_and_any_other_done() {
    let mut plan = plan();
    plan.activities.push(PlannedActivity { activity: "core-exercises".into(), start: 5 });
    let mut odd = session(3, 16, 2);
    odd.done.push(Done { activity: "swimming".into(), amount: 10 });
    assert_eq!(session_columns(&plan, &[session(1, 16, 2), odd]), ["walking", "core-exercises", "swimming"]);
    assert_eq!(session_columns(&plan, &[]), ["walking", "core-exercises"], "a column for each planned activity, done or not");
}

#[test]
fn a_long_plan_lists_its_latest_sessions_and_counts_the_rest() {
    let history = History::from_checks([check(0, 4)]);
    let sessions: Vec<Session> = (0..12).flat_map(|week| [1, 2, 3].map(|day| session(week * 7 + day, 16, 2))).collect();
    let summary = summary(&history, Some(&plan()), &sessions, &[], measure, &on_day(90));
    let plan = summary.plan.unwrap();
    assert_eq!(plan.session_count, 36);
    assert_eq!(plan.sessions.len(), SESSION_ROWS);
    assert_eq!(plan.sessions_left_out, 36 - SESSION_ROWS);
    assert_eq!(plan.sessions.first(), sessions.get(36 - SESSION_ROWS), "the latest, oldest first");
    assert_eq!(plan.status, PlanStatus::Finished);
    assert_eq!(plan.weeks_done, 6);
}

#[test]
fn sessions_of_a_replaced_plan_and_times_ahead_of_the_clock_are_not_covered() {
    let history = History::from_checks([check(0, 4)]);
    let older = Session { at: START - DAY, ..session(0, 10, 3) };
    let ahead = session(30, 16, 2);
    let clock = on_day(5);
    let summary = summary(&history, Some(&plan()), &[older, session(1, 16, 2), ahead.clone()], &[], measure, &clock);
    let plan = summary.plan.unwrap();
    assert_eq!(plan.session_count, 2, "the replaced plan's session goes");
    assert_eq!(summary.covers, Some((START, session(1, 16, 2).at)), "a session dated ahead of this device's clock is listed, not covered");
}

#[test]
fn pauses_holds_with_their_reasons_flare_ups_and_a_professionals_word_are_listed_in_order() {
    let history = History::from_checks([check(0, 4)]);
    let mut plan = plan();
    plan.pause(START + 2 * DAY);
    plan.resume(START + 6 * DAY);
    // Two sessions in a row too much: on hold until a professional says to go on.
    let sessions = vec![session(8, 16, 2), session(10, 16, 6), session(12, 14, 6)];
    let notes = vec![
        PlanNote { at: START + 9 * DAY, kind: PlanNoteKind::FlareUp },
        PlanNote { at: START + 15 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn },
    ];
    let clock = on_day(17);
    let events = plan_events(&plan, &history, &sessions, &notes, &clock);
    let kinds: Vec<PlanEventKind> = events.iter().map(|event| event.kind).collect();
    assert_eq!(
        kinds,
        [
            PlanEventKind::Paused,
            PlanEventKind::FlareUp,
            PlanEventKind::Held(Hold::SeeProfessional(SeeProfessional::TwoRedsInARow)),
            PlanEventKind::ProfessionalSaidGoOn,
        ]
    );
    assert_eq!((events[0].from, events[0].to), (START + 2 * DAY, Some(START + 6 * DAY)));
    assert_eq!(
        (events[2].from, events[2].to),
        (START + 12 * DAY, Some(START + 15 * DAY)),
        "held from the day of the second, until the word"
    );
    // The reason of each held day is the hold `hold_periods` counted.
    for held in hold_periods(&plan, &history, &sessions, &notes, &clock) {
        assert!(hold_on(&plan, &history, &sessions, &notes, &clock, clock.day_of(held.from)).is_some());
    }

    // Paused 4 days and held 3: 17 days since the start, 10 of them done.
    let summary = summary(&history, Some(&plan), &sessions, &notes, measure, &clock);
    let plan_summary = summary.plan.unwrap();
    assert_eq!(plan_summary.weeks_done, 1);
    assert_eq!(plan_summary.hold, None);
    assert_eq!(summary.covers, Some((START, START + 15 * DAY)));

    assert_eq!(words::event_words(kinds[2]), "On hold. Two sessions in a row were too much");
    assert_eq!(words::event_dates("12 Nov 2026", Some("15 Nov 2026"), true), "12 Nov 2026 to 15 Nov 2026");
    assert_eq!(words::event_dates("12 Nov 2026", None, true), "since 12 Nov 2026");
    assert_eq!(words::event_dates("9 Nov 2026", None, false), "9 Nov 2026");
}

#[test]
fn a_hold_in_force_is_said_with_its_reason_and_has_no_end() {
    // A check during the plan says to get care first.
    let mut urgent = check(10, 4);
    urgent.answers.set("urgent-signs", backcheck::assessment::Answer::Choices(vec!["fever".into()])).unwrap();
    let history = History::from_checks([check(0, 4), urgent]);
    let clock = on_day(12);
    let summary = summary(&history, Some(&plan()), &good_weeks(1), &[], measure, &clock);
    let plan = summary.plan.unwrap();
    assert_eq!(plan.hold, Some(Hold::LatestCheck));
    let held = plan.events.iter().find(|event| matches!(event.kind, PlanEventKind::Held(_))).unwrap();
    assert_eq!((held.kind, held.to), (PlanEventKind::Held(Hold::LatestCheck), None));
    assert_eq!(words::plan_now(plan.status, plan.hold), "It is on hold now: a check said to get medical advice first.");
    assert_eq!(plan.last_day, None, "its end waits while the hold lasts");
}

#[test]
fn weeks_done_stop_at_an_early_end_and_never_pass_the_plan_length() {
    let mut plan = plan();
    let clock = on_day(30);
    assert_eq!(weeks_done(&plan, plan.status(&clock), &clock), 4);
    plan.stop(START + 16 * DAY);
    assert_eq!(weeks_done(&plan, plan.status(&clock), &clock), 2, "16 days, ended early");
    let summary = summary(&History::new(), Some(&plan), &[], &[], measure, &clock);
    let events: Vec<PlanEventKind> = summary.plan.unwrap().events.iter().map(|event| event.kind).collect();
    assert_eq!(events, [PlanEventKind::Stopped]);
    let long = Plan { stopped_at: None, ..plan };
    assert_eq!(weeks_done(&long, PlanStatus::Running { week: 6, weeks: 6 }, &on_day(200)), 6);
}

#[test]
fn ratings_keep_the_first_show_the_change_and_leave_out_a_replaced_plans() {
    let history = History::from_checks([check(0, 4)]);
    let first = rating(0, &[2, 3, 5]);
    let mut ratings = vec![AbilityRating { at: START - DAY, ..rating(0, &[9, 9, 9]) }, first.clone()];
    for day in (1..=10).map(|n| n * 7) {
        ratings.push(rating_again(&first, &[Some(4), Some(5), Some(6)], START + day * DAY).unwrap());
    }
    let summary = summary(
        &history,
        Some(&plan()),
        &[],
        &ratings.iter().cloned().map(AbilityRating::into_note).collect::<Vec<_>>(),
        measure,
        &on_day(75),
    );
    let plan = summary.plan.unwrap();
    assert_eq!(plan.ratings.len(), RATING_ROWS);
    assert_eq!(plan.ratings_left_out, 11 - RATING_ROWS);
    assert_eq!(plan.ratings[0], first, "every change is measured from the first, so it stays");
    assert_eq!(plan.ratings[1].at, START + (11 - RATING_ROWS + 1) as u64 * 7 * DAY);
    let change = plan.ability_change.unwrap();
    assert_eq!((change.tenths, change.real), (17, false), "3.3 to 5: less than 2 points");
    assert_eq!(plan.ratings[0].scores[2].activity, "<b>Gardening</b>", "typed text kept as typed, for the screen to show as text");
    assert_eq!(words::ability_change(17, false), "The average went up 1.7 points since the first rating. That is less than the 2 points needed to be sure it is a real change (3 points for one activity).");
    assert_eq!(words::ability_change(25, true), "The average went up 2.5 points since the first rating. That is a real change.");
}

#[test]
fn after_three_weeks_with_neither_ratings_nor_pain_better_or_when_the_ratings_fall_it_says_so() {
    let history = History::from_checks([check(0, 4)]);
    let sessions = good_weeks(4);
    let first = rating(0, &[3, 3, 3]);
    let notes = |later: &[u8], day: u64| {
        let again = rating_again(&first, &later.iter().map(|s| Some(*s)).collect::<Vec<_>>(), START + day * DAY).unwrap();
        vec![first.clone().into_note(), again.into_note()]
    };
    let not_better =
        |notes: &[PlanNote], clock: &Clock| summary(&history, Some(&plan()), &sessions, notes, measure, clock).plan.unwrap().not_better;
    let flat = not_better(&notes(&[4, 3, 3], 14), &on_day(24)).expect("neither better after 3 weeks");
    assert!(!flat.ratings_worse);
    assert_eq!(words::not_better(&flat), words::NOT_BETTER);
    assert_eq!(not_better(&notes(&[6, 5, 5], 14), &on_day(24)), None, "ratings up by 2 points or more");
    let fell = not_better(&notes(&[1, 1, 1], 7), &on_day(9)).expect("a real fall is said at once");
    assert!(fell.ratings_worse);
    assert_eq!(words::not_better(&fell), words::RATINGS_FELL);
}

#[test]
fn chart_positions_run_by_date_from_edge_to_edge() {
    assert_eq!(position(10, 10, 20, 280), 0);
    assert_eq!(position(20, 10, 20, 280), 280);
    assert_eq!(position(15, 10, 20, 280), 140);
    assert_eq!(position(5, 10, 20, 280), 0, "before the start: at the start");
    assert_eq!(position(25, 10, 20, 280), 280);
    assert_eq!(position(10, 10, 10, 280), 140, "one moment in all: the middle");
}

#[test]
fn the_summarys_words_say_what_it_covers_and_what_the_link_carries() {
    assert_eq!(
        words::made_on("3 Dec 2026", Some(("1 Nov 2026".into(), "2 Dec 2026".into()))),
        "Made with Backcheck on 3 Dec 2026. It covers 1 Nov 2026 to 2 Dec 2026."
    );
    assert_eq!(
        words::made_on("3 Dec 2026", Some(("1 Nov 2026".into(), "1 Nov 2026".into()))),
        "Made with Backcheck on 3 Dec 2026. It covers 1 Nov 2026."
    );
    assert_eq!(words::made_on("3 Dec 2026", None), "Made with Backcheck on 3 Dec 2026.");
    assert!(words::MADE_HERE.starts_with("Nothing is sent anywhere."));
    for kept_out in ["plan", "sessions", "ratings", "typed"] {
        assert!(words::LINK_CARRIES.contains(kept_out), "the link's note says it leaves out the {kept_out}");
    }
    assert_eq!(words::amount_column("walking"), "Walking (minutes)");
    assert_eq!(words::amount_column("core-exercises"), "Tummy and back exercises (times each)");
    assert_eq!((words::amount_done(Some(16)), words::amount_done(None)), ("16".to_string(), words::NOT_DONE.to_string()));
    assert_eq!(words::next_morning(&session(1, 16, 2)), "The same");
    assert_eq!(words::next_morning(&Session { next_day: None, ..session(1, 16, 2) }), "Not answered");
}
