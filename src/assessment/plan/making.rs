//! Making a plan: whether one may be made now, which of the activities the results suggest,
//! where each starts, and checking what the person picked before the plan is made.

use super::days::Weekday;
use super::hold::{may_make_plan, sign_since_latest_check};
use super::notes::PlanNote;
use super::programme::{parse_amount, Plan, PlannedActivity, FEWEST_DAYS, MOST_DAYS};
use super::progression::start_amount;
use crate::assessment::answers::Answers;
use crate::assessment::flow::is_complete;
use crate::assessment::guidance::Card;
use crate::assessment::history::{History, Timestamp};
use crate::assessment::triage::Outcome;

/// The most activities one plan holds: enough for a session to stay short.
pub const MOST_ACTIVITIES: usize = 3;

/// The days a new plan offers before the person picks: Monday, Wednesday and Friday, a day
/// between sessions.
pub const FIRST_DAYS: [Weekday; 3] = [1, 3, 5];

/// What the plan screen offers for the check in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanOffer {
    /// No plan: the check is not finished, its results say to get care first, or a sign ticked
    /// at a check-in since the latest check holds every plan, a new one too.
    NotOffered,
    /// A plan may be made; after see-a-professional results only once the person says a
    /// professional has told them exercise is fine.
    Offered { needs_professional_word: bool },
}

pub fn plan_offer(answers: &Answers, outcome: Outcome, history: &History, notes: &[PlanNote]) -> PlanOffer {
    let sign_since_check = sign_since_latest_check(history, notes).is_some();
    if is_complete(answers) && outcome.allows_exercise_guidance() && !sign_since_check {
        PlanOffer::Offered { needs_professional_word: outcome == Outcome::SeeClinician }
    } else {
        PlanOffer::NotOffered
    }
}

/// Results whose stretching advice is for pain into the leg (its sciatica variants) leave the
/// choice of stretches to a doctor or physiotherapist, so a plan offers none.
pub fn stretches_left_to_professional(cards: &[Card]) -> bool {
    cards.iter().any(|card| card.id == "stretching" && card.variant.is_some_and(|variant| variant.starts_with("sciatica")))
}

/// Whether the results suggest an activity that these cards suggest (`suggested_by`), leaving
/// stretches out when they are left to a professional.
pub fn results_suggest(cards: &[Card], suggested_by: &[&str]) -> bool {
    let stretches_left_out = stretches_left_to_professional(cards);
    cards.iter().any(|card| suggested_by.contains(&card.id) && !(stretches_left_out && card.id == "stretching"))
}

/// One activity picked for a new plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picked<'a> {
    pub activity: &'a str,
    /// Where the source says to start (named exercises), if it does.
    pub source_start: Option<u16>,
    /// What the person typed for how much they have done lately without their pain getting
    /// worse afterwards (asked only when there is no source start).
    pub typed_recent: &'a str,
}

/// Where an activity starts: the source's own start, or a little below what the person
/// managed lately; `None` when what they typed is not a whole number from 1.
pub fn first_amount(picked: &Picked) -> Option<u16> {
    match picked.source_start {
        Some(start) => Some(start),
        None => Some(start_amount(parse_amount(picked.typed_recent)?)),
    }
}

/// What stops a new plan or a change of days, for the words that say what to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanProblem {
    /// See-a-professional results, and the box saying a professional said exercise is fine is not ticked.
    NeedsProfessionalWord,
    /// None, or more than `MOST_ACTIVITIES`.
    ActivityCount,
    /// An amount that is not a whole number from 1.
    Amount,
    /// Fewer than `FEWEST_DAYS` or more than `MOST_DAYS` days.
    DayCount,
    /// A time that is not hours and minutes.
    Time,
}

/// "18:30" (what a time input gives) as minutes after midnight; empty is no time.
pub fn parse_time(typed: &str) -> Result<Option<u16>, PlanProblem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let parse = || {
        let (hours, minutes) = typed.split_once(':')?;
        let (hours, minutes) = (hours.parse::<u16>().ok()?, minutes.parse::<u16>().ok()?);
        (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
    };
    parse().map(Some).ok_or(PlanProblem::Time)
}

/// The days and time picked, checked: for a new plan and for a change to one.
pub fn chosen_days(weekdays: Vec<Weekday>, typed_time: &str) -> Result<(Vec<Weekday>, Option<u16>), PlanProblem> {
    if !(FEWEST_DAYS..=MOST_DAYS).contains(&weekdays.len()) {
        return Err(PlanProblem::DayCount);
    }
    Ok((weekdays, parse_time(typed_time)?))
}

/// What the person picked on the plan screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRequest<'a> {
    pub outcome: Outcome,
    pub professional_said_fine: bool,
    pub picked: Vec<Picked<'a>>,
    pub weekdays: Vec<Weekday>,
    pub typed_time: &'a str,
}

/// A new plan from what was picked, or the first thing to fix, in the order the screen asks.
pub fn new_plan(request: &PlanRequest, now: Timestamp) -> Result<Plan, PlanProblem> {
    if !may_make_plan(request.outcome, request.professional_said_fine) {
        return Err(PlanProblem::NeedsProfessionalWord);
    }
    if request.picked.is_empty() || request.picked.len() > MOST_ACTIVITIES {
        return Err(PlanProblem::ActivityCount);
    }
    let activities = request
        .picked
        .iter()
        .map(|picked| Some(PlannedActivity { activity: picked.activity.to_string(), start: first_amount(picked)? }))
        .collect::<Option<Vec<_>>>()
        .ok_or(PlanProblem::Amount)?;
    let (weekdays, time) = chosen_days(request.weekdays.clone(), request.typed_time)?;
    Ok(Plan::new(now, weekdays, time, activities))
}
