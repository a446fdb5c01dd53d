//! The rules that turn answers into guidance cards. Each card is one point of the source article
//! (texts in `content::guidance`); the rules decide which cards show, in what order, whether the
//! person is already doing it right, and which answers to name under "why you see this".

use super::answers::Answers;
use super::flow::relevant_answers;
use super::order::sort_by_rank;
use super::reason::Reason;
use super::triage::{triage, Outcome, Professional, Triage, SEVERE_PAIN};

/// Stable id of a guidance item, used in the page (`data-guidance`) and in tests.
pub type GuidanceId = &'static str;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stance {
    /// Something to change or start.
    Advice,
    /// A habit the person already has right: acknowledged, not lectured.
    AlreadyRight,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: GuidanceId,
    pub stance: Stance,
    /// Among advice cards, higher shows first.
    pub priority: u8,
    /// The answers that triggered this card.
    pub reasons: Vec<Reason>,
    /// Ids of extra sentences (in `content::guidance`) that fit these answers.
    pub notes: Vec<&'static str>,
    /// Id of a text (in `content::guidance`) that replaces the card's usual one for these
    /// answers, where the usual one would not fit them (say, a thigh stretch for sciatica).
    pub variant: Option<&'static str>,
}

impl Card {
    fn advice(id: GuidanceId, priority: u8) -> Self {
        Card { id, stance: Stance::Advice, priority, reasons: Vec::new(), notes: Vec::new(), variant: None }
    }

    fn already_right(id: GuidanceId) -> Self {
        Card { id, stance: Stance::AlreadyRight, priority: 0, reasons: Vec::new(), notes: Vec::new(), variant: None }
    }

    fn because(mut self, reason: Reason) -> Self {
        self.reasons.push(reason);
        self
    }

    fn with_note(mut self, note: &'static str) -> Self {
        self.notes.push(note);
        self
    }

    fn in_variant(mut self, variant: &'static str) -> Self {
        self.variant = Some(variant);
        self
    }

    /// Merges another trigger of the same advice: keeps the higher priority and every reason.
    fn and(mut self, other: Card) -> Self {
        self.priority = self.priority.max(other.priority);
        self.reasons.extend(other.reasons);
        self.notes.extend(other.notes);
        self.variant = self.variant.or(other.variant);
        self
    }
}

/// Combines the advice triggers that fired; `None` when none did.
fn any_advice(triggers: impl IntoIterator<Item = Option<Card>>) -> Option<Card> {
    triggers.into_iter().flatten().reduce(Card::and)
}

fn when(condition: bool, card: impl FnOnce() -> Card) -> Option<Card> {
    condition.then(card)
}

type Rule = fn(&Answers) -> Option<Card>;

/// Every guidance item with its rule, in the order the article makes its points.
pub const RULES: &[(GuidanceId, Rule)] = &[
    ("check-with-professional", check_with_professional),
    ("keep-moving", keep_moving),
    ("find-aggravating-moves", find_aggravating_moves),
    ("comfortable-intensity", comfortable_intensity),
    ("pain-vs-soreness", pain_vs_soreness),
    ("posture", posture),
    ("warm-up", warm_up),
    ("avoid-high-impact", avoid_high_impact),
    ("no-overhead-lifting", no_overhead_lifting),
    ("stretching", stretching),
    ("low-impact-cardio", low_impact_cardio),
    ("skip-toe-touch", skip_toe_touch),
    ("strengthen-core", strengthen_core),
];

const HIGH_IMPACT: &[&str] = &["running-jumping", "hiit", "team-sports"];
const LOW_IMPACT_CARDIO: &[&str] = &["walking", "swimming", "cycling", "elliptical"];
/// Strength work as the article means it. Yoga and Pilates are low-impact movement (the article's
/// tip 6), not strength work.
const STRENGTH: &[&str] = &["weights", "overhead-weights"];

