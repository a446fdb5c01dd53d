//! The flow: the path through the questions, the emergency and urgent shortcuts, skipped
//! questions, Back, resuming, and the screens' grouping.

use backcheck::assessment::{
    answered_first_safety_check, is_complete, is_reachable, next_step, path, previous_question, progress, relevant_answers, resume_step,
    screen_of, screens, Answer, Outcome, Progress, Section, Step, RED_FLAGS,
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
    let mut expected = current_questions();
    expected.retain(|id| *id != "sitting-hours");
    assert_eq!(ids(&answers(&[])), expected, "all but a follow-up whose question is unanswered");
    let slouches = answers(&[("slouching", "often".into())]);
    assert_eq!(ids(&slouches), current_questions());
    assert_eq!(resume_step(&answers(&[])), Step::Question("emergency-signs"));
}

#[test]
fn a_person_with_no_flags_answers_fewer_screens_than_the_first_release_asked() {
    // The first release asked 26 screens of a person with no flags; one question a screen made it 22.
    assert_eq!(path(&all_good()).len(), 21, "every question the guidance needs is still asked");
    assert_eq!(screens(&all_good()).len(), 11, "on 11 screens");
    assert_eq!(screens(&all_good_but("exercise-types", ["none"])).len(), 11, "the count does not change with the answers");
    assert_eq!(screens(&answers(&[])).len(), 11, "so 'Step 1 of 11' is true from the first screen");
    // 26 less the hours of sitting, which count only with slouching.
    assert_eq!(path(&first_release_all_good()).len(), 25, "an old check is still read with its own questions");
}

#[test]
fn hours_of_sitting_are_asked_only_of_someone_who_slouches_and_the_advice_is_the_same_without_them() {
    assert_eq!(ids(&all_good()).last(), Some(&"slouching"));
    for slouching in ["often", "sometimes"] {
        assert_eq!(ids(&all_good_but("slouching", slouching)).last(), Some(&"sitting-hours"), "{slouching}");
    }
    // An older check answered it whatever the slouching: left out, the advice is unchanged.
    let mut older = all_good_but("sitting-hours", "over-8");
    assert_eq!(backcheck::assessment::evaluate(&older), backcheck::assessment::evaluate(&all_good()));
    older.clear("sitting-hours");
    assert!(is_complete(&older));
}

#[test]
fn related_questions_share_a_screen_and_any_of_them_names_it() {
    let good = all_good();
    let pain: Vec<_> = screen_of(&good, "pain-worst-week").unwrap().iter().map(|q| q.id).collect();
    assert_eq!(pain, ["pain-now", "pain-worst-week"]);
    assert_eq!(next_step(&good, "pain-worst-week"), next_step(&good, "pain-now"));
    assert_eq!(previous_question(&good, "pain-worst-week"), Some("risk-factors"));
    let mut half = good.clone();
    half.clear("pain-worst-week");
    assert_eq!(next_step(&half, "pain-now"), None, "every question on the screen is answered before Next");
    assert_eq!(resume_step(&half), Step::Question("pain-now"), "a screen is named by its first question");
    assert!(is_reachable(&half, "pain-worst-week"));
    assert!(!is_reachable(&half, "pain-duration"));
    // Workouts left off the path leave the rest of their screen.
    let no_exercise = all_good_but("exercise-types", ["none"]);
    let stretching: Vec<_> = screen_of(&no_exercise, "stretching").unwrap().iter().map(|q| q.id).collect();
    assert_eq!(stretching, ["stretching", "toe-touches"]);
    assert_eq!(screen_of(&no_exercise, "warm-up"), None);
}

#[test]
fn next_needs_an_answer_and_walks_the_path() {
    let none = answers(&[]);
    assert_eq!(next_step(&none, "emergency-signs"), None);
    let one = answers(&[("emergency-signs", ["none"].into())]);
    assert_eq!(next_step(&one, "emergency-signs"), Some(Step::Question("who-for")));
    assert_eq!(next_step(&all_good(), "slouching"), Some(Step::Results));
    assert_eq!(next_step(&all_good(), "sitting-hours"), None, "not asked of someone who rarely slouches");
    assert_eq!(next_step(&all_good(), "exercise-worry"), Some(Step::Question("active-days")));
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
    assert_eq!(path(&all_good_but("risk-factors", ["steroids"])).len(), 21);
    // So does a past cancer: the pain questions decide whether it is today (NICE NG234).
    assert_eq!(path(&all_good_but("risk-factors", ["cancer"])).len(), 21);
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
fn progress_counts_screens_from_one() {
    let total = 11;
    assert_eq!(progress(&answers(&[]), "emergency-signs"), Some(Progress { number: 1, total }));
    assert_eq!(progress(&all_good(), "slouching"), Some(Progress { number: total, total }));
    let slouches = all_good_but("slouching", "often");
    assert_eq!(progress(&slouches, "sitting-hours"), Some(Progress { number: total, total }));
    let no_exercise = all_good_but("exercise-types", ["none"]);
    assert_eq!(progress(&no_exercise, "stretching"), Some(Progress { number: 10, total }));
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
    partial.clear("pain-worst-week");
    assert_eq!(resume_step(&partial), Step::Question("pain-now"), "the screen that asks it");
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
