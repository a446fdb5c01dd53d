//! The plan's pain-monitoring rule: every branch, and the properties that keep it safe. Lived
//! through over weeks in `progression.rs`; the model is docs/plan-model.md.

use backcheck::assessment::{
    awaiting_next_day, evaluate, may_make_plan, next_amount, next_session, next_steps, plan_hold, plan_needs_professional_word,
    plan_on_hold, plan_today, see_professional, start_amount, BackSince, Clock, Done, History, Hold, Measure, NextDay, NoSession, Outcome,
    Plan, PlanNote, PlanNoteKind, PlannedActivity, SeeProfessional, Session, TooMuch, Why, Zone, DAY,
};
use backcheck::content::plan::measure;
use proptest::prelude::*;

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;

/// Walking on Monday, Wednesday and Friday, starting at 16 minutes (8 parts in 10 of 20).
fn plan() -> Plan {
    Plan::new(START, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: start_amount(20) }])
}

fn at(now: u64) -> Clock {
    Clock { now, utc_offset: 0 }
}

fn session(day: u64, amount: u16, pain: u8, next_day: Option<(bool, BackSince)>) -> Session {
    Session {
        at: START + day * DAY + 1,
        done: vec![Done { activity: "walking".into(), amount }],
        pain_during: pain,
        next_day: next_day.map(|(settled_by_morning, back)| NextDay { settled_by_morning, back }),
        stopped_for_pain: false,
    }
}

const GOOD: Option<(bool, BackSince)> = Some((true, BackSince::Same));

/// The clock the morning after the last session (or at the start), when its answer is in.
fn after(sessions: &[Session]) -> Clock {
    at(sessions.last().map_or(START, |last| last.at + DAY))
}

fn next_of(sessions: &[Session], clock: &Clock) -> backcheck::assessment::NextStep {
    let plan = plan();
    next_amount(&plan, &plan.activities[0], Measure::Minutes, sessions, &[], clock)
}

fn step(sessions: &[Session]) -> (u16, Why) {
    let next = next_of(sessions, &after(sessions));
    (next.amount, next.why)
}

#[test]
fn a_first_session_starts_at_about_80_percent_of_what_was_managed() {
    assert_eq!(start_amount(20), 16);
    assert_eq!(start_amount(1), 1);
    assert_eq!(start_amount(3), 2);
    assert_eq!(step(&[]), (16, Why::FirstSession));
}

#[test]
fn zones_follow_the_pain_monitoring_rule() {
    assert_eq!(session(0, 16, 5, GOOD).zone(), Some(Zone::Green), "pain up to 5 is acceptable");
    assert_eq!(session(0, 16, 5, Some((true, BackSince::Better))).zone(), Some(Zone::Green));
    assert_eq!(session(0, 16, 3, Some((false, BackSince::Same))).zone(), Some(Zone::Red), "not settled by morning");
    assert_eq!(session(0, 16, 3, Some((true, BackSince::Worse))).zone(), Some(Zone::Red), "back worse the next day");
    assert_eq!(session(0, 16, 6, GOOD).zone(), Some(Zone::Red), "pain above 5");
    assert_eq!(session(0, 16, 2, Some((false, BackSince::Worse))).zone(), Some(Zone::Red), "not settled and worse");
    assert_eq!(session(0, 16, 2, None).zone(), None, "not judged before the next day");
    assert_eq!(session(0, 16, 6, None).zone(), Some(Zone::Red), "pain above 5 is too much as soon as it is logged");
}

fn good(days: &[u64], amount: u16) -> Vec<Session> {
    days.iter().map(|day| session(*day, amount, 2, GOOD)).collect()
}

#[test]
fn green_steps_up_about_ten_percent_after_a_week_of_sessions_that_went_well() {
    // Green in the first week: hold until a week has passed since the plan began.
    assert_eq!(step(&good(&[1, 3, 5], 16)), (16, Why::GreenHold));
    let week = [good(&[1, 3, 5], 16), good(&[8], 16)].concat();
    assert_eq!(step(&week), (18, Why::GreenStepUp));
    // The next week's greens hold at the new amount until another week with three that went well.
    let weeks = [week.clone(), good(&[10, 12], 18)].concat();
    assert_eq!(step(&weeks), (18, Why::GreenHold));
    let more = [weeks, good(&[15], 18)].concat();
    assert_eq!(step(&more), (20, Why::GreenStepUp));
}