fn is_active_most_days(answers: &Answers) -> bool {
    answers.picked_any("active-days", &["3-4", "5-7"])
}

fn check_with_professional(answers: &Answers) -> Option<Card> {
    let triage = triage(answers);
    let note = if triage.professional() == Some(Professional::GpSoon) { "gp-flags-found" } else { "flags-found" };
    match triage.outcome {
        // The article says to check with a professional before exercising for back pain; when
        // answers raise a flag, that comes first.
        Outcome::SeeClinician => Some(Card {
            reasons: triage.findings.into_iter().map(|finding| finding.reason).collect(),
            ..Card::advice("check-with-professional", 100).with_note(note)
        }),
        Outcome::SelfCare => Some(Card::advice("check-with-professional", 1)),
        Outcome::NotForThisCheck | Outcome::Urgent | Outcome::Emergency => None,
    }
}

fn keep_moving(answers: &Answers) -> Option<Card> {
    let advice = any_advice([
        when(answers.picked_any("bed-rest-days", &["1-2", "3-plus"]), || {
            let priority = if answers.choice("bed-rest-days") == Some("3-plus") { 95 } else { 85 };
            Card::advice("keep-moving", priority).because(Reason::of_answer(answers, "bed-rest-days")).with_note("after-bed-rest")
        }),
        when(answers.picked_any("active-days", &["0", "1-2"]), || {
            Card::advice("keep-moving", 70).because(Reason::of_answer(answers, "active-days"))
        }),
        when(answers.picked_any("exercise-worry", &["a-little", "very"]), || {
            // The article's "1 case in 100" is for all back pain: it would reassure wrongly where
            // answers already raise the odds of a serious cause.
            let note = match triage(answers).professional() {
                Some(Professional::GpSoon) => "worry-gp-flags-found",
                Some(Professional::GpOrPhysiotherapist) => "worry-flags-found",
                None => "worry",
            };
            Card::advice("keep-moving", 60).because(Reason::of_answer(answers, "exercise-worry")).with_note(note)
        }),
    ]);
    advice.or_else(|| {
        when(is_active_most_days(answers), || Card::already_right("keep-moving").because(Reason::of_answer(answers, "active-days")))
    })
}

fn find_aggravating_moves(answers: &Answers) -> Option<Card> {
    let known = ["bending", "lifting", "sitting", "standing", "twisting", "reaching-overhead"];
    if answers.picked_any("aggravating-moves", &["none-known"]) {
        Some(Card::advice("find-aggravating-moves", 60).because(Reason::of_answer(answers, "aggravating-moves")))
    } else {
        when(answers.picked_any("aggravating-moves", &known), || {
            Card::already_right("find-aggravating-moves").because(Reason::of_answer(answers, "aggravating-moves"))
        })
    }
}

fn comfortable_intensity(answers: &Answers) -> Option<Card> {
    any_advice([
        when(answers.picked_any("exercise-worry", &["a-little", "very"]), || {
            Card::advice("comfortable-intensity", 75).because(Reason::of_answer(answers, "exercise-worry"))
        }),
        // Moderate pain or worse (4+ on a 0-10 scale).
        when(answers.scale("pain-now").is_some_and(|pain| pain >= 4), || {
            let priority = if answers.scale("pain-now").is_some_and(|pain| pain >= SEVERE_PAIN) { 80 } else { 65 };
            Card::advice("comfortable-intensity", priority).because(Reason::of_answer(answers, "pain-now"))
        }),
    ])
}

fn pain_vs_soreness(answers: &Answers) -> Option<Card> {
    let advice = any_advice([
        when(answers.picked_any("push-through-pain", &["often", "sometimes"]), || {
            Card::advice("pain-vs-soreness", 88).because(Reason::of_answer(answers, "push-through-pain"))
        }),
        when(answers.choice("pain-with-activity") == Some("sharp-lasts"), || {
            Card::advice("pain-vs-soreness", 82).because(Reason::of_answer(answers, "pain-with-activity"))
        }),
    ]);
    advice.or_else(|| {
        let right = [("push-through-pain", "never"), ("pain-with-activity", "soreness-fades")];
        right
            .iter()
            .filter(|(question, choice)| answers.choice(question) == Some(choice))
            .map(|(question, _)| Card::already_right("pain-vs-soreness").because(Reason::of_answer(answers, question)))
            .reduce(Card::and)
    })
}

