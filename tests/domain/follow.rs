//! Following a session along (docs/plan-model.md, "Following a session"), lived through second by
//! second with the clock the caller gives: the parts in the plan's order, counting by tap and by
//! itself, a stay paced, a walk timed across a hidden tab, stopping early, stopping for pain, and
//! the check-in that starts from what was done.

use backcheck::assessment::{
    check_in, next_session, stay_now, CheckIn, CheckInForm, Clock, EndedBy, FollowChange, Following, History, Part, Plan, PlannedActivity,
    Stay, TooMuch, Why, Zone, BREATH_MS, DAY, FASTEST_PACE_MS, MOVE_MS, SLOWEST_PACE_MS,
};
use backcheck::content::plan::{how_to_follow, measure};
use backcheck::content::questions::BANK;

/// Monday 2 November 2026, midnight UTC.
const MON: u64 = 1_793_577_600_000;
const HOUR: u64 = 3_600_000;
const SECOND: u64 = 1_000;
const MINUTE: u64 = 60 * SECOND;

fn plan() -> Plan {
    Plan::new(
        MON,
        vec![1, 3, 5],
        None,
        vec![
            PlannedActivity { activity: "walking".into(), start: 12 },
            PlannedActivity { activity: "back-stretches".into(), start: 5 },
            PlannedActivity { activity: "core-exercises".into(), start: 5 },
        ],
    )
}

/// Today's session of `plan()` on its first day, begun at 9:00.
fn following() -> (Following, u64) {
    let plan = plan();
    let clock = Clock { now: MON + 9 * HOUR, utc_offset: 0 };
    let steps = next_session(&plan, &History::default(), &[], &[], measure, &clock).expect("a session is due");
    (Following::start(plan.started_at, &steps, how_to_follow, clock.now), clock.now)
}

fn ids(following: &Following) -> Vec<String> {
    following
        .parts
        .iter()
        .map(|part| match part {
            Part::Timed { activity, minutes } => format!("{activity} {minutes} min"),
            Part::Counted { exercise, times, .. } => format!("{} {times}", exercise.id),
            Part::Ticked { activity, amount } => format!("{activity} {amount} ticked"),
        })
        .collect()
}

#[test]
fn a_session_goes_in_the_plans_order_each_named_exercise_counted_to_its_times() {
    let (following, _) = following();
    assert_eq!(
        ids(&following),
        [
            "walking 12 min",
            // The plan's 5 times each, never past an exercise's own most (knee rolls: 5 to each side).
            "knee-rolls 5",
            "bottom-to-heels 5",
            "back-extensions 5",
            "pelvic-tilts 5",
            "tummy-tightening 5",
        ]
    );
    assert_eq!(following.current, 0);
}

#[test]
fn an_older_plans_sets_are_ticked_and_an_amount_above_an_exercises_most_is_capped() {
    let plan = Plan::new(
        MON,
        vec![1, 3],
        None,
        vec![PlannedActivity { activity: "core".into(), start: 2 }, PlannedActivity { activity: "back-stretches".into(), start: 9 }],
    );
    let clock = Clock { now: MON + 9 * HOUR, utc_offset: 0 };
    let steps = next_session(&plan, &History::default(), &[], &[], measure, &clock).unwrap();
    let mut following = Following::start(plan.started_at, &steps, how_to_follow, clock.now);
    assert_eq!(ids(&following), ["core 2 ticked", "knee-rolls 5", "bottom-to-heels 9", "back-extensions 9"]);
    following.apply(FollowChange::Tick(true), clock.now);
    assert!(following.part_done(0, clock.now));
    let done = following.done(clock.now);
    assert_eq!(done.len(), 1, "{done:?}");
    assert_eq!((done[0].activity.as_str(), done[0].amount), ("core", 2));
}