#[test]
fn a_step_up_needs_as_many_good_sessions_as_the_plan_has_days_a_week() {
    // Two of three planned sessions in a fortnight: a week has passed, but not enough went well.
    assert_eq!(step(&good(&[1, 8], 16)), (16, Why::GreenHold));
    assert_eq!(step(&good(&[1, 8, 10], 16)), (18, Why::GreenStepUp));
    // A red steps back below it (16 to 13) and starts the count again: a week and three good
    // sessions at the lower amount.
    let after_red = [good(&[1, 3, 5], 16), vec![session(8, 16, 2, Some((false, BackSince::Same)))], good(&[10, 12, 14], 16)].concat();
    assert_eq!(step(&after_red), (13, Why::GreenHold));
    let later = [after_red, good(&[15], 16)].concat();
    assert_eq!(step(&later), (14, Why::GreenStepUp));
}

#[test]
fn pain_not_settled_by_the_morning_or_worse_the_next_day_steps_back_below_what_was_done() {
    // The source: pain that is worse the next day means less exercise, not the same again.
    for next_day in [Some((false, BackSince::Same)), Some((true, BackSince::Worse)), Some((false, BackSince::Better))] {
        assert_eq!(step(&[session(0, 16, 2, GOOD), session(8, 17, 4, next_day)]), (13, Why::StepBack), "{next_day:?}");
    }
    let next = next_of(&[session(0, 16, 2, GOOD), session(8, 17, 4, Some((false, BackSince::Same)))], &at(START + 9 * DAY));
    assert_eq!(next.too_much, Some(TooMuch::NotSettled), "the step says what happened");
    let worse = NextDay::back_pain(BackSince::Worse);
    let next = next_of(&[Session { next_day: Some(worse), ..session(0, 16, 4, None) }], &at(START + DAY));
    assert_eq!(next.too_much, Some(TooMuch::WorseNextDay));
    let next = next_of(&[session(0, 16, 7, GOOD)], &at(START + DAY));
    assert_eq!(next.too_much, Some(TooMuch::Pain(7)));
}

#[test]
fn pain_rising_from_one_week_to_the_next_steps_back_once_the_week_has_ended() {
    let rising = [session(0, 16, 1, GOOD), session(7, 16, 3, GOOD)];
    assert_eq!(step(&rising), (16, Why::GreenHold), "the second week has not ended yet");
    let next = next_of(&rising, &at(START + 14 * DAY));
    assert_eq!((next.amount, next.why), (13, Why::PainRising), "about 8 parts in 10 of 16");
    let level = [session(0, 16, 2, GOOD), session(7, 16, 2, GOOD)];
    assert_eq!(next_of(&level, &at(START + 14 * DAY)).why, Why::GreenHold);
}

#[test]
fn minutes_step_by_about_1_part_in_10_and_at_least_1_sets_never_step() {
    let plan_of = |activity: &str, start| Plan { activities: vec![PlannedActivity { activity: activity.into(), start }], ..plan() };
    let on =
        |activity: &str, day, amount| Session { done: vec![Done { activity: activity.into(), amount }], ..session(day, amount, 2, GOOD) };
    let week =
        |activity: &str, amount| [on(activity, 1, amount), on(activity, 3, amount), on(activity, 5, amount), on(activity, 8, amount)];
    for amount in 1..=200u16 {
        let plan = plan_of("walking", amount);
        let next = next_amount(&plan, &plan.activities[0], Measure::Minutes, &week("walking", amount), &[], &at(START + 9 * DAY));
        let ceiling = Measure::Minutes.ceiling(amount);
        if amount >= ceiling {
            assert_eq!((next.amount, next.why), (amount, Why::AtCeiling), "{amount}");
            continue;
        }
        assert_eq!(next.why, Why::GreenStepUp, "{amount}");
        let step = next.amount - amount;
        assert!(step >= 1 && (step == 1 || step * 10 <= amount * 2), "{amount} to {}", next.amount);
    }
    for amount in 1..5u16 {
        let plan = plan_of("core", amount);
        let next = next_amount(&plan, &plan.activities[0], Measure::Sets, &week("core", amount), &[], &at(START + 9 * DAY));
        assert_eq!(next.amount, amount, "1 set never becomes 2");
    }
}

