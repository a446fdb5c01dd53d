//! When a plan's sessions fall: the days the person chose, the plan's length in weeks, pauses,
//! and where today is in the week and in the programme. Pure: the caller gives the clock (the
//! time now and the local offset from UTC), so days are the person's own days, tested natively.

use super::history::Timestamp;
use super::plan::{Plan, Session, DAY};

/// A day in the person's time zone, counted from 1 January 1970.
pub type Day = i64;

/// 0 = Sunday … 6 = Saturday, as JavaScript's `getDay` and the calendar file count them.
pub type Weekday = u8;

/// Monday first, the way the week view lists the days.
pub const WEEK_FROM_MONDAY: [Weekday; 7] = [1, 2, 3, 4, 5, 6, 0];

/// The fewest and most plan days a week: rest days between sessions leave room for the next
/// morning's answer (Backcheck's own choice).
pub const FEWEST_DAYS: usize = 2;
pub const MOST_DAYS: usize = 5;

/// How long a plan runs, then the check again and a new plan. The NHS says back pain usually
/// eases in about 4 to 6 weeks; the length is Backcheck's own choice.
pub const PLAN_WEEKS: u8 = 6;

/// The time now and the local offset from UTC, as the caller's clock gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub now: Timestamp,
    /// Milliseconds to add to UTC for local time (+3,600,000 for UTC+1).
    pub utc_offset: i64,
}

impl Clock {
    pub fn day_of(&self, at: Timestamp) -> Day {
        (at as i64 + self.utc_offset).div_euclid(DAY as i64)
    }

    pub fn today(&self) -> Day {
        self.day_of(self.now)
    }

    /// The first moment of a day, as a time.
    pub fn start_of(&self, day: Day) -> Timestamp {
        (day * DAY as i64 - self.utc_offset).max(0) as Timestamp
    }
}

pub fn weekday(day: Day) -> Weekday {
    // 1 January 1970 was a Thursday.
    (day + 4).rem_euclid(7) as Weekday
}

/// A pause the person asked for (holiday, flare); `to` is `None` while it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub from: Timestamp,
    pub to: Option<Timestamp>,
}

/// Where a plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStatus {
    /// Running: this is week `week` of `weeks`.
    Running { week: u8, weeks: u8 },
    /// Paused by the person, since `since`, in week `week` of `weeks`.
    Paused { since: Timestamp, week: u8, weeks: u8 },
    /// All its weeks are done: time for the check again and a new plan.
    Finished,
    /// Ended by the person before its last week.
    Stopped,
}

impl PlanStatus {
    /// (this week, of how many), while the plan runs or is paused.
    pub fn week(self) -> Option<(u8, u8)> {
        match self {
            PlanStatus::Running { week, weeks } | PlanStatus::Paused { week, weeks, .. } => Some((week, weeks)),
            PlanStatus::Finished | PlanStatus::Stopped => None,
        }
    }
}

/// One day of the week view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayStatus {
    /// A session was logged that day (on a plan day or not).
    Done,
    /// Today is a plan day, and no session yet.
    Today,
    /// A plan day still to come.
    Planned,
    /// A plan day gone by without a session.
    Missed,
    /// Not a plan day.
    Rest,
    /// The plan was paused that day.
    Paused,
    /// Before the plan began or after it ended.
    OutsidePlan,
}

impl DayStatus {
    pub fn id(self) -> &'static str {
        match self {
            DayStatus::Done => "done",
            DayStatus::Today => "today",
            DayStatus::Planned => "planned",
            DayStatus::Missed => "missed",
            DayStatus::Rest => "rest",
            DayStatus::Paused => "paused",
            DayStatus::OutsidePlan => "outside",
        }
    }
}

/// Spread over the week so rest days fall between sessions, as offsets from the day a plan
/// began: the days of a plan made before days could be chosen.
pub fn spread_days(days_per_week: u8) -> &'static [u8] {
    match days_per_week {
        0..=2 => &[0, 3],
        3 => &[0, 2, 4],
        4 => &[0, 1, 3, 5],
        _ => &[0, 1, 2, 4, 5],
    }
}

impl Plan {
    /// The weekdays sessions fall on: the person's choice, or for an older plan the days spread
    /// from the day it began.
    pub fn weekdays(&self, clock: &Clock) -> Vec<Weekday> {
        match &self.weekdays {
            Some(days) => days.clone(),
            None => {
                let first = weekday(clock.day_of(self.started_at));
                spread_days(self.days_per_week).iter().map(|offset| (first + offset) % 7).collect()
            }
        }
    }

