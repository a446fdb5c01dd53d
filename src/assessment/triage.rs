//! Red-flag triage: decides whether the person should get care before any exercise advice.
//! Basis: NICE guideline NG59 (low back pain and sciatica in over 16s) and NHS advice on back pain
//! and cauda equina syndrome; see `content::triage` for the words and the citations shown.

use super::answers::{describe_scale, Answers};
use super::question::QuestionId;
use super::reason::Reason;

/// The triage outcome, ordered from least to most serious, so the most serious finding wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// No flags: exercise is recommended.
    SelfCare,
    /// Weak flags, or severe or long-lasting pain: check with a professional; general tips may show.
    SeeClinician,
    /// A serious flag: see a doctor within a day or two, before exercising.
    Urgent,
    /// Possible cauda equina syndrome or a serious injury: emergency care now.
    Emergency,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::SelfCare, Outcome::SeeClinician, Outcome::Urgent, Outcome::Emergency];

    /// Stable id, used in the page (`data-triage`) and in tests.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::SelfCare => "self-care",
            Outcome::SeeClinician => "see-clinician",
            Outcome::Urgent => "urgent",
            Outcome::Emergency => "emergency",
        }
    }

    /// Whether exercise guidance may be shown at all. Never for emergency or urgent outcomes.
    pub fn allows_exercise_guidance(self) -> bool {
        matches!(self, Outcome::SelfCare | Outcome::SeeClinician)
    }
}

/// A yes to any of these questions leads at least to the given outcome.
pub const RED_FLAGS: &[(QuestionId, Outcome)] = &[
    // Signs of cauda equina syndrome (NHS: go to A&E now).
    ("flag-bladder-bowel", Outcome::Emergency),
    ("flag-saddle-numbness", Outcome::Emergency),
    ("flag-leg-weakness", Outcome::Emergency),
    // NHS: back pain after a serious accident needs A&E.
    ("flag-trauma", Outcome::Emergency),
    // Possible infection, cancer or fracture (NICE NG59 red flags; NHS: urgent GP appointment).
    ("flag-fever", Outcome::Urgent),
    ("flag-cancer-history", Outcome::Urgent),
    ("flag-weight-loss", Outcome::Urgent),
    ("flag-night-pain", Outcome::Urgent),
    ("flag-bone-weakness", Outcome::Urgent),
    // Age alone is a weak flag.
    ("flag-age", Outcome::SeeClinician),
];

/// The outcome a yes to this safety question leads to, if it is a red flag.
pub fn red_flag_outcome(question: &str) -> Option<Outcome> {
    RED_FLAGS.iter().find(|(flag, _)| *flag == question).map(|&(_, outcome)| outcome)
}

/// Pain at or above this (0-10) counts as severe (the usual 7-10 band of a numeric rating scale).
pub const SEVERE_PAIN: u8 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub outcome: Outcome,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triage {
    pub outcome: Outcome,
    /// What led to the outcome, most serious first. Empty for self-care.
    pub findings: Vec<Finding>,
}

pub fn triage(answers: &Answers) -> Triage {
    let mut findings: Vec<Finding> = RED_FLAGS
        .iter()
        .filter(|(question, _)| answers.is_yes(question))
        .map(|&(question, outcome)| Finding { outcome, reason: Reason::new(answers, question, "Yes") })
        .collect();

    if let Some(pain) = answers.scale("pain-now").filter(|pain| *pain >= SEVERE_PAIN) {
        findings.push(Finding { outcome: Outcome::SeeClinician, reason: Reason::new(answers, "pain-now", describe_scale(pain)) });
    }
    for (question, long_or_spreading) in [("pain-duration", "over-12-weeks"), ("leg-pain", "below-knee")] {
        if answers.choice(question) == Some(long_or_spreading) {
            findings.push(Finding { outcome: Outcome::SeeClinician, reason: Reason::of_answer(answers, question) });
        }
    }

    findings.sort_by(|a, b| b.outcome.cmp(&a.outcome));
    let outcome = findings.first().map_or(Outcome::SelfCare, |finding| finding.outcome);
    Triage { outcome, findings }
}
