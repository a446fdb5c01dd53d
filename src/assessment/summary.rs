//! The summary for a GP or physiotherapist: what it lists and the dates it covers, worked out
//! once from the checks, the plan and its log, so the screen (src/ui/summary.rs) only draws it.
//! Pure: the caller gives the clock. It must fit one or two printed pages, so long lists keep
//! their latest rows and say how many were left out.

use super::history::{History, PainChange, PastCheck, Timestamp, TRACKED_PAIN};
use super::plan::{
    abilities, first_and_latest_week_pain, hold_on, hold_periods, keep_sessions_of_plan, next_steps, plan_today, AbilityChange,
    AbilityRating, Clock, Day, Hold, Measure, NotBetter, Plan, PlanNote, PlanNoteKind, PlanStatus, Session,
};

/// The most checks the summary lists, the latest: with the first check named in the pain's
/// course, enough to see a trend on paper (Backcheck's own).
pub const CHECK_ROWS: usize = 6;
/// The most sessions it lists, the latest: a whole plan of 6 weeks at 5 days a week.
pub const SESSION_ROWS: usize = 30;
/// The most ratings of the activities it lists, the latest: the first, one every 2 weeks of a
/// 6-week plan and one at its end, with room for ratings given late.
pub const RATING_ROWS: usize = 8;

/// Everything the summary shows, in the order it shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The latest finished check, whose result and link the summary gives; `None`: no check yet.
    pub latest: Option<PastCheck>,
    pub pain: Option<PainCourse>,
    /// The checks listed, oldest first, and how many earlier ones are not.
    pub checks: Vec<PastCheck>,
    pub checks_left_out: usize,
    pub plan: Option<PlanSummary>,
    /// The first and last day of everything listed, and of the first check; `None` when nothing is.
    pub covers: Option<(Timestamp, Timestamp)>,
}

/// How long the pain has lasted and how it has gone, from the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PainCourse {
    /// The first check kept on this device, and the latest (the same check when there is one).
    pub first: Timestamp,
    pub latest: Timestamp,
    pub checks: usize,
    /// The answers about how long and how the pain has changed, at the first check and the
    /// latest (choice ids; `None` for a check that did not ask, as one from the first release).
    pub lasted_then: Option<String>,
    pub lasted_now: Option<String>,
    pub course_now: Option<String>,
    /// Pain now and worst pain in the last week, first check to latest, when there are two.
    pub changes: Vec<PainChange>,
}

/// The plan, where it stands, and its log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSummary {
    pub started_at: Timestamp,
    pub status: PlanStatus,
    /// Why it is on hold now, if it is.
    pub hold: Option<Hold>,
    /// Whole weeks of the plan done (days paused or on hold not counted), of `weeks`.
    pub weeks_done: u8,
    pub weeks: u8,
    /// The plan's last day, with paused and held days added on; `None` while a pause or hold lasts.
    pub last_day: Option<Day>,
    pub amounts: Vec<Amount>,
    /// Pauses, holds, flare-ups, a professional's word and an early end, oldest first.
    pub events: Vec<PlanEvent>,
    /// The sessions listed, oldest first; how many earlier ones are not; how many in all.
    pub sessions: Vec<Session>,
    /// The activities the sessions table has a column for, in order (`session_columns`).
    pub columns: Vec<String>,
    pub sessions_left_out: usize,
    pub session_count: usize,
    /// The mean pain during sessions in the first week with sessions and the latest, in tenths.
    pub session_pain: Option<(i32, i32)>,
    /// The ratings of the activities listed, oldest first (the first names them), and how many
    /// earlier ones are not (never the first, which the change is measured from).
    pub ratings: Vec<AbilityRating>,
    pub ratings_left_out: usize,
    pub ability_change: Option<AbilityChange>,
    /// After three weeks or more, neither the ratings nor the pain during sessions got better, or
    /// the ratings fell by a real change (`abilities`), as the plan page says.
    pub not_better: Option<NotBetter>,
}

/// One activity of the plan: the amount it started at, and the amount the plan's rules give now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    pub activity: String,
    pub start: u16,
    pub now: u16,
}