    /// How many sessions a week the plan asks for.
    pub fn sessions_a_week(&self) -> usize {
        self.weekdays.as_ref().map_or(usize::from(self.days_per_week), Vec::len)
    }

    pub fn is_plan_day(&self, day: Day, clock: &Clock) -> bool {
        self.weekdays(clock).contains(&weekday(day))
    }

    pub fn paused_on(&self, day: Day, clock: &Clock) -> bool {
        self.pauses.iter().any(|pause| clock.day_of(pause.from) <= day && pause.to.is_none_or(|to| day < clock.day_of(to)))
    }

    /// The pause in force now, if any.
    pub fn current_pause(&self) -> Option<&Pause> {
        self.pauses.iter().find(|pause| pause.to.is_none())
    }

    /// Days of the plan that were not paused, from the day it began up to (not counting) `day`.
    fn active_days_before(&self, day: Day, clock: &Clock) -> i64 {
        (clock.day_of(self.started_at)..day).filter(|d| !self.paused_on(*d, clock)).count() as i64
    }

    /// The last day of the plan, with paused days added on; `None` while a pause lasts.
    pub fn last_day(&self, clock: &Clock) -> Option<Day> {
        if self.current_pause().is_some() {
            return None;
        }
        let (mut day, mut active) = (clock.day_of(self.started_at), 0);
        let length = i64::from(self.weeks) * 7;
        loop {
            if !self.paused_on(day, clock) {
                active += 1;
                if active == length {
                    return Some(day);
                }
            }
            day += 1;
        }
    }

    pub fn status(&self, clock: &Clock) -> PlanStatus {
        if self.stopped_at.is_some() {
            return PlanStatus::Stopped;
        }
        let today = clock.today();
        let done = self.active_days_before(today, clock);
        let weeks = self.weeks;
        let week = (done / 7 + 1).min(i64::from(weeks)) as u8;
        match self.current_pause() {
            Some(pause) => PlanStatus::Paused { since: pause.from, week, weeks },
            None if done >= i64::from(weeks) * 7 => PlanStatus::Finished,
            None => PlanStatus::Running { week, weeks },
        }
    }

    /// Whether sessions may be logged and amounts shown: running, not paused or ended.
    pub fn is_running(&self, clock: &Clock) -> bool {
        matches!(self.status(clock), PlanStatus::Running { .. })
    }

    /// The days Monday to Sunday of the week holding `today`, each with what happened or is due.
    pub fn week_view(&self, sessions: &[Session], clock: &Clock) -> [(Day, DayStatus); 7] {
        let today = clock.today();
        let monday = today - i64::from((weekday(today) + 6) % 7);
        let first = clock.day_of(self.started_at);
        let last = self.last_day(clock);
        let stopped = self.stopped_at.map(|at| clock.day_of(at));
        std::array::from_fn(|index| {
            let day = monday + index as i64;
            let status = if sessions.iter().any(|session| clock.day_of(session.at) == day) {
                DayStatus::Done
            } else if day < first || last.is_some_and(|last| day > last) || stopped.is_some_and(|stopped| day >= stopped) {
                DayStatus::OutsidePlan
            } else if self.paused_on(day, clock) {
                DayStatus::Paused
            } else if !self.is_plan_day(day, clock) {
                DayStatus::Rest
            } else if day < today {
                DayStatus::Missed
            } else if day == today {
                DayStatus::Today
            } else {
                DayStatus::Planned
            };
            (day, status)
        })
    }

    /// The next plan day from `from` on (today counts), while the plan runs.
    pub fn next_plan_day(&self, from: Day, clock: &Clock) -> Option<Day> {
        let last = self.last_day(clock)?;
        (from..=last).find(|day| self.is_plan_day(*day, clock) && !self.paused_on(*day, clock))
    }
}

/// Whether a session is due today: the plan runs, today is one of its days, and none is logged today.
pub fn session_due(plan: &Plan, sessions: &[Session], clock: &Clock) -> bool {
    let today = clock.today();
    plan.is_running(clock) && plan.is_plan_day(today, clock) && !sessions.iter().any(|session| clock.day_of(session.at) == today)
}
