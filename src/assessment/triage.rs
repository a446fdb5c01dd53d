//! Red-flag triage: decides whether the person should get care before any exercise advice.
//! Basis: NHS advice on back pain, sciatica and cauda equina syndrome; NICE CKS "Back pain - low
//! (without radiculopathy)" and "Sciatica (lumbar radiculopathy)"; NICE guideline NG59. The words
//! and the citations shown are in `content::triage`.

use super::answers::{describe_scale, Answers};
use super::order::sort_by_rank;
use super::question::QuestionId;
use super::reason::Reason;

/// The triage outcome, ordered from least to most serious, so the most serious finding wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// No flags: exercise tips that fit the answers.
    SelfCare,
    /// Weak flags, or pain the NHS says a GP should see: check with a professional; the tips
    /// still show as general advice.
    SeeClinician,
    /// Under 16 or pregnant: the check is not made for them (NICE NG59 is for over 16s); where
    /// to get advice instead, never the exercise tips.
    NotForThisCheck,
    /// A serious flag: see a doctor today, before exercising.
    Urgent,
    /// Possible cauda equina syndrome, chest pain or a serious injury: emergency care now.
    Emergency,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [Outcome::SelfCare, Outcome::SeeClinician, Outcome::NotForThisCheck, Outcome::Urgent, Outcome::Emergency];

    /// Stable id, used in the page (`data-triage`) and in tests.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::SelfCare => "self-care",
            Outcome::SeeClinician => "see-clinician",
            Outcome::NotForThisCheck => "not-for-this-check",
            Outcome::Urgent => "urgent",
            Outcome::Emergency => "emergency",
        }
    }

    /// Whether exercise guidance may be shown at all. Never for emergency or urgent outcomes, nor
    /// for people the check is not made for.
    pub fn allows_exercise_guidance(self) -> bool {
        matches!(self, Outcome::SelfCare | Outcome::SeeClinician)
    }
}

/// One red flag: a yes to a yes/no question (`choice: None`), or one ticked choice of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag {
    pub question: QuestionId,
    pub choice: Option<&'static str>,
    pub outcome: Outcome,
}

impl Flag {
    const fn ticked(question: QuestionId, choice: &'static str, outcome: Outcome) -> Self {
        Flag { question, choice: Some(choice), outcome }
    }

    const fn yes(question: QuestionId, outcome: Outcome) -> Self {
        Flag { question, choice: None, outcome }
    }

    pub fn is_raised(&self, answers: &Answers) -> bool {
        match self.choice {
            Some(choice) => answers.picked_any(self.question, &[choice]),
            None => answers.is_yes(self.question),
        }
    }

    fn reason(&self, answers: &Answers) -> Reason {
        match self.choice {
            Some(choice) => Reason::of_choices(answers, self.question, &[choice]),
            None => Reason::new(answers, self.question, "Yes"),
        }
    }
}

use Outcome::{Emergency, NotForThisCheck, SeeClinician, Urgent};