fn posture(answers: &Answers) -> Option<Card> {
    let slouches = answers.picked_any("slouching", &["often", "sometimes"]);
    let advice = any_advice([
        when(slouches, || {
            let priority = if answers.choice("slouching") == Some("often") { 62 } else { 52 };
            Card::advice("posture", priority).because(Reason::of_answer(answers, "slouching"))
        }),
        when(slouches && answers.picked_any("sitting-hours", &["4-to-8", "over-8"]), || {
            Card::advice("posture", 0).because(Reason::of_answer(answers, "sitting-hours"))
        }),
        when(answers.picked_any("aggravating-moves", &["sitting", "standing"]), || {
            Card::advice("posture", 55).because(Reason::of_choices(answers, "aggravating-moves", &["sitting", "standing"]))
        }),
    ]);
    advice.or_else(|| {
        when(answers.choice("slouching") == Some("rarely"), || {
            Card::already_right("posture").because(Reason::of_answer(answers, "slouching"))
        })
    })
}

fn warm_up(answers: &Answers) -> Option<Card> {
    match answers.choice("warm-up")? {
        "always" => Some(Card::already_right("warm-up").because(Reason::of_answer(answers, "warm-up"))),
        habit => {
            let priority = if habit == "never" { 64 } else { 50 };
            Some(Card::advice("warm-up", priority).because(Reason::of_answer(answers, "warm-up")))
        }
    }
}

fn avoid_high_impact(answers: &Answers) -> Option<Card> {
    when(answers.picked_any("exercise-types", HIGH_IMPACT), || {
        Card::advice("avoid-high-impact", 80)
            .because(Reason::of_choices(answers, "exercise-types", HIGH_IMPACT))
            .with_note("low-impact-swaps")
    })
}

fn no_overhead_lifting(answers: &Answers) -> Option<Card> {
    any_advice([
        when(answers.picked_any("exercise-types", &["overhead-weights"]), || {
            Card::advice("no-overhead-lifting", 78).because(Reason::of_choices(answers, "exercise-types", &["overhead-weights"]))
        }),
        when(answers.picked_any("aggravating-moves", &["reaching-overhead"]), || {
            let card =
                Card::advice("no-overhead-lifting", 58).because(Reason::of_choices(answers, "aggravating-moves", &["reaching-overhead"]));
            // Someone who lifts no weights: the words fit reaching, not only lifting.
            if answers.picked_any("exercise-types", &["overhead-weights"]) {
                card
            } else {
                card.in_variant("reaching")
            }
        }),
    ])
}

/// Pain below the knee can be sciatica (NICE CKS): which thigh stretches suit it is left to the
/// person's professional rather than advised here.
fn has_sciatica_signs(answers: &Answers) -> bool {
    answers.picked_any("leg-pain", &["above-knee", "below-knee"])
}

fn stretching(answers: &Answers) -> Option<Card> {
    let card = match answers.choice("stretching")? {
        "regularly" => {
            let card = Card::already_right("stretching").because(Reason::of_answer(answers, "stretching"));
            // Praise for stretching must not sit beside "skip standing toe touches" unqualified.
            if answers.is_yes("toe-touches") {
                card.because(Reason::of_answer(answers, "toe-touches")).in_variant("but-toe-touches")
            } else {
                card
            }
        }
        habit => {
            let priority = if habit == "never" { 56 } else { 45 };
            Card::advice("stretching", priority).because(Reason::of_answer(answers, "stretching"))
        }
    };
    Some(if has_sciatica_signs(answers) {
        let variant = if card.stance == Stance::AlreadyRight { "sciatica-already" } else { "sciatica" };
        card.because(Reason::of_answer(answers, "leg-pain")).in_variant(variant)
    } else {
        card
    })
}

