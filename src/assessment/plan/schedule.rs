//! When a plan's sessions fall: the days the person chose, the plan's length in weeks, pauses,
//! and where today is in the week and in the programme.

use super::days::{weekday, Clock, Day, Weekday};
use super::programme::{Pause, Plan};
use super::session::Session;
use crate::assessment::history::Timestamp;

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
    /// Not a plan day: no session, but keep moving.
    OtherDay,
    /// The plan was paused that day.
    Paused,
    /// The plan was on hold that day.
    Held,
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
            DayStatus::OtherDay => "other",
            DayStatus::Paused => "paused",
            DayStatus::Held => "held",
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

    /// Whether `day` is one of the plan's days, as they were on that day: a change of days
    /// leaves the days before it as they were.
    pub fn is_plan_day(&self, day: Day, clock: &Clock) -> bool {
        match self.earlier_days.iter().find(|earlier| day < clock.day_of(earlier.until)) {
            Some(earlier) => earlier.weekdays.contains(&weekday(day)),
            None => self.weekdays(clock).contains(&weekday(day)),
        }
    }

    /// The pause or hold in force on `day`, if any.
    pub fn pause_on(&self, day: Day, clock: &Clock) -> Option<&Pause> {
        self.pauses.iter().find(|pause| clock.day_of(pause.from) <= day && pause.to.is_none_or(|to| day < clock.day_of(to)))
    }

    pub fn paused_on(&self, day: Day, clock: &Clock) -> bool {
        self.pause_on(day, clock).is_some()
    }

    /// Days of the plan that were not paused, from the day it began up to (not counting) `day`.
    pub fn days_done_before(&self, day: Day, clock: &Clock) -> i64 {
        (clock.day_of(self.started_at)..day).filter(|d| !self.paused_on(*d, clock)).count() as i64
    }

    /// The day after the plan's `days`th day that was not paused (up to today), if it has come.
    pub fn day_after_days_done(&self, days: i64, clock: &Clock) -> Option<Day> {
        let first = clock.day_of(self.started_at);
        (first..=clock.today()).find(|day| self.days_done_before(*day, clock) >= days)
    }

    /// The last day of the plan, with paused days added on; `None` while a pause lasts.
    pub fn last_day(&self, clock: &Clock) -> Option<Day> {
        if self.pauses.iter().any(|pause| pause.to.is_none()) {
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
        let done = self.days_done_before(today, clock);
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

    /// Whether the calendar should remind the person: the plan runs and, given its holds
    /// (`with_holds`), is not on hold. Otherwise its calendar file takes the reminders away.
    pub fn reminders_wanted(&self, clock: &Clock) -> bool {
        self.current_hold().is_none() && self.is_running(clock)
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
            } else if let Some(pause) = self.pause_on(day, clock) {
                if pause.held {
                    DayStatus::Held
                } else {
                    DayStatus::Paused
                }
            } else if !self.is_plan_day(day, clock) {
                DayStatus::OtherDay
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

    /// The day of the next session: today, or the next plan day once today's is logged or today
    /// is not a plan day; `None` once the plan's last day has passed.
    pub fn next_session_day(&self, sessions: &[Session], clock: &Clock) -> Option<Day> {
        let today = clock.today();
        let done_today = sessions.iter().any(|session| clock.day_of(session.at) == today);
        self.next_plan_day(if done_today { today + 1 } else { today }, clock)
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