#[test]
fn too_much_steps_back_below_what_was_too_much() {
    let sessions = [good(&[1, 3, 5, 8], 16), vec![session(10, 18, 7, GOOD)]].concat();
    assert_eq!(step(&sessions), (14, Why::StepBack), "below the 18 that hurt, not back to 16");
    assert_eq!(step(&[session(0, 16, 8, GOOD)]), (13, Why::StepBack));
}

#[test]
fn a_missed_next_day_check_in_holds_the_amount_while_it_is_asked() {
    assert_eq!(step(&[session(0, 16, 2, GOOD), session(7, 16, 2, None)]), (16, Why::WaitingForNextDay));
    let sessions = [session(0, 16, 2, None)];
    assert_eq!(awaiting_next_day(&sessions, &at(START + DAY)).map(|s| s.at), Some(sessions[0].at));
    assert_eq!(awaiting_next_day(&sessions, &at(START)), None, "not due on the same day");
    assert_eq!(awaiting_next_day(&sessions, &at(START + 3 * DAY)), None, "not asked after 2 days");
}

#[test]
fn severe_pain_two_reds_in_a_row_or_pain_rising_two_weeks_running_say_to_see_a_professional() {
    let plan = plan();
    let red = |day| session(day, 16, 6, GOOD);
    let clock = |day| at(START + day * DAY);
    assert_eq!(see_professional(&plan, &[red(0), red(2)], &clock(3)), Some(SeeProfessional::TwoRedsInARow));
    assert_eq!(see_professional(&plan, &[red(0), session(2, 16, 2, GOOD), red(4)], &clock(5)), None, "not in a row");
    assert_eq!(see_professional(&plan, &[session(0, 16, 7, None)], &clock(0)), Some(SeeProfessional::SeverePain(7)), "at once");
    let rising = [session(1, 16, 1, GOOD), session(8, 16, 2, GOOD), session(15, 16, 3, GOOD)];
    assert_eq!(see_professional(&plan, &rising, &clock(16)), None, "the third week has not ended");
    assert_eq!(see_professional(&plan, &rising, &clock(21)), Some(SeeProfessional::PainRising));
    let level = [session(1, 16, 2, GOOD), session(8, 16, 2, GOOD), session(15, 16, 3, GOOD)];
    assert_eq!(see_professional(&plan, &level, &clock(21)), None);
}

#[test]
fn one_session_holds_every_activity_done_in_it_and_each_follows_its_own() {
    let mut plan = plan();
    plan.activities.push(PlannedActivity { activity: "core-exercises".into(), start: 5 });
    let both = |day| Session {
        done: vec![Done { activity: "walking".into(), amount: 16 }, Done { activity: "core-exercises".into(), amount: 5 }],
        ..session(day, 16, 2, GOOD)
    };
    let steps = next_steps(&plan, measure, &[both(1), both(3), both(5), both(8)], &[], &at(START + 9 * DAY));
    assert_eq!((steps[0].amount, steps[0].why), (18, Why::GreenStepUp));
    assert_eq!((steps[1].amount, steps[1].why), (6, Why::GreenStepUp), "5 times each becomes 6, as NHS inform adds 1 or 2");
    // One pain score and one next morning for the session: too much steps both back.
    let red = Session { pain_during: 7, ..both(10) };
    let steps = next_steps(&plan, measure, &[both(1), both(3), both(5), both(8), red], &[], &at(START + 11 * DAY));
    assert_eq!((steps[0].why, steps[1].why), (Why::StepBack, Why::StepBack));
}

#[test]
fn each_activity_follows_its_own_sessions() {
    let mut plan = plan();
    plan.activities.push(PlannedActivity { activity: "core".into(), start: 2 });
    let steps = next_steps(&plan, measure, &[session(0, 16, 8, GOOD)], &[], &at(START + DAY));
    assert_eq!((steps[0].amount, steps[0].why), (13, Why::StepBack));
    assert_eq!((steps[1].amount, steps[1].why), (2, Why::FirstSession));
}

