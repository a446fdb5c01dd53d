//! Whether a plan may go on: a check or a sign that says to get care first, or sessions that
//! say to see a professional, hold it; the days it was held; and the next session, the one way
//! screens learn what to do next.

use super::days::{Clock, Day};
use super::notes::{PlanNote, PlanNoteKind};
use super::programme::{Pause, Plan};
use super::progression::{next_steps, see_professional, Measure, NextStep, SeeProfessional};
use super::schedule::{session_due, PlanStatus};
use super::session::Session;
use crate::assessment::history::{History, PastCheck, Timestamp};
use crate::assessment::triage::Outcome;

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
    care_first(history.latest())
}

fn care_first(latest: Option<&PastCheck>) -> bool {
    latest.is_some_and(|check| !check.outcome().allows_exercise_guidance())
}

/// Whether a check finished after the plan began says to see a professional: the plan holds
/// until the person says one has told them to go on, as a new plan would after such results.
pub fn plan_needs_professional_word(plan: &Plan, history: &History) -> bool {
    says_see_professional_since(plan, history.latest())
}

fn says_see_professional_since(plan: &Plan, latest: Option<&PastCheck>) -> bool {
    latest.is_some_and(|check| check.completed_at > plan.started_at && check.outcome() == Outcome::SeeClinician)
}

/// Whether a sign ticked at a check-in since the latest check holds every plan, a new one too.
pub fn sign_since_latest_check(history: &History, notes: &[PlanNote]) -> Option<Outcome> {
    sign_since(history.latest(), notes.iter())
}

fn sign_since<'a>(latest: Option<&PastCheck>, notes: impl Iterator<Item = &'a PlanNote>) -> Option<Outcome> {
    let latest_check = latest.map_or(0, |check| check.completed_at);
    // At the same moment as the check counts as after it: when in doubt, hold.
    notes.filter(|note| note.at >= latest_check).filter_map(PlanNote::signs_outcome).max()
}

/// Why a plan is on hold: no next amounts, no check-in and no reminders until it is lifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The latest check says to get care first. Lifted by a newer check that allows exercise advice.
    LatestCheck,
    /// A sign ticked at a check-in since the latest check, with what it calls for. Lifted the
    /// same way: a newer check that allows exercise advice.
    SignAtCheckIn(Outcome),
    /// The latest check, made after the plan began, says to see a GP or physiotherapist. Lifted
    /// when the person says one has told them to go on, or by a newer check.
    CheckSaysSeeProfessional,
    /// The sessions say to see a professional. Lifted the same way.
    SeeProfessional(SeeProfessional),
}

/// Whether the plan is on hold, and why (the most serious reason first). Everything logged counts,
/// even a time ahead of this device's clock: when in doubt, hold.
pub fn plan_hold(plan: &Plan, history: &History, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> Option<Hold> {
    hold_as_known(plan, history, sessions, notes, clock, Timestamp::MAX)
}

/// `plan_hold` from what was known by `known_until`: checks, notes and sessions after it do not count.
fn hold_as_known(
    plan: &Plan,
    history: &History,
    sessions: &[Session],
    notes: &[PlanNote],
    clock: &Clock,
    known_until: Timestamp,
) -> Option<Hold> {
    let now = known_until;
    let latest = history.checks().iter().rev().find(|check| check.completed_at <= now);
    if care_first(latest) {
        return Some(Hold::LatestCheck);
    }
    let latest_check = latest.map_or(0, |check| check.completed_at);
    let notes = || notes.iter().filter(move |note| note.at <= now);
    if let Some(outcome) = sign_since(latest, notes()) {
        return Some(Hold::SignAtCheckIn(outcome));
    }
    let professional_word = notes().filter(|note| note.kind == PlanNoteKind::ProfessionalSaidGoOn).map(|note| note.at).max().unwrap_or(0);
    if says_see_professional_since(plan, latest) && professional_word < latest_check {
        return Some(Hold::CheckSaysSeeProfessional);
    }
    // Judged again from the sessions after a professional's word or a newer check.
    let lifted = professional_word.max(latest_check);
    let since: Vec<Session> = sessions.iter().filter(|session| session.at > lifted && session.at <= now).cloned().collect();
    see_professional(plan, &since, clock).map(Hold::SeeProfessional)
}

/// Whether the plan was on hold at the end of `day` and why, with only what was known by then
/// (today: everything logged, as `plan_hold`): the reason for a day `hold_periods` counts as held.
pub fn hold_on(plan: &Plan, history: &History, sessions: &[Session], notes: &[PlanNote], clock: &Clock, day: Day) -> Option<Hold> {
    let end = clock.start_of(day + 1).saturating_sub(1).min(clock.now);
    let known_until = if day == clock.today() { Timestamp::MAX } else { end };
    hold_as_known(plan, history, sessions, notes, &Clock { now: end, ..*clock }, known_until)
}

/// The days the plan was on hold, up to today, as pauses: held days do not use up the plan's
/// weeks. A day is held when the plan was on hold at its end (or now, for today), with only what
/// was known by then.
pub fn hold_periods(plan: &Plan, history: &History, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> Vec<Pause> {
    let mut periods: Vec<Pause> = Vec::new();
    for day in clock.day_of(plan.started_at)..=clock.today() {
        // Today counts everything logged, as `plan_hold` does, so the page and its days agree.
        let held = hold_on(plan, history, sessions, notes, clock, day).is_some();
        match periods.last_mut() {
            Some(open) if open.to.is_none() && !held => open.to = Some(clock.start_of(day)),
            Some(open) if open.to.is_none() => {}
            _ if held => periods.push(Pause { from: clock.start_of(day), to: None, held: true }),
            _ => {}
        }
    }
    periods
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
    measure: fn(&str) -> Measure,
    clock: &Clock,
) -> Result<Vec<NextStep>, NoSession> {
    if let Some(hold) = plan_hold(plan, history, sessions, notes, clock) {
        return Err(NoSession::Held(hold));
    }
    let holds = hold_periods(plan, history, sessions, notes, clock);
    match plan.with_holds(&holds).status(clock) {
        PlanStatus::Running { .. } => Ok(next_steps(plan, measure, sessions, notes, clock)),
        status => Err(NoSession::NotRunning(status)),
    }
}

/// Where a plan stands today, worked out once for the screens that show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanToday {
    pub hold: Option<Hold>,
    /// The plan with its held days counted like pauses: its days, weeks and end.
    pub schedule: Plan,
    pub status: PlanStatus,
    /// Today is a plan day, the plan runs and is not on hold, and no session is logged today.
    pub session_due: bool,
}

pub fn plan_today(plan: &Plan, history: &History, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> PlanToday {
    let hold = plan_hold(plan, history, sessions, notes, clock);
    let schedule = plan.with_holds(&hold_periods(plan, history, sessions, notes, clock));
    let status = schedule.status(clock);
    let session_due = hold.is_none() && session_due(&schedule, sessions, clock);
    PlanToday { hold, schedule, status, session_due }
}