/// Something that changed the plan's course, with when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEvent {
    pub from: Timestamp,
    /// When it ended, for a pause or a hold that has; `None` while it lasts, and for the others.
    pub to: Option<Timestamp>,
    pub kind: PlanEventKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanEventKind {
    /// The person paused the plan.
    Paused,
    /// The plan was on hold, and why it began.
    Held(Hold),
    /// The person said they had a flare-up: every activity went down a step.
    FlareUp,
    /// The person said a GP or physiotherapist told them to go on.
    ProfessionalSaidGoOn,
    /// The person ended the plan early.
    Stopped,
}

/// The summary as of `clock`. `measure` says how each activity is measured (`content::plan::measure`).
pub fn summary(
    history: &History,
    plan: Option<&Plan>,
    sessions: &[Session],
    notes: &[PlanNote],
    measure: fn(&str) -> Measure,
    clock: &Clock,
) -> Summary {
    let all_checks = history.checks();
    let (left_out, listed) = all_checks.split_at(all_checks.len().saturating_sub(CHECK_ROWS));
    let plan = plan.map(|plan| plan_summary(plan, history, sessions, notes, measure, clock));
    let pain = pain_course(history);
    let mut times: Vec<Timestamp> = listed.iter().map(|check| check.completed_at).collect();
    times.extend(pain.as_ref().map(|pain| pain.first));
    if let Some(plan) = &plan {
        times.push(plan.started_at);
        times.extend(plan.sessions.iter().map(|session| session.at));
        times.extend(plan.ratings.iter().map(|rating| rating.at));
        times.extend(plan.events.iter().flat_map(|event| [Some(event.from), event.to]).flatten());
    }
    // Nothing dated after now: a time ahead of this device's clock is shown, but not as covered.
    times.retain(|at| *at <= clock.now);
    let covers = times.iter().min().zip(times.iter().max()).map(|(from, to)| (*from, *to));
    Summary { latest: history.latest().cloned(), pain, checks: listed.to_vec(), checks_left_out: left_out.len(), plan, covers }
}

/// The pain's course from the first check on this device to the latest.
pub fn pain_course(history: &History) -> Option<PainCourse> {
    let (first, latest) = (history.checks().first()?, history.latest()?);
    let choice = |check: &PastCheck, question: &str| match check.answers.get(question) {
        Some(super::answers::Answer::Choice(id)) => Some(id.clone()),
        _ => None,
    };
    let changes = if first.completed_at == latest.completed_at {
        Vec::new()
    } else {
        TRACKED_PAIN
            .iter()
            .filter_map(|&question| {
                Some(PainChange { question, from: first.answers.scale(question)?, to: latest.answers.scale(question)? })
            })
            .collect()
    };
    Some(PainCourse {
        first: first.completed_at,
        latest: latest.completed_at,
        checks: history.len(),
        lasted_then: choice(first, "pain-duration"),
        lasted_now: choice(latest, "pain-duration"),
        course_now: choice(latest, "pain-course"),
        changes,
    })
}

fn plan_summary(
    plan: &Plan,
    history: &History,
    sessions: &[Session],
    notes: &[PlanNote],
    measure: fn(&str) -> Measure,
    clock: &Clock,
) -> PlanSummary {
    let mut sessions = sessions.to_vec();
    keep_sessions_of_plan(Some(plan), &mut sessions);
    let today = plan_today(plan, history, &sessions, notes, clock);
    let schedule = &today.schedule;
    let weeks_done = weeks_done(schedule, today.status, clock);
    let steps = next_steps(plan, measure, &sessions, notes, clock);
    let amounts = plan
        .activities
        .iter()
        .zip(steps)
        .map(|(planned, step)| Amount { activity: planned.activity.clone(), start: planned.start, now: step.amount })
        .collect();
    let rated = abilities(&today, &sessions, notes, clock);
    let ability_change = rated.change();
    let not_better = rated.not_better;
    let session_pain = first_and_latest_week_pain(schedule, &sessions, clock);
    let events = plan_events(plan, history, &sessions, notes, clock);
    let session_count = sessions.len();
    let sessions_left_out = session_count.saturating_sub(SESSION_ROWS);
    let mut rows = rated.ratings;
    // The first ratings stay: every change is measured from them.
    let ratings_left_out = rows.len().saturating_sub(RATING_ROWS);
    if ratings_left_out > 0 {
        rows.drain(1..=ratings_left_out);
    }
    let sessions = sessions.split_off(sessions_left_out);
    PlanSummary {
        columns: session_columns(plan, &sessions),
        started_at: plan.started_at,
        status: today.status,
        hold: today.hold,
        weeks_done,
        weeks: plan.weeks,
        last_day: schedule.last_day(clock),
        amounts,
        events,
        sessions,
        sessions_left_out,
        session_count,
        session_pain,
        ratings: rows,
        ratings_left_out,
        ability_change,
        not_better,
    }
}

