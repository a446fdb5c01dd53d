//! The words of the exercise plan: the activities it offers, why each next step is what it is,
//! when to see a professional, and pain or soreness. Each names its source.

use crate::assessment::{Card, SeeProfessional, Why};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    Sets,
}

impl Unit {
    /// "20 minutes", "1 set"
    pub fn amount(self, amount: u16) -> String {
        match (self, amount) {
            (Unit::Minutes, 1) => "1 minute".to_string(),
            (Unit::Minutes, n) => format!("{n} minutes"),
            (Unit::Sets, 1) => "1 set".to_string(),
            (Unit::Sets, n) => format!("{n} sets"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Minutes => "minutes",
            Unit::Sets => "sets",
        }
    }
}

pub struct Activity {
    /// Stable id, stored in plans and sessions.
    pub id: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    /// The results' guidance cards that suggest it: a plan offers only what the results did.
    pub suggested_by: &'static [&'static str],
}

pub const ACTIVITIES: &[Activity] = &[
    Activity {
        id: "walking",
        label: "Walking",
        unit: Unit::Minutes,
        suggested_by: &["low-impact-cardio", "avoid-high-impact", "keep-moving"],
    },
    Activity { id: "swimming", label: "Swimming or water aerobics", unit: Unit::Minutes, suggested_by: &["avoid-high-impact"] },
    Activity { id: "bike", label: "An exercise bike", unit: Unit::Minutes, suggested_by: &["low-impact-cardio"] },
    Activity { id: "elliptical", label: "An elliptical or step machine", unit: Unit::Minutes, suggested_by: &["low-impact-cardio"] },
    Activity { id: "yoga-pilates", label: "Yoga or Pilates", unit: Unit::Minutes, suggested_by: &["avoid-high-impact", "strengthen-core"] },
    Activity { id: "stretches", label: "Hip and leg stretches", unit: Unit::Minutes, suggested_by: &["stretching"] },
    Activity { id: "core", label: "Core strength exercises", unit: Unit::Sets, suggested_by: &["strengthen-core"] },
];

pub fn activity(id: &str) -> Option<&'static Activity> {
    ACTIVITIES.iter().find(|activity| activity.id == id)
}

/// The activities a plan may offer for results with these guidance cards: those the cards
/// suggest, with stretches left to a professional when the results say so for sciatica; walking
/// when no card suggests any.
pub fn suggested_activities(cards: &[Card]) -> Vec<&'static Activity> {
    let suggests = |activity: &Activity| {
        cards.iter().any(|card| {
            activity.suggested_by.contains(&card.id)
                && !(card.id == "stretching" && card.variant.is_some_and(|v| v.starts_with("sciatica")))
        })
    };
    let picked: Vec<&'static Activity> = ACTIVITIES.iter().filter(|a| suggests(a)).collect();
    if picked.is_empty() {
        ACTIVITIES.iter().filter(|a| a.id == "walking").collect()
    } else {
        picked
    }
}

/// A text with the source it comes from.
pub struct Cited {
    pub text: &'static str,
    pub source: &'static str,
}

const PAIN_MONITORING: &str = "Pain monitoring: Silbernagel and others, Am J Sports Med 2007.";
const GRADED_ACTIVITY: &str = "Graded activity: Lindström and others, Phys Ther 1992.";

pub fn why(why: Why) -> Cited {
    match why {
        Why::FirstSession => Cited {
            text: "Start a little below what you managed lately without a flare: about 8 parts in 10 of it. Then build up in small steps.",
            source: "The article, tip 2: exercise at a comfortable level. Graded activity: Lindström and others, Phys Ther 1992.",
        },
        Why::WaitingForNextDay => Cited {
            text: "Tell Backcheck how your back was the morning after your last session. Until then, keep to the same amount.",
            source: PAIN_MONITORING,
        },
        Why::GreenStepUp => Cited {
            text: "Your last session went well: the pain stayed at 5 or less and had settled by the next morning. It is a week since your last step up, so add about 1 part in 10.",
            source: "Pain monitoring: Silbernagel and others, Am J Sports Med 2007. Graded activity: Lindström and others, Phys Ther 1992.",
        },
        Why::GreenHold => Cited {
            text: "Your last session went well. Keep to this amount until a week has passed since your last step up.",
            source: GRADED_ACTIVITY,
        },
        Why::Amber => Cited {
            text: "Your back had not settled by the next morning, or it felt worse than before. Do the same amount again before you add more.",
            source: PAIN_MONITORING,
        },
        Why::Red => Cited {
            text: "The pain went above 5 during the session, or it had not settled and your back felt worse. Go back to the last amount that went well.",
            source: PAIN_MONITORING,
        },
    }
}

pub fn see_professional(why: SeeProfessional) -> Cited {
    match why {
        SeeProfessional::TwoRedsInARow => Cited {
            text: "Your last two sessions both hurt too much. See a GP or physiotherapist before you go on.",
            source: PAIN_MONITORING,
        },
        SeeProfessional::PainRising => Cited {
            text: "Your pain during sessions has gone up two weeks running. See a GP or physiotherapist before you go on.",
            source: PAIN_MONITORING,
        },
    }
}

/// Pain or soreness, from the article's third tip.
pub const PAIN_OR_SORENESS: &[&str] = &[
    "Soreness is a dull ache that comes from working out. It should fade within 1 to 3 days.",
    "Pain is sharper and stronger, during or after a move. It is your body's signal to stop that move.",
    "Rate the pain during a session from 0 to 10. Up to 5 is fine if it has settled by the next morning.",
];
pub const PAIN_OR_SORENESS_SOURCE: &str =
    "The article, tip 3: know pain from soreness. Pain monitoring: Silbernagel and others, Am J Sports Med 2007.";

/// Who may make a plan after see-a-professional results.
pub const PROFESSIONAL_SAID_FINE: &str = "A GP or physiotherapist has told me exercise is fine for me";

/// A plan made earlier, after a newer check said to get care first (`assessment::plan_on_hold`).
/// The words of the urgent and emergency results, applied to the plan.
pub const ON_HOLD_TITLE: &str = "Your plan is on hold";
pub const ON_HOLD: &str = "Your latest check says to get medical advice before you exercise. Do not use this plan until a doctor says it is safe. When they do, take the check again.";
pub const ON_HOLD_STATUS: &str = "On hold: your latest check says to get medical advice first.";
/// A check after the plan began says to see a professional (`assessment::plan_needs_professional_word`).
pub const NEEDS_PROFESSIONAL_WORD: &str =
    "Your latest check says to see a GP or physiotherapist. Go on with this plan only if they have told you exercise is fine for you.";
