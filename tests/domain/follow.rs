//! Following a session along (docs/plan-model.md, "Following a session"), lived through second by
//! second with the clock the caller gives: the parts in the plan's order, counting by tap and by
//! itself, a stay paced, a walk timed across a hidden tab, stopping early, stopping for pain, and
//! the check-in that starts from what was done.

use backcheck::assessment::{
    check_in, next_session, stay_now, CheckIn, CheckInForm, Clock, EndedBy, FollowChange, Following, History, Part, Plan, PlannedActivity,
    Stay, BREATH_MS, FASTEST_PACE_MS, MOVE_MS, SLOWEST_PACE_MS,
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
fn a_hold_is_paced_breath_by_breath_and_a_stay_in_seconds_second_by_second() {
    let tummy = Stay::Breaths { least: 5, most: 10 };
    let at = |ms: u64| stay_now(tummy, 1_000, 1_000 + ms);
    assert!(at(0).breathing_in);
    assert!(at(3_999).breathing_in);
    assert!(!at(4_000).breathing_in, "out after 4 seconds in");
    assert!(at(10_000).breathing_in, "a breath is 10 seconds");
    assert_eq!(at(10_000).so_far, 1);
    assert!(!at(49_999).enough);
    assert!(at(50_000).enough, "5 slow breaths");
    let extension = Stay::Seconds { least: 5, most: 10 };
    assert_eq!(stay_now(extension, 0, 4_999).so_far, 4);
    assert!(!stay_now(extension, 0, 4_999).enough);
    assert!(stay_now(extension, 0, 5_000).enough);

    // In a session: the stay starts again with each time counted.
    let (mut following, t) = following();
    for _ in 0..5 {
        following.apply(FollowChange::Next, t);
    }
    assert!(matches!(following.part(), Some(Part::Counted { exercise, .. }) if exercise.id == "tummy-tightening"));
    assert_eq!(following.stay_since(5, t + 20 * SECOND), Some(t));
    following.apply(FollowChange::CountOne, t + 55 * SECOND);
    assert_eq!(following.stay_since(5, t + 60 * SECOND), Some(t + 55 * SECOND));
    // Counting by itself, the stay begins at each count.
    following.apply(FollowChange::StartAutoCount, t + 60 * SECOND);
    let pace = following.pace_ms[5];
    assert_eq!(following.stay_since(5, t + 60 * SECOND + pace + 3 * SECOND), Some(t + 60 * SECOND + pace));
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
