//! The plan's progression model (docs/plan-model.md), lived through: six weeks of sessions with
//! a fixed clock, day by day, and a property test over random session histories.

use backcheck::assessment::{
    awaiting_next_day, hold_periods, next_amount, plan_hold, start_amount, BackSince, Clock, Done, History, Hold, Judged, Measure, NextDay,
    Plan, PlanNote, PlanNoteKind, PlannedActivity, SeeProfessional, Session, Why, DAY, MINUTES_CEILING,
};
use proptest::prelude::*;

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;
const HOUR: u64 = 3_600_000;

fn walking_plan(recent: u16) -> Plan {
    Plan::new(START, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: start_amount(recent) }])
}

fn at_day(day: u64, hour: u64) -> Clock {
    Clock { now: START + day * DAY + hour * HOUR, utc_offset: 0 }
}

/// How one day's session goes: the pain during it and the back pain the next morning (`None`:
/// the morning question is never answered).
type Day = (u8, Option<BackSince>);

/// Lives through the plan: on each plan day from day 1 up to `days`, reads the next amount at 9,
/// logs a session of exactly that amount at 10 with `how(day)`, and answers the next morning.
/// Returns each session's day and amount, and the last next step's amount and reason.
fn live(plan: &Plan, measure: Measure, days: u64, how: impl Fn(u64) -> Day, notes: &[PlanNote]) -> (Vec<(u64, u16)>, u16, Why) {
    let planned = &plan.activities[0];
    let mut sessions: Vec<Session> = Vec::new();
    let mut done = Vec::new();
    for day in 1..=days {
        let clock = at_day(day, 9);
        if !plan.is_plan_day(clock.today(), &clock) {
            continue;
        }
        let amount = next_amount(plan, planned, measure, &sessions, notes, &clock).amount;
        let (pain, morning) = how(day);
        sessions.push(Session {
            at: START + day * DAY + 10 * HOUR,
            done: vec![Done { activity: planned.activity.clone(), amount }],
            pain_during: pain,
            next_day: morning.map(NextDay::back_pain),
            stopped_for_pain: false,
        });
        done.push((day, amount));
    }
    let last = next_amount(plan, planned, measure, &sessions, notes, &at_day(days + 1, 9));
    (done, last.amount, last.why)
}

const WELL: Day = (2, Some(BackSince::Same));

fn amounts(done: &[(u64, u16)]) -> Vec<u16> {
    done.iter().map(|(_, amount)| *amount).collect()
}

#[test]
fn steady_sessions_that_go_well_pass_what_the_person_manages_and_keep_climbing() {
    // Said 20 minutes: starts at 16; a step up each week once three sessions went well.
    let (done, last, why) = live(&walking_plan(20), Measure::Minutes, 41, |_| WELL, &[]);
    let days: Vec<u64> = done.iter().map(|(day, _)| *day).collect();
    assert_eq!(days, vec![1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26, 29, 31, 33, 36, 38, 40]);
    assert_eq!(amounts(&done), vec![16, 16, 16, 16, 18, 18, 18, 20, 20, 20, 22, 22, 22, 24, 24, 24, 26, 26]);
    assert_eq!((last, why), (26, Why::GreenHold));
    assert!(last > 20, "past the 20 minutes the person said they manage");
}

#[test]
fn the_amount_stops_at_its_ceiling() {
    let (done, last, why) = live(&walking_plan(30), Measure::Minutes, 41, |_| WELL, &[]);
    assert_eq!(*amounts(&done).iter().max().unwrap(), MINUTES_CEILING);
    assert_eq!((last, why), (30, Why::AtCeiling));
    // Named exercises: 1 more of each a week, never past the NHS's most.
    let stretches = Plan::new(START, vec![1, 3, 5], None, vec![PlannedActivity { activity: "back-stretches".into(), start: 5 }]);
    let (done, last, _) = live(&stretches, Measure::TimesEach { most: 10 }, 70, |_| WELL, &[]);
    assert_eq!(amounts(&done)[..7], [5, 5, 5, 5, 6, 6, 6]);
    assert_eq!(last, 10);
}

