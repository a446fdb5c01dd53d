//! What a person can do again (docs/plan-model.md, "What a person can do again"): the score, the
//! real change, when the ratings are asked again, "not getting better" after three weeks and not
//! before, lived through day by day with a fixed clock; merging and storing the ratings.

use backcheck::assessment::{
    abilities, first_rating, merge_notes, plan_ratings, plan_today, rating_again, Abilities, AbilityChange, AbilityRating, Answer, Clock,
    Done, History, NotBetter, Plan, PlanNote, PlanNoteKind, PlannedActivity, Rated, RatingDue, RatingProblem, Session, DAY,
};
use backcheck::content::abilities::{change_words, mean_words, suggested_activities};
use backcheck::storage::{decode, encode, export_file, merge_import, read_import, SavedData, Source};

use crate::profiles::all_good_but;

/// Monday 2 November 2026, midnight UTC.
const MON: u64 = 1_793_577_600_000;
const HOUR: u64 = 3_600_000;

fn plan() -> Plan {
    Plan::new(MON, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }])
}

fn at_day(day: u64) -> Clock {
    Clock { now: MON + day * DAY + 9 * HOUR, utc_offset: 0 }
}

fn rating(at: u64, scores: &[u8]) -> AbilityRating {
    let names = ["Putting on my socks", "Sitting through a film", "Carrying the shopping"];
    AbilityRating { at, scores: scores.iter().zip(names).map(|(score, name)| Rated { activity: name.into(), score: *score }).collect() }
}

fn session(day: u64, pain: u8) -> Session {
    Session {
        at: MON + day * DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: pain,
        next_day: None,
        stopped_for_pain: false,
    }
}

/// Sessions on the plan's days (Monday, Wednesday, Friday) up to `days`, each with `pain(day)`.
fn sessions_until(days: u64, pain: impl Fn(u64) -> u8) -> Vec<Session> {
    (0..days).filter(|day| [0, 2, 4].contains(&(day % 7))).map(|day| session(day, pain(day))).collect()
}

fn notes(ratings: &[AbilityRating]) -> Vec<PlanNote> {
    ratings.iter().cloned().map(AbilityRating::into_note).collect()
}

fn today(plan: &Plan, sessions: &[Session], ratings: &[AbilityRating], day: u64) -> Abilities {
    let clock = at_day(day);
    let notes = notes(ratings);
    abilities(&plan_today(plan, &History::new(), sessions, &notes, &clock), sessions, &notes, &clock)
}

fn due(plan: &Plan, ratings: &[AbilityRating], day: u64) -> Option<RatingDue> {
    today(plan, &[], ratings, day).due
}

fn not_better(plan: &Plan, sessions: &[Session], ratings: &[AbilityRating], day: u64) -> Option<NotBetter> {
    today(plan, sessions, ratings, day).not_better
}

#[test]
fn the_score_is_the_mean_of_the_activities_in_tenths_rounded_half_up() {
    assert_eq!(rating(MON, &[3, 4, 6]).mean_tenths(), 43);
    assert_eq!(rating(MON, &[2, 3, 3]).mean_tenths(), 27);
    assert_eq!(rating(MON, &[5, 6]).mean_tenths(), 55);
    assert_eq!(rating(MON, &[1, 2]).mean_tenths(), 15);
    assert_eq!(rating(MON, &[10]).mean_tenths(), 100);
    assert_eq!((mean_words(43), mean_words(60)), ("4.3 out of 10".to_string(), "6 out of 10".to_string()));
}

#[test]
fn a_change_of_two_points_in_the_mean_is_real_and_less_is_not() {
    let first = rating(MON, &[3, 4, 5]);
    let change = |scores: &[u8]| AbilityChange::between(&first, &rating(MON + DAY, scores));
    assert_eq!(change(&[5, 6, 7]), AbilityChange { tenths: 20, real: true });
    assert_eq!(change(&[5, 6, 6]), AbilityChange { tenths: 17, real: false });
    assert_eq!(change(&[1, 2, 3]), AbilityChange { tenths: -20, real: true }, "worse by 2 is a real change too");
    assert_eq!(change(&[3, 4, 5]), AbilityChange { tenths: 0, real: false });
    assert_eq!(
        (change_words(20), change_words(-17), change_words(10), change_words(0)),
        ("up 2 points".to_string(), "down 1.7 points".to_string(), "up 1 point".to_string(), "no change".to_string())
    );
}

