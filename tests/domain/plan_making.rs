//! What the plan's screens used to decide for themselves, as pure rules: whether a plan may be
//! made and with which activities (no stretches after leg-pain results), where each starts, the
//! days and time, what a check-in saves, and the next session's day.

use crate::profiles::{all_good, all_good_but};
use backcheck::assessment::{
    check_in, chosen_days, evaluate, new_plan, parse_time, plan_offer, stretches_left_to_professional, yesterday_allowed, Answers, CheckIn,
    CheckInForm, CheckInProblem, Clock, Done, History, Outcome, Picked, Plan, PlanNote, PlanNoteKind, PlanOffer, PlanProblem, PlanRequest,
    PlannedActivity, Session, DAY, FIRST_DAYS,
};
use backcheck::content::plan::{plan_problem, suggested_activities};
use backcheck::content::questions::BANK;

/// Sunday 1 November 2026, midnight UTC.
const START: u64 = 1_793_491_200_000;

fn offered_ids(answers: &Answers) -> Vec<&'static str> {
    suggested_activities(&evaluate(answers).cards).iter().map(|activity| activity.id).collect()
}

#[test]
fn leg_pain_results_leave_the_back_stretches_to_a_professional() {
    // The stretching card appears when the person does not stretch.
    let no_leg_pain = all_good_but("stretching", "never");
    assert!(!stretches_left_to_professional(&evaluate(&no_leg_pain).cards));
    assert!(offered_ids(&no_leg_pain).contains(&"back-stretches"), "{:?}", offered_ids(&no_leg_pain));
    for leg_pain in ["above-knee", "below-knee"] {
        let mut answers = no_leg_pain.clone();
        answers.set("leg-pain", leg_pain.into()).unwrap();
        assert!(stretches_left_to_professional(&evaluate(&answers).cards), "{leg_pain}");
        let offered = offered_ids(&answers);
        assert!(!offered.contains(&"back-stretches"), "{leg_pain}: {offered:?}");
        assert!(!offered.is_empty(), "something is still offered");
    }
}

#[test]
fn a_plan_is_offered_only_for_a_finished_check_that_allows_exercise_and_no_sign_since() {
    let history = History::default();
    let answers = all_good();
    assert_eq!(plan_offer(&answers, Outcome::SelfCare, &history, &[]), PlanOffer::Offered { needs_professional_word: false });
    assert_eq!(plan_offer(&answers, Outcome::SeeClinician, &history, &[]), PlanOffer::Offered { needs_professional_word: true });
    for outcome in [Outcome::Emergency, Outcome::Urgent, Outcome::NotForThisCheck] {
        assert_eq!(plan_offer(&answers, outcome, &history, &[]), PlanOffer::NotOffered, "{outcome:?}");
    }
    assert_eq!(plan_offer(&BANK.answers(), Outcome::SelfCare, &history, &[]), PlanOffer::NotOffered, "an unfinished check");
    let mut signs = BANK.answers();
    signs.set("urgent-signs", ["fever"].into()).unwrap();
    let sign = PlanNote { at: START, kind: PlanNoteKind::Signs(signs) };
    assert_eq!(plan_offer(&answers, Outcome::SelfCare, &history, &[sign]), PlanOffer::NotOffered, "a sign ticked at a check-in");
}

fn request<'a>(picked: Vec<Picked<'a>>, weekdays: Vec<u8>, time: &'a str) -> PlanRequest<'a> {
    PlanRequest { outcome: Outcome::SelfCare, professional_said_fine: false, picked, weekdays, typed_time: time }
}

fn walking(typed: &str) -> Picked<'_> {
    Picked { activity: "walking", source_start: None, typed_recent: typed }
}

const STRETCHES: Picked<'static> = Picked { activity: "back-stretches", source_start: Some(5), typed_recent: "" };