#[test]
fn small_amounts_climb_a_minute_at_a_time() {
    // Said 3 minutes: starts at 2, and climbs each week (review G16).
    let (done, last, _) = live(&walking_plan(3), Measure::Minutes, 41, |_| WELL, &[]);
    assert_eq!(amounts(&done)[0], 2);
    assert_eq!(last, 7);
    assert!(amounts(&done).windows(2).all(|pair| pair[0] <= pair[1]));
}

#[test]
fn a_session_that_was_too_much_steps_back_once_below_it_at_once_and_the_amount_recovers() {
    let plan = walking_plan(20);
    // Day 15 (the plan's third Monday): pain 6, at 18 minutes.
    let how = |day| if day == 15 { (6, Some(BackSince::Same)) } else { WELL };
    let (done, last, _) = live(&plan, Measure::Minutes, 41, how, &[]);
    let at = |day| done.iter().find(|(d, _)| *d == day).unwrap().1;
    assert_eq!(at(15), 18);
    assert_eq!(at(17), 14, "one step back, below the 18 that was too much");
    let after: Vec<u16> = done.iter().filter(|(day, _)| *day > 15).map(|(_, amount)| *amount).collect();
    assert!(after.windows(2).all(|pair| pair[0] <= pair[1]), "no further step back: {after:?}");
    assert!(last > 14, "recovers after sessions that went well: {last}");
    // Known when it is logged, before any morning answer.
    let sessions = vec![Session {
        at: START + DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 6,
        next_day: None,
        stopped_for_pain: false,
    }];
    let step = next_amount(&plan, &plan.activities[0], Measure::Minutes, &sessions, &[], &at_day(1, 11));
    assert_eq!((step.amount, step.why), (13, Why::StepBack));
}

#[test]
fn back_pain_worse_the_next_morning_steps_back_but_normal_soreness_does_not() {
    let plan = walking_plan(20);
    let session = |morning| Session {
        at: START + DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 4,
        next_day: Some(NextDay::back_pain(morning)),
        stopped_for_pain: false,
    };
    let step = |morning| next_amount(&plan, &plan.activities[0], Measure::Minutes, &[session(morning)], &[], &at_day(2, 9));
    // A dull muscle ache that fades is "about the same" back pain: no step back.
    assert_eq!(step(BackSince::Same).why, Why::GreenHold);
    assert_eq!(step(BackSince::Better).why, Why::GreenHold);
    assert_eq!((step(BackSince::Worse).amount, step(BackSince::Worse).why), (13, Why::StepBack));
}

#[test]
fn pain_rising_from_one_week_to_the_next_steps_back_once_for_that_week() {
    // Weeks 1 and 2 at pain 2; weeks 3 on at pain 4 (every session within the pain rule).
    let how = |day| if day >= 15 { (4, Some(BackSince::Same)) } else { WELL };
    let plan = walking_plan(20);
    let (done, _, _) = live(&plan, Measure::Minutes, 41, how, &[]);
    let at = |day| done.iter().find(|(d, _)| *d == day).unwrap().1;
    assert_eq!((at(15), at(19)), (18, 20));
    // Week 3 ended on day 21: its mean (4) is 2 points above week 2's.
    assert_eq!(at(22), 16, "one step back, once");
    let after: Vec<u16> = done.iter().filter(|(day, _)| *day >= 22).map(|(_, amount)| *amount).collect();
    assert!(after.windows(2).all(|pair| pair[0] <= pair[1]), "pain steady at 4 since: no second step back {after:?}");
    // One session a point higher in a week is noise: 3, 3, 3 then 4, 3, 3 steps up as usual.
    let noisy = |day| if day == 8 { (4, Some(BackSince::Same)) } else { (3, Some(BackSince::Same)) };
    let (done, last, _) = live(&plan, Measure::Minutes, 41, noisy, &[]);
    assert!(amounts(&done).windows(2).all(|pair| pair[0] <= pair[1]), "{:?}", amounts(&done));
    assert_eq!(last, 26);
}

