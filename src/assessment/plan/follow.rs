//! Following today's session along: its parts in the plan's order (each activity's minutes, timed;
//! each named exercise, counted, with its stay paced), where the person is, and what was done so
//! far, which the check-in then starts from. Every time is counted from timestamps the caller
//! gives, never from ticks, so a locked screen or a hidden tab loses nothing. The numbers here are
//! Backcheck's own choices (docs/plan-model.md, "Following a session").

use super::progression::NextStep;
use super::session::Done;
use crate::assessment::history::Timestamp;

/// One slow breath the pacer leads: in for 4 seconds, out for 6 (Backcheck's own pace: slow, and
/// the out-breath longer).
pub const BREATH_IN_MS: u64 = 4_000;
pub const BREATH_OUT_MS: u64 = 6_000;
pub const BREATH_MS: u64 = BREATH_IN_MS + BREATH_OUT_MS;

/// The time a count gives to moving into the position and back, on top of any stay (Backcheck's own).
pub const MOVE_MS: u64 = 5_000;
/// How far the person may set the counting pace, one time every so many milliseconds.
pub const FASTEST_PACE_MS: u64 = 2_000;
pub const SLOWEST_PACE_MS: u64 = 60_000;
/// One press of Slower or Faster.
pub const PACE_STEP_MS: u64 = 1_000;

/// How long a named exercise's position is kept, as its step says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stay {
    /// "Stay there for one deep breath", "hold for 5 to 10 slow breaths".
    Breaths { least: u8, most: u8 },
    /// "Hold for 5 to 10 seconds, breathing as usual."
    Seconds { least: u8, most: u8 },
}

impl Stay {
    /// The least stay, as the pacer leads it, for one side.
    pub fn least_ms(self) -> u64 {
        match self {
            Stay::Breaths { least, .. } => u64::from(least) * BREATH_MS,
            Stay::Seconds { least, .. } => u64::from(least) * 1_000,
        }
    }
}

/// A named exercise as a session follows it (`content::plan` gives these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExerciseToFollow {
    pub id: &'static str,
    /// The most times the source gives for one session.
    pub most: u16,
    /// Done to each side in turn; one to each side counts as one time.
    pub per_side: bool,
    pub stay: Option<Stay>,
}

impl ExerciseToFollow {
    /// The counting pace it starts at: the move into position, and the least stay, once or to each side.
    pub fn default_pace_ms(&self) -> u64 {
        let once = MOVE_MS + self.stay.map_or(0, Stay::least_ms);
        (if self.per_side { 2 * once } else { once }).clamp(FASTEST_PACE_MS, SLOWEST_PACE_MS)
    }
}

/// How an activity is followed along, by its measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HowToFollow {
    /// Minutes, timed.
    Timed,
    /// Its named exercises, each counted, in the how-to's order.
    Exercises(Vec<ExerciseToFollow>),
    /// Sets of a plan made before exercises were named: done as its words say, then ticked.
    Ticked,
}

/// One part of the session, in the plan's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Timed { activity: String, minutes: u16 },
    Counted { activity: String, exercise: ExerciseToFollow, times: u16 },
    Ticked { activity: String, amount: u16 },
}

impl Part {
    pub fn activity(&self) -> &str {
        match self {
            Part::Timed { activity, .. } | Part::Counted { activity, .. } | Part::Ticked { activity, .. } => activity,
        }
    }
}

/// A session begun this long ago goes on after a reload, past midnight too; an older one, or one
/// of another plan, starts afresh (Backcheck's own).
pub const GOES_ON_WITHIN: Timestamp = 12 * 60 * 60 * 1_000;

/// Whether a session begun at `started_at`, of the plan begun at `of_plan`, goes on now in a plan
/// begun at `plan`.
pub fn session_goes_on(plan: Timestamp, of_plan: Timestamp, started_at: Timestamp, now: Timestamp) -> bool {
    of_plan == plan && now.saturating_sub(started_at) < GOES_ON_WITHIN
}

