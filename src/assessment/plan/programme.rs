//! The plan as the person made it: its activities and their first amounts, the days and time
//! they chose, its length, pauses, an early end, and the revision its calendar file follows.

use super::days::Weekday;
use crate::assessment::history::Timestamp;

/// The fewest and most plan days a week: rest days between sessions leave room for the next
/// morning's answer (Backcheck's own choice).
pub const FEWEST_DAYS: usize = 2;
pub const MOST_DAYS: usize = 5;

/// How long a plan runs, then the check again and a new plan. The NHS says back pain usually
/// eases in about 4 to 6 weeks; the length is Backcheck's own choice.
pub const PLAN_WEEKS: u8 = 6;

/// The most an amount may be (minutes or sets), when a person types one.
pub const MOST_AMOUNT: u16 = 600;

/// An amount a person typed: a whole number from 1 to `MOST_AMOUNT`.
pub fn parse_amount(typed: &str) -> Option<u16> {
    typed.trim().parse::<u16>().ok().filter(|n| (1..=MOST_AMOUNT).contains(n))
}

/// A pause the person asked for (holiday, flare); `to` is `None` while it lasts. A plan's days
/// under a hold are counted the same way (`Plan::with_holds`), so neither uses up its weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub from: Timestamp,
    pub to: Option<Timestamp>,
    /// A hold worked out from the plan's log, never stored; `false` for a pause the person asked for.
    pub held: bool,
}

/// The days a plan had before a change of days: they stay its days up to the day of the change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierDays {
    /// When the days were changed.
    pub until: Timestamp,
    pub weekdays: Vec<Weekday>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedActivity {
    /// Stable id of the activity (`content::plan::ACTIVITIES`).
    pub activity: String,
    /// The first session's amount (minutes, times each, or for older plans sets): a little below
    /// what the person managed lately (`start_amount`), or the source's own start for named
    /// exercises.
    pub start: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// When the plan was made; also its id.
    pub started_at: Timestamp,
    /// The weekdays the person chose (0 = Sunday); `None` for a plan made before days could be
    /// chosen, whose days are spread from the day it began (`schedule::spread_days`).
    pub weekdays: Option<Vec<Weekday>>,
    /// How many days a week: the chosen days' count, or an older plan's own number.
    pub days_per_week: u8,
    /// The time of day for sessions, in minutes after midnight, if the person chose one.
    pub time: Option<u16>,
    /// How many weeks the plan runs, paused days not counted.
    pub weeks: u8,
    pub activities: Vec<PlannedActivity>,
    /// The days before each change of days, oldest first.
    pub earlier_days: Vec<EarlierDays>,
    pub pauses: Vec<Pause>,
    /// When the person ended the plan early.
    pub stopped_at: Option<Timestamp>,
    /// Counts every change to the days, the time, a pause or an end: the calendar file's
    /// SEQUENCE, so a calendar updates its events instead of adding more. The higher wins when
    /// two tabs hold the same plan.
    pub revision: u32,
    /// The revision of the last calendar file saved, if any: a newer plan offers the new file.
    pub calendar_revision: Option<u32>,
    /// Whether that file took the reminders away (a plan paused, ended or on hold).
    pub calendar_cancelled: bool,
}

impl Plan {
    /// A new plan on the chosen days, running `PLAN_WEEKS`.
    pub fn new(started_at: Timestamp, weekdays: Vec<Weekday>, time: Option<u16>, activities: Vec<PlannedActivity>) -> Plan {
        Plan {
            started_at,
            days_per_week: weekdays.len() as u8,
            weekdays: Some(weekdays),
            time,
            weeks: PLAN_WEEKS,
            activities,
            earlier_days: Vec::new(),
            pauses: Vec::new(),
            stopped_at: None,
            revision: 0,
            calendar_revision: None,
            calendar_cancelled: false,
        }
    }

    /// New days or a new time for the sessions from now on; the days up to today keep the days
    /// they had (`days_until_now`: the plan's days as they were, for an older plan's spread days).
    pub fn change_days(&mut self, weekdays: Vec<Weekday>, time: Option<u16>, at: Timestamp, days_until_now: Vec<Weekday>) {
        if days_until_now != weekdays {
            self.earlier_days.push(EarlierDays { until: at, weekdays: days_until_now });
        }
        self.days_per_week = weekdays.len() as u8;
        self.weekdays = Some(weekdays);
        self.time = time;
        self.revision += 1;
    }

    /// Pauses a running plan (nothing changes when it is already paused or ended).
    pub fn pause(&mut self, at: Timestamp) {
        if self.current_pause().is_none() && self.stopped_at.is_none() {
            self.pauses.push(Pause { from: at, to: None, held: false });
            self.revision += 1;
        }
    }

    pub fn resume(&mut self, at: Timestamp) {
        if let Some(pause) = self.pauses.iter_mut().find(|pause| pause.to.is_none() && !pause.held) {
            pause.to = Some(at.max(pause.from));
            self.revision += 1;
        }
    }

    /// Ends the plan early; its sessions are kept.
    pub fn stop(&mut self, at: Timestamp) {
        self.resume(at);
        if self.stopped_at.is_none() {
            self.stopped_at = Some(at);
            self.revision += 1;
        }
    }

    /// Held days moved the plan's end (a hold was lifted): counts as a change, for the calendar.
    pub fn end_moved(&mut self) {
        self.revision += 1;
    }

    /// The pause the person asked for that is in force now, if any.
    pub fn current_pause(&self) -> Option<&Pause> {
        self.pauses.iter().find(|pause| pause.to.is_none() && !pause.held)
    }

    /// A hold in force now, in a plan given its holds (`with_holds`).
    pub fn current_hold(&self) -> Option<&Pause> {
        self.pauses.iter().find(|pause| pause.to.is_none() && pause.held)
    }

    /// This plan with its holds counted like pauses, for its days and weeks: held days are
    /// not plan days and do not use up the weeks.
    pub fn with_holds(&self, holds: &[Pause]) -> Plan {
        let mut plan = self.clone();
        plan.pauses.extend(holds.iter().map(|hold| Pause { held: true, ..*hold }));
        plan
    }

    /// The SEQUENCE of a calendar file saved now: a file that puts the reminders back after one
    /// that took them away (or the other way round) must be newer than it, so a calendar
    /// takes it even when the plan itself has not changed.
    pub fn calendar_sequence(&self, cancelled: bool) -> u32 {
        let flips = self.calendar_revision == Some(self.revision) && self.calendar_cancelled != cancelled;
        self.revision + u32::from(flips)
    }

    /// The calendar file for the plan as it is now was saved.
    pub fn calendar_saved(&mut self, cancelled: bool) {
        self.revision = self.calendar_sequence(cancelled);
        self.calendar_revision = Some(self.revision);
        self.calendar_cancelled = cancelled;
    }

    /// A calendar file was saved before the plan last changed, or it keeps reminders the plan no
    /// longer wants (or took away ones it wants again): the person should get the new one.
    pub fn calendar_out_of_date(&self, cancelled: bool) -> bool {
        self.calendar_revision.is_some_and(|saved| saved < self.revision || self.calendar_cancelled != cancelled)
    }
}
