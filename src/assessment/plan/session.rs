//! A session as the person logged it, the next morning's answers, how it went by the pain
//! rule, and how two copies of the sessions (and the plan they belong to) are merged.

use super::programme::Plan;
use crate::assessment::history::Timestamp;
use crate::assessment::order::sort_by_rank;

/// Pain during an activity up to this (0-10) is acceptable (Silbernagel 2007).
pub const ACCEPTABLE_PAIN: u8 = 5;

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

/// One activity done in a session, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub activity: String,
    pub amount: u16,
}

/// One session as the person logged it: every activity done in it, with one pain score and one
/// next-morning answer for the whole session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// When it was done (now, or the same time yesterday); also its id.
    pub at: Timestamp,
    pub done: Vec<Done>,
    /// The worst pain during the session, 0 to 10.
    pub pain_during: u8,
    /// The next day's answers, once given.
    pub next_day: Option<NextDay>,
}

/// How a session went, by the pain-monitoring rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    /// Pain at most 5, settled by the morning, back no worse: build up.
    Green,
    /// Pain above 5, or not settled by the morning, or the back worse the next day: step back
    /// (the source: pain that is worse the next day means less, not the same).
    Red,
}

impl Zone {
    pub fn id(self) -> &'static str {
        match self {
            Zone::Green => "green",
            Zone::Red => "red",
        }
    }
}

/// What made a session red, for the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooMuch {
    /// Pain during it above 5 (the pain it reached).
    Pain(u8),
    /// Not settled by the next morning.
    NotSettled,
    /// The back worse the next day.
    WorseNextDay,
}

impl Session {
    /// How much of an activity was done in this session, if it was done.
    pub fn amount_of(&self, activity: &str) -> Option<u16> {
        self.done.iter().find(|done| done.activity == activity).map(|done| done.amount)
    }

    /// `None` until the next day's answers are in.
    pub fn zone(&self) -> Option<Zone> {
        self.next_day?;
        Some(if self.too_much().is_some() { Zone::Red } else { Zone::Green })
    }

    /// What made the session too much, once the next day's answers are in (pain first).
    pub fn too_much(&self) -> Option<TooMuch> {
        let next_day = self.next_day?;
        if self.pain_during > ACCEPTABLE_PAIN {
            Some(TooMuch::Pain(self.pain_during))
        } else if !next_day.settled_by_morning {
            Some(TooMuch::NotSettled)
        } else if next_day.back == BackSince::Worse {
            Some(TooMuch::WorseNextDay)
        } else {
            None
        }
    }
}

/// A session whose next-day answers are due: logged before today began, not answered yet.
pub fn awaiting_next_day(sessions: &[Session], start_of_today: Timestamp) -> Option<&Session> {
    sessions.iter().rev().find(|session| session.next_day.is_none() && session.at < start_of_today)
}

/// `sessions` with `others` merged in by time (their id): sessions only in `others` are added,
/// and for the same time the one in `sessions` is kept. Oldest first.
pub fn merge_sessions(sessions: &mut Vec<Session>, others: &[Session]) {
    for other in others {
        if !sessions.iter().any(|session| session.at == other.at) {
            sessions.push(other.clone());
        }
    }
    sort_by_rank(sessions, |session| session.at);
}

/// Another copy's plan and sessions merged into this one's (another tab's save, say). The newer
/// plan wins: a plan made later replaces the one before, in every tab, and of one plan the copy
/// changed last (paused, say) wins. Sessions from both are
/// kept once each, except those logged before the plan began, which belong to a plan replaced
/// since. Returns whether anything here changed.
pub fn merge_plan(plan: &mut Option<Plan>, sessions: &mut Vec<Session>, other_plan: Option<&Plan>, other_sessions: &[Session]) -> bool {
    let before = (plan.clone(), sessions.clone());
    let newer = |other: &Plan, here: &Plan| (other.started_at, other.revision) > (here.started_at, here.revision);
    if other_plan.is_some_and(|other| plan.as_ref().is_none_or(|here| newer(other, here))) {
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