/// The timer is said to screen readers every so many minutes, not every second (Backcheck's own).
pub const SAY_MINUTES_EVERY: u64 = 5;

/// What the session screen shows at a moment that may be worth saying or feeling (`Following::cue`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Moment {
    pub part: usize,
    pub count: u16,
    /// Getting into position before a stay, and for which side.
    pub getting_ready: bool,
    pub side: u8,
    pub breathing_in: bool,
    pub stay_enough: bool,
    /// Whole `SAY_MINUTES_EVERY` minutes timed.
    pub minutes_said: u64,
    pub running: bool,
    pub time_up: bool,
}

/// What to tell a screen reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Counted {
        count: u16,
        times: u16,
        per_side: bool,
    },
    /// In position: the stay begins.
    HoldNow,
    /// One side's stay is done: over to the other side.
    OtherSide,
    StayEnough,
    TimerRunning,
    TimerPaused,
    MinutesDone(u64),
    TimeUp {
        minutes: u16,
    },
}

/// What to say and whether to buzz, between two moments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cue {
    pub say: Option<Said>,
    pub buzz: bool,
}

/// Counting by itself at a steady pace, from `from` at `since`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoCount {
    pub since: Timestamp,
    pub from: u16,
}

/// A timer that may be paused: the time banked, and since when it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stopwatch {
    pub banked_ms: u64,
    pub running_since: Option<Timestamp>,
}

impl Stopwatch {
    pub fn elapsed_ms(&self, now: Timestamp) -> u64 {
        self.banked_ms + self.running_since.map_or(0, |since| now.saturating_sub(since))
    }

    fn paused(self, now: Timestamp) -> Stopwatch {
        Stopwatch { banked_ms: self.elapsed_ms(now), running_since: None }
    }
}

/// Where a part stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartProgress {
    /// Times counted; `auto` while it counts by itself; `stay_since` is when the pacer's stay began
    /// (the part's start, or the last count).
    Count {
        count: u16,
        auto: Option<AutoCount>,
        stay_since: Timestamp,
    },
    Timer(Stopwatch),
    Tick(bool),
}

/// The named changes a session screen may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowChange {
    /// One more time done (never past the part's times).
    CountOne,
    /// One time fewer: a tap too many.
    UncountOne,
    /// Count by itself at the pace, from where the count is.
    StartAutoCount,
    StopAutoCount,
    /// One time every so many milliseconds (within the fastest and slowest).
    SetPace(u64),
    StartTimer,
    PauseTimer,
    /// Done, or not, for a ticked part.
    Tick(bool),
    /// Stops counting by itself and the timer, keeping what was counted and timed (Stop pressed).
    Pause,
    /// On to the next part (a running timer or count pauses).
    Next,
    /// Back to the part before (the same).
    Back,
}

/// Why following ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndedBy {
    /// Every part gone through.
    Finished,
    /// Stopped before the end.
    StoppedEarly,
    /// Stopped because of pain: the check-in asks about the pain first.
    Pain,
}

/// A session as it was followed: what the check-in starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    /// The plan it belongs to (`Plan::started_at`).
    pub plan: Timestamp,
    pub ended_at: Timestamp,
    pub ended_by: EndedBy,
    /// What was done, each activity of the session once, in the plan's order; an activity not
    /// done at all is left out.
    pub done: Vec<Done>,
}

/// Today's session, being followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Following {
    /// The plan it belongs to (`Plan::started_at`): a newer plan makes it stale.
    pub plan: Timestamp,
    pub started_at: Timestamp,
    /// The amounts the session started from, each activity in the plan's order.
    pub steps: Vec<(String, u16)>,
    pub parts: Vec<Part>,
    pub progress: Vec<PartProgress>,
    pub current: usize,
    /// The counting pace of each counted part, one time every so many milliseconds.
    pub pace_ms: Vec<u64>,
}