/// Every red flag the check asks about, with the outcome it leads to at least.
pub const RED_FLAGS: &[Flag] = &[
    // NHS (back pain; cauda equina syndrome): call 999 or go to A&E.
    Flag::ticked("emergency-signs", "bladder-bowel", Emergency),
    Flag::ticked("emergency-signs", "toilet-feeling", Emergency),
    Flag::ticked("emergency-signs", "saddle-numbness", Emergency),
    Flag::ticked("emergency-signs", "both-legs", Emergency),
    Flag::ticked("emergency-signs", "leg-weaker", Emergency),
    Flag::ticked("emergency-signs", "unsteady-walking", Emergency),
    Flag::ticked("emergency-signs", "sexual-problems", Emergency),
    // NHS (heart attack): chest pain, or pain that spreads to the back, with feeling short of
    // breath, sweaty, lightheaded or sick; back pain can be how a heart attack shows itself.
    Flag::ticked("emergency-signs", "chest-pain", Emergency),
    // NHS (aortic dissection): sudden, severe chest or upper back pain, sometimes described as
    // tearing or ripping, or sudden, severe tummy pain; call 999.
    Flag::ticked("emergency-signs", "tearing", Emergency),
    // NHS: back pain that started after a serious accident, such as a car accident. (A fall
    // with weak bones goes with the same-day signs: NICE CKS, minor trauma with osteoporosis.)
    Flag::ticked("emergency-signs", "accident", Emergency),
    // NICE NG59 covers people aged 16 and over; the NHS has its own advice for pregnancy.
    Flag::ticked("who-for", "under-16", NotForThisCheck),
    Flag::ticked("who-for", "pregnant", NotForThisCheck),
    // NHS (back pain): ask for an urgent GP appointment or call 111.
    Flag::ticked("urgent-signs", "fever", Urgent),
    Flag::ticked("urgent-signs", "weight-loss", Urgent),
    Flag::ticked("urgent-signs", "lump-or-shape", Urgent),
    Flag::ticked("urgent-signs", "night-pain", Urgent),
    Flag::ticked("urgent-signs", "upper-back", Urgent),
    Flag::ticked("urgent-signs", "cough-sneeze", Urgent),
    // NICE CKS: a spinal fracture can follow a small strain in people with weak bones or on steroids.
    Flag::ticked("urgent-signs", "strain-weak-bones", Urgent),
    // NICE CKS: a past cancer is a warning sign of cancer in the spine. On its own, a GP soon
    // (how soon is Backcheck's own choice); with the kinds of pain NICE NG234 lists, advice
    // today (`past_cancer_findings`).
    Flag::ticked("risk-factors", "cancer", SeeClinician),
    // NICE CKS: risk factors for a fracture or an infection of the spine; on their own, a GP
    // should look at the back soon, before new exercise.
    Flag::ticked("risk-factors", "steroids", SeeClinician),
    Flag::ticked("risk-factors", "weak-bones", SeeClinician),
    Flag::ticked("risk-factors", "weak-immune", SeeClinician),
    Flag::ticked("risk-factors", "injects-drugs", SeeClinician),
    Flag::ticked("risk-factors", "recent-infection", SeeClinician),
    Flag::ticked("risk-factors", "age", SeeClinician),
    // The first release's yes/no questions, for checks made with them.
    Flag::yes("flag-bladder-bowel", Emergency),
    Flag::yes("flag-saddle-numbness", Emergency),
    Flag::yes("flag-leg-weakness", Emergency),
    Flag::yes("flag-trauma", Emergency),
    Flag::yes("flag-fever", Urgent),
    Flag::yes("flag-cancer-history", Urgent),
    Flag::yes("flag-weight-loss", Urgent),
    Flag::yes("flag-night-pain", Urgent),
    Flag::yes("flag-bone-weakness", Urgent),
    Flag::yes("flag-age", SeeClinician),
];

/// Risk factors that make a fever a possible sign of infection in the spine (NICE CKS).
pub const INFECTION_RISKS: &[&str] = &["steroids", "weak-immune", "injects-drugs", "recent-infection"];

/// The most serious outcome the answer to this question raises, if any.
pub fn flag_outcome(answers: &Answers, question: &str) -> Option<Outcome> {
    RED_FLAGS.iter().filter(|flag| flag.question == question && flag.is_raised(answers)).map(|flag| flag.outcome).max()
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
    /// What led to the outcome, most serious first, each answer once. Empty for self-care.
    pub findings: Vec<Finding>,
    /// Said they are pregnant. A same-day sign outranks pregnancy, but the midwife or maternity
    /// unit still needs to know, so the pregnancy advice shows whatever the outcome.
    pub pregnant: bool,
    /// Said they are under 16.
    pub under_16: bool,
}

/// Whom a see-a-professional result sends a person to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Professional {
    /// A warning sign of cancer, a break or an infection in the spine (NICE CKS) is for a doctor
    /// to judge, and soon.
    GpSoon,
    /// How long the pain has lasted, how bad it is, what it stops, and pain below the knee: the
    /// NHS says see a GP, and a physiotherapist can judge these too.
    GpOrPhysiotherapist,
}

/// The questions whose flags are health risk factors: a GP should see them soon.
const RISK_FACTOR_QUESTIONS: &[QuestionId] = &["risk-factors", "flag-age"];

