//! The next amount for each activity and why, and when the sessions say to see a professional:
//! the model written down in docs/plan-model.md, with its sources and Backcheck's own numbers.

use super::days::{Clock, Day, WEEK};
use super::notes::{PlanNote, PlanNoteKind};
use super::programme::{Plan, PlannedActivity};
use super::session::{Judged, Session, TooMuch, Zone};
use crate::assessment::history::Timestamp;
use crate::assessment::order::sort_by_rank;
use crate::assessment::triage::SEVERE_PAIN;

/// The plan starts a little below what the person has managed lately: about 8 parts in 10.
pub fn start_amount(recent: u16) -> u16 {
    ((u32::from(recent) * 8 + 5) / 10).max(1) as u16
}

/// What the person said they manage lately, back from the start it gave (`start_amount`).
fn managed_lately(start: u16) -> u16 {
    (u32::from(start) * 10).div_ceil(8).min(u32::from(u16::MAX)) as u16
}

/// The lowest an amount goes (Backcheck's own): below it, a physiotherapist's advice, not a smaller step.
pub const MINUTES_FLOOR: u16 = 5;
pub const TIMES_FLOOR: u16 = 3;
/// Where minutes stop climbing unless the person manages more already (Backcheck's own).
pub const MINUTES_CEILING: u16 = 30;
/// A rise in the weekly mean pain during sessions of this many tenths of a point or more steps
/// back (Backcheck's own: smaller changes are one session's noise).
pub const WEEKLY_RISE_TENTHS: u32 = 10;

/// How an activity is measured, which decides its steps, its floor and its ceiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Minutes,
    /// Each named exercise this many times; `most` is the highest of the source's most times
    /// for the activity's exercises (each is also capped at its own).
    TimesEach {
        most: u16,
    },
    /// Whole sets, in plans made before exercises were named: a step of a whole set is too big,
    /// so they keep their amount, and step back only.
    Sets,
}

impl Measure {
    /// The lowest the amount goes: the floor, or the first amount if that was lower.
    pub fn floor(self, start: u16) -> u16 {
        match self {
            Measure::Minutes => MINUTES_FLOOR.min(start),
            Measure::TimesEach { .. } => TIMES_FLOOR.min(start),
            Measure::Sets => 1,
        }
    }

    /// The highest the amount goes: the source's most for named exercises; for minutes, 30 or
    /// what the person manages already, if more.
    pub fn ceiling(self, start: u16) -> u16 {
        match self {
            Measure::Minutes => MINUTES_CEILING.max(managed_lately(start)),
            Measure::TimesEach { most } => most.max(start),
            Measure::Sets => start,
        }
    }

    /// One step up: about 1 part in 10 more minutes and at least 1 (so small amounts climb
    /// too), or 1 more of each named exercise (NHS inform adds 1 or 2 every few days; Backcheck
    /// goes more slowly); never past the ceiling.
    pub fn stepped_up(self, amount: u16, start: u16) -> u16 {
        let more = match self {
            Measure::Minutes => amount.saturating_add(amount.saturating_add(5) / 10).max(amount.saturating_add(1)),
            Measure::TimesEach { .. } => amount.saturating_add(1),
            Measure::Sets => amount,
        };
        more.min(self.ceiling(start)).max(amount)
    }

    /// One step back from `amount`: to about 8 parts in 10, and at least 1 less, never below
    /// the floor.
    pub fn stepped_back(self, amount: u16, start: u16) -> u16 {
        let less = start_amount(amount).min(amount.saturating_sub(1));
        less.max(self.floor(start)).min(amount)
    }
}

/// Why the next amount is what it is. Each has its words and sources in `content::plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No session yet: named exercises at the source's start, others a little below what was
    /// managed lately.
    FirstSession,
    /// The last session's morning question is still being asked: the same amount until then.
    WaitingForNextDay,
    /// A week at this amount, with as many sessions that went well as the plan has days a week: a step up.
    GreenStepUp,
    /// The last session went well; not yet a week at this amount with enough of them: the same again.
    GreenHold,
    /// The last session went well, and the amount is at its ceiling: keep to it.
    AtCeiling,
    /// The last session's morning question was not answered in time: the same again.
    NotJudged,
    /// The last session was too much: a step back, below what was too much.
    StepBack,
    /// Too much, and the amount is at its floor: it stays, and a physiotherapist's advice is asked for.
    AtFloor,
    /// Pain during sessions rose from one week to the next: a step back, once for that week.
    PainRising,
    /// The person said they have a flare-up: a step back, and the plan goes on.
    FlareUp,
}