/// The parts of a session of these steps (each activity and its amount), in the plan's order.
pub fn session_parts(steps: &[(String, u16)], how: impl Fn(&str) -> HowToFollow) -> Vec<Part> {
    let mut parts = Vec::new();
    for (activity, amount) in steps {
        match how(activity) {
            HowToFollow::Timed => parts.push(Part::Timed { activity: activity.clone(), minutes: *amount }),
            HowToFollow::Ticked => parts.push(Part::Ticked { activity: activity.clone(), amount: *amount }),
            HowToFollow::Exercises(exercises) => parts.extend(exercises.into_iter().map(|exercise| Part::Counted {
                activity: activity.clone(),
                exercise,
                times: (*amount).min(exercise.most),
            })),
        }
    }
    parts
}

impl Following {
    /// Starts following a session of `steps` of the plan begun at `plan`, at `now`.
    pub fn start(plan: Timestamp, steps: &[NextStep], how: impl Fn(&str) -> HowToFollow, now: Timestamp) -> Following {
        let steps: Vec<(String, u16)> = steps.iter().map(|step| (step.activity.clone(), step.amount)).collect();
        let parts = session_parts(&steps, how);
        let progress = parts.iter().map(|part| fresh(part, now)).collect();
        let pace_ms =
            parts.iter().map(|part| if let Part::Counted { exercise, .. } = part { exercise.default_pace_ms() } else { 0 }).collect();
        Following { plan, started_at: now, steps, parts, progress, current: 0, pace_ms }
    }

    pub fn part(&self) -> Option<&Part> {
        self.parts.get(self.current)
    }

    pub fn is_last(&self) -> bool {
        self.current + 1 >= self.parts.len()
    }

    /// The times counted of part `index` at `now`, counting by itself included.
    pub fn count(&self, index: usize, now: Timestamp) -> u16 {
        match (self.parts.get(index), self.progress.get(index)) {
            (Some(Part::Counted { times, .. }), Some(PartProgress::Count { count, auto, .. })) => match auto {
                Some(auto) => {
                    let counted = now.saturating_sub(auto.since) / self.pace_ms[index].max(1);
                    u64::from(auto.from).saturating_add(counted).min(u64::from(*times)) as u16
                }
                None => *count,
            },
            _ => 0,
        }
    }

    /// Whether part `index` counts by itself at `now` (it stops at the part's times).
    pub fn counting_by_itself(&self, index: usize, now: Timestamp) -> bool {
        match (self.parts.get(index), self.progress.get(index)) {
            (Some(Part::Counted { times, .. }), Some(PartProgress::Count { auto: Some(_), .. })) => self.count(index, now) < *times,
            _ => false,
        }
    }

    /// When the stay of part `index`'s current time began: the part's start, the last count
    /// tapped, or the last time counted by itself.
    pub fn stay_since(&self, index: usize, now: Timestamp) -> Option<Timestamp> {
        match self.progress.get(index) {
            Some(PartProgress::Count { auto: Some(auto), .. }) => {
                let pace = self.pace_ms[index].max(1);
                let counted = u64::from(self.count(index, now).saturating_sub(auto.from));
                Some(auto.since + counted * pace)
            }
            Some(PartProgress::Count { stay_since, .. }) => Some(*stay_since),
            _ => None,
        }
    }

    /// The timer of part `index`, if it is timed.
    pub fn stopwatch(&self, index: usize) -> Option<Stopwatch> {
        match self.progress.get(index) {
            Some(PartProgress::Timer(stopwatch)) => Some(*stopwatch),
            _ => None,
        }
    }

    /// Whether a timed part's planned minutes are up at `now`.
    pub fn time_up(&self, index: usize, now: Timestamp) -> bool {
        match (self.parts.get(index), self.stopwatch(index)) {
            (Some(Part::Timed { minutes, .. }), Some(stopwatch)) => stopwatch.elapsed_ms(now) >= u64::from(*minutes) * 60_000,
            _ => false,
        }
    }

