use backcheck::assessment::{
    is_complete, is_reachable, next_step, path, previous_question, progress, relevant_answers, resume_step, Answer,
    Outcome, Progress, Section, Step, RED_FLAGS,
};
use backcheck::content::questions::BANK;

use crate::profiles::{all_flags_no, all_good, all_good_but, answers};

fn ids(answers: &backcheck::assessment::Answers) -> Vec<&'static str> {
    path(answers).iter().map(|q| q.id).collect()
}

#[test]
fn with_no_answers_every_question_is_on_the_path_in_bank_order() {
    let all: Vec<&str> = BANK.questions().iter().map(|q| q.id).collect();
    assert_eq!(ids(&answers(&[])), all);
    assert_eq!(resume_step(&answers(&[])), Step::Question("flag-bladder-bowel"));
}

#[test]
fn next_needs_an_answer_and_walks_the_path() {
    let none = answers(&[]);
    assert_eq!(next_step(&none, "flag-bladder-bowel"), None);
    let one = answers(&[("flag-bladder-bowel", false.into())]);
    assert_eq!(next_step(&one, "flag-bladder-bowel"), Some(Step::Question("flag-saddle-numbness")));
    assert_eq!(next_step(&all_good(), "exercise-worry"), Some(Step::Results));
}

#[test]
fn back_goes_to_the_previous_question_and_not_before_the_first() {
    let good = all_good();
    assert_eq!(previous_question(&good, "flag-bladder-bowel"), None);
    assert_eq!(previous_question(&good, "pain-now"), Some("flag-age"));
    assert_eq!(previous_question(&good, "not-a-question"), None);
}

#[test]
fn an_emergency_yes_goes_straight_to_results() {
    let emergency = answers(&[("flag-bladder-bowel", true.into())]);
    assert_eq!(next_step(&emergency, "flag-bladder-bowel"), Some(Step::Results));
    assert!(is_complete(&emergency));
    assert_eq!(progress(&emergency, "flag-bladder-bowel"), Some(Progress { number: 1, total: 1 }));
}

#[test]
fn an_urgent_flag_ends_the_check_after_the_safety_questions() {
    let mut pairs = all_flags_no();
    pairs.retain(|(id, _)| *id != "flag-fever");
    pairs.push(("flag-fever", true.into()));
    let urgent = answers(&pairs);
    let safety = BANK.questions().iter().filter(|q| q.section == Section::Safety).count();
    assert_eq!(path(&urgent).len(), safety);
    assert_eq!(next_step(&urgent, "flag-age"), Some(Step::Results));
    assert!(is_complete(&urgent));
}

#[test]
fn people_who_do_no_exercise_are_not_asked_about_workouts() {
    let no_exercise = all_good_but("exercise-types", ["none"]);
    let path = ids(&no_exercise);
    assert!(!path.contains(&"warm-up") && !path.contains(&"push-through-pain"));
    assert!(path.contains(&"stretching"), "stretching is not only for workouts");
    assert_eq!(next_step(&no_exercise, "exercise-types"), Some(Step::Question("stretching")));
}

#[test]
fn answers_off_the_path_are_kept_but_do_not_count() {
    // Warm-up was answered, then the person said they do no exercise.
    let changed = all_good_but("exercise-types", ["none"]);
    assert!(changed.is_answered("warm-up"));
    assert!(!relevant_answers(&changed).is_answered("warm-up"));
    // And answers given after an emergency flag do not count either.
    let emergency = all_good_but("flag-bladder-bowel", true);
    assert_eq!(relevant_answers(&emergency).len(), 1);
}

#[test]
fn progress_counts_from_one_over_the_current_path() {
    let total = BANK.questions().len();
    assert_eq!(progress(&answers(&[]), "flag-bladder-bowel"), Some(Progress { number: 1, total }));
    assert_eq!(progress(&all_good(), "exercise-worry"), Some(Progress { number: total, total }));
    let no_exercise = all_good_but("exercise-types", ["none"]);
    assert_eq!(progress(&no_exercise, "exercise-worry"), Some(Progress { number: total - 2, total: total - 2 }));
    assert_eq!(progress(&answers(&[]), "nope"), None);
}

#[test]
fn a_question_is_reachable_only_after_everything_before_it_is_answered() {
    assert!(is_reachable(&answers(&[]), "flag-bladder-bowel"));
    assert!(!is_reachable(&answers(&[]), "pain-now"), "the safety check cannot be skipped");
    assert!(is_reachable(&answers(&all_flags_no()), "pain-now"));
    assert!(!is_reachable(&all_good_but("flag-fever", true), "pain-now"), "off the path after an urgent flag");
}

#[test]
fn resume_finds_the_first_gap_and_complete_means_no_gap() {
    let mut partial = all_good();
    partial.clear("slouching");
    assert_eq!(resume_step(&partial), Step::Question("slouching"));
    assert!(!is_complete(&partial));
    assert!(is_complete(&all_good()));
}

#[test]
fn each_emergency_flag_is_a_shortcut_at_its_own_position() {
    for (index, (flag, outcome)) in RED_FLAGS.iter().enumerate().filter(|(_, (_, o))| *o == Outcome::Emergency) {
        let mut pairs: Vec<(&str, Answer)> = RED_FLAGS[..index].iter().map(|(id, _)| (*id, false.into())).collect();
        pairs.push((flag, true.into()));
        let answers = answers(&pairs);
        assert_eq!(path(&answers).len(), index + 1, "{flag} {outcome:?}");
        assert_eq!(next_step(&answers, flag), Some(Step::Results));
    }
}
