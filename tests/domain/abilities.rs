//! What a person can do again: the ratings of the everyday activities their back makes hard, their
//! score and its real change, when they are asked again, "not getting better", and the pain during
//! sessions beside each rating (the screens show these; they decide none of them).

use backcheck::assessment::{
    abilities, first_rating, pain_before_each_rating, rating_again, AbilityChange, AbilityRating, Clock, Done, Plan, PlannedActivity,
    Rated, RatingDue, RatingProblem, Session, DAY,
};

/// Monday 2 November 2026, midnight UTC.
const START: u64 = 1_793_577_600_000;
const HOUR: u64 = 60 * 60 * 1000;

fn plan() -> Plan {
    Plan::new(START + 9 * HOUR, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }])
}

fn on_day(day: u64) -> Clock {
    Clock { now: START + day * DAY + 12 * HOUR, utc_offset: 0 }
}

fn session(day: u64, pain: u8) -> Session {
    Session {
        at: START + day * DAY + 10 * HOUR,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: pain,
        next_day: None,
    }
}

fn rating(day: u64, scores: &[u8]) -> AbilityRating {
    let names = ["Bending forward", "Sitting for a long time", "Tie my shoes"];
    AbilityRating {
        at: START + day * DAY + 11 * HOUR,
        scores: scores.iter().zip(names).map(|(score, name)| Rated { activity: name.to_string(), score: *score }).collect(),
    }
}

fn named(list: &[(&str, Option<u8>)]) -> Vec<(String, Option<u8>)> {
    list.iter().map(|(name, score)| (name.to_string(), *score)).collect()
}

#[test]
fn the_score_is_the_mean_in_tenths_rounded_half_up() {
    assert_eq!(rating(0, &[3, 4, 2]).mean_tenths(), 30);
    assert_eq!(rating(0, &[5, 5, 4]).mean_tenths(), 47, "14 / 3 = 4.67");
    assert_eq!(rating(0, &[4, 5]).mean_tenths(), 45);
    assert_eq!(rating(0, &[1, 1, 0]).mean_tenths(), 7, "2 / 3 = 0.67");
}

#[test]
fn a_change_of_two_points_in_the_mean_is_real_and_less_is_not() {
    let first = rating(0, &[3, 4, 2]);
    assert_eq!(AbilityChange::between(&first, &rating(14, &[5, 5, 4])), AbilityChange { tenths: 17, real: false });
    assert_eq!(AbilityChange::between(&first, &rating(28, &[5, 6, 4])), AbilityChange { tenths: 20, real: true });
    assert_eq!(AbilityChange::between(&first, &rating(28, &[1, 2, 0])), AbilityChange { tenths: -20, real: true }, "worse counts too");
}

#[test]
fn named_activities_are_trimmed_counted_and_each_rated() {
    let at = START;
    let ok = first_rating(&named(&[("  Bending forward ", Some(3)), ("", None), ("<b>Tie</b> my shoes", Some(0))]), at).unwrap();
    assert_eq!(ok.scores.iter().map(|r| r.activity.as_str()).collect::<Vec<_>>(), ["Bending forward", "<b>Tie</b> my shoes"]);
    assert_eq!(first_rating(&named(&[(" ", Some(3))]), at), Err(RatingProblem::NoActivity));
    assert_eq!(
        first_rating(&named(&[("a", Some(1)), ("b", Some(1)), ("c", Some(1)), ("d", Some(1))]), at),
        Err(RatingProblem::TooManyActivities)
    );
    assert_eq!(first_rating(&named(&[(&"x".repeat(61), Some(1))]), at), Err(RatingProblem::NameTooLong));
    assert_eq!(first_rating(&named(&[("Walking", Some(1)), ("walking", Some(2))]), at), Err(RatingProblem::SameActivityTwice));
    assert_eq!(first_rating(&named(&[("Walking", None)]), at), Err(RatingProblem::NotRated));
    assert_eq!(first_rating(&named(&[("Walking", Some(11))]), at), Err(RatingProblem::NotRated));
    assert_eq!(rating_again(&ok, &[Some(4)], at), Err(RatingProblem::NotRated), "one score an activity");
    assert_eq!(rating_again(&ok, &[Some(4), Some(2)], at).unwrap().scores[1], Rated { activity: "<b>Tie</b> my shoes".into(), score: 2 });
}

