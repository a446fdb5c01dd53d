//! Whether a plan may be made, what was said during it (signs at a check-in, a professional's
//! word), whether it is on hold, and the next session: the one way screens learn what to do next.

use super::days::Clock;
use super::programme::Plan;
use super::progression::{next_steps, see_professional, NextStep, SeeProfessional};
use super::schedule::PlanStatus;
use super::session::Session;
use crate::assessment::answers::Answers;
use crate::assessment::history::{History, Timestamp};
use crate::assessment::order::sort_by_rank;
use crate::assessment::triage::{flag_outcome, Outcome};

/// Whether a plan may be made: after self-care results, or after see-a-professional results
/// once the person says a professional has told them exercise is fine; never otherwise.
pub fn may_make_plan(outcome: Outcome, professional_said_fine: bool) -> bool {
    match outcome {
        Outcome::SelfCare => true,
        Outcome::SeeClinician => professional_said_fine,
        Outcome::NotForThisCheck | Outcome::Urgent | Outcome::Emergency => false,
    }
}

/// Whether a plan made earlier is on hold: the latest finished check rules out exercise advice
/// (emergency, urgent, or not for this check). The same rule as making one, so a plan never
/// tells someone to exercise after a check said to get care first.
pub fn plan_on_hold(history: &History) -> bool {
    history.latest().is_some_and(|check| !check.outcome().allows_exercise_guidance())
}

/// Whether a check finished after the plan began says to see a professional: the plan goes on
/// only with a professional's word, as a new plan would after such results.
pub fn plan_needs_professional_word(plan: &Plan, history: &History) -> bool {
    history.latest().is_some_and(|check| check.completed_at > plan.started_at && check.outcome() == Outcome::SeeClinician)
}

/// Something said during a plan that decides whether it may go on. Kept as a log beside the
/// sessions and merged the same way (by time), so no tab can lose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNote {
    /// When it was said; also its id.
    pub at: Timestamp,
    pub kind: PlanNoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanNoteKind {
    /// Signs ticked at a check-in: the answers to the check's emergency and urgent questions,
    /// asked again ("since your last session").
    Signs(Answers),
    /// The person said a GP or physiotherapist has told them to go on with the plan, after the
    /// plan said to see one.
    ProfessionalSaidGoOn,
}

/// The questions a check-in asks again, most serious first.
pub const CHECK_IN_SIGNS: [&str; 2] = ["emergency-signs", "urgent-signs"];

impl PlanNote {
    /// What signs ticked at a check-in call for: the same outcome as in the check.
    pub fn signs_outcome(&self) -> Option<Outcome> {
        match &self.kind {
            PlanNoteKind::Signs(answers) => check_in_outcome(answers),
            PlanNoteKind::ProfessionalSaidGoOn => None,
        }
    }
}

/// What the signs ticked at a check-in call for, as the check would judge them.
pub fn check_in_outcome(answers: &Answers) -> Option<Outcome> {
    CHECK_IN_SIGNS.iter().filter_map(|question| flag_outcome(answers, question)).max()
}

/// `notes` with `others` merged in by time, oldest first (as `merge_sessions`).
pub fn merge_notes(notes: &mut Vec<PlanNote>, others: &[PlanNote]) {
    for other in others {
        if !notes.iter().any(|note| note.at == other.at) {
            notes.push(other.clone());
        }
    }
    sort_by_rank(notes, |note| note.at);
}

/// Why a plan is on hold: no next amounts, no check-in and no reminders until it is lifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The latest check says to get care first. Lifted by a newer check that allows exercise advice.
    LatestCheck,
    /// A sign ticked at a check-in since the latest check, with what it calls for. Lifted the
    /// same way: a newer check that allows exercise advice.
    SignAtCheckIn(Outcome),
    /// The sessions say to see a professional. Lifted when the person says one has told them to
    /// go on, or by a newer check.
    SeeProfessional(SeeProfessional),
}

/// Whether the plan is on hold, and why (the most serious reason first).
pub fn plan_hold(history: &History, sessions: &[Session], notes: &[PlanNote], now: Timestamp) -> Option<Hold> {
    if plan_on_hold(history) {
        return Some(Hold::LatestCheck);
    }
    let latest_check = history.latest().map_or(0, |check| check.completed_at);
    // At the same moment as the check counts as after it: when in doubt, hold.
    let sign = notes.iter().filter(|note| note.at >= latest_check).filter_map(PlanNote::signs_outcome).max();
    if let Some(outcome) = sign {
        return Some(Hold::SignAtCheckIn(outcome));
    }
    // Judged again from the sessions after a professional's word or a newer check.
    let lifted =
        notes.iter().filter(|note| note.kind == PlanNoteKind::ProfessionalSaidGoOn).map(|note| note.at).fold(latest_check, Timestamp::max);
    let since: Vec<Session> = sessions.iter().filter(|session| session.at > lifted).cloned().collect();
    see_professional(&since, now).map(Hold::SeeProfessional)
}

/// Why there is no next session now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSession {
    /// On hold for safety (`plan_hold`).
    Held(Hold),
    /// The person paused the plan, or it has ended (`Plan::status`).
    NotRunning(PlanStatus),
}

/// The next session's amounts, or why there is none: the one way screens learn what to do next,
/// so no screen can show an amount or a check-in while the plan is on hold, paused or ended.
pub fn next_session(
    plan: &Plan,
    history: &History,
    sessions: &[Session],
    notes: &[PlanNote],
    clock: &Clock,
) -> Result<Vec<NextStep>, NoSession> {
    if let Some(hold) = plan_hold(history, sessions, notes, clock.now) {
        return Err(NoSession::Held(hold));
    }
    match plan.status(clock) {
        PlanStatus::Running { .. } => Ok(next_steps(plan, sessions)),
        status => Err(NoSession::NotRunning(status)),
    }
}
