//! A check-in: what it asks (every planned activity, the pain during the session, the check's
//! emergency and urgent signs again), when the session may be dated, and what it saves.

use super::days::{Clock, DAY};
use super::notes::{check_in_outcome, PlanNote, PlanNoteKind, CHECK_IN_SIGNS};
use super::programme::{parse_amount, Plan};
use super::session::{Done, Session};
use crate::assessment::answers::Answers;
use crate::assessment::history::Timestamp;
use crate::assessment::triage::Outcome;

/// Signs that are about how the pain began, not signs that can appear during a plan.
pub const NOT_ASKED_AT_CHECK_IN: &[&str] = &["accident"];

/// Yesterday may be chosen only when the plan ran yesterday: a session from before it would
/// belong to no plan.
pub fn yesterday_allowed(plan: &Plan, clock: &Clock) -> bool {
    clock.day_of(plan.started_at) < clock.today()
}

/// The check-in as the person filled it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInForm {
    /// Each planned activity with what was typed for it, or `None` when unticked.
    pub done: Vec<(String, Option<String>)>,
    pub pain_during: Option<u8>,
    /// The answers to the check's emergency and urgent questions, asked again.
    pub signs: Answers,
    pub yesterday: bool,
    /// The person stopped the session because of pain.
    pub stopped_for_pain: bool,
}

/// What a check-in saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    /// A session, with no sign ticked.
    Session(Session),
    /// A sign ticked: kept at once, with the session when it was filled in, whatever else is
    /// missing, and its advice shown.
    Signs { outcome: Outcome, note: PlanNote, session: Option<Session> },
}

/// What to fix before a check-in can be saved, in the order the screen asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckInProblem {
    /// Nothing ticked, or an amount that is not a whole number from 1.
    WhatWasDone,
    PainDuring,
    /// A list of signs with nothing ticked, not even "None of these".
    SignsUnanswered,
}

/// What the check-in saves, or what to fix first. A sign comes before everything else.
pub fn check_in(form: &CheckInForm, now: Timestamp) -> Result<CheckIn, CheckInProblem> {
    let at = if form.yesterday { now.saturating_sub(DAY) } else { now };
    // Every ticked activity with a whole number, or none at all.
    let done: Option<Vec<Done>> = form
        .done
        .iter()
        .filter_map(|(activity, typed)| typed.as_ref().map(|typed| (activity, typed)))
        .map(|(activity, typed)| parse_amount(typed).map(|amount| Done { activity: activity.clone(), amount }))
        .collect();
    let done = done.filter(|list| !list.is_empty());
    let session =
        |done: Vec<Done>, pain_during: u8| Session { at, done, pain_during, next_day: None, stopped_for_pain: form.stopped_for_pain };
    if let Some(outcome) = check_in_outcome(&form.signs) {
        let session = done.zip(form.pain_during).map(|(done, pain)| session(done, pain));
        return Ok(CheckIn::Signs { outcome, note: PlanNote { at: now, kind: PlanNoteKind::Signs(form.signs.clone()) }, session });
    }
    // Stopped because of pain before anything was done: the pain is still logged.
    let done = done.or_else(|| form.stopped_for_pain.then(Vec::new)).ok_or(CheckInProblem::WhatWasDone)?;
    let pain_during = form.pain_during.ok_or(CheckInProblem::PainDuring)?;
    if !CHECK_IN_SIGNS.iter().all(|question| form.signs.is_answered(question)) {
        return Err(CheckInProblem::SignsUnanswered);
    }
    Ok(CheckIn::Session(session(done, pain_during)))
}
