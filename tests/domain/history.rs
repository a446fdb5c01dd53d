//! Past checks: recording, merging (two tabs, or an imported file) and comparing.

use backcheck::assessment::{History, Outcome, PastCheck, Trend};

use crate::profiles::{all_good, all_good_but};

const NOV_1: u64 = 1_793_491_200_000;
const DAY: u64 = 24 * 60 * 60 * 1000;

fn check(day: u64, pain_now: u8) -> PastCheck {
    PastCheck { completed_at: NOV_1 + day * DAY, answers: all_good_but("pain-now", pain_now) }
}

#[test]
fn only_finished_checks_are_recorded() {
    let mut history = History::new();
    let mut unfinished = all_good();
    unfinished.clear("slouching");
    assert_eq!(history.record(&unfinished, NOV_1, None), None);
    assert!(history.is_empty());
    assert_eq!(history.record(&all_good(), NOV_1, None), Some(NOV_1));
    assert_eq!(history.checks(), &[PastCheck { completed_at: NOV_1, answers: all_good() }]);
}

#[test]
fn changing_an_answer_after_finishing_updates_the_same_check() {
    let mut history = History::new();
    let at = history.record(&all_good(), NOV_1, None);
    assert_eq!(history.record(&all_good(), NOV_1 + 5_000, at), at, "opening the results again adds nothing");
    assert_eq!(history.record(&all_good_but("pain-now", 6u8), NOV_1 + 9_000, at), at);
    assert_eq!(history.len(), 1);
    assert_eq!(history.latest().unwrap().answers.scale("pain-now"), Some(6));
    // A new check (not linked to the recorded one) is a second entry.
    assert_eq!(history.record(&all_good(), NOV_1 + DAY, None), Some(NOV_1 + DAY));
    assert_eq!(history.len(), 2);
}

#[test]
fn checks_are_kept_in_time_order_and_times_stay_unique() {
    let mut history = History::from_checks([check(7, 5), check(0, 7)]);
    assert_eq!(history.checks().iter().map(|c| c.completed_at).collect::<Vec<_>>(), [NOV_1, NOV_1 + 7 * DAY]);
    // Another check finished at the very same millisecond is kept beside it, not instead.
    let same_time = history.record(&all_good_but("pain-now", 1u8), NOV_1, None);
    assert_eq!(same_time, Some(NOV_1 + 1));
    assert_eq!(history.len(), 3);
}

#[test]
fn merging_adds_only_what_is_new() {
    let mut here = History::from_checks([check(0, 7), check(7, 5)]);
    let there = History::from_checks([check(7, 5), check(14, 3)]);
    let summary = here.merge(&there);
    assert_eq!((summary.added, summary.already_here), (1, 1));
    assert_eq!(here.len(), 3);
    let again = here.merge(&there);
    assert_eq!((again.added, again.already_here), (0, 2), "merging twice changes nothing");
    assert_eq!(here, History::from_checks([check(14, 3), check(0, 7), check(7, 5)]), "order of arrival does not matter");
}

#[test]
fn the_version_here_wins_when_both_sides_have_the_same_check() {
    // This tab changed an answer of its check; the stored copy still has the old one.
    let here_updated = History::from_checks([check(0, 2)]);
    let stored_old = History::from_checks([check(0, 7)]);
    let mut on_write = here_updated.clone();
    assert_eq!(on_write.merge(&stored_old).already_here, 1);
    assert_eq!(on_write, here_updated, "a save keeps this tab's update and adds no copy");
    let mut on_event = stored_old.clone();
    on_event.merge(&here_updated);
    assert_eq!(on_event, stored_old, "taking another tab's change: its version wins");
}

#[test]
fn the_latest_check_is_compared_with_the_one_before() {
    assert_eq!(History::from_checks([check(0, 7)]).compare_latest(), None);
    let mut worse_week = check(14, 4);
    worse_week.answers.set("pain-worst-week", 6u8.into()).unwrap();
    let history = History::from_checks([check(0, 9), check(7, 6), worse_week]);
    let comparison = history.compare_latest().unwrap();
    assert_eq!((comparison.earlier, comparison.later), (NOV_1 + 7 * DAY, NOV_1 + 14 * DAY));
    let changes: Vec<_> = comparison.pain.iter().map(|c| (c.question, c.from, c.to, c.trend())).collect();
    assert_eq!(changes, [("pain-now", 6, 4, Trend::Better), ("pain-worst-week", 4, 6, Trend::Worse)]);
    assert_eq!(comparison.outcome, (Outcome::SelfCare, Outcome::SelfCare));
}

#[test]
fn a_comparison_shows_a_changed_outcome_and_skips_pain_not_asked() {
    let mut emergency = crate::profiles::answers(&[("flag-bladder-bowel", true.into())]);
    assert!(backcheck::assessment::is_complete(&emergency));
    let mut history = History::from_checks([check(0, 3)]);
    history.record(&emergency, NOV_1 + DAY, None);
    let comparison = history.compare_latest().unwrap();
    assert!(comparison.pain.is_empty(), "the emergency check stopped before the pain questions");
    assert_eq!(comparison.outcome, (Outcome::SelfCare, Outcome::Emergency));
    emergency.clear("flag-bladder-bowel");
    assert_eq!(history.series("pain-now"), [(NOV_1, 3)], "the chart leaves out checks without the answer");
}

#[test]
fn pain_of_seven_or_more_then_less_shows_the_outcome_easing() {
    let history = History::from_checks([check(0, 8), check(7, 4)]);
    let comparison = history.compare_latest().unwrap();
    assert_eq!(comparison.outcome, (Outcome::SeeClinician, Outcome::SelfCare));
    assert_eq!(comparison.pain[0].trend(), Trend::Better);
}