    /// Whether part `index` is done: counted to its times, its minutes up, or ticked.
    pub fn part_done(&self, index: usize, now: Timestamp) -> bool {
        match (self.parts.get(index), self.progress.get(index)) {
            (Some(Part::Counted { times, .. }), _) => self.count(index, now) >= *times,
            (Some(Part::Timed { .. }), _) => self.time_up(index, now),
            (Some(Part::Ticked { .. }), Some(PartProgress::Tick(ticked))) => *ticked,
            _ => false,
        }
    }

    /// Makes one named change at `now`.
    pub fn apply(&mut self, change: FollowChange, now: Timestamp) {
        let index = self.current;
        let Some(part) = self.parts.get(index).cloned() else { return };
        match change {
            FollowChange::CountOne | FollowChange::UncountOne => {
                let Part::Counted { times, .. } = part else { return };
                let counted = self.count(index, now);
                let count = if change == FollowChange::CountOne { (counted + 1).min(times) } else { counted.saturating_sub(1) };
                let auto = self.auto_going_on(index, now).map(|_| AutoCount { since: now, from: count });
                self.progress[index] = PartProgress::Count { count, auto, stay_since: now };
            }
            FollowChange::StartAutoCount => {
                if let PartProgress::Count { .. } = self.progress[index] {
                    let count = self.count(index, now);
                    self.progress[index] =
                        PartProgress::Count { count, auto: Some(AutoCount { since: now, from: count }), stay_since: now };
                }
            }
            FollowChange::StopAutoCount => self.settle(index, now),
            FollowChange::SetPace(pace) => {
                if let Part::Counted { .. } = part {
                    let running = self.auto_going_on(index, now).is_some();
                    self.settle(index, now);
                    self.pace_ms[index] = pace.clamp(FASTEST_PACE_MS, SLOWEST_PACE_MS);
                    if running {
                        self.apply(FollowChange::StartAutoCount, now);
                    }
                }
            }
            FollowChange::StartTimer => {
                if let PartProgress::Timer(stopwatch) = self.progress[index] {
                    if stopwatch.running_since.is_none() {
                        self.progress[index] = PartProgress::Timer(Stopwatch { running_since: Some(now), ..stopwatch });
                    }
                }
            }
            FollowChange::PauseTimer | FollowChange::Pause => self.settle(index, now),
            FollowChange::Tick(ticked) => {
                if let PartProgress::Tick(_) = self.progress[index] {
                    self.progress[index] = PartProgress::Tick(ticked);
                }
            }
            FollowChange::Next => {
                if index + 1 < self.parts.len() {
                    self.settle(index, now);
                    self.current += 1;
                    self.restart_stay(now);
                }
            }
            FollowChange::Back => {
                if index > 0 {
                    self.settle(index, now);
                    self.current -= 1;
                    self.restart_stay(now);
                }
            }
        }
    }

    /// The count going on by itself, if it still counts.
    fn auto_going_on(&self, index: usize, now: Timestamp) -> Option<AutoCount> {
        match self.progress[index] {
            PartProgress::Count { auto: Some(auto), .. } if self.counting_by_itself(index, now) => Some(auto),
            _ => None,
        }
    }

    /// Stops counting by itself or timing, keeping what was counted or timed.
    fn settle(&mut self, index: usize, now: Timestamp) {
        self.progress[index] = match self.progress[index] {
            PartProgress::Count { auto: Some(_), .. } => PartProgress::Count { count: self.count(index, now), auto: None, stay_since: now },
            PartProgress::Timer(stopwatch) => PartProgress::Timer(stopwatch.paused(now)),
            other => other,
        };
    }

    fn restart_stay(&mut self, now: Timestamp) {
        if let PartProgress::Count { count, auto, .. } = self.progress[self.current] {
            self.progress[self.current] = PartProgress::Count { count, auto, stay_since: now };
        }
    }