impl Triage {
    /// For a see-a-professional outcome, whom to see; `None` for every other outcome.
    pub fn professional(&self) -> Option<Professional> {
        (self.outcome == SeeClinician).then(|| {
            if self.health_risk_factor() {
                Professional::GpSoon
            } else {
                Professional::GpOrPhysiotherapist
            }
        })
    }

    /// An answer about the person's health is a warning sign (NICE CKS): a GP should see them
    /// soon, also when the check is not made for them.
    pub fn health_risk_factor(&self) -> bool {
        self.findings.iter().any(|finding| RISK_FACTOR_QUESTIONS.contains(&finding.reason.question))
    }
}

/// A fever together with a risk of infection: signs of a possible infection in the spine (NICE
/// CKS), which the NHS and NICE want seen the same day.
pub fn infection_signs(answers: &Answers) -> bool {
    answers.picked_any("urgent-signs", &["fever"]) && answers.picked_any("risk-factors", INFECTION_RISKS)
}

/// NHS (back pain): see a GP if the pain is very bad, is getting worse, is not better after a
/// few weeks, or stops you doing daily things. None of these rules out the exercise tips.
fn see_a_gp_findings(answers: &Answers) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut add = |reason| findings.push(Finding { outcome: SeeClinician, reason });
    for question in ["pain-now", "pain-worst-week"] {
        if let Some(pain) = answers.scale(question).filter(|pain| *pain >= SEVERE_PAIN) {
            add(Reason::new(answers, question, describe_scale(pain)));
        }
    }
    let lasted_weeks = answers.picked_any("pain-duration", &["6-to-12-weeks", "over-12-weeks"]);
    if answers.choice("pain-course") == Some("worse") || (lasted_weeks && answers.choice("pain-course") == Some("same")) {
        add(Reason::of_answer(answers, "pain-course"));
    }
    if answers.is_yes("daily-life") {
        add(Reason::of_answer(answers, "daily-life"));
    }
    // Backcheck's own cautious choice (said so on the result): pain for more than 12 weeks, or
    // pain below the knee (sciatica), for a professional to look at before new exercise.
    for (question, long_or_spreading) in [("pain-duration", "over-12-weeks"), ("leg-pain", "below-knee")] {
        if answers.choice(question) == Some(long_or_spreading) {
            add(Reason::of_answer(answers, question));
        }
    }
    findings
}

/// NICE NG234 (spinal metastases, 1.2): a past cancer with pain that keeps getting worse or is
/// severe needs advice today. (Its other kinds of pain, high in the back, worse at night or on
/// straining, are urgent signs of their own.)
fn past_cancer_findings(answers: &Answers) -> Option<Finding> {
    let severe = ["pain-now", "pain-worst-week"].iter().any(|question| answers.scale(question).is_some_and(|pain| pain >= SEVERE_PAIN));
    let worse = answers.choice("pain-course") == Some("worse");
    (answers.picked_any("risk-factors", &["cancer"]) && (severe || worse))
        .then(|| Finding { outcome: Urgent, reason: Reason::of_choices(answers, "risk-factors", &["cancer"]) })
}

pub fn triage(answers: &Answers) -> Triage {
    let mut findings: Vec<Finding> = RED_FLAGS
        .iter()
        .filter(|flag| flag.is_raised(answers))
        .map(|flag| Finding { outcome: flag.outcome, reason: flag.reason(answers) })
        .collect();
    findings.extend(past_cancer_findings(answers));
    findings.extend(see_a_gp_findings(answers));
    // Most serious first; the same outcome keeps the order of the list.
    sort_by_rank(&mut findings, |finding| Outcome::Emergency as u64 - finding.outcome as u64);
    // An answer two rules read (a past cancer) is listed once, at its most serious.
    let mut shown: Vec<Finding> = Vec::with_capacity(findings.len());
    for finding in findings {
        if !shown.iter().any(|earlier| earlier.reason == finding.reason) {
            shown.push(finding);
        }
    }
    let outcome = shown.first().map_or(Outcome::SelfCare, |finding| finding.outcome);
    Triage {
        outcome,
        findings: shown,
        pregnant: answers.picked_any("who-for", &["pregnant"]),
        under_16: answers.picked_any("who-for", &["under-16"]),
    }
}