#[test]
fn no_plan_under_emergency_urgent_or_not_for_this_check() {
    assert!(may_make_plan(Outcome::SelfCare, false));
    assert!(!may_make_plan(Outcome::SeeClinician, false));
    assert!(may_make_plan(Outcome::SeeClinician, true));
    for outcome in [Outcome::NotForThisCheck, Outcome::Urgent, Outcome::Emergency] {
        assert!(!may_make_plan(outcome, true));
    }
}

#[test]
fn a_plan_is_on_hold_while_the_latest_check_says_to_get_care_first() {
    use backcheck::assessment::PastCheck;
    let good = PastCheck { completed_at: START, answers: crate::profiles::all_good() };
    let urgent = PastCheck { completed_at: START + DAY, answers: crate::profiles::all_good_but("urgent-signs", ["fever"]) };
    let emergency = PastCheck { completed_at: START + DAY, answers: crate::profiles::all_good_but("emergency-signs", ["chest-pain"]) };
    let pregnant = PastCheck { completed_at: START + DAY, answers: crate::profiles::all_good_but("who-for", ["pregnant"]) };
    let good_again = PastCheck { completed_at: START + 2 * DAY, ..good.clone() };
    assert!(!plan_on_hold(&History::new()), "no check yet (a plan from an imported file)");
    assert!(!plan_on_hold(&History::from_checks([good.clone()])));
    for worse in [urgent.clone(), emergency, pregnant] {
        assert!(plan_on_hold(&History::from_checks([good.clone(), worse])));
    }
    assert!(!plan_on_hold(&History::from_checks([good, urgent, good_again])), "a newer check with no such signs lifts it");
}

#[test]
fn a_newer_see_a_professional_check_asks_for_a_professional_word() {
    use backcheck::assessment::PastCheck;
    let plan = plan();
    let clinician = |at| PastCheck { completed_at: at, answers: crate::profiles::all_good_but("daily-life", true) };
    assert_eq!(clinician(0).outcome(), Outcome::SeeClinician);
    let good_after = PastCheck { completed_at: START + 2 * DAY, answers: crate::profiles::all_good() };
    assert!(plan_needs_professional_word(&plan, &History::from_checks([clinician(START + DAY)])));
    assert!(
        !plan_needs_professional_word(&plan, &History::from_checks([clinician(START - DAY)])),
        "the plan was made after it, with the word given"
    );
    assert!(!plan_needs_professional_word(&plan, &History::from_checks([clinician(START + DAY), good_after])));
    assert!(!plan_needs_professional_word(&plan, &History::new()));
    // It holds the plan until a professional's word given after that check.
    let history = History::from_checks([clinician(START + DAY)]);
    assert_eq!(plan_hold(&plan, &history, &[], &[], &at(START + 2 * DAY)), Some(Hold::CheckSaysSeeProfessional));
    let word = PlanNote { at: START + 2 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn };
    assert_eq!(plan_hold(&plan, &history, &[], &[word], &at(START + 2 * DAY)), None);
}

/// The morning after the last session: every answer given is known.
fn after_all(sessions: &[Session]) -> Clock {
    after(sessions)
}

fn any_session(day: u64) -> impl Strategy<Value = Session> {
    (1u16..60, 0u8..=10, prop::option::of((any::<bool>(), prop::sample::select(BackSince::ALL.to_vec()))))
        .prop_map(move |(amount, pain, next_day)| session(day, amount, pain, next_day))
}

fn any_sessions() -> impl Strategy<Value = Vec<Session>> {
    prop::collection::vec(0u64..4, 1..16)
        .prop_flat_map(|gaps| {
            let mut day = 0;
            let days: Vec<u64> = gaps
                .into_iter()
                .map(|gap| {
                    day += gap;
                    day
                })
                .collect();
            days.into_iter().map(any_session).collect::<Vec<_>>()
        })
        // A session's time is its id: two on one day are minutes apart.
        .prop_map(|sessions| sessions.into_iter().enumerate().map(|(i, s)| Session { at: s.at + i as u64 * 60_000, ..s }).collect())
}