#[test]
fn naming_activities_keeps_up_to_three_distinct_ones_as_typed_each_rated_0_to_10() {
    let named = |list: &[(&str, Option<u8>)]| list.iter().map(|(name, score)| (name.to_string(), *score)).collect::<Vec<_>>();
    let typed = "<b>Tie</b> my shoes & \"run\"";
    let first = first_rating(&named(&[("  Bending forward ", Some(3)), (typed, Some(0)), ("", None)]), MON).unwrap();
    assert_eq!(first.scores, vec![Rated { activity: "Bending forward".into(), score: 3 }, Rated { activity: typed.into(), score: 0 }]);
    assert_eq!(first_rating(&named(&[("", Some(3))]), MON), Err(RatingProblem::NoActivity));
    assert_eq!(
        first_rating(&named(&[("a", Some(1)), ("b", Some(1)), ("c", Some(1)), ("d", Some(1))]), MON),
        Err(RatingProblem::TooManyActivities)
    );
    assert_eq!(first_rating(&named(&[(&"x".repeat(61), Some(1))]), MON), Err(RatingProblem::NameTooLong));
    assert!(first_rating(&named(&[(&"é".repeat(60), Some(1))]), MON).is_ok(), "60 letters, not bytes");
    assert_eq!(first_rating(&named(&[("Walking", Some(1)), ("walking ", Some(2))]), MON), Err(RatingProblem::SameActivityTwice));
    assert_eq!(first_rating(&named(&[("Walking", None)]), MON), Err(RatingProblem::NotRated));
    assert_eq!(first_rating(&named(&[("Walking", Some(11))]), MON), Err(RatingProblem::NotRated));

    let again = rating_again(&first, &[Some(5), Some(10)], MON + 14 * DAY).unwrap();
    assert_eq!(again.scores.iter().map(|r| (r.activity.as_str(), r.score)).collect::<Vec<_>>(), [("Bending forward", 5), (typed, 10)]);
    assert_eq!(rating_again(&first, &[Some(5)], MON), Err(RatingProblem::NotRated), "every activity is rated");
    assert_eq!(rating_again(&first, &[Some(5), None], MON), Err(RatingProblem::NotRated));
}

#[test]
fn the_moves_ticked_in_the_check_are_offered_first() {
    let answers = all_good_but("aggravating-moves", Answer::Choices(vec!["sitting".to_string(), "bending".to_string()]));
    let offered = suggested_activities(&answers);
    assert_eq!(offered[..2], ["Bending forward", "Sitting for a long time"], "in the question's order");
    assert!(offered.len() > 2, "everyday examples follow");
    let none = all_good_but("aggravating-moves", Answer::Choices(vec!["none-known".to_string()]));
    assert!(!suggested_activities(&none).contains(&"I don't know yet"));
}

#[test]
fn ratings_are_asked_again_every_two_weeks_of_the_plan_and_at_its_end() {
    let plan = plan();
    let mut ratings = vec![rating(MON + 9 * HOUR, &[3, 4, 5])];
    let mut asked = Vec::new();
    for day in 0..=50 {
        if let Some(due) = due(&plan, &ratings, day) {
            asked.push((day, due));
            // Rated the day it is asked.
            ratings.push(rating(MON + day * DAY + 9 * HOUR, &[4, 5, 6]));
        }
    }
    assert_eq!(
        asked,
        [
            (14, RatingDue { weeks: 2, at_end: false }),
            (28, RatingDue { weeks: 4, at_end: false }),
            (42, RatingDue { weeks: 6, at_end: true }),
        ]
    );
}

#[test]
fn a_rating_stays_asked_for_until_given_and_never_without_named_activities() {
    let plan = plan();
    let first = vec![rating(MON, &[3, 4, 5])];
    assert_eq!(due(&plan, &first, 13), None);
    for day in 14..28 {
        assert_eq!(due(&plan, &first, day), Some(RatingDue { weeks: 2, at_end: false }), "day {day}");
    }
    assert_eq!(due(&plan, &first, 28), Some(RatingDue { weeks: 4, at_end: false }), "a missed rating gives way to the next");
    assert_eq!(due(&plan, &[], 14), None, "a plan with no named activities is never asked to rate");
}

#[test]
fn paused_days_move_the_ratings_and_activities_named_late_wait_a_week() {
    let mut plan = plan();
    plan.pause(MON + 3 * DAY);
    plan.resume(MON + 10 * DAY);
    let first = vec![rating(MON, &[3, 4, 5])];
    assert_eq!(due(&plan, &first, 20), None, "7 paused days do not count");
    assert_eq!(due(&plan, &first, 21), Some(RatingDue { weeks: 2, at_end: false }));

    // Named on day 10 (a plan from before): asked at 2 weeks only once they are 7 days old.
    let late = vec![rating(MON + 10 * DAY, &[3, 4, 5])];
    assert_eq!(due(&self::plan(), &late, 14), None);
    assert_eq!(due(&self::plan(), &late, 17), Some(RatingDue { weeks: 2, at_end: false }));
}

