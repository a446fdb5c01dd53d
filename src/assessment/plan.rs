//! An exercise plan and its check-ins, with the next step worked out the way physiotherapists
//! monitor pain (Silbernagel et al., Am J Sports Med 2007: pain up to 5 of 10 during activity
//! is acceptable if it has settled by the next morning and is not getting worse week to week)
//! and build activity up in steps (graded activity: Lindström et al., Phys Ther 1992).
//! Pure: times are given by the caller. The words for each step are in `content::plan`.

use super::history::{History, Timestamp};
use super::triage::Outcome;

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

pub const DAY: Timestamp = 24 * 60 * 60 * 1000;
pub const WEEK: Timestamp = 7 * DAY;

/// Pain during an activity up to this (0-10) is acceptable (Silbernagel 2007).
pub const ACCEPTABLE_PAIN: u8 = 5;

/// The most an amount may be (minutes or sets), when a person types one.
pub const MOST_AMOUNT: u16 = 600;

/// An amount a person typed: a whole number from 1 to `MOST_AMOUNT`.
pub fn parse_amount(typed: &str) -> Option<u16> {
    typed.trim().parse::<u16>().ok().filter(|n| (1..=MOST_AMOUNT).contains(n))
}

/// The plan starts a little below what the person has managed lately without a flare.
pub fn start_amount(recent: u16) -> u16 {
    ((u32::from(recent) * 8 + 5) / 10).max(1) as u16
}

/// About 10% more, and at least one more.
fn stepped_up(amount: u16) -> u16 {
    let more = (u32::from(amount) * 11).div_ceil(10).max(u32::from(amount) + 1);
    more.min(u32::from(u16::MAX)) as u16
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedActivity {
    /// Stable id of the activity (`content::plan::ACTIVITIES`).
    pub activity: String,
    /// What the person said they managed lately without a flare (minutes, or sets).
    pub recent: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// When the plan was made; also its id.
    pub started_at: Timestamp,
    /// How many days a week (2 to 5).
    pub days_per_week: u8,
    pub activities: Vec<PlannedActivity>,
}

/// How the back was the morning after, compared with before the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackSince {
    Better,
    Same,
    Worse,
}

impl BackSince {
    pub const ALL: [BackSince; 3] = [BackSince::Better, BackSince::Same, BackSince::Worse];

    pub fn id(self) -> &'static str {
        match self {
            BackSince::Better => "better",
            BackSince::Same => "same",
            BackSince::Worse => "worse",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        BackSince::ALL.into_iter().find(|b| b.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextDay {
    pub settled_by_morning: bool,
    pub back: BackSince,
}

/// One session as the person logged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// When it was logged; also its id.
    pub at: Timestamp,
    pub activity: String,
    pub amount: u16,
    /// Pain during the session, 0 to 10.
    pub pain_during: u8,
    /// The next day's answers, once given.
    pub next_day: Option<NextDay>,
}

/// How a session went, by the pain-monitoring rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    /// Pain at most 5, settled by the morning, back no worse: build up.
    Green,
    /// Acceptable pain, but it had not settled by the morning, or the back was worse: hold.
    Amber,
    /// Pain above 5, or not settled and worse: step back.
    Red,
}

impl Zone {
    pub fn id(self) -> &'static str {
        match self {
            Zone::Green => "green",
            Zone::Amber => "amber",
            Zone::Red => "red",
        }
    }
}

impl Session {
    /// `None` until the next day's answers are in.
    pub fn zone(&self) -> Option<Zone> {
        let next_day = self.next_day?;
        let worse = next_day.back == BackSince::Worse;
        Some(if self.pain_during > ACCEPTABLE_PAIN || (!next_day.settled_by_morning && worse) {
            Zone::Red
        } else if !next_day.settled_by_morning || worse {
            Zone::Amber
        } else {
            Zone::Green
        })
    }
}

/// Why the next amount is what it is. Each has its words and source in `content::plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No session yet: start a little below what was managed lately.
    FirstSession,
    /// The last session's next-day answers are missing: hold until they are in.
    WaitingForNextDay,
    /// Green, and a week since the last step up: about 10% more.
    GreenStepUp,
    /// Green, but stepped up less than a week ago: the same again this week.
    GreenHold,
    /// Amber: the same again.
    Amber,
    /// Red: back to the last amount that was green.
    Red,
}

impl Why {
    /// Stable id, shown on the page for tests and styling.
    pub fn id(self) -> &'static str {
        match self {
            Why::FirstSession => "FirstSession",
            Why::WaitingForNextDay => "WaitingForNextDay",
            Why::GreenStepUp => "GreenStepUp",
            Why::GreenHold => "GreenHold",
            Why::Amber => "Amber",
            Why::Red => "Red",
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
}

/// The sessions of one activity, oldest first.
fn sessions_of<'a>(sessions: &'a [Session], activity: &'a str) -> impl Iterator<Item = &'a Session> + 'a {
    sessions.iter().filter(move |session| session.activity == activity)
}