#[test]
fn taps_count_up_to_the_times_and_never_past_them_and_a_tap_too_many_comes_off() {
    let (mut following, t) = following();
    following.apply(FollowChange::Next, t);
    assert_eq!(following.current, 1);
    for n in 1..=7u64 {
        following.apply(FollowChange::CountOne, t + n * SECOND);
    }
    assert_eq!(following.count(1, t + 8 * SECOND), 5, "5 of 5, not 7");
    assert!(following.part_done(1, t + 8 * SECOND));
    following.apply(FollowChange::UncountOne, t + 9 * SECOND);
    assert_eq!(following.count(1, t + 9 * SECOND), 4);
    assert!(!following.part_done(1, t + 9 * SECOND));
    // Back to the first part and on again: the count stays.
    following.apply(FollowChange::Back, t + 10 * SECOND);
    following.apply(FollowChange::Next, t + 11 * SECOND);
    assert_eq!(following.count(1, t + 12 * SECOND), 4);
}

#[test]
fn counting_by_itself_goes_by_the_clock_at_a_pace_the_person_changes_and_stops_at_the_times() {
    let (mut following, t) = following();
    following.apply(FollowChange::Next, t);
    following.apply(FollowChange::Next, t);
    // Bottom to heels: the move, and one deep breath.
    let pace = following.pace_ms[2];
    assert_eq!(pace, MOVE_MS + BREATH_MS);
    following.apply(FollowChange::StartAutoCount, t);
    assert_eq!(following.count(2, t + pace - 1), 0);
    assert_eq!(following.count(2, t + pace), 1);
    // Nothing ticks in between: three paces later is three, however the time was spent.
    assert_eq!(following.count(2, t + 3 * pace + 10), 3);
    assert!(following.counting_by_itself(2, t + 3 * pace));
    // Slower, from the third: the count stays, the next comes a slower pace later.
    let now = t + 3 * pace + 10;
    following.apply(FollowChange::SetPace(pace + 5 * SECOND), now);
    assert_eq!(following.count(2, now), 3);
    assert_eq!(following.count(2, now + pace + 5 * SECOND - 1), 3);
    assert_eq!(following.count(2, now + pace + 5 * SECOND), 4);
    // A tap while it counts counts one more at once, and it goes on from there.
    let tapped = now + pace + 5 * SECOND + 100;
    following.apply(FollowChange::CountOne, tapped);
    assert_eq!(following.count(2, tapped), 5);
    // It stops at the times.
    assert_eq!(following.count(2, tapped + HOUR), 5);
    assert!(!following.counting_by_itself(2, tapped + HOUR));
    // The pace stays within the fastest and slowest.
    following.apply(FollowChange::SetPace(1), tapped);
    assert_eq!(following.pace_ms[2], FASTEST_PACE_MS);
    following.apply(FollowChange::SetPace(10 * MINUTE), tapped);
    assert_eq!(following.pace_ms[2], SLOWEST_PACE_MS);
}