#[test]
fn a_severe_session_holds_the_plan_at_once_with_see_a_gp() {
    let plan = walking_plan(20);
    let sessions = vec![Session {
        at: START + DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 7,
        next_day: None,
        stopped_for_pain: false,
    }];
    let clock = at_day(1, 11);
    assert_eq!(plan_hold(&plan, &History::default(), &sessions, &[], &clock), Some(Hold::SeeProfessional(SeeProfessional::SeverePain(7))));
    // A professional's word lifts it; the amount has stepped back.
    let word = PlanNote { at: START + 2 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn };
    assert_eq!(plan_hold(&plan, &History::default(), &sessions, std::slice::from_ref(&word), &at_day(2, 12)), None);
    assert!(next_amount(&plan, &plan.activities[0], Measure::Minutes, &sessions, &[word], &at_day(2, 12)).amount < 16);
}

#[test]
fn a_morning_question_is_asked_for_two_days_then_the_session_counts_for_nothing() {
    let session = Session {
        at: START + DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 2,
        next_day: None,
        stopped_for_pain: false,
    };
    assert!(awaiting_next_day(std::slice::from_ref(&session), &at_day(1, 20)).is_none(), "not the same day");
    assert!(awaiting_next_day(std::slice::from_ref(&session), &at_day(2, 8)).is_some());
    assert!(awaiting_next_day(std::slice::from_ref(&session), &at_day(3, 8)).is_some());
    assert!(awaiting_next_day(std::slice::from_ref(&session), &at_day(4, 8)).is_none());
    assert_eq!(session.judged(&at_day(2, 8)), Judged::Waiting);
    assert_eq!(session.judged(&at_day(4, 8)), Judged::NotJudged);
    let plan = walking_plan(20);
    let step = next_amount(&plan, &plan.activities[0], Measure::Minutes, &[session], &[], &at_day(4, 8));
    assert_eq!((step.amount, step.why), (16, Why::NotJudged));
}

#[test]
fn at_the_floor_a_step_back_keeps_the_amount_and_asks_for_a_physiotherapist() {
    let plan = walking_plan(6); // starts at 5
    let (done, last, why) = live(&plan, Measure::Minutes, 12, |_| (6, Some(BackSince::Same)), &[]);
    assert!(amounts(&done).iter().all(|amount| *amount == 5), "{done:?}");
    assert_eq!((last, why), (5, Why::AtFloor));
}

#[test]
fn a_flare_up_steps_every_activity_back_once_and_the_plan_goes_on() {
    let plan = walking_plan(20);
    let flare = PlanNote { at: START + 9 * DAY, kind: PlanNoteKind::FlareUp };
    let (done, _, _) = live(&plan, Measure::Minutes, 20, |_| WELL, &[flare]);
    let at = |day| done.iter().find(|(d, _)| *d == day).unwrap().1;
    assert_eq!((at(8), at(10)), (16, 14), "18 after day 8's step, then a step back to about 8 in 10");
}

#[test]
fn held_days_do_not_use_up_the_plans_weeks() {
    let plan = walking_plan(20);
    let sessions = vec![Session {
        at: START + 2 * DAY,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 8,
        next_day: None,
        stopped_for_pain: false,
    }];
    let word = PlanNote { at: START + 9 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn };
    let clock = at_day(20, 12);
    let holds = hold_periods(&plan, &History::default(), &sessions, std::slice::from_ref(&word), &clock);
    assert_eq!(holds.len(), 1);
    assert_eq!((holds[0].from, holds[0].to), (START + 2 * DAY, Some(START + 9 * DAY)));
    let first = clock.day_of(START);
    assert_eq!(plan.last_day(&clock), Some(first + 41));
    assert_eq!(plan.with_holds(&holds).last_day(&clock), Some(first + 48), "7 held days added on");
}

fn any_history() -> impl Strategy<Value = Vec<(u64, u8, Option<u8>, u16)>> {
    // (day, pain, morning answer: 0 better, 1 same, 2 worse, done amount)
    prop::collection::vec((1u64..40, 0u8..=10, prop::option::of(0u8..3), 1u16..40), 0..25)
}

