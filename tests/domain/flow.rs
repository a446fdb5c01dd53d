use backcheck::assessment::{
    answered_first_safety_check, is_complete, is_reachable, next_step, path, previous_question, progress, relevant_answers, resume_step,
    Answer, Outcome, Progress, Section, Step, RED_FLAGS,
};
use backcheck::content::questions::BANK;

use crate::profiles::{all_flags_no, all_good, all_good_but, answers, first_release_all_good, FIRST_SAFETY_CHECK};

fn ids(answers: &backcheck::assessment::Answers) -> Vec<&'static str> {
    path(answers).iter().map(|q| q.id).collect()
}

/// The questions a new check asks: every question but the first release's safety check.
fn current_questions() -> Vec<&'static str> {
    BANK.questions().iter().filter(|q| q.section != Section::FirstSafetyCheck).map(|q| q.id).collect()
}

#[test]
fn with_no_answers_every_current_question_is_on_the_path_in_bank_order() {
    assert_eq!(ids(&answers(&[])), current_questions());
    assert_eq!(resume_step(&answers(&[])), Step::Question("emergency-signs"));
}

#[test]
fn a_person_with_no_flags_answers_fewer_screens_than_the_first_release_asked() {
    // The first release asked 26 screens of a person with no flags.
    assert_eq!(path(&all_good()).len(), 22);
    assert_eq!(path(&first_release_all_good()).len(), 26, "an old check is still read with its own questions");
}

#[test]
fn next_needs_an_answer_and_walks_the_path() {
    let none = answers(&[]);
    assert_eq!(next_step(&none, "emergency-signs"), None);
    let one = answers(&[("emergency-signs", ["none"].into())]);
    assert_eq!(next_step(&one, "emergency-signs"), Some(Step::Question("who-for")));
    assert_eq!(next_step(&all_good(), "exercise-worry"), Some(Step::Results));
}

#[test]
fn back_goes_to_the_previous_question_and_not_before_the_first() {
    let good = all_good();
    assert_eq!(previous_question(&good, "emergency-signs"), None);
    assert_eq!(previous_question(&good, "pain-now"), Some("risk-factors"));
    assert_eq!(previous_question(&good, "not-a-question"), None);
}

#[test]
fn any_emergency_sign_goes_straight_to_results_from_the_first_screen() {
    for sign in [
        "bladder-bowel",
        "toilet-feeling",
        "saddle-numbness",
        "both-legs",
        "leg-weaker",
        "unsteady-walking",
        "sexual-problems",
        "chest-pain",
        "accident",
    ] {
        let emergency = answers(&[("emergency-signs", [sign].into())]);
        assert_eq!(next_step(&emergency, "emergency-signs"), Some(Step::Results), "{sign}");
        assert!(is_complete(&emergency));
        assert_eq!(progress(&emergency, "emergency-signs"), Some(Progress { number: 1, total: 1 }));
    }
}

#[test]
fn an_urgent_sign_or_a_person_the_check_is_not_for_ends_it_after_the_safety_questions() {
    let safety = BANK.questions().iter().filter(|q| q.section == Section::Safety).count();
    assert_eq!(safety, 4);
    for (question, tick) in [("urgent-signs", "fever"), ("who-for", "pregnant"), ("who-for", "under-16")] {
        let ended = all_good_but(question, [tick]);
        assert_eq!(path(&ended).len(), safety, "{tick}");
        assert_eq!(next_step(&ended, "risk-factors"), Some(Step::Results), "{tick}");
        assert!(is_complete(&relevant_answers(&ended)));
    }
    // A risk factor that only calls for a professional's check goes on to the pain questions.
    assert_eq!(path(&all_good_but("risk-factors", ["steroids"])).len(), 22);
    // So does a past cancer: the pain questions decide whether it is today (NICE NG234).
    assert_eq!(path(&all_good_but("risk-factors", ["cancer"])).len(), 22);
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
    // And answers given after an emergency sign do not count either.
    let emergency = all_good_but("emergency-signs", ["chest-pain"]);
    assert_eq!(relevant_answers(&emergency).len(), 1);
}

#[test]
fn progress_counts_from_one_over_the_current_path() {
    let total = current_questions().len();
    assert_eq!(progress(&answers(&[]), "emergency-signs"), Some(Progress { number: 1, total }));
    assert_eq!(progress(&all_good(), "exercise-worry"), Some(Progress { number: total, total }));
    let no_exercise = all_good_but("exercise-types", ["none"]);
    assert_eq!(progress(&no_exercise, "exercise-worry"), Some(Progress { number: total - 2, total: total - 2 }));
    assert_eq!(progress(&answers(&[]), "nope"), None);
    assert_eq!(progress(&answers(&[]), "flag-fever"), None, "the first release's questions are not asked");
}

#[test]
fn a_question_is_reachable_only_after_everything_before_it_is_answered() {
    assert!(is_reachable(&answers(&[]), "emergency-signs"));
    assert!(!is_reachable(&answers(&[]), "pain-now"), "the safety check cannot be skipped");
    assert!(is_reachable(&answers(&all_flags_no()), "pain-now"));
    assert!(!is_reachable(&all_good_but("urgent-signs", ["night-pain"]), "pain-now"), "off the path after an urgent sign");
    assert!(!is_reachable(&answers(&[]), "flag-bladder-bowel"), "a new check never asks the old questions");
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
fn a_check_made_with_the_first_safety_questions_is_read_with_them() {
    let old = first_release_all_good();
    assert!(answered_first_safety_check(&old));
    assert!(!answered_first_safety_check(&all_good()));
    assert!(is_complete(&old), "an old finished check is still complete");
    assert_eq!(ids(&old)[..10], FIRST_SAFETY_CHECK);
    // Each of its emergency flags is still a shortcut at its own position.
    for (index, flag) in FIRST_SAFETY_CHECK.iter().enumerate() {
        let Some(flag_info) = RED_FLAGS.iter().find(|f| f.question == *flag) else { panic!("{flag} is a flag") };
        if flag_info.outcome != Outcome::Emergency {
            continue;
        }
        let mut pairs: Vec<(&str, Answer)> = FIRST_SAFETY_CHECK[..index].iter().map(|id| (*id, false.into())).collect();
        pairs.push((flag, true.into()));
        let answers = answers(&pairs);
        assert_eq!(path(&answers).len(), index + 1, "{flag}");
        assert_eq!(next_step(&answers, flag), Some(Step::Results));
    }
}