#[test]
fn a_plan_ended_early_asks_once_at_its_end_if_it_ran_a_week() {
    let first = vec![rating(MON, &[3, 4, 5])];
    let mut ended = plan();
    ended.stop(MON + 20 * DAY);
    assert_eq!(due(&ended, &first, 20), Some(RatingDue { weeks: 2, at_end: true }));
    assert_eq!(due(&ended, &[first[0].clone(), rating(MON + 20 * DAY + HOUR, &[3, 4, 5])], 25), None);
    let mut soon = plan();
    soon.stop(MON + 3 * DAY);
    assert_eq!(due(&soon, &first, 10), None, "ended within its first week: nothing to compare");
}

#[test]
fn not_getting_better_is_said_from_three_weeks_when_neither_ratings_nor_pain_improved() {
    let plan = plan();
    let same_pain = sessions_until(50, |_| 4);
    let unchanged = vec![rating(MON, &[3, 4, 5]), rating(MON + 14 * DAY, &[4, 4, 5])];
    for day in 0..21 {
        assert_eq!(not_better(&plan, &same_pain, &unchanged, day), None, "day {day}: not before 3 weeks");
    }
    assert_eq!(
        not_better(&plan, &same_pain, &unchanged, 21),
        Some(NotBetter { ratings: Some((40, 43)), pain: Some((40, 40)), ratings_worse: false })
    );

    let better_ratings = vec![rating(MON, &[3, 4, 5]), rating(MON + 14 * DAY, &[5, 6, 7])];
    assert_eq!(not_better(&plan, &same_pain, &better_ratings, 21), None, "up 2 points");
    let falling_pain = sessions_until(50, |day| if day < 7 { 5 } else { 3 });
    assert_eq!(not_better(&plan, &falling_pain, &unchanged, 21), None, "pain down 2 points");
    let a_little_less_pain = sessions_until(50, |day| if day < 7 { 5 } else { 4 });
    assert!(not_better(&plan, &a_little_less_pain, &unchanged, 21).is_some(), "1 point is not clearly better");

    // Pain alone, with no activities named; and nothing to go on says nothing.
    assert_eq!(not_better(&plan, &same_pain, &[], 21), Some(NotBetter { ratings: None, pain: Some((40, 40)), ratings_worse: false }));
    assert_eq!(not_better(&plan, &[], &unchanged[..1], 30), None);
    assert_eq!(not_better(&plan, &[], &unchanged, 21), Some(NotBetter { ratings: Some((40, 43)), pain: None, ratings_worse: false }));
}

#[test]
fn the_three_weeks_are_weeks_since_the_plan_began_pauses_included() {
    // The NHS's "a few weeks" are the back pain's: a pause does not put off the advice.
    let mut plan = plan();
    plan.pause(MON + 7 * DAY);
    plan.resume(MON + 14 * DAY);
    let sessions: Vec<Session> =
        sessions_until(50, |_| 4).into_iter().filter(|s| !(MON + 7 * DAY..MON + 14 * DAY).contains(&s.at)).collect();
    let ratings = vec![rating(MON, &[3, 4, 5])];
    assert_eq!(not_better(&plan, &sessions, &ratings, 20), None);
    assert!(not_better(&plan, &sessions, &ratings, 21).is_some());
}

#[test]
fn ratings_that_fall_by_a_real_change_are_said_at_once_and_one_activity_needs_3_points() {
    let plan = plan();
    let fell = vec![rating(MON, &[5, 6, 7]), rating(MON + 14 * DAY, &[3, 4, 5])];
    assert_eq!(not_better(&plan, &[], &fell, 14), Some(NotBetter { ratings: Some((60, 40)), pain: None, ratings_worse: true }));
    let fell_a_little = vec![rating(MON, &[5, 6, 7]), rating(MON + 14 * DAY, &[4, 5, 6])];
    assert_eq!(not_better(&plan, &[], &fell_a_little, 14), None, "1 point: not before 3 weeks");

    // One activity: 2 points is not yet a real change, 3 is.
    let one = |later: u8| vec![rating(MON, &[4]), rating(MON + 14 * DAY, &[later])];
    assert_eq!(AbilityChange::between(&one(6)[0], &one(6)[1]), AbilityChange { tenths: 20, real: false });
    assert_eq!(AbilityChange::between(&one(7)[0], &one(7)[1]), AbilityChange { tenths: 30, real: true });
    assert!(not_better(&plan, &[], &one(6), 21).is_some(), "up 2 on one activity is not clearly better");
    assert_eq!(not_better(&plan, &[], &one(7), 21), None);
}

