//! The next amount for each activity and why, by the pain-monitoring rule, and when the
//! sessions say to see a professional.

use super::days::WEEK;
use super::programme::{Plan, PlannedActivity};
use super::session::{Session, TooMuch, Zone};
use crate::assessment::history::Timestamp;

/// The plan starts a little below what the person has managed lately without a flare.
pub fn start_amount(recent: u16) -> u16 {
    ((u32::from(recent) * 8 + 5) / 10).max(1) as u16
}

/// The smallest amount that can grow in steps of about 1 part in 10: below it, one more unit
/// would be more than 2 parts in 10 (1 set would become 2).
pub const SMALLEST_TO_STEP: u16 = 5;

/// About 1 part in 10 more (at least one more unit, never more than 2 parts in 10), or `None`
/// when the amount is too small to grow by so little.
fn stepped_up(amount: u16) -> Option<u16> {
    let step = (amount.saturating_add(5) / 10).max(1);
    (amount >= SMALLEST_TO_STEP).then(|| amount.saturating_add(step))
}

/// Why the next amount is what it is. Each has its words and source in `content::plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No session yet: start a little below what was managed lately.
    FirstSession,
    /// The last session's next-day answers are missing: hold until they are in.
    WaitingForNextDay,
    /// A week at this amount, with as many sessions that went well as the plan has days a week:
    /// about 1 part in 10 more.
    GreenStepUp,
    /// Green, but not yet a week at this amount with enough sessions that went well: the same again.
    GreenHold,
    /// Green, but the amount is too small to add about 1 part in 10 to: the same again.
    TooSmallToStep,
    /// Red: back to the last amount that was green.
    Red,
    /// Red with no green session yet: a step below what was too much.
    RedNoGreenYet,
    /// Pain during sessions went up from one week to the next: a step back.
    PainRising,
}

impl Why {
    pub const ALL: [Why; 8] = [
        Why::FirstSession,
        Why::WaitingForNextDay,
        Why::GreenStepUp,
        Why::GreenHold,
        Why::TooSmallToStep,
        Why::Red,
        Why::RedNoGreenYet,
        Why::PainRising,
    ];

    /// Stable id, shown on the page for tests and styling.
    pub fn id(self) -> &'static str {
        match self {
            Why::FirstSession => "FirstSession",
            Why::WaitingForNextDay => "WaitingForNextDay",
            Why::GreenStepUp => "GreenStepUp",
            Why::GreenHold => "GreenHold",
            Why::TooSmallToStep => "TooSmallToStep",
            Why::Red => "Red",
            Why::RedNoGreenYet => "RedNoGreenYet",
            Why::PainRising => "PainRising",
        }
    }
}

/// Why to see a professional, on top of the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeProfessional {
    /// The last two sessions were both red.
    TwoRedsInARow,
    /// Pain during sessions has gone up two weeks running.
    PainRising,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub activity: String,
    pub amount: u16,
    pub why: Why,
    /// The zone of the session the step follows from, if judged.
    pub after: Option<Zone>,
    /// What made that session too much, when it was.
    pub too_much: Option<TooMuch>,
}