#[test]
fn a_new_plan_starts_named_exercises_at_the_source_start_and_others_below_what_was_managed() {
    let plan = new_plan(&request(vec![walking(" 20 "), STRETCHES], FIRST_DAYS.to_vec(), "07:30"), START).unwrap();
    assert_eq!(
        plan.activities,
        vec![PlannedActivity { activity: "walking".into(), start: 16 }, PlannedActivity { activity: "back-stretches".into(), start: 5 }]
    );
    assert_eq!((plan.weekdays, plan.time, plan.started_at), (Some(vec![1, 3, 5]), Some(7 * 60 + 30), START));
}

#[test]
fn a_new_plan_says_the_first_thing_to_fix_in_the_order_the_screen_asks() {
    let mut needs_word = request(vec![walking("x")], vec![1], "x");
    needs_word.outcome = Outcome::SeeClinician;
    assert_eq!(new_plan(&needs_word, START), Err(PlanProblem::NeedsProfessionalWord));
    needs_word.professional_said_fine = true;
    assert_eq!(new_plan(&needs_word, START), Err(PlanProblem::Amount));
    let four = vec![walking("10"), walking("10"), walking("10"), walking("10")];
    assert_eq!(new_plan(&request(four, vec![1, 3], ""), START), Err(PlanProblem::ActivityCount));
    assert_eq!(new_plan(&request(vec![], vec![1, 3], ""), START), Err(PlanProblem::ActivityCount));
    for typed in ["", "0", "1.5", "601", "ten"] {
        assert_eq!(new_plan(&request(vec![walking(typed)], vec![1, 3], ""), START), Err(PlanProblem::Amount), "{typed:?}");
    }
    assert_eq!(new_plan(&request(vec![walking("10")], vec![1], ""), START), Err(PlanProblem::DayCount));
    assert_eq!(new_plan(&request(vec![walking("10")], vec![0, 1, 2, 3, 4, 5], ""), START), Err(PlanProblem::DayCount));
    assert_eq!(new_plan(&request(vec![walking("10")], vec![1, 3], "25:00"), START), Err(PlanProblem::Time));
    for problem in [PlanProblem::NeedsProfessionalWord, PlanProblem::ActivityCount, PlanProblem::Amount, PlanProblem::DayCount] {
        assert!(!plan_problem(problem).is_empty());
    }
}

#[test]
fn days_and_time_are_checked_the_same_for_a_new_plan_and_a_change() {
    assert_eq!(chosen_days(vec![2, 4], ""), Ok((vec![2, 4], None)));
    assert_eq!(chosen_days(vec![1, 2, 3, 4, 5], "18:00"), Ok((vec![1, 2, 3, 4, 5], Some(18 * 60))));
    assert_eq!(chosen_days(vec![2], ""), Err(PlanProblem::DayCount));
    assert_eq!(parse_time(" 00:00 "), Ok(Some(0)));
    assert_eq!(parse_time("23:59"), Ok(Some(23 * 60 + 59)));
    for bad in ["24:00", "12:60", "noon", "12", ":30"] {
        assert_eq!(parse_time(bad), Err(PlanProblem::Time), "{bad}");
    }
}

fn form(done: &[(&str, Option<&str>)], pain: Option<u8>, signs: Answers, yesterday: bool) -> CheckInForm {
    CheckInForm {
        done: done.iter().map(|(a, typed)| (a.to_string(), typed.map(str::to_string))).collect(),
        pain_during: pain,
        signs,
        yesterday,
        stopped_for_pain: false,
    }
}

fn no_signs() -> Answers {
    let mut signs = BANK.answers();
    signs.set("emergency-signs", ["none"].into()).unwrap();
    signs.set("urgent-signs", ["none"].into()).unwrap();
    signs
}

#[test]
fn a_check_in_saves_every_ticked_activity_with_its_amount_dated_today_or_yesterday() {
    let now = START + 3 * DAY;
    let filled = form(&[("walking", Some("16")), ("back-stretches", None)], Some(3), no_signs(), false);
    let expected = Session {
        at: now,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 3,
        next_day: None,
        stopped_for_pain: false,
    };
    assert_eq!(check_in(&filled, now), Ok(CheckIn::Session(expected.clone())));
    let yesterday = CheckInForm { yesterday: true, ..filled };
    assert_eq!(check_in(&yesterday, now), Ok(CheckIn::Session(Session { at: now - DAY, ..expected })));
}