proptest! {
    /// Whatever came before: a session that was too much never raises the amount, one that went
    /// well never lowers it, and no amount is ever below the floor.
    #[test]
    fn amounts_never_rise_after_too_much_never_fall_after_going_well_and_stay_above_the_floor(history in any_history(), recent in 1u16..60, pain in 0u8..=10, morning in 0u8..3, day in 1u64..40) {
        let plan = walking_plan(recent);
        let planned = &plan.activities[0];
        let back = |m: u8| [BackSince::Better, BackSince::Same, BackSince::Worse][usize::from(m)];
        let mut sessions: Vec<Session> = history.iter().filter(|(d, ..)| *d < day).map(|(d, p, m, amount)| Session {
            at: START + d * DAY + 10 * HOUR, done: vec![Done { activity: "walking".into(), amount: *amount }], pain_during: *p,
            next_day: m.map(|m| NextDay::back_pain(back(m))),
            stopped_for_pain: false,
        }).collect();
        sessions.sort_by_key(|s| s.at);
        sessions.dedup_by_key(|s| s.at);
        let clock = at_day(day, 11);
        let before = next_amount(&plan, planned, Measure::Minutes, &sessions, &[], &clock).amount;
        let new = Session { at: START + day * DAY + 10 * HOUR, done: vec![Done { activity: "walking".into(), amount: before }], pain_during: pain, next_day: Some(NextDay::back_pain(back(morning))), stopped_for_pain: false };
        let too_much = new.too_much().is_some();
        sessions.push(new);
        let after = next_amount(&plan, planned, Measure::Minutes, &sessions, &[], &clock).amount;
        if too_much {
            prop_assert!(after <= before, "rose after too much: {} -> {}", before, after);
            prop_assert!(after < before || after == Measure::Minutes.floor(planned.start), "did not step below what was too much");
        } else {
            prop_assert!(after >= before, "fell after going well: {} -> {}", before, after);
        }
        prop_assert!(after >= Measure::Minutes.floor(planned.start));
    }
}

#[test]
fn a_hold_for_pain_rising_two_weeks_running_lasts_until_it_is_lifted() {
    let plan = walking_plan(20);
    let rising = |day: u64, pain| Session {
        at: START + day * DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: pain,
        next_day: Some(NextDay::back_pain(BackSince::Same)),
        stopped_for_pain: false,
    };
    let sessions = vec![rising(1, 1), rising(3, 1), rising(8, 2), rising(10, 2), rising(15, 3), rising(17, 3)];
    let held = Some(Hold::SeeProfessional(SeeProfessional::PainRising));
    assert_eq!(plan_hold(&plan, &History::default(), &sessions, &[], &at_day(21, 12)), held);
    assert_eq!(
        plan_hold(&plan, &History::default(), &sessions, &[], &at_day(28, 12)),
        held,
        "a week with no session under the hold does not lift it"
    );
    let word = PlanNote { at: START + 29 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn };
    assert_eq!(plan_hold(&plan, &History::default(), &sessions, &[word], &at_day(29, 12)), None);
}

#[test]
fn a_week_whose_pain_rose_steps_back_even_after_the_week_before_did() {
    // Pain 1, then 2, then 3 (each a point higher): weeks 2 and 3 each step back once.
    let plan = walking_plan(20);
    let notes = [PlanNote { at: START + 21 * DAY + 12 * HOUR, kind: PlanNoteKind::ProfessionalSaidGoOn }];
    let how = |day| {
        (
            if day < 7 {
                1
            } else if day < 14 {
                2
            } else {
                3
            },
            Some(BackSince::Same),
        )
    };
    let (done, _, _) = live(&plan, Measure::Minutes, 22, how, &notes);
    let at = |day| done.iter().find(|(d, _)| *d == day).unwrap().1;
    assert_eq!((at(12), at(15), at(22)), (18, 14, 11), "{done:?}");
}

#[test]
fn a_session_done_at_less_than_the_amount_does_not_complete_a_step_up() {
    let plan = walking_plan(20);
    let session = |day: u64, amount| Session {
        at: START + day * DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount }],
        pain_during: 2,
        next_day: Some(NextDay::back_pain(BackSince::Same)),
        stopped_for_pain: false,
    };
    let sessions = [session(1, 16), session(3, 16), session(5, 16), session(8, 5)];
    let step = next_amount(&plan, &plan.activities[0], Measure::Minutes, &sessions, &[], &at_day(9, 9));
    assert_eq!((step.amount, step.why), (16, Why::GreenHold));
}