/// The activities the sessions table has a column of amounts for: the plan's, in its order, then
/// any other a listed session has (in the order first done), so nothing logged is left out.
pub fn session_columns(plan: &Plan, sessions: &[Session]) -> Vec<String> {
    let mut columns: Vec<String> = plan.activities.iter().map(|planned| planned.activity.clone()).collect();
    for done in sessions.iter().flat_map(|session| &session.done) {
        if !columns.contains(&done.activity) {
            columns.push(done.activity.clone());
        }
    }
    columns
}

/// Whole weeks done of a plan given its holds (`PlanToday::schedule`): days before today that
/// were not paused or held, up to the day it was ended early; all of them once it has finished.
pub fn weeks_done(schedule: &Plan, status: PlanStatus, clock: &Clock) -> u8 {
    let days = match (status, schedule.stopped_at) {
        (PlanStatus::Finished, _) => return schedule.weeks,
        (_, Some(stopped)) => schedule.days_done_before(clock.day_of(stopped).min(clock.today()), clock),
        _ => schedule.days_done_before(clock.today(), clock),
    };
    (days / 7).min(i64::from(schedule.weeks)) as u8
}

/// The plan's pauses, holds (each with why it began), flare-ups, a professional's word and an
/// early end, oldest first.
pub fn plan_events(plan: &Plan, history: &History, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> Vec<PlanEvent> {
    let mut events: Vec<PlanEvent> = plan
        .pauses
        .iter()
        .filter(|pause| !pause.held)
        .map(|pause| PlanEvent { from: pause.from, to: pause.to, kind: PlanEventKind::Paused })
        .collect();
    for held in hold_periods(plan, history, sessions, notes, clock) {
        if let Some(why) = hold_on(plan, history, sessions, notes, clock, clock.day_of(held.from)) {
            events.push(PlanEvent { from: held.from, to: held.to, kind: PlanEventKind::Held(why) });
        }
    }
    for note in notes.iter().filter(|note| note.at >= plan.started_at && note.at <= clock.now) {
        let kind = match note.kind {
            PlanNoteKind::FlareUp => PlanEventKind::FlareUp,
            PlanNoteKind::ProfessionalSaidGoOn => PlanEventKind::ProfessionalSaidGoOn,
            // Signs ticked at a check-in show as the hold they began; ratings have their own table.
            PlanNoteKind::Signs(_) | PlanNoteKind::Ratings(_) => continue,
        };
        events.push(PlanEvent { from: note.at, to: None, kind });
    }
    events.extend(plan.stopped_at.map(|at| PlanEvent { from: at, to: None, kind: PlanEventKind::Stopped }));
    // Stable: at one time, a pause or hold before what was said.
    super::order::sort_by_rank(&mut events, |event| event.from);
    events
}

/// Where a time falls between `from` and `to`, as a whole number from 0 to `width`: for drawing
/// the summary's chart by date. Times outside are put at the nearer end; one moment in all is the middle.
pub fn position(at: Timestamp, from: Timestamp, to: Timestamp, width: u64) -> u64 {
    if to <= from {
        return width / 2;
    }
    let at = at.clamp(from, to);
    (u128::from(width) * u128::from(at - from) / u128::from(to - from)) as u64
}