#[test]
fn a_check_in_asks_what_was_done_then_the_pain_then_the_signs() {
    let now = START;
    let cases = [
        (form(&[("walking", None)], Some(3), no_signs(), false), CheckInProblem::WhatWasDone),
        (form(&[("walking", Some("0"))], Some(3), no_signs(), false), CheckInProblem::WhatWasDone),
        (form(&[("walking", Some("16")), ("bike", Some("x"))], Some(3), no_signs(), false), CheckInProblem::WhatWasDone),
        (form(&[("walking", Some("16"))], None, no_signs(), false), CheckInProblem::PainDuring),
        (form(&[("walking", Some("16"))], Some(3), BANK.answers(), false), CheckInProblem::SignsUnanswered),
    ];
    for (filled, problem) in cases {
        assert_eq!(check_in(&filled, now), Err(problem), "{filled:?}");
    }
}

#[test]
fn a_sign_at_a_check_in_is_kept_first_with_the_session_only_when_it_was_filled_in() {
    let mut signs = BANK.answers();
    signs.set("emergency-signs", ["chest-pain"].into()).unwrap();
    let now = START + DAY;
    let Ok(CheckIn::Signs { outcome, note, session }) = check_in(&form(&[("walking", None)], None, signs.clone(), false), now) else {
        panic!("a sign is saved whatever else is missing")
    };
    assert_eq!((outcome, note.at, session), (Outcome::Emergency, now, None));
    assert_eq!(note.kind, PlanNoteKind::Signs(signs.clone()));
    let Ok(CheckIn::Signs { session, .. }) = check_in(&form(&[("walking", Some("10"))], Some(4), signs, false), now) else { panic!() };
    assert_eq!(session.map(|s| (s.at, s.pain_during)), Some((now, 4)));
}

#[test]
fn yesterday_may_be_chosen_only_once_the_plan_ran_yesterday() {
    let plan = Plan::new(START + 9 * 3_600_000, vec![1, 3, 5], None, vec![]);
    let on = |day: u64| Clock { now: START + day * DAY + 12 * 3_600_000, utc_offset: 0 };
    assert!(!yesterday_allowed(&plan, &on(0)));
    assert!(yesterday_allowed(&plan, &on(1)));
}

#[test]
fn the_next_session_is_today_or_the_next_plan_day_once_todays_is_logged() {
    // Made on Sunday 1 November, sessions Monday, Wednesday and Friday.
    let plan = Plan::new(START, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }]);
    let on = |day: u64| Clock { now: START + day * DAY + 12 * 3_600_000, utc_offset: 0 };
    let day = |n: u64| on(n).today();
    assert_eq!(plan.next_session_day(&[], &on(0)), Some(day(1)), "Sunday: Monday is next");
    assert_eq!(plan.next_session_day(&[], &on(1)), Some(day(1)), "Monday: today");
    let monday = Session { at: START + DAY + 10 * 3_600_000, done: vec![], pain_during: 2, next_day: None, stopped_for_pain: false };
    assert_eq!(plan.next_session_day(&[monday], &on(1)), Some(day(3)), "logged today: Wednesday");
    assert_eq!(plan.next_session_day(&[], &on(60)), None, "after the plan's last day");
}

#[test]
fn the_plan_length_leaves_out_the_nhs_course_of_back_pain_for_pain_over_12_weeks() {
    use backcheck::content::plan::{plan_length, PLAN_LENGTH, PLAN_LENGTH_LONG_PAIN};
    let long = crate::profiles::all_good_but("pain-duration", "over-12-weeks");
    assert_eq!(plan_length(&long), PLAN_LENGTH_LONG_PAIN);
    assert!(!PLAN_LENGTH_LONG_PAIN.contains("2 weeks") && !PLAN_LENGTH_LONG_PAIN.contains("4 to 6"));
    assert_eq!(plan_length(&crate::profiles::all_good()), PLAN_LENGTH);
}