#[test]
fn a_hold_is_paced_after_time_to_get_into_position_breath_by_breath_and_then_stops() {
    // Tummy tightening: 5 seconds to get into position, then 5 breaths of 10 seconds, then done.
    let tummy = Stay::Breaths { least: 5, most: 10 };
    let at = |ms: u64| stay_now(tummy, 1, 1_000, 1_000 + ms);
    assert!(at(0).getting_ready);
    assert!(at(MOVE_MS - 1).getting_ready);
    assert!(!at(MOVE_MS).getting_ready);
    assert!(at(MOVE_MS).breathing_in);
    assert!(!at(MOVE_MS + 4_000).breathing_in, "out after 4 seconds in");
    assert!(at(MOVE_MS + BREATH_MS).breathing_in, "a breath is 10 seconds");
    assert_eq!(at(MOVE_MS + BREATH_MS).so_far, 1);
    assert!(!at(MOVE_MS + 5 * BREATH_MS - 1).enough);
    let done = at(MOVE_MS + 5 * BREATH_MS);
    assert!(done.enough, "5 breaths");
    assert_eq!((done.so_far, done.breathing_in), (5, false), "it stops there: no more breaths counted");
    assert_eq!(at(MOVE_MS + 50 * BREATH_MS), done);

    // Back extensions: 5 seconds, breathing as usual.
    let extension = Stay::Seconds { least: 5, most: 10 };
    assert_eq!(stay_now(extension, 1, 0, MOVE_MS + 4_999).so_far, 4);
    assert!(!stay_now(extension, 1, 0, MOVE_MS + 4_999).enough);
    assert!(!stay_now(extension, 1, 0, MOVE_MS + 4_999).breathing_in);
    assert!(stay_now(extension, 1, 0, MOVE_MS + 5_000).enough);

    // Knee rolls: one deep breath to each side, each after time to roll there.
    let roll = Stay::Breaths { least: 1, most: 1 };
    let side = |ms: u64| stay_now(roll, 2, 0, ms);
    assert_eq!((side(0).side, side(0).getting_ready), (0, true));
    assert_eq!((side(MOVE_MS).side, side(MOVE_MS).getting_ready), (0, false));
    assert_eq!((side(MOVE_MS + BREATH_MS).side, side(MOVE_MS + BREATH_MS).getting_ready), (1, true), "now the other side");
    assert!(!side(2 * MOVE_MS + BREATH_MS).getting_ready);
    assert!(!side(2 * (MOVE_MS + BREATH_MS) - 1).enough);
    assert!(side(2 * (MOVE_MS + BREATH_MS)).enough);

    // In a session: each time counted starts the next from getting into position.
    let (mut following, t) = following();
    for _ in 0..5 {
        following.apply(FollowChange::Next, t);
    }
    assert!(matches!(following.part(), Some(Part::Counted { exercise, .. }) if exercise.id == "tummy-tightening"));
    assert_eq!(following.stay_since(5, t + 20 * SECOND), Some(t));
    following.apply(FollowChange::CountOne, t + 55 * SECOND);
    assert_eq!(following.stay_since(5, t + 60 * SECOND), Some(t + 55 * SECOND));
    assert!(following.stay_at(5, t + 56 * SECOND).unwrap().1.getting_ready);
    // Counting by itself at its own pace, each count lands as a stay ends.
    following.apply(FollowChange::StartAutoCount, t + 60 * SECOND);
    let pace = following.pace_ms[5];
    assert_eq!(pace, MOVE_MS + 5 * BREATH_MS);
    assert_eq!(following.stay_since(5, t + 60 * SECOND + pace + 3 * SECOND), Some(t + 60 * SECOND + pace));
    assert!(following.stay_at(5, t + 60 * SECOND + pace - 1).is_some_and(|(_, now)| !now.enough && !now.getting_ready));
}

#[test]
fn stop_stops_the_counting_and_the_timer_so_nothing_more_is_logged_than_was_done() {
    let (mut following, t) = following();
    following.apply(FollowChange::StartTimer, t);
    following.apply(FollowChange::Pause, t + 2 * MINUTE);
    assert_eq!(following.done(t + HOUR)[0].amount, 2, "the timer stopped with Stop");
    following.apply(FollowChange::Next, t + HOUR);
    following.apply(FollowChange::StartAutoCount, t + HOUR);
    let pace = following.pace_ms[1];
    following.apply(FollowChange::Pause, t + HOUR + 2 * pace);
    assert_eq!(following.count(1, t + 2 * HOUR), 2, "counting for the person stopped with Stop");
}

#[test]
fn a_walk_is_timed_from_timestamps_across_a_hidden_tab_paused_and_may_go_past_its_minutes() {
    let (mut following, t) = following();
    following.apply(FollowChange::StartTimer, t);
    // The tab is hidden for five minutes: no tick arrives, the time is still right.
    let back = t + 5 * MINUTE + 30 * SECOND;
    assert_eq!(following.stopwatch(0).unwrap().elapsed_ms(back), 5 * MINUTE + 30 * SECOND);
    following.apply(FollowChange::PauseTimer, back);
    // A pause of ten minutes counts for nothing.
    following.apply(FollowChange::StartTimer, back + 10 * MINUTE);
    following.apply(FollowChange::StartTimer, back + 11 * MINUTE);
    let up = back + 10 * MINUTE + 6 * MINUTE + 30 * SECOND;
    assert!(!following.time_up(0, up - 1));
    assert!(following.time_up(0, up), "12 minutes walked");
    // Going on is the person's choice: the time goes on, and so does what is logged.
    assert_eq!(following.done(up + 3 * MINUTE)[0].amount, 15);
    // Next pauses it.
    following.apply(FollowChange::Next, up + 3 * MINUTE);
    assert_eq!(following.stopwatch(0).unwrap().elapsed_ms(up + HOUR), 15 * MINUTE);
}