    /// The stay of part `index` at `now`, while it is counted and not yet done.
    pub fn stay_at(&self, index: usize, now: Timestamp) -> Option<(Stay, StayNow)> {
        let Some(Part::Counted { exercise, times, .. }) = self.parts.get(index) else { return None };
        let stay = exercise.stay?;
        let since = self.stay_since(index, now)?;
        (self.count(index, now) < *times).then(|| (stay, stay_now(stay, if exercise.per_side { 2 } else { 1 }, since, now)))
    }

    /// What the screen shows at `now` that may be worth saying or feeling (`cue`).
    pub fn moment(&self, now: Timestamp) -> Moment {
        let index = self.current;
        let stay = self.stay_at(index, now).map(|(_, stay)| stay);
        let stopwatch = self.stopwatch(index);
        Moment {
            part: index,
            count: self.count(index, now),
            getting_ready: stay.is_some_and(|stay| stay.getting_ready),
            side: stay.map_or(0, |stay| stay.side),
            breathing_in: stay.is_some_and(|stay| stay.breathing_in),
            stay_enough: stay.is_some_and(|stay| stay.enough),
            minutes_said: stopwatch.map_or(0, |stopwatch| stopwatch.elapsed_ms(now) / (SAY_MINUTES_EVERY * 60_000)),
            running: stopwatch.is_some_and(|stopwatch| stopwatch.running_since.is_some()),
            time_up: self.time_up(index, now),
        }
    }

    /// What to tell a screen reader, and whether to buzz, between two moments of one part: a
    /// count, a stay beginning, over to the other side, a stay long enough, the timer started or
    /// paused, every few minutes of it, the time up. A breath turning buzzes (if the person
    /// allowed it) but is not said: it comes every few seconds, and the words on the screen say it.
    pub fn cue(&self, before: &Moment, now: &Moment) -> Cue {
        if before.part != now.part {
            return Cue::default();
        }
        let say = match self.parts.get(now.part) {
            Some(Part::Counted { times, exercise, .. }) if now.count != before.count => {
                Some(Said::Counted { count: now.count, times: *times, per_side: exercise.per_side })
            }
            Some(Part::Counted { .. }) if now.stay_enough && !before.stay_enough => Some(Said::StayEnough),
            Some(Part::Counted { .. }) if now.side > before.side => Some(Said::OtherSide),
            Some(Part::Counted { .. }) if before.getting_ready && !now.getting_ready && !now.stay_enough => Some(Said::HoldNow),
            Some(Part::Timed { minutes, .. }) if now.time_up && !before.time_up => Some(Said::TimeUp { minutes: *minutes }),
            Some(Part::Timed { .. }) if now.running != before.running => {
                Some(if now.running { Said::TimerRunning } else { Said::TimerPaused })
            }
            Some(Part::Timed { .. }) if now.minutes_said > before.minutes_said => {
                Some(Said::MinutesDone(now.minutes_said * SAY_MINUTES_EVERY))
            }
            _ => None,
        };
        let same_time = before.count == now.count;
        let buzz = (now.time_up && !before.time_up)
            || (same_time
                && (now.breathing_in != before.breathing_in
                    || now.getting_ready != before.getting_ready
                    || now.stay_enough != before.stay_enough));
        Cue { say, buzz }
    }