/// The next amount for one planned activity, walking the sessions it was done in, in order.
/// A step up needs a week at the amount since it last changed, and in it as many sessions that
/// went well as the plan has days a week (Backcheck's own cautious rule).
pub fn next_amount(plan: &Plan, planned: &PlannedActivity, sessions: &[Session]) -> NextStep {
    let start = planned.start.max(1);
    let needed = plan.sessions_a_week().max(1);
    let mut amount = start;
    let mut last_green: Option<u16> = None;
    let mut last_change = plan.started_at;
    let mut greens_since_change = 0;
    let mut why = Why::FirstSession;
    let mut after = None;
    let mut too_much = None;
    let mine: Vec<(&Session, u16)> =
        sessions.iter().filter_map(|session| session.amount_of(&planned.activity).map(|done| (session, done))).collect();
    for (index, (session, done)) in mine.iter().enumerate() {
        let (session, done) = (*session, *done);
        let Some(zone) = session.zone() else {
            // Not judged: hold at what was done until the next day's answers are in.
            amount = done;
            why = Why::WaitingForNextDay;
            after = None;
            too_much = None;
            continue;
        };
        after = Some(zone);
        too_much = session.too_much();
        match zone {
            Zone::Green if pain_rose_week_to_week(&mine[..=index]) => {
                amount = start_amount(done);
                (last_change, greens_since_change) = (session.at, 0);
                why = Why::PainRising;
            }
            Zone::Green => {
                last_green = Some(done);
                greens_since_change += 1;
                match stepped_up(done) {
                    Some(more) if session.at >= last_change + WEEK && greens_since_change >= needed => {
                        amount = more;
                        (last_change, greens_since_change) = (session.at, 0);
                        why = Why::GreenStepUp;
                    }
                    Some(_) => {
                        amount = done;
                        why = Why::GreenHold;
                    }
                    None => {
                        amount = done;
                        why = Why::TooSmallToStep;
                    }
                }
            }
            Zone::Red => {
                // Never more than what was too much; with no green yet, a step below it.
                (amount, why) = match last_green {
                    Some(green) => (green.min(done), Why::Red),
                    None => (start_amount(done).min(done), Why::RedNoGreenYet),
                };
                (last_change, greens_since_change) = (session.at, 0);
            }
        }
    }
    NextStep { activity: planned.activity.clone(), amount, why, after, too_much }
}

/// Whether the mean pain during sessions in the week up to the last one is higher than in the
/// week before it (the source: pain must not rise from week to week).
fn pain_rose_week_to_week(sessions: &[(&Session, u16)]) -> bool {
    let sessions: Vec<&Session> = sessions.iter().map(|(session, _)| *session).collect();
    let Some(last) = sessions.last() else { return false };
    let mean_in = |from: Timestamp, to: Timestamp| {
        let pains: Vec<u32> = sessions.iter().filter(|s| s.at > from && s.at <= to).map(|s| u32::from(s.pain_during)).collect();
        // Tenths of a point, in whole numbers.
        (!pains.is_empty()).then(|| pains.iter().sum::<u32>() * 10 / pains.len() as u32)
    };
    let this_week = mean_in(last.at.saturating_sub(WEEK), last.at);
    let week_before = mean_in(last.at.saturating_sub(2 * WEEK), last.at.saturating_sub(WEEK));
    matches!((week_before, this_week), (Some(before), Some(now)) if now > before)
}

/// Every planned activity's next step.
pub fn next_steps(plan: &Plan, sessions: &[Session]) -> Vec<NextStep> {
    plan.activities.iter().map(|planned| next_amount(plan, planned, sessions)).collect()
}

/// Whether the sessions say to see a professional (the most recent reason first).
pub fn see_professional(sessions: &[Session], now: Timestamp) -> Option<SeeProfessional> {
    let judged: Vec<Zone> = sessions.iter().filter_map(Session::zone).collect();
    if judged.len() >= 2 && judged[judged.len() - 2..].iter().all(|zone| *zone == Zone::Red) {
        return Some(SeeProfessional::TwoRedsInARow);
    }
    // Mean pain during sessions in each of the last three weeks, oldest first.
    let mean_in_week = |weeks_ago: u64| {
        let (from, to) = (now.saturating_sub((weeks_ago + 1) * WEEK), now.saturating_sub(weeks_ago * WEEK));
        let pains: Vec<u32> = sessions.iter().filter(|s| s.at > from && s.at <= to).map(|s| u32::from(s.pain_during)).collect();
        // Tenths of a point, in whole numbers.
        (!pains.is_empty()).then(|| pains.iter().sum::<u32>() * 10 / pains.len() as u32)
    };
    match (mean_in_week(2), mean_in_week(1), mean_in_week(0)) {
        (Some(first), Some(second), Some(third)) if first < second && second < third => Some(SeeProfessional::PainRising),
        _ => None,
    }
}