impl Why {
    pub const ALL: [Why; 10] = [
        Why::FirstSession,
        Why::WaitingForNextDay,
        Why::GreenStepUp,
        Why::GreenHold,
        Why::AtCeiling,
        Why::NotJudged,
        Why::StepBack,
        Why::AtFloor,
        Why::PainRising,
        Why::FlareUp,
    ];

    /// Stable id, shown on the page for tests and styling.
    pub fn id(self) -> &'static str {
        match self {
            Why::FirstSession => "FirstSession",
            Why::WaitingForNextDay => "WaitingForNextDay",
            Why::GreenStepUp => "GreenStepUp",
            Why::GreenHold => "GreenHold",
            Why::AtCeiling => "AtCeiling",
            Why::NotJudged => "NotJudged",
            Why::StepBack => "StepBack",
            Why::AtFloor => "AtFloor",
            Why::PainRising => "PainRising",
            Why::FlareUp => "FlareUp",
        }
    }
}

/// Why to see a professional: the plan holds until one has told the person to go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeProfessional {
    /// A session with severe pain (7 or more, the pain it reached): see a GP.
    SeverePain(u8),
    /// The last two judged sessions were both too much.
    TwoRedsInARow,
    /// Pain during sessions rose two weeks running.
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

/// The plan's week a day falls in: 1 for the 7 days from the day it began.
fn plan_week(plan: &Plan, day: Day, clock: &Clock) -> i64 {
    (day - clock.day_of(plan.started_at)).div_euclid(7) + 1
}

/// The mean pain during the sessions of one plan week, in tenths of a point.
fn week_mean(plan: &Plan, sessions: &[Session], week: i64, clock: &Clock) -> Option<u32> {
    let pains: Vec<u32> =
        sessions.iter().filter(|s| plan_week(plan, clock.day_of(s.at), clock) == week).map(|s| u32::from(s.pain_during)).collect();
    (!pains.is_empty()).then(|| pains.iter().sum::<u32>() * 10 / pains.len() as u32)
}

/// Whether pain during sessions in plan week `week` was higher than in the week before, by
/// `WEEKLY_RISE_TENTHS` or more (weeks with no session are not compared).
fn pain_rose_in_week(plan: &Plan, sessions: &[Session], week: i64, clock: &Clock) -> bool {
    match (week_mean(plan, sessions, week - 1, clock), week_mean(plan, sessions, week, clock)) {
        (Some(before), Some(now)) => now >= before + WEEKLY_RISE_TENTHS,
        _ => false,
    }
}

/// The plan weeks that have ended by now, each with when it ended.
fn ended_weeks(plan: &Plan, clock: &Clock) -> Vec<(i64, Timestamp)> {
    let first = clock.day_of(plan.started_at);
    (1..)
        .map(|week| (week, first + 7 * week))
        .take_while(|(_, end)| *end <= clock.today())
        .map(|(week, end)| (week, clock.start_of(end)))
        .collect()
}

/// What moves an amount, in the order it happened.
enum Event<'a> {
    /// A plan week ended: its pain is compared with the week before's, once.
    WeekEnded(i64),
    FlareUp,
    /// A session, and how much of the activity was done in it.
    Session(&'a Session, u16),
}