    /// What was done by `now`, each activity once, in the plan's order (`Followed::done`).
    /// Minutes: the time timed, to the nearest minute. Named exercises: the plan's amount when
    /// each of the activity's exercises was counted to its times; otherwise the fewest times
    /// any of them was counted, since the amount is times of each. Ticked: the amount.
    pub fn done(&self, now: Timestamp) -> Vec<Done> {
        let mut done = Vec::new();
        for (activity, amount) in &self.steps {
            let parts: Vec<usize> = (0..self.parts.len()).filter(|index| self.parts[*index].activity() == activity).collect();
            let mut short = None::<u16>;
            let mut timed_minutes = None::<u16>;
            let mut ticked = None::<bool>;
            for index in parts.iter().copied() {
                match &self.parts[index] {
                    Part::Counted { times, .. } => {
                        let count = self.count(index, now);
                        if count < *times {
                            short = Some(short.map_or(count, |fewest| fewest.min(count)));
                        }
                    }
                    Part::Timed { .. } => {
                        let elapsed = self.stopwatch(index).map_or(0, |stopwatch| stopwatch.elapsed_ms(now));
                        timed_minutes = Some(((elapsed + 30_000) / 60_000).min(u64::from(u16::MAX)) as u16);
                    }
                    Part::Ticked { .. } => ticked = Some(matches!(self.progress[index], PartProgress::Tick(true))),
                }
            }
            let amount_done = match (timed_minutes, ticked) {
                (Some(minutes), _) => minutes,
                (_, Some(ticked)) => u16::from(ticked) * amount,
                _ if parts.is_empty() => 0,
                _ => short.unwrap_or(*amount),
            };
            if amount_done > 0 {
                done.push(Done { activity: activity.clone(), amount: amount_done });
            }
        }
        done
    }

    /// Ends following at `now`: what the check-in starts from.
    pub fn end(&self, ended_by: EndedBy, now: Timestamp) -> Followed {
        Followed { plan: self.plan, ended_at: now, ended_by, done: self.done(now) }
    }
}

fn fresh(part: &Part, now: Timestamp) -> PartProgress {
    match part {
        Part::Timed { .. } => PartProgress::Timer(Stopwatch::default()),
        Part::Counted { .. } => PartProgress::Count { count: 0, auto: None, stay_since: now },
        Part::Ticked { .. } => PartProgress::Tick(false),
    }
}

/// Where the pacer is in one time of a counted exercise that began at `since` (the part's start,
/// or the last count): for each side in turn, time to get into position (`MOVE_MS`), then the
/// least stay, led breath by breath or second by second; then it stops, and says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StayNow {
    /// Which side, for an exercise done to each side (0 for the first, 1 for the second).
    pub side: u8,
    /// Getting into position: the stay has not begun.
    pub getting_ready: bool,
    /// Breathing in (else out); for a stay in seconds, breathing as usual, so always `false`.
    pub breathing_in: bool,
    /// Whole breaths or seconds of this side's stay so far.
    pub so_far: u32,
    /// Every side's least stay is done: the pacer stops.
    pub enough: bool,
}

/// The pacer at `now`, for a time of an exercise with `stay`, done to `sides` sides (1 or 2),
/// that began at `since`.
pub fn stay_now(stay: Stay, sides: u8, since: Timestamp, now: Timestamp) -> StayNow {
    let sides = u64::from(sides.clamp(1, 2));
    let side_ms = MOVE_MS + stay.least_ms();
    let elapsed = now.saturating_sub(since);
    let unit = match stay {
        Stay::Breaths { .. } => BREATH_MS,
        Stay::Seconds { .. } => 1_000,
    };
    if elapsed >= sides * side_ms {
        let least = stay.least_ms() / unit;
        return StayNow { side: (sides - 1) as u8, getting_ready: false, breathing_in: false, so_far: least as u32, enough: true };
    }
    let side = elapsed / side_ms;
    let within = elapsed % side_ms;
    if within < MOVE_MS {
        return StayNow { side: side as u8, getting_ready: true, breathing_in: false, so_far: 0, enough: false };
    }
    let held = within - MOVE_MS;
    StayNow {
        side: side as u8,
        getting_ready: false,
        breathing_in: matches!(stay, Stay::Breaths { .. }) && held % BREATH_MS < BREATH_IN_MS,
        so_far: (held / unit) as u32,
        enough: false,
    }
}
