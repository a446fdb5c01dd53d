//! Days and weeks in the person's own time zone: the caller gives the clock (the time now and the
//! local offset from UTC), so a plan's days are the person's own days, tested natively.

use crate::assessment::history::Timestamp;

pub const DAY: Timestamp = 24 * 60 * 60 * 1000;
pub const WEEK: Timestamp = 7 * DAY;

/// A day in the person's time zone, counted from 1 January 1970.
pub type Day = i64;

/// 0 = Sunday … 6 = Saturday, as JavaScript's `getDay` and the calendar file count them.
pub type Weekday = u8;

/// Monday first, the way the week view lists the days.
pub const WEEK_FROM_MONDAY: [Weekday; 7] = [1, 2, 3, 4, 5, 6, 0];

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