/// The next amount for one planned activity, walking its sessions in order.
pub fn next_amount(plan: &Plan, planned: &PlannedActivity, sessions: &[Session]) -> NextStep {
    let start = start_amount(planned.recent);
    let mut amount = start;
    let mut last_green: Option<u16> = None;
    let mut last_raise = plan.started_at;
    let mut why = Why::FirstSession;
    let mut after = None;
    for session in sessions_of(sessions, &planned.activity) {
        let Some(zone) = session.zone() else {
            // Not judged: hold at what was done until the next day's answers are in.
            amount = session.amount;
            why = Why::WaitingForNextDay;
            after = None;
            continue;
        };
        after = Some(zone);
        match zone {
            Zone::Green => {
                last_green = Some(session.amount);
                if session.at >= last_raise + WEEK {
                    amount = stepped_up(session.amount);
                    last_raise = session.at;
                    why = Why::GreenStepUp;
                } else {
                    amount = session.amount;
                    why = Why::GreenHold;
                }
            }
            Zone::Amber => {
                amount = session.amount;
                why = Why::Amber;
            }
            Zone::Red => {
                // Never more than what hurt; with no green yet, a step below it.
                amount = last_green.unwrap_or_else(|| start_amount(session.amount)).min(session.amount);
                why = Why::Red;
            }
        }
    }
    NextStep { activity: planned.activity.clone(), amount, why, after }
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

/// A session whose next-day answers are due: logged before today began, not answered yet.
pub fn awaiting_next_day(sessions: &[Session], start_of_today: Timestamp) -> Option<&Session> {
    sessions.iter().rev().find(|session| session.next_day.is_none() && session.at < start_of_today)
}

/// Whether a session is due today: fewer sessions in the last 7 days than the plan asks for a
/// week, and none yet today.
pub fn session_due(plan: &Plan, sessions: &[Session], start_of_today: Timestamp) -> bool {
    let since = start_of_today.saturating_sub(6 * DAY);
    let days: Vec<Timestamp> = sessions.iter().filter(|s| s.at >= since).map(|s| (s.at - since) / DAY).collect();
    // Days, not sessions: two sessions on one day count once. (Counted without a set: a set type
    // adds kilobytes to the first load, and a week has few sessions.)
    let days_with_a_session = days.iter().enumerate().filter(|(index, day)| !days[..*index].contains(day)).count();
    let done_today = sessions.iter().any(|s| s.at >= start_of_today);
    !done_today && days_with_a_session < usize::from(plan.days_per_week)
}

/// The weekdays the plan falls on, as offsets from the day it started (0 = that day): spread
/// over the week so rest days fall between sessions.
pub fn plan_days(days_per_week: u8) -> &'static [u8] {
    match days_per_week {
        0..=2 => &[0, 3],
        3 => &[0, 2, 4],
        4 => &[0, 1, 3, 5],
        _ => &[0, 1, 2, 4, 5],
    }
}

/// `sessions` with `others` merged in by time (their id): sessions only in `others` are added,
/// and for the same time the one in `sessions` is kept. Oldest first.
pub fn merge_sessions(sessions: &mut Vec<Session>, others: &[Session]) {
    for other in others {
        if !sessions.iter().any(|session| session.at == other.at) {
            sessions.push(other.clone());
        }
    }
    super::sort_by_rank(sessions, |session| session.at);
}

/// Another copy's plan and sessions merged into this one's (another tab's save, say). The newer
/// plan wins: a plan made later replaces the one before, in every tab. Sessions from both are
/// kept once each, except those logged before the plan began, which belong to a plan replaced
/// since. Returns whether anything here changed.
pub fn merge_plan(plan: &mut Option<Plan>, sessions: &mut Vec<Session>, other_plan: Option<&Plan>, other_sessions: &[Session]) -> bool {
    let before = (plan.clone(), sessions.clone());
    if other_plan.is_some_and(|other| plan.as_ref().is_none_or(|here| other.started_at > here.started_at)) {
        *plan = other_plan.cloned();
    }
    merge_sessions(sessions, other_sessions);
    keep_sessions_of_plan(plan.as_ref(), sessions);
    (&*plan, &*sessions) != (&before.0, &before.1)
}

/// Leaves out sessions logged before the plan began (a replaced plan's).
pub fn keep_sessions_of_plan(plan: Option<&Plan>, sessions: &mut Vec<Session>) {
    let started = plan.map_or(0, |plan| plan.started_at);
    sessions.retain(|session| session.at >= started);
}