proptest! {
    #[test]
    fn an_amount_never_rises_after_a_red(sessions in any_sessions()) {
        let plan = plan();
        let last_judged = sessions.iter().rev().find(|s| s.zone().is_some());
        if let Some(last) = last_judged.filter(|s| s.zone() == Some(Zone::Red)) {
            let after: Vec<&Session> = sessions.iter().filter(|s| s.at > last.at).collect();
            if after.is_empty() {
                let next = next_of(&sessions, &after_all(&sessions));
                // Below what was too much, or at the floor when what was done was already below it.
                let floor = Measure::Minutes.floor(plan.activities[0].start);
                prop_assert!(next.amount <= last.done[0].amount.max(floor), "{} after a red at {}", next.amount, last.done[0].amount);
                prop_assert!(next.amount < last.done[0].amount || next.why == Why::AtFloor, "{:?}", next);
                prop_assert!(matches!(next.why, Why::StepBack | Why::AtFloor | Why::PainRising), "{:?}", next.why);
            }
        }
        // And never more than about 10% (or 1 minute) above the largest amount done.
        let most = sessions.iter().map(|s| s.done[0].amount).max().unwrap_or(0).max(start_amount(20));
        let next = next_of(&sessions, &after_all(&sessions));
        prop_assert!(u32::from(next.amount) <= (u32::from(most) * 11).div_ceil(10).max(u32::from(most) + 1));
    }

    #[test]
    fn never_a_plan_under_emergency_or_urgent(professional in any::<bool>(), pick in 0usize..9) {
        let signs = ["bladder-bowel", "toilet-feeling", "saddle-numbness", "both-legs", "leg-weaker", "unsteady-walking", "sexual-problems", "chest-pain", "accident"];
        let emergency = crate::profiles::all_good_but("emergency-signs", [signs[pick]]);
        prop_assert!(!may_make_plan(evaluate(&emergency).triage.outcome, professional));
        let urgent = crate::profiles::all_good_but("urgent-signs", ["fever"]);
        prop_assert!(!may_make_plan(evaluate(&urgent).triage.outcome, professional));
    }
}

fn signs_note(at: u64, question: &'static str, sign: &'static str) -> PlanNote {
    let mut answers = backcheck::content::questions::BANK.answers();
    answers.toggle(question, sign).unwrap();
    PlanNote { at, kind: PlanNoteKind::Signs(answers) }
}

fn check(at: u64, answers: backcheck::assessment::Answers) -> backcheck::assessment::PastCheck {
    backcheck::assessment::PastCheck { completed_at: at, answers }
}

#[test]
fn a_sign_at_a_check_in_holds_the_plan_until_a_newer_check_allows_exercise_advice() {
    let plan = plan();
    let good = check(START - DAY, crate::profiles::all_good());
    let sessions = [session(0, 16, 2, GOOD)];
    let now = START + 3 * DAY;
    assert!(next_session(&plan, &History::from_checks([good.clone()]), &sessions, &[], measure, &at(now)).is_ok());
    for (question, sign, outcome) in [("emergency-signs", "both-legs", Outcome::Emergency), ("urgent-signs", "fever", Outcome::Urgent)] {
        let notes = [signs_note(START + DAY, question, sign)];
        let history = History::from_checks([good.clone()]);
        assert_eq!(plan_hold(&plan, &history, &sessions, &notes, &at(now)), Some(Hold::SignAtCheckIn(outcome)));
        assert!(next_session(&plan, &history, &sessions, &notes, measure, &at(now)).is_err(), "no amounts, no check-in");
        // A newer check that allows exercise advice lifts it; one that does not keeps it held.
        let newer_good = History::from_checks([good.clone(), check(START + 2 * DAY, crate::profiles::all_good())]);
        assert_eq!(plan_hold(&plan, &newer_good, &sessions, &notes, &at(now)), None);
        let newer_urgent =
            History::from_checks([good.clone(), check(START + 2 * DAY, crate::profiles::all_good_but("urgent-signs", ["fever"]))]);
        assert_eq!(plan_hold(&plan, &newer_urgent, &sessions, &notes, &at(now)), Some(Hold::LatestCheck));
    }
    let none = {
        let mut answers = backcheck::content::questions::BANK.answers();
        answers.toggle("emergency-signs", "none").unwrap();
        answers.toggle("urgent-signs", "none").unwrap();
        PlanNote { at: START + DAY, kind: PlanNoteKind::Signs(answers) }
    };
    assert_eq!(plan_hold(&plan, &History::from_checks([good]), &sessions, &[none], &at(now)), None, "“None of these” holds nothing");
}