#[test]
fn no_room_to_improve_is_not_compared() {
    let plan = plan();
    // Ratings already at 9 and pain at 1 cannot rise or fall by 2 points: nothing to say.
    let high = vec![rating(MON, &[9, 9, 9]), rating(MON + 14 * DAY, &[9, 9, 9])];
    assert_eq!(not_better(&plan, &sessions_until(50, |_| 1), &high, 21), None);
    // Pain with room is still compared.
    assert_eq!(
        not_better(&plan, &sessions_until(50, |_| 4), &high, 21),
        Some(NotBetter { ratings: None, pain: Some((40, 40)), ratings_worse: false })
    );
}

#[test]
fn not_getting_better_is_not_said_under_a_hold_but_is_once_the_plan_has_ended() {
    let plan = plan();
    let unchanged = vec![rating(MON, &[3, 4, 5]), rating(MON + 14 * DAY, &[4, 4, 5])];
    let held = sessions_until(22, |day| if day == 21 { 8 } else { 4 });
    assert_eq!(not_better(&plan, &held, &unchanged, 22), None, "the hold's advice is the page's");
    // A plan that ended without getting better still says to see a GP.
    let mut ended = plan.clone();
    ended.stop(MON + 22 * DAY);
    assert!(not_better(&ended, &sessions_until(22, |_| 4), &unchanged, 23).is_some());
    assert!(not_better(&plan, &sessions_until(42, |_| 4), &unchanged, 45).is_some(), "and after its 6 weeks");
}

#[test]
fn ratings_are_plan_notes_merged_by_time_and_a_new_plan_leaves_the_old_ones_out() {
    let mut here = notes(&[rating(MON, &[3, 4, 5]), rating(MON + 14 * DAY, &[4, 4, 5])]);
    here.push(PlanNote { at: MON + 20 * DAY, kind: PlanNoteKind::FlareUp });
    merge_notes(&mut here, &notes(&[rating(MON + 28 * DAY, &[6, 6, 6]), rating(MON + 14 * DAY, &[9, 9, 9])]));
    let means: Vec<i32> = plan_ratings(&plan(), &here).iter().map(AbilityRating::mean_tenths).collect();
    assert_eq!(means, [40, 43, 60], "one copy of each, the one here kept; other notes are not ratings");

    // Another tab rated at week 2; every merge keeps it.
    let mine = SavedData { plan: Some(plan()), plan_notes: notes(&[rating(MON, &[3, 4, 5])]), ..SavedData::default() };
    let theirs = SavedData { plan_notes: notes(&[rating(MON, &[3, 4, 5]), rating(MON + 14 * DAY, &[5, 5, 5])]), ..mine.clone() };
    for from in [Source::StoredBeforeSave, Source::OtherTabSaved, Source::File] {
        let mut merged = mine.clone();
        assert!(merged.merge_from(&theirs, from).changed, "{from:?}");
        assert_eq!(plan_ratings(&plan(), &merged.plan_notes).len(), 2, "{from:?}");
    }

    // A plan made later replaces this one: its ratings are the new plan's only.
    let newer_plan = Plan::new(MON + 30 * DAY, vec![2, 4], None, plan().activities);
    let newer = SavedData { plan: Some(newer_plan.clone()), plan_notes: notes(&[rating(MON + 30 * DAY, &[2])]), ..SavedData::default() };
    let mut merged = theirs.clone();
    merged.merge_from(&newer, Source::OtherTabSaved);
    assert_eq!(plan_ratings(merged.plan.as_ref().unwrap(), &merged.plan_notes), [rating(MON + 30 * DAY, &[2])]);
    assert_eq!(merged.plan, Some(newer_plan));
}

