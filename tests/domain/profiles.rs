//! Answer sets shared by the tests.

use backcheck::content::questions::BANK;
use backcheck::assessment::{Answer, Answers};

pub fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut answers = BANK.answers();
    for (id, answer) in pairs {
        answers.set(id, answer.clone()).unwrap_or_else(|e| panic!("test profile: {e}"));
    }
    answers
}

pub fn all_flags_no() -> Vec<(&'static str, Answer)> {
    backcheck::assessment::RED_FLAGS.iter().map(|(id, _)| (*id, Answer::from(false))).collect()
}

/// A complete check with no flags and every habit already right: the only advice it gets is the
/// article's standing "check with a professional" note.
pub fn all_good() -> Answers {
    let mut pairs = all_flags_no();
    pairs.extend([
        ("pain-now", 2.into()),
        ("pain-worst-week", 4.into()),
        ("pain-duration", "under-6-weeks".into()),
        ("leg-pain", "none".into()),
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
    ]);
    answers(&pairs)
}

/// `all_good` with one answer changed.
pub fn all_good_but(id: &str, answer: impl Into<Answer>) -> Answers {
    let mut answers = all_good();
    answers.set(id, answer.into()).unwrap_or_else(|e| panic!("test profile: {e}"));
    answers
}