fn low_impact_cardio(answers: &Answers) -> Option<Card> {
    let does_low_impact = answers.picked_any("exercise-types", LOW_IMPACT_CARDIO);
    let advice = any_advice([
        when(answers.picked_any("exercise-types", &["running-jumping"]), || {
            Card::advice("low-impact-cardio", 66)
                .because(Reason::of_choices(answers, "exercise-types", &["running-jumping"]))
                .with_note("swap-running")
        }),
        when(!does_low_impact && answers.picked_any("exercise-types", &["none"]), || {
            Card::advice("low-impact-cardio", 54).because(Reason::of_answer(answers, "exercise-types"))
        }),
        when(answers.picked_any("active-days", &["0", "1-2"]), || {
            Card::advice("low-impact-cardio", 50).because(Reason::of_answer(answers, "active-days"))
        }),
    ]);
    advice.or_else(|| {
        if does_low_impact {
            Some(Card::already_right("low-impact-cardio").because(Reason::of_choices(answers, "exercise-types", LOW_IMPACT_CARDIO)))
        } else {
            when(answers.is_answered("exercise-types"), || {
                Card::advice("low-impact-cardio", 35).because(Reason::of_answer(answers, "exercise-types"))
            })
        }
    })
}

fn skip_toe_touch(answers: &Answers) -> Option<Card> {
    when(answers.is_yes("toe-touches"), || {
        let card = Card::advice("skip-toe-touch", 72).because(Reason::of_answer(answers, "toe-touches"));
        if has_sciatica_signs(answers) {
            Card { priority: 84, ..card.because(Reason::of_answer(answers, "leg-pain")).in_variant("sciatica") }
        } else {
            card
        }
    })
}

fn strengthen_core(answers: &Answers) -> Option<Card> {
    if !answers.is_answered("exercise-types") {
        return None;
    }
    if answers.picked_any("exercise-types", &["weights"]) {
        Some(Card::already_right("strengthen-core").because(Reason::of_choices(answers, "exercise-types", &["weights"])))
    } else if answers.picked_any("exercise-types", &["yoga-pilates"]) {
        Some(
            Card::advice("strengthen-core", 40)
                .because(Reason::of_choices(answers, "exercise-types", &["yoga-pilates"]))
                .with_note("yoga-is-low-impact"),
        )
    } else {
        let card = Card::advice("strengthen-core", 40);
        Some(if answers.picked_any("exercise-types", STRENGTH) {
            // Only overhead lifting: strength work is good, but not above the head.
            card.because(Reason::of_choices(answers, "exercise-types", STRENGTH)).with_note("not-overhead")
        } else {
            card.because(Reason::of_answer(answers, "exercise-types"))
        })
    }
}

/// The guidance cards for these answers: advice first, most relevant first, then what the person
/// already does right. Empty when the outcome rules out exercise advice.
pub fn guidance(answers: &Answers) -> Vec<Card> {
    if !triage(answers).outcome.allows_exercise_guidance() {
        return Vec::new();
    }
    let mut cards: Vec<Card> = RULES.iter().filter_map(|(_, rule)| rule(answers)).collect();
    // Advice before what is already right, higher priority first; ties keep the article's order.
    sort_by_rank(&mut cards, |card| (card.stance as u64) << 8 | u64::from(u8::MAX - card.priority));
    cards
}

/// Everything the results screen shows, from the answers that count (see `flow::relevant_answers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub triage: Triage,
    pub cards: Vec<Card>,
}

pub fn evaluate(answers: &Answers) -> Report {
    let answers = relevant_answers(answers);
    Report { triage: triage(&answers), cards: guidance(&answers) }
}