#[test]
fn stopped_early_the_check_in_starts_from_what_was_done_so_far() {
    let (mut following, t) = following();
    following.apply(FollowChange::StartTimer, t);
    // 7 minutes 40 of 12: 8 minutes, to the nearest minute.
    let mut now = t + 7 * MINUTE + 40 * SECOND;
    following.apply(FollowChange::Next, now);
    // Knee rolls all 5; bottom to heels 3 of 5; back extensions not reached.
    for _ in 0..5 {
        now += 30 * SECOND;
        following.apply(FollowChange::CountOne, now);
    }
    following.apply(FollowChange::Next, now);
    for _ in 0..3 {
        now += 15 * SECOND;
        following.apply(FollowChange::CountOne, now);
    }
    let followed = following.end(EndedBy::StoppedEarly, now);
    assert_eq!(followed.ended_by, EndedBy::StoppedEarly);
    let done: Vec<(&str, u16)> = followed.done.iter().map(|done| (done.activity.as_str(), done.amount)).collect();
    // Back stretches are times of each: back extensions were not reached, so none of each.
    assert_eq!(done, [("walking", 8)]);

    // The same, with back extensions 4 of 5: 3 of each (the fewest).
    following.apply(FollowChange::Next, now);
    for _ in 0..4 {
        following.apply(FollowChange::CountOne, now);
    }
    let done = following.done(now);
    assert_eq!(done.iter().map(|done| (done.activity.as_str(), done.amount)).collect::<Vec<_>>(), [("walking", 8), ("back-stretches", 3)]);

    // Under half a minute of walking is no minutes: left out.
    let (mut short, t) = self::following();
    short.apply(FollowChange::StartTimer, t);
    assert!(short.done(t + 29 * SECOND).is_empty());
    assert_eq!(short.done(t + 30 * SECOND)[0].amount, 1);
}

#[test]
fn a_whole_session_followed_then_logged_in_one_or_two_taps() {
    let (mut following, t) = following();
    let mut now = t;
    following.apply(FollowChange::StartTimer, now);
    now += 12 * MINUTE;
    assert!(following.time_up(0, now));
    following.apply(FollowChange::Next, now);
    while following.current < following.parts.len() {
        let index = following.current;
        following.apply(FollowChange::StartAutoCount, now);
        now += following.pace_ms[index] * 5;
        assert!(following.part_done(index, now), "{:?}", following.part());
        if following.is_last() {
            break;
        }
        following.apply(FollowChange::Next, now);
    }
    let followed = following.end(EndedBy::Finished, now);
    let done: Vec<(&str, u16)> = followed.done.iter().map(|done| (done.activity.as_str(), done.amount)).collect();
    assert_eq!(done, [("walking", 12), ("back-stretches", 5), ("core-exercises", 5)]);

    // The check-in, filled in from it: the pain and "None of these" are all that is left.
    let plan = plan();
    let mut signs = BANK.answers();
    for question in backcheck::assessment::CHECK_IN_SIGNS {
        signs.toggle(question, "none").unwrap();
    }
    let form = CheckInForm {
        done: plan
            .activities
            .iter()
            .map(|planned| {
                (planned.activity.clone(), followed.done.iter().find(|d| d.activity == planned.activity).map(|d| d.amount.to_string()))
            })
            .collect(),
        pain_during: Some(3),
        signs,
        yesterday: false,
        stopped_for_pain: false,
    };
    let Ok(CheckIn::Session(session)) = check_in(&form, now) else { panic!("saved") };
    assert_eq!(session.done, followed.done);
}

