//! The words about what a person can do again: naming the everyday activities their back makes
//! hard, rating them (the Patient-Specific Functional Scale, in Backcheck's own words), what a
//! change in the ratings means, and what the plan says when it is not helping. Each names its
//! source; docs/plan-model.md gives the rules.

use crate::assessment::{Answer, Answers, RatingProblem};
use crate::content::plan::Cited;
use crate::content::questions::BANK;
use crate::content::sources::Source;

/// The check's question whose ticked moves are offered as activities.
const MOVES_QUESTION: &str = "aggravating-moves";

/// Everyday activities offered besides the moves ticked in the check (examples, not a list to
/// pick from: a person's own words fit best).
const EVERYDAY_EXAMPLES: &[&str] = &["Walking for 20 minutes", "Putting on socks and shoes", "Carrying the shopping", "Getting out of bed"];

/// Activities to offer: the moves the person ticked in the check first, then everyday examples.
pub fn suggested_activities(answers: &Answers) -> Vec<&'static str> {
    let question = BANK.question(MOVES_QUESTION);
    let ticked: Vec<&'static str> = match (question, answers.get(MOVES_QUESTION)) {
        (Some(question), Some(Answer::Choices(picked))) => question
            .choices()
            .iter()
            .filter(|choice| picked.iter().any(|id| id == choice.id) && !choice.exclusive)
            .map(|choice| choice.label)
            .collect(),
        _ => Vec::new(),
    };
    ticked.into_iter().chain(EVERYDAY_EXAMPLES.iter().copied()).collect()
}

pub const NAME_TITLE: &str = "What does your back make hard?";
pub const NAME_INTRO: &str = "Name up to 3 everyday things that your back pain stops you doing or makes hard. Pick from the list or type your own, such as “sitting through a film”. Then rate how well you can do each one today. Every 2 weeks you rate them again, so you can see if the plan is helping.";
pub const NAME_OPTIONAL: &str = "This is optional, but it is the best way to see what the plan changes for you.";
pub const TYPE_YOUR_OWN: &str = "Or type your own";
pub const ADD_ACTIVITY: &str = "Add";
pub const REMOVE_ACTIVITY: &str = "Remove";
/// What is typed here stays on the device and is never in the share link (the share code
/// carries only the check's answers).
pub const STAYS_HERE: &str = "What you type stays on this device, with the rest of your data. It is not in the link you can share.";

pub const RATE_LEGEND_HINT: &str = "0 means you cannot do it at all. 10 means you can do it as well as before your back pain.";
pub const SCORE_LOW: &str = "0: I cannot do it";
pub const SCORE_HIGH: &str = "10: as well as before my back pain";

pub const RATE_AGAIN_TITLE: &str = "How well can you do these now?";
pub fn rate_again_intro(first_date: &str) -> String {
    format!("On {first_date} you said these were hard because of your back. How well can you do each one today?")
}
pub const RATE_AGAIN_NOT_BLOCKING: &str = "This takes a minute. It does not stop today’s session: you can do it before or after.";
pub const RATINGS_SAVED: &str = "Your ratings are saved.";

pub const SCALE: Cited = Cited {
    text: "These ratings use a scale that physiotherapists use to measure what a person can do: the Patient-Specific Functional Scale.",
    source: "Patient-Specific Functional Scale: Stratford, Gill, Westaway and Binkley, Physiotherapy Canada 1995, in Backcheck’s own words. Up to 3 activities, each rated from 0 (unable to do it) to 10 (able to do it as before the problem); the score is their average.",
    sources: &[Source::Psfs1995],
};

/// What a change in the average rating means for one person.
pub const REAL_CHANGE: Cited = Cited {
    text: "A change of 2 points or more in the average of your ratings is what studies take as a real change for one person. A smaller change can be just the ups and downs from day to day.",
    source: "Stratford and others 1995: a change of 2 points in the average (3 points in one activity) is more than the scale’s own error. Changes of about 1.3 to 2.7 points mattered to people in later studies (Abbott and Schmitt 2014). Backcheck uses 2 points, as found, not rounded.",
    sources: &[Source::Psfs1995, Source::AbbottSchmitt2014],
};

/// What a fall in the pain during sessions means.
pub const REAL_PAIN_CHANGE: Cited = Cited {
    text: "A fall of 2 points or more in your pain is what studies take as a real change.",
    source: "Childs, Piva and Fritz, Spine 2005: in people with low back pain, a change of 2 points on the 0 to 10 pain scale is real and matters.",
    sources: &[Source::Childs2005],
};

pub const NOT_BETTER_TITLE: &str = "Your back is not getting better yet";
pub const NOT_BETTER: Cited = Cited {
    text: "After 3 weeks of your plan, neither your ratings nor the pain during your sessions have got clearly better. The NHS says to see a GP if back pain does not get better after a few weeks of looking after it at home. Your plan goes on, and keeping active still helps. Take your summary with you.",
    source: "NHS: Back pain: see a GP if back pain does not improve after treating it at home for a few weeks; keep active. After 3 weeks, and “clearly better” as a change of 2 points in the average rating or the pain, are Backcheck’s own reading (the 2 points: Stratford and others 1995, Childs and others 2005).",
    sources: &[Source::NhsBackPain, Source::Psfs1995, Source::Childs2005, Source::OwnChoice],
};

pub const RATE_AGAIN_EVERY: &str = "You rate them every 2 weeks and at the end of your plan. The 2 weeks are Backcheck’s own choice.";

pub fn rating_problem(problem: RatingProblem) -> &'static str {
    match problem {
        RatingProblem::NoActivity => "Name at least one activity, or leave this part out.",
        RatingProblem::TooManyActivities => "Name up to 3 activities.",
        RatingProblem::NameTooLong => "Keep each activity to 60 letters or fewer.",
        RatingProblem::SameActivityTwice => "You named the same activity twice.",
        RatingProblem::NotRated => "Rate each activity from 0 to 10.",
    }
}

/// "6.5 out of 10" from tenths.
pub fn mean_words(tenths: i32) -> String {
    if tenths % 10 == 0 {
        format!("{} out of 10", tenths / 10)
    } else {
        format!("{}.{} out of 10", tenths / 10, tenths % 10)
    }
}

/// "up 2.5 points", "down 1 point", "no change".
pub fn change_words(tenths: i32) -> String {
    let size = tenths.abs();
    let points = match (size % 10, size) {
        (0, 10) => "1 point".to_string(),
        (0, _) => format!("{} points", size / 10),
        _ => format!("{}.{} points", size / 10, size % 10),
    };
    match tenths {
        0 => "no change".to_string(),
        t if t > 0 => format!("up {points}"),
        _ => format!("down {points}"),
    }
}
