//! A session as the person logged it, the next morning's answers, how it went by the pain
//! rule, and how two copies of the sessions (and the plan they belong to) are merged.

use super::days::{Clock, Day};
use super::programme::Plan;
use crate::assessment::history::Timestamp;
use crate::assessment::order::sort_by_rank;
use crate::assessment::triage::SEVERE_PAIN;

/// Pain during an activity up to this (0-10) is acceptable (Silbernagel 2007).
pub const ACCEPTABLE_PAIN: u8 = 5;

/// For how many days after a session its morning question is asked (Backcheck's own): after
/// that the session counts as not judged, and nothing waits on it.
pub const MORNING_QUESTION_DAYS: Day = 2;

/// The back pain the morning after, compared with before the session (normal muscle soreness
/// does not count as worse).
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

/// The next morning's answer. Answers given before version 8 asked two questions (had the
/// pain from the session settled, and was the back better, the same or worse) and keep both;
/// one asked since asks only about the back pain, and a back no worse than before is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextDay {
    pub settled_by_morning: bool,
    pub back: BackSince,
}

impl NextDay {
    /// The answer to today's one question: the back pain compared with before the session.
    pub fn back_pain(back: BackSince) -> NextDay {
        NextDay { settled_by_morning: back != BackSince::Worse, back }
    }
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
    /// The person stopped it because of pain (Stop because of pain, or said so at the check-in).
    pub stopped_for_pain: bool,
}

/// How a session went, by the pain-monitoring rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    /// Pain at most 5, and the back pain no worse the next morning: build up.
    Green,
    /// Pain above 5 or stopped because of pain (known at once), or the back pain worse the next
    /// morning: step back (the source: pain that is worse the next day means less, not the same).
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
    /// Pain during it above 5 (the pain it reached); 7 or more is severe.
    Pain(u8),
    /// Stopped because of pain, whatever the pain's number (known at once).
    StoppedForPain,
    /// Not settled by the next morning (answers given before version 8 only).
    NotSettled,
    /// The back pain worse the next morning.
    WorseNextDay,
}

impl TooMuch {
    pub fn is_severe(self) -> bool {
        matches!(self, TooMuch::Pain(pain) if pain >= SEVERE_PAIN)
    }
}

/// Where a session stands for the plan on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    /// Pain at most 5 and the back pain no worse the next morning.
    WentWell,
    /// Too much, and why: known at once for pain above 5, the next morning otherwise.
    TooMuch(TooMuch),
    /// Pain at most 5, and the morning question is still being asked.
    Waiting,
    /// Pain at most 5, and the morning question was not answered in time: counts for nothing.
    NotJudged,
}

impl Session {
    /// How much of an activity was done in this session, if it was done.
    pub fn amount_of(&self, activity: &str) -> Option<u16> {
        self.done.iter().find(|done| done.activity == activity).map(|done| done.amount)
    }

    /// Green or red once known: red at once for pain above 5, otherwise once the next
    /// morning's answer is in.
    pub fn zone(&self) -> Option<Zone> {
        if self.too_much().is_some() {
            Some(Zone::Red)
        } else {
            self.next_day.map(|_| Zone::Green)
        }
    }

    /// What made the session too much, as far as it is known (pain first).
    pub fn too_much(&self) -> Option<TooMuch> {
        if self.pain_during > ACCEPTABLE_PAIN {
            return Some(TooMuch::Pain(self.pain_during));
        }
        if self.stopped_for_pain {
            return Some(TooMuch::StoppedForPain);
        }
        let next_day = self.next_day?;
        if next_day.back == BackSince::Worse {
            Some(TooMuch::WorseNextDay)
        } else if !next_day.settled_by_morning {
            Some(TooMuch::NotSettled)
        } else {
            None
        }
    }

    /// Whether the morning question is asked about this session today: pain at most 5, no
    /// answer yet, and logged on one of the `MORNING_QUESTION_DAYS` days before today.
    pub fn morning_question_due(&self, clock: &Clock) -> bool {
        let days_ago = clock.today() - clock.day_of(self.at);
        self.zone().is_none() && (1..=MORNING_QUESTION_DAYS).contains(&days_ago)
    }

    /// Where this session stands today.
    pub fn judged(&self, clock: &Clock) -> Judged {
        match (self.too_much(), self.zone()) {
            (Some(too_much), _) => Judged::TooMuch(too_much),
            (None, Some(_)) => Judged::WentWell,
            (None, None) if clock.today() - clock.day_of(self.at) > MORNING_QUESTION_DAYS => Judged::NotJudged,
            (None, None) => Judged::Waiting,
        }
    }
}

/// The session whose morning question is asked today, if any: the latest one still due.
pub fn awaiting_next_day<'a>(sessions: &'a [Session], clock: &Clock) -> Option<&'a Session> {
    sessions.iter().rev().find(|session| session.morning_question_due(clock))
}

/// `sessions` with `others` merged in by time (their id): sessions only in `others` are added,
/// and for the same time the one in `sessions` is kept, with the next morning's answer from
/// `others` if it has one and `sessions` not. Oldest first.
pub fn merge_sessions(sessions: &mut Vec<Session>, others: &[Session]) {
    for other in others {
        match sessions.iter_mut().find(|session| session.at == other.at) {
            // The next morning's answer is given once, in whichever tab: a copy that has it wins.
            Some(session) => session.next_day = session.next_day.or(other.next_day),
            None => sessions.push(other.clone()),
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