#[test]
fn stopping_for_pain_is_said_so_with_what_was_done() {
    let (mut following, t) = following();
    following.apply(FollowChange::StartTimer, t);
    let followed = following.end(EndedBy::Pain, t + 3 * MINUTE);
    assert_eq!(followed.ended_by, EndedBy::Pain);
    assert_eq!(followed.done[0].amount, 3);
    assert_eq!(followed.plan, MON);
}

#[test]
fn a_session_stopped_for_pain_is_too_much_at_once_and_the_next_amounts_step_back() {
    let plan = plan();
    let (mut following, t) = following();
    following.apply(FollowChange::StartTimer, t);
    let followed = following.end(EndedBy::Pain, t + 9 * MINUTE);
    let mut signs = BANK.answers();
    for question in backcheck::assessment::CHECK_IN_SIGNS {
        signs.toggle(question, "none").unwrap();
    }
    let form = CheckInForm {
        done: vec![
            ("walking".into(), Some(followed.done[0].amount.to_string())),
            ("back-stretches".into(), None),
            ("core-exercises".into(), None),
        ],
        // Pain 3 alone would be a session that went well, once the morning says so.
        pain_during: Some(3),
        signs,
        yesterday: false,
        stopped_for_pain: followed.ended_by == EndedBy::Pain,
    };
    let Ok(CheckIn::Session(session)) = check_in(&form, t + 10 * MINUTE) else { panic!("saved") };
    assert!(session.stopped_for_pain);
    assert_eq!(session.too_much(), Some(TooMuch::StoppedForPain));
    assert_eq!(session.zone(), Some(Zone::Red), "known at once");
    let next_day = Clock { now: MON + DAY + 9 * HOUR, utc_offset: 0 };
    assert!(!session.morning_question_due(&next_day), "no morning question: it was too much already");
    let steps = next_session(&plan, &History::default(), &[session], &[], measure, &Clock { now: MON + 2 * DAY + 9 * HOUR, utc_offset: 0 })
        .expect("the plan goes on");
    let walking = steps.iter().find(|step| step.activity == "walking").unwrap();
    assert_eq!(walking.why, Why::StepBack);
    assert!(walking.amount < 9, "below the 9 minutes done: {}", walking.amount);
}

#[test]
fn stopped_for_pain_before_anything_was_done_the_pain_is_still_logged_and_every_activity_steps_back() {
    let plan = plan();
    let mut signs = BANK.answers();
    for question in backcheck::assessment::CHECK_IN_SIGNS {
        signs.toggle(question, "none").unwrap();
    }
    let nothing = |stopped_for_pain| CheckInForm {
        done: plan.activities.iter().map(|planned| (planned.activity.clone(), None)).collect(),
        pain_during: Some(4),
        signs: signs.clone(),
        yesterday: false,
        stopped_for_pain,
    };
    let now = MON + 9 * HOUR;
    assert_eq!(
        check_in(&nothing(false), now),
        Err(backcheck::assessment::CheckInProblem::WhatWasDone),
        "nothing done, not stopped: tick what you did"
    );
    let Ok(CheckIn::Session(session)) = check_in(&nothing(true), now) else { panic!("saved") };
    assert!(session.done.is_empty() && session.stopped_for_pain);
    let later = Clock { now: MON + 2 * DAY + 9 * HOUR, utc_offset: 0 };
    let steps = next_session(&plan, &History::default(), std::slice::from_ref(&session), &[], measure, &later).unwrap();
    for step in &steps {
        assert_eq!(step.why, Why::StepBack, "{step:?}");
        assert_eq!(step.too_much, Some(TooMuch::StoppedForPain));
    }
    assert_eq!(steps[0].amount, 10, "walking: 12 minutes, stepped back");
    // Kept as it is.
    let data = backcheck::storage::SavedData { plan: Some(plan.clone()), sessions: vec![session], ..Default::default() };
    assert_eq!(backcheck::storage::decode(&backcheck::storage::encode(&data)), (data, None));
}
