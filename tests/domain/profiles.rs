//! Answer sets shared by the tests.

use backcheck::assessment::{Answer, Answers};
use backcheck::content::questions::BANK;

pub fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut answers = BANK.answers();
    for (id, answer) in pairs {
        answers.set(id, answer.clone()).unwrap_or_else(|e| panic!("test profile: {e}"));
    }
    answers
}

/// "None of these" on every safety list: no red flag.
pub fn all_flags_no() -> Vec<(&'static str, Answer)> {
    vec![
        ("emergency-signs", ["none"].into()),
        ("who-for", ["neither"].into()),
        ("urgent-signs", ["none"].into()),
        ("risk-factors", ["none"].into()),
    ]
}

/// The answers to the pain and habit questions of `all_good`.
fn good_pain_and_habits() -> Vec<(&'static str, Answer)> {
    vec![
        ("pain-now", 2.into()),
        ("pain-worst-week", 4.into()),
        ("pain-duration", "under-6-weeks".into()),
        ("pain-course", "better".into()),
        ("leg-pain", "none".into()),
        ("daily-life", false.into()),
        ("aggravating-moves", ["bending"].into()),
        ("pain-with-activity", "eases".into()),
        ("active-days", "3-4".into()),
        ("exercise-types", ["walking", "yoga-pilates"].into()),
        ("warm-up", "always".into()),
        ("stretching", "regularly".into()),
        ("toe-touches", false.into()),
        ("sitting-hours", "under-4".into()),
        ("slouching", "rarely".into()),
        ("bed-rest-days", "none".into()),
        ("push-through-pain", "never".into()),
        ("exercise-worry", "not-worried".into()),
    ]
}

/// A complete check with no flags and every habit already right: the only advice it gets is the
/// article's standing "check with a professional" note.
pub fn all_good() -> Answers {
    let mut pairs = all_flags_no();
    pairs.extend(good_pain_and_habits());
    answers(&pairs)
}

/// The first release's ten yes/no safety questions, all answered no.
pub const FIRST_SAFETY_CHECK: [&str; 10] = [
    "flag-bladder-bowel",
    "flag-saddle-numbness",
    "flag-leg-weakness",
    "flag-trauma",
    "flag-fever",
    "flag-cancer-history",
    "flag-weight-loss",
    "flag-night-pain",
    "flag-bone-weakness",
    "flag-age",
];

/// A finished check as the first release made it: its yes/no safety check, and none of the
/// questions added since.
pub fn first_release_all_good() -> Answers {
    let mut pairs: Vec<(&str, Answer)> = FIRST_SAFETY_CHECK.iter().map(|id| (*id, Answer::from(false))).collect();
    pairs.extend(good_pain_and_habits().into_iter().filter(|(id, _)| !["pain-course", "daily-life"].contains(id)));
    answers(&pairs)
}

/// `all_good` with one answer changed.
pub fn all_good_but(id: &str, answer: impl Into<Answer>) -> Answers {
    let mut answers = all_good();
    answers.set(id, answer.into()).unwrap_or_else(|e| panic!("test profile: {e}"));
    answers
}