#[test]
fn see_a_professional_holds_the_plan_until_one_has_said_to_go_on_or_a_newer_check() {
    let plan = plan();
    let history = History::from_checks([check(START - DAY, crate::profiles::all_good())]);
    let reds = [session(0, 16, 6, GOOD), session(2, 16, 6, GOOD)];
    let now = at(START + 3 * DAY);
    assert_eq!(plan_hold(&plan, &history, &reds, &[], &now), Some(Hold::SeeProfessional(SeeProfessional::TwoRedsInARow)));
    assert!(next_session(&plan, &history, &reds, &[], measure, &now).is_err(), "not the amount that just hurt, no check-in");
    let word = [PlanNote { at: START + 2 * DAY + 5, kind: PlanNoteKind::ProfessionalSaidGoOn }];
    assert_eq!(plan_hold(&plan, &history, &reds, &word, &now), None, "a professional said to go on");
    let steps = next_session(&plan, &history, &reds, &word, measure, &now).unwrap();
    assert!(steps[0].amount < 16, "and it goes on a step below what hurt");
    let newer =
        History::from_checks([check(START - DAY, crate::profiles::all_good()), check(START + 2 * DAY + 5, crate::profiles::all_good())]);
    assert_eq!(plan_hold(&plan, &newer, &reds, &[], &now), None, "a newer check");
    // Two more reds after the professional's word hold it again.
    let more = [reds[0].clone(), reds[1].clone(), session(4, 13, 6, GOOD), session(6, 13, 6, GOOD)];
    assert!(plan_hold(&plan, &history, &more, &word, &at(START + 7 * DAY)).is_some());
}

fn any_note() -> impl Strategy<Value = PlanNote> {
    let signs = ["bladder-bowel", "both-legs", "chest-pain", "none"];
    let urgent = ["fever", "night-pain", "none"];
    (0u64..40, 0usize..3, prop::sample::select(signs.to_vec()), prop::sample::select(urgent.to_vec())).prop_map(
        |(day, kind, sign, urgent)| {
            let at = START + day * DAY + 7;
            match kind {
                0 => signs_note(at, "emergency-signs", sign),
                1 => signs_note(at, "urgent-signs", urgent),
                _ => PlanNote { at, kind: PlanNoteKind::ProfessionalSaidGoOn },
            }
        },
    )
}

proptest! {
    #[test]
    fn no_next_amount_and_no_check_in_while_the_plan_is_on_hold(
        sessions in any_sessions(),
        notes in prop::collection::vec(any_note(), 0..4),
        check_day in prop::option::of(0u64..40),
        now_day in 0u64..60,
    ) {
            let plan = plan();
        let history = History::from_checks(check_day.map(|day| check(START + day * DAY + 3, crate::profiles::all_good())));
        let now = at(START + now_day * DAY);
        let hold = plan_hold(&plan, &history, &sessions, &notes, &now);
        let today = plan_today(&plan, &history, &sessions, &notes, &now);
        prop_assert_eq!(today.hold, hold);
        match next_session(&plan, &history, &sessions, &notes, measure, &now) {
            Err(NoSession::Held(held)) => prop_assert_eq!(Some(held), hold),
            Err(NoSession::NotRunning(_)) => prop_assert!(hold.is_none() && !today.schedule.is_running(&now)),
            Ok(_) => prop_assert!(hold.is_none() && today.schedule.is_running(&now)),
        }
        // Any emergency or urgent sign ticked since the latest check holds it.
        let latest = check_day.map_or(0, |day| START + day * DAY + 3);
        let signed = notes.iter().any(|note| note.at >= latest && note.signs_outcome().is_some());
        if signed {
            prop_assert!(matches!(hold, Some(Hold::SignAtCheckIn(Outcome::Emergency | Outcome::Urgent))), "{:?}", hold);
        }
    }
}