/// The next amount for one planned activity, walking its sessions, the person's flare-ups and
/// the ends of the plan's weeks in order (docs/plan-model.md).
pub fn next_amount(
    plan: &Plan,
    planned: &PlannedActivity,
    measure: Measure,
    sessions: &[Session],
    notes: &[PlanNote],
    clock: &Clock,
) -> NextStep {
    let start = planned.start.max(1);
    let needed = plan.sessions_a_week().max(1);
    let mut events: Vec<(Timestamp, u8, Event)> =
        ended_weeks(plan, clock).into_iter().map(|(week, end)| (end, 0, Event::WeekEnded(week))).collect();
    let flare_ups = notes.iter().filter(|note| note.kind == PlanNoteKind::FlareUp && (plan.started_at..=clock.now).contains(&note.at));
    events.extend(flare_ups.map(|note| (note.at, 1, Event::FlareUp)));
    // A session stopped because of pain before anything was done steps every activity back from
    // its amount (`u16::MAX`: none of it was too little).
    let done_in = |s: &Session| s.amount_of(&planned.activity).or((s.stopped_for_pain && s.done.is_empty()).then_some(u16::MAX));
    events.extend(sessions.iter().filter_map(|s| done_in(s).map(|done| (s.at, 2, Event::Session(s, done)))));
    // The crate's one small sort (the standard sorts cost the build about 2.5 KB each): by time,
    // and at one time a week's end, then a flare-up, then a session.
    sort_by_rank(&mut events, |(at, order, _)| at.saturating_mul(4) + u64::from(*order));

    let floor = measure.floor(start);
    let mut amount = start;
    let mut last_change = plan.started_at;
    // A week whose pain rose steps back once, and not again when a session or a flare-up in it
    // already did: the plan week of the last step back (for a week's own step, that week).
    let mut last_step_back_week: Option<i64> = None;
    let mut greens_since_change = 0;
    let mut why = Why::FirstSession;
    let mut after = None;
    let mut too_much = None;
    for (at, _, event) in events {
        let back_from = match event {
            Event::WeekEnded(week)
                if pain_rose_in_week(plan, sessions, week, clock) && last_step_back_week.is_none_or(|back| back < week) =>
            {
                (after, too_much) = (None, None);
                Some((amount, Why::PainRising, week))
            }
            Event::WeekEnded(_) => None,
            Event::FlareUp => {
                (after, too_much) = (None, None);
                Some((amount, Why::FlareUp, plan_week(plan, clock.day_of(at), clock)))
            }
            Event::Session(session, done) => match session.judged(clock) {
                Judged::Waiting => {
                    (why, after, too_much) = (Why::WaitingForNextDay, None, None);
                    None
                }
                Judged::NotJudged => {
                    (why, after, too_much) = (Why::NotJudged, None, None);
                    None
                }
                Judged::TooMuch(what) => {
                    (after, too_much) = (Some(Zone::Red), Some(what));
                    // Below what was too much, and never more than the amount before it.
                    Some((amount.min(done), Why::StepBack, plan_week(plan, clock.day_of(at), clock)))
                }
                Judged::WentWell => {
                    (after, too_much) = (Some(Zone::Green), None);
                    if done >= amount {
                        greens_since_change += 1;
                    }
                    let ceiling = measure.ceiling(start);
                    why = if amount >= ceiling {
                        Why::AtCeiling
                    } else if at >= last_change + WEEK && greens_since_change >= needed && done >= amount {
                        amount = measure.stepped_up(amount, start);
                        (last_change, greens_since_change) = (at, 0);
                        Why::GreenStepUp
                    } else {
                        Why::GreenHold
                    };
                    None
                }
            },
        };
        if let Some((from, reason, week)) = back_from {
            // Below what was too much, unless that would go below the floor.
            let back = measure.stepped_back(from, start).min(amount).max(floor);
            why = if back >= from { Why::AtFloor } else { reason };
            amount = back;
            (last_change, greens_since_change, last_step_back_week) = (at, 0, Some(week));
        }
    }
    NextStep { activity: planned.activity.clone(), amount, why, after, too_much }
}

/// Every planned activity's next step, each measured as `measure` says for its id.
pub fn next_steps(plan: &Plan, measure: fn(&str) -> Measure, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> Vec<NextStep> {
    plan.activities.iter().map(|planned| next_amount(plan, planned, measure(&planned.activity), sessions, notes, clock)).collect()
}

/// Whether these sessions say to see a professional (the most serious reason first): a session
/// with severe pain, the last two judged sessions too much, or pain rising in two weeks running
/// (any two; weeks with no session under the hold that follows do not lift it).
pub fn see_professional(plan: &Plan, sessions: &[Session], clock: &Clock) -> Option<SeeProfessional> {
    if let Some(severe) = sessions.iter().rev().find(|s| s.pain_during >= SEVERE_PAIN) {
        return Some(SeeProfessional::SeverePain(severe.pain_during));
    }
    let judged: Vec<Zone> = sessions.iter().filter_map(Session::zone).collect();
    if judged.len() >= 2 && judged[judged.len() - 2..].iter().all(|zone| *zone == Zone::Red) {
        return Some(SeeProfessional::TwoRedsInARow);
    }
    ended_weeks(plan, clock)
        .iter()
        .any(|(week, _)| pain_rose_in_week(plan, sessions, *week, clock) && pain_rose_in_week(plan, sessions, week - 1, clock))
        .then_some(SeeProfessional::PainRising)
}