#[test]
fn ratings_are_due_again_after_two_weeks_of_the_plan_and_at_its_end() {
    let plan = plan();
    let status = |day| plan.status(&on_day(day));
    let due = |ratings: &[AbilityRating], day| abilities(&plan, status(day), &[], ratings, &on_day(day)).due;
    let first = [rating(0, &[3, 4, 2])];
    assert_eq!(due(&first, 13), None, "not before two weeks");
    assert_eq!(due(&first, 14), Some(RatingDue { weeks: 2, at_end: false }));
    assert_eq!(due(&first, 20), Some(RatingDue { weeks: 2, at_end: false }), "still due until given");
    let second = [rating(0, &[3, 4, 2]), rating(15, &[5, 5, 4])];
    assert_eq!(due(&second, 20), None, "given");
    assert_eq!(due(&second, 28), Some(RatingDue { weeks: 4, at_end: false }));
    let third = [rating(0, &[3, 4, 2]), rating(15, &[5, 5, 4]), rating(28, &[6, 7, 5])];
    assert_eq!(due(&third, 42), Some(RatingDue { weeks: 6, at_end: true }), "the end");
    assert_eq!(due(&[], 14), None, "nothing named, nothing asked");
}

#[test]
fn not_getting_better_is_said_after_three_weeks_and_not_before() {
    let plan = plan();
    // The same pain every week and the same ratings at week 2.
    let sessions: Vec<Session> = [0, 2, 4, 7, 9, 11, 14, 16, 18].into_iter().map(|day| session(day, 3)).collect();
    let ratings = [rating(0, &[4, 4]), rating(14, &[4, 4])];
    let not_better = |day, sessions: &[Session], ratings: &[AbilityRating]| {
        abilities(&plan, plan.status(&on_day(day)), sessions, ratings, &on_day(day)).not_better
    };
    assert_eq!(not_better(20, &sessions, &ratings), None, "not before three weeks: day 20 is the last day of week 3");
    let said = not_better(21, &sessions, &ratings).expect("after three weeks");
    assert_eq!(said.ratings, Some((40, 40)));
    assert_eq!(said.pain, Some((30, 30)));
    // Two points better in either is better.
    assert_eq!(not_better(21, &sessions, &[rating(0, &[4, 4]), rating(14, &[6, 6])]), None, "the ratings got better");
    let easing: Vec<Session> =
        sessions.iter().map(|s| Session { pain_during: if s.at > START + 13 * DAY { 1 } else { 3 }, ..s.clone() }).collect();
    assert_eq!(not_better(21, &easing, &ratings), None, "the pain got better");
    assert_eq!(not_better(21, &[], &[]), None, "nothing to go on");
}

#[test]
fn the_pain_beside_each_rating_is_the_mean_of_the_sessions_since_the_one_before() {
    let plan = plan();
    let sessions = [session(0, 5), session(2, 4), session(4, 3), session(7, 2), session(16, 3)];
    let ratings = [rating(0, &[3]), rating(14, &[5]), rating(28, &[6]), rating(42, &[7])];
    // Day 0's session (10:00) is before the first rating (11:00); days 2 to 7 are before the
    // second: 4, 3 and 2, 3 on average; day 16 before the third; none before the fourth.
    assert_eq!(pain_before_each_rating(plan.started_at, &ratings, &sessions), [Some(50), Some(30), Some(30), None]);
    assert_eq!(pain_before_each_rating(plan.started_at, &ratings[..1], &[session(0, 4), session(0, 5)][..1]), [Some(40)]);
    let halves = [session(2, 4), session(4, 3)];
    assert_eq!(pain_before_each_rating(plan.started_at, &ratings[1..2], &halves), [Some(35)], "3.5, half up");
    assert_eq!(pain_before_each_rating(START + 15 * DAY, &ratings[1..3], &sessions), [None, Some(30)], "not a replaced plan's sessions");
}