#[test]
fn ratings_are_stored_exported_and_imported_as_typed() {
    let typed = "<img src=x onerror=alert(1)> \"quoted\" é 😀";
    let mut ratings = vec![rating(MON, &[3, 4, 5])];
    ratings[0].scores[2].activity = typed.into();
    let data = SavedData { plan: Some(plan()), plan_notes: notes(&ratings), ..SavedData::default() };
    let stored = encode(&data);
    assert!(
        stored.contains(r#"{"at":1793577600000,"kind":"ratings","ratings":[{"activity":"Putting on my socks","score":3},"#),
        "{stored}"
    );
    assert_eq!(decode(&stored), (data.clone(), None));
    let file = read_import(&export_file(&data, &[], MON)).unwrap();
    assert_eq!(file.data.plan_notes, data.plan_notes);
    let mut here = SavedData { plan: data.plan.clone(), ..SavedData::default() };
    let summary = merge_import(&mut here, &file);
    assert_eq!(plan_ratings(&plan(), &here.plan_notes), ratings);
    assert_eq!(summary.ratings_added, 1);
    assert!(summary.message().contains("1 rating of what your back makes hard"), "{}", summary.message());
}

#[test]
fn a_rating_that_cannot_be_true_is_left_out_and_counted() {
    use backcheck::storage::LoadProblem;
    let good = r#"{"at":1793577600000,"kind":"ratings","ratings":[{"activity":"Walking","score":4}]}"#;
    for bad in [
        r#"{"at":1793577600001,"kind":"ratings","ratings":[{"activity":"Walking","score":11}]}"#,
        r#"{"at":1793577600002,"kind":"ratings","ratings":[]}"#,
        r#"{"at":1793577600003,"kind":"ratings","ratings":[{"activity":"","score":1}]}"#,
        r#"{"at":1793577600004,"kind":"ratings","ratings":[{"activity":"a","score":1},{"activity":"b","score":1},{"activity":"c","score":1},{"activity":"d","score":1}]}"#,
        r#"{"at":"soon","kind":"ratings","ratings":[{"activity":"Walking","score":4}]}"#,
        r#"{"at":1793577600005,"kind":"ratings"}"#,
    ] {
        let stored = encode(&SavedData { plan: Some(plan()), ..SavedData::default() })
            .replace(r#""plan_notes":[]"#, &format!(r#""plan_notes":[{good},{bad}]"#));
        let (data, problem) = decode(&stored);
        assert_eq!(plan_ratings(&plan(), &data.plan_notes).len(), 1, "{bad}");
        assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 0, plan_entries: 1 }), "{bad}");
    }
}

#[test]
fn a_plan_from_version_8_is_kept_with_no_ratings() {
    let v8 = serde_json::json!({"version": 8, "data": {
        "current": {"answers": {}, "recorded_as": null}, "history": [],
        "plan": {"started_at": MON, "weekdays": [1, 3, 5], "days_per_week": 3, "time": null, "weeks": 6,
                 "activities": [{"activity": "walking", "start": 16}], "earlier_days": [], "pauses": [], "stopped_at": null,
                 "revision": 0, "calendar_revision": null, "calendar_cancelled": false},
        "sessions": [], "plan_notes": []
    }});
    let (data, problem) = decode(&v8.to_string());
    assert_eq!(problem, None);
    assert_eq!(data.plan, Some(plan()));
    assert!(data.plan_notes.is_empty());
    let today = today(&plan(), &[], &[], 20);
    assert_eq!((today.first(), today.due), (None, None), "the plan page offers to name them instead");
}

#[test]
fn ratings_are_not_asked_for_while_the_plan_is_on_hold() {
    let first = vec![rating(MON, &[3, 4, 5])];
    // Day 14 is the plan's 15th: the 2 weeks are done whether day 14 is held or not.
    let severe = vec![session(14, 8)];
    assert!(today(&plan(), &severe, &first, 15).due.is_none(), "severe pain holds the plan: its page says to see a GP instead");
    assert!(today(&plan(), &[session(14, 4)], &first, 15).due.is_some());
}

#[test]
fn the_pain_beside_each_rating_is_the_mean_of_the_sessions_since_the_one_before() {
    use backcheck::assessment::pain_before_each_rating;
    // Sessions at 10:00, ratings at 11:00.
    let rated = |day: u64, score: u8| AbilityRating { at: MON + day * DAY + 11 * HOUR, ..rating(0, &[score]) };
    let sessions = [session(0, 5), session(2, 4), session(4, 3), session(7, 2), session(16, 3)];
    let ratings = [rated(0, 3), rated(14, 5), rated(28, 6), rated(42, 7)];
    // Day 0's session is before the first rating; days 2 to 7 are before the second: 4, 3 and 2,
    // 3 on average; day 16 before the third; none before the fourth.
    assert_eq!(pain_before_each_rating(MON, &ratings, &sessions), [Some(50), Some(30), Some(30), None]);
    assert_eq!(pain_before_each_rating(MON, &ratings[1..2], &[session(2, 4), session(4, 3)]), [Some(35)], "3.5, half up");
    assert_eq!(pain_before_each_rating(MON + 15 * DAY, &ratings[1..3], &sessions), [None, Some(30)], "not a replaced plan's sessions");
}
