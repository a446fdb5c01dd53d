//! The words about what a person can do again: naming the everyday activities their back makes
//! hard, rating them (the Patient-Specific Functional Scale, in Backcheck's own words), what a
//! change in the ratings means, and what the plan says when it is not helping. Each names its
//! source; docs/plan-model.md gives the rules.

use crate::assessment::{Answer, Answers, NotBetter, RatingProblem};
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
pub const NAME_INTRO: &str = "Name up to 3 everyday things that matter to you and that your back pain stops you doing or makes hard. Pick from the list or type your own, such as “sitting through a film”. Then rate how well you can do each one today. Every 2 weeks you rate them again, so you can see how you are doing.";
pub const NAME_OPTIONAL: &str = "This is optional. It helps you, and a GP or physiotherapist, see how you are doing.";
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
    text: "Physiotherapists use this way of rating to see what you can do and how it changes. Its name is the Patient-Specific Functional Scale.",
    source: "Patient-Specific Functional Scale: Stratford, Gill, Westaway and Binkley, Physiotherapy Canada 1995, in Backcheck’s own words. Up to 3 activities, each rated from 0 (unable to do it) to 10 (able to do it as before the problem); the score is their average. Physiotherapists usually ask it in person; Backcheck asks it on screen and offers examples, and using the scale’s numbers for this is Backcheck’s own choice.",
    sources: &[Source::Psfs1995, Source::OwnChoice],
};

/// What a change in the average rating means for one person.
pub const REAL_CHANGE: Cited = Cited {
    text: "A change of 2 points or more in the average of your ratings is likely a real change for you. If you rate only one thing, it takes 3 points. A smaller change can be just the ups and downs from day to day.",
    source: "Stratford and others 1995: with 90% confidence, a change of 2 points in the average (3 points in one activity) is more than the scale’s own error. In a later study, changes of 1.3 points (small) to 2.7 points (large) matched what people said had changed for them (Abbott and Schmitt 2014).",
    sources: &[Source::Psfs1995, Source::AbbottSchmitt2014],
};

pub const NOT_BETTER_TITLE: &str = "Your ratings and pain have not clearly improved";
pub const RATINGS_WORSE_TITLE: &str = "Your ratings have gone down";
/// The advice when the plan is not helping (`NotBetter`), built from what was compared. `one_thing`:
/// the person rates one activity, whose real change is 3 points.
/// `ended`: the plan has ended, so there is no plan to hold.
pub fn not_better_text(not_better: &NotBetter, one_thing: bool, ended: bool) -> String {
    let advice_not_hold = if ended {
        "You can show your GP the summary from this page."
    } else {
        "This is advice. It does not put your plan on hold. You can show your GP the summary from this page."
    };
    if not_better.ratings_worse {
        return format!("Your ratings have gone down by a real change: you can do less than when you started. The NHS says to see a GP if back pain stops you doing your day-to-day activities or is getting worse. {advice_not_hold}");
    }
    let points = if one_thing { "3 points" } else { "2 points" };
    let ratings = format!("your ratings have not gone up by {points} or more");
    let pain = "your pain during sessions has not gone down by 2 points or more";
    let what = match (not_better.ratings.is_some(), not_better.pain.is_some()) {
        (true, true) => format!("{ratings}, and {pain}"),
        (true, false) => ratings,
        _ => pain.to_string(),
    };
    format!("3 weeks after your plan began, {what}. The NHS says to see a GP if back pain does not get better after a few weeks of looking after it at home. The NHS also says to stay active and keep up your daily activities. {advice_not_hold}")
}
pub const NOT_BETTER: Cited = Cited {
    text: "3 weeks after your plan began, your ratings and your pain during sessions have not clearly improved: see a GP.",
    source: "NHS: Back pain: see a GP if back pain does not improve after treating it at home for a few weeks, or if it stops you doing your day-to-day activities or is getting worse; stay active. 3 weeks as “a few”, and a change of 2 points (3 for one activity) as clearly better, are Backcheck’s own choice. The points come from Stratford and others 1995 and from Childs and others 2005, who measured back pain over weeks of physiotherapy, not pain during exercise.",
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

// The words on the screens: naming the activities, rating them again, and the ratings over time.

/// Above the activities offered as buttons.
pub const PICK_SUGGESTED: &str = "Tap to pick, tap again to take it off:";
/// Above the rating of each named activity.
pub const RATE_EACH_TODAY: &str = "How well can you do each one today?";
/// The quiet card on the plan page when no activities are named yet.
pub const NAME_LATER: &str = "Name them now";
pub const NAME_LATER_INTRO: &str =
    "Name up to 3 everyday things that matter to you and that your back makes hard, and rate how well you can do them. You rate them again every 2 weeks, to see how you are doing.";
pub const SAVE_NAMED: &str = "Save";
pub const CANCEL: &str = "Cancel";
pub const SAVE_RATINGS: &str = "Save my ratings";

/// Which ratings are due now.
pub fn rating_due_words(weeks: u8, at_end: bool) -> String {
    if at_end {
        "Your plan has ended: rate them one last time.".to_string()
    } else {
        format!("You have done {weeks} weeks of your plan: time to rate them again.")
    }
}

pub const OVER_TIME_TITLE: &str = "What you can do again";
pub const OVER_TIME_CAPTION: &str =
    "Your ratings (0: cannot do it, 10: as before your back pain), and under them the pain during each session (0: no pain, 10: the worst pain you can imagine)";
/// The chart's two parts, written on it.
pub const CHART_RATINGS: &str = "What you can do";
pub const CHART_PAIN: &str = "Pain in sessions";
/// The chart's text alternative: "Bending forward: 3 on 2 Nov and 5 on 16 Nov".
pub fn ratings_sentence(activity: &str, scores: &str) -> String {
    format!("{activity}: {scores}")
}
pub const PAIN_KEY: &str = "Pain during a session";
pub const NO_SESSIONS_YET: &str = "no sessions yet";

/// The table of ratings: a column a date, a row an activity, then the average and its change.
pub const TABLE_CAPTION: &str = "Your ratings from 0 to 10, each time you gave them";
pub const TABLE_AVERAGE: &str = "Average";
pub const TABLE_CHANGE: &str = "Change from the first";
pub const TABLE_REAL: &str = "A real change?";
pub const TABLE_PAIN: &str = "Pain during sessions before it (average)";
pub const NOT_YET_ASKED: &str = "–";
/// Whether a change from the first ratings is as much as studies take as real (`REAL_CHANGE`).
pub fn real_change_words(tenths: i32, real: bool) -> &'static str {
    match (real, tenths > 0) {
        (true, true) => "Yes: better",
        (true, false) => "Yes: worse",
        (false, _) => "No clear change",
    }
}

/// "4.7" from tenths, for a table cell whose heading says out of 10.
pub fn tenths_number(tenths: i32) -> String {
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// What was seen when the plan has not got better.
pub fn not_better_ratings(first: i32, latest: i32) -> String {
    format!("The average of your ratings: {} at first, {} now.", mean_words(first), mean_words(latest))
}
pub fn not_better_pain(first: i32, latest: i32) -> String {
    format!("Your pain during sessions: {} in your first week, {} in your latest week.", mean_words(first), mean_words(latest))
}
