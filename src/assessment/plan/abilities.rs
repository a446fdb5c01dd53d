//! What a person can do again: up to three everyday activities their back makes hard, each
//! rated from 0 (cannot do it) to 10 (can do it as before the pain), when the plan is made and
//! again every two weeks and at its end (the Patient-Specific Functional Scale, Stratford and
//! others 1995); whether the ratings changed by as much as studies take as real; and whether,
//! after three weeks, neither the ratings nor the pain during sessions have got better.
//! docs/plan-model.md gives the rules and their sources.

use super::days::{Clock, Day};
use super::hold::PlanToday;
use super::notes::{PlanNote, PlanNoteKind, Rated};
use super::programme::Plan;
use super::schedule::PlanStatus;
use super::session::Session;
use crate::assessment::history::Timestamp;

/// The most activities a person names (the scale's own number).
pub const MOST_HARD_ACTIVITIES: usize = 3;
/// The top of the scale: able to do it as before the pain.
pub const ABILITY_TOP: u8 = 10;
/// The longest name of an activity, in characters (Backcheck's own).
pub const MOST_ACTIVITY_CHARS: usize = 60;
/// A change in the mean rating of this many tenths is taken as a real change for one person
/// (PSFS studies; see docs/plan-model.md).
pub const REAL_ABILITY_CHANGE_TENTHS: i32 = 20;
/// With one activity only, the change in its rating that is taken as real (the PSFS form: 3 points
/// for a single activity).
pub const REAL_SINGLE_ABILITY_CHANGE_TENTHS: i32 = 30;
/// A fall in the mean pain during sessions of this many tenths is taken as real (the pain scale's
/// studies; see docs/plan-model.md).
pub const REAL_PAIN_CHANGE_TENTHS: i32 = 20;
/// The ratings are asked again after every this many weeks of the plan (the rhythm,
/// Backcheck's own).
pub const RATE_EVERY_WEEKS: i64 = 2;
/// From this many weeks after the plan began (calendar weeks, pauses included: the NHS's "a few
/// weeks" are the back pain's), a plan that has not got better says so (NHS: see a GP if the pain
/// does not improve within a few weeks; three is Backcheck's own reading of "a few").
pub const NOT_BETTER_AFTER_WEEKS: i64 = 3;
/// Ratings are asked again only when the last ones are at least this many days old (Backcheck's
/// own: a person who named their activities late is not asked twice in a few days).
pub const LEAST_DAYS_BETWEEN_RATINGS: Day = 7;

/// The person's ratings at one time. The first of a plan names the activities; each later one
/// rates the same activities, in the same order. Kept as a plan note (`PlanNoteKind::Ratings`),
/// so they are stored, merged and imported as every note is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbilityRating {
    /// When they were given; also their id.
    pub at: Timestamp,
    pub scores: Vec<Rated>,
}

impl AbilityRating {
    /// The scale's score: the mean of the activities' ratings, in tenths, rounded half up.
    pub fn mean_tenths(&self) -> i32 {
        let count = self.scores.len().max(1) as i32;
        let sum: i32 = self.scores.iter().map(|rated| i32::from(rated.score)).sum();
        (sum * 20 + count) / (2 * count)
    }

    /// The note that keeps these ratings.
    pub fn into_note(self) -> PlanNote {
        PlanNote { at: self.at, kind: PlanNoteKind::Ratings(self.scores) }
    }
}

/// The ratings given during `plan`, oldest first: those before it began belong to a plan
/// replaced since.
pub fn plan_ratings(plan: &Plan, notes: &[PlanNote]) -> Vec<AbilityRating> {
    notes
        .iter()
        .filter(|note| note.at >= plan.started_at)
        .filter_map(|note| match &note.kind {
            PlanNoteKind::Ratings(scores) => Some(AbilityRating { at: note.at, scores: scores.clone() }),
            _ => None,
        })
        .collect()
}

/// Why typed activities or ratings cannot be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingProblem {
    NoActivity,
    TooManyActivities,
    NameTooLong,
    SameActivityTwice,
    /// An activity has no rating, or one outside 0 to 10.
    NotRated,
}

/// The first ratings of a plan: the activities named, in the order given, and their ratings.
/// Names are trimmed; empty ones are left out.
pub fn first_rating(named: &[(String, Option<u8>)], at: Timestamp) -> Result<AbilityRating, RatingProblem> {
    let named: Vec<(&str, Option<u8>)> =
        named.iter().map(|(name, score)| (name.trim(), *score)).filter(|(name, _)| !name.is_empty()).collect();
    if named.is_empty() {
        return Err(RatingProblem::NoActivity);
    }
    if named.len() > MOST_HARD_ACTIVITIES {
        return Err(RatingProblem::TooManyActivities);
    }
    if named.iter().any(|(name, _)| name.chars().count() > MOST_ACTIVITY_CHARS) {
        return Err(RatingProblem::NameTooLong);
    }
    for (index, (name, _)) in named.iter().enumerate() {
        if named[..index].iter().any(|(earlier, _)| earlier.to_lowercase() == name.to_lowercase()) {
            return Err(RatingProblem::SameActivityTwice);
        }
    }
    let scores = named
        .iter()
        .map(|(name, score)| Some(Rated { activity: name.to_string(), score: score.filter(|s| *s <= ABILITY_TOP)? }))
        .collect::<Option<Vec<_>>>()
        .ok_or(RatingProblem::NotRated)?;
    Ok(AbilityRating { at, scores })
}

/// Ratings again of the activities the first ratings named, one score each in their order.
pub fn rating_again(first: &AbilityRating, scores: &[Option<u8>], at: Timestamp) -> Result<AbilityRating, RatingProblem> {
    if scores.len() != first.scores.len() {
        return Err(RatingProblem::NotRated);
    }
    let scores = first
        .scores
        .iter()
        .zip(scores)
        .map(|(named, score)| Some(Rated { activity: named.activity.clone(), score: score.filter(|s| *s <= ABILITY_TOP)? }))
        .collect::<Option<Vec<_>>>()
        .ok_or(RatingProblem::NotRated)?;
    Ok(AbilityRating { at, scores })
}

/// A rating's change from the first, in tenths of the mean, and whether it is as much as studies
/// take as a real change for one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AbilityChange {
    pub tenths: i32,
    pub real: bool,
}

impl AbilityChange {
    pub fn between(first: &AbilityRating, later: &AbilityRating) -> AbilityChange {
        let tenths = later.mean_tenths() - first.mean_tenths();
        AbilityChange { tenths, real: tenths.abs() >= real_change_for(first) }
    }
}

/// The change in the mean that is real for these activities: 2 points, or 3 for one activity.
fn real_change_for(first: &AbilityRating) -> i32 {
    if first.scores.len() == 1 {
        REAL_SINGLE_ABILITY_CHANGE_TENTHS
    } else {
        REAL_ABILITY_CHANGE_TENTHS
    }
}

/// The mean pain during the sessions logged up to each rating since the rating before (for the
/// first, since the plan began at `started_at`), in tenths, rounded half up: what the pain was
/// beside each rating. `None` where no session was logged in between.
pub fn pain_before_each_rating(started_at: Timestamp, ratings: &[AbilityRating], sessions: &[Session]) -> Vec<Option<i32>> {
    let mut since = None;
    ratings
        .iter()
        .map(|rating| {
            let pains: Vec<i32> = sessions
                .iter()
                .filter(|session| session.at >= started_at && since.is_none_or(|since| session.at > since) && session.at <= rating.at)
                .map(|session| i32::from(session.pain_during))
                .collect();
            since = Some(rating.at);
            let count = pains.len() as i32;
            (count > 0).then(|| (pains.iter().sum::<i32>() * 20 + count) / (2 * count))
        })
        .collect()
}

/// The ratings asked for now: after `weeks` weeks of the plan, or at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatingDue {
    pub weeks: u8,
    pub at_end: bool,
}

/// What the plan says about the activities a person rates, worked out once for the screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Abilities {
    /// The plan's ratings, oldest first; the first names the activities. Empty when none were named.
    pub ratings: Vec<AbilityRating>,
    /// The ratings are due again (never blocking a session; not while the plan is on hold, when
    /// its page gives the hold's advice instead).
    pub due: Option<RatingDue>,
    /// After three weeks or more, neither the ratings nor the pain during sessions got better.
    pub not_better: Option<NotBetter>,
}

impl Abilities {
    pub fn first(&self) -> Option<&AbilityRating> {
        self.ratings.first()
    }

    pub fn latest(&self) -> Option<&AbilityRating> {
        self.ratings.last()
    }

    /// The latest ratings' change from the first, once there are two.
    pub fn change(&self) -> Option<AbilityChange> {
        match self.ratings.as_slice() {
            [first, .., latest] => Some(AbilityChange::between(first, latest)),
            _ => None,
        }
    }
}

/// What was seen when the plan has not got better: the mean rating and the mean pain during
/// sessions, first and latest, in tenths (each `None` when there is not yet a second one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotBetter {
    pub ratings: Option<(i32, i32)>,
    pub pain: Option<(i32, i32)>,
    /// The ratings fell by a real change: said at once, not only after three weeks.
    pub ratings_worse: bool,
}

/// Where the ratings stand today, for the plan as `plan_today` found it: its held days count
/// towards no rating's weeks, as they count towards none of the plan's.
pub fn abilities(today: &PlanToday, sessions: &[Session], notes: &[PlanNote], clock: &Clock) -> Abilities {
    let schedule = &today.schedule;
    let ratings = plan_ratings(schedule, notes);
    let due = rating_due(schedule, today.status, &ratings, clock).filter(|_| today.hold.is_none());
    // Under a hold the page gives the hold's advice instead. A plan that ended without getting
    // better still says to see a GP.
    let not_better = not_better(schedule, sessions, &ratings, clock).filter(|_| today.hold.is_none());
    Abilities { ratings, due, not_better }
}

fn rating_due(schedule: &Plan, status: PlanStatus, ratings: &[AbilityRating], clock: &Clock) -> Option<RatingDue> {
    let latest_day = clock.day_of(ratings.last()?.at);
    let today = clock.today();
    if today - latest_day < LEAST_DAYS_BETWEEN_RATINGS {
        return None;
    }
    let plan_days = i64::from(schedule.weeks) * 7;
    let (point, weeks, at_end) = match status {
        PlanStatus::Stopped => {
            let stopped = clock.day_of(schedule.stopped_at?);
            let days_done = schedule.days_done_before(stopped, clock);
            (stopped, (days_done / 7) as u8, true)
        }
        PlanStatus::Finished => (schedule.day_after_days_done(plan_days, clock)?, schedule.weeks, true),
        PlanStatus::Running { .. } | PlanStatus::Paused { .. } => {
            let periods = schedule.days_done_before(today, clock) / (RATE_EVERY_WEEKS * 7);
            let days = periods * RATE_EVERY_WEEKS * 7;
            (schedule.day_after_days_done(days.max(1), clock)?, (days / 7) as u8, false)
        }
    };
    (weeks >= 1 && latest_day < point && point <= today).then_some(RatingDue { weeks, at_end })
}

fn not_better(schedule: &Plan, sessions: &[Session], ratings: &[AbilityRating], clock: &Clock) -> Option<NotBetter> {
    let change = match ratings {
        [first, .., latest] => Some((first, AbilityChange::between(first, latest))),
        _ => None,
    };
    let ratings_worse = change.is_some_and(|(_, change)| change.real && change.tenths < 0);
    let three_weeks = clock.today() - clock.day_of(schedule.started_at) >= NOT_BETTER_AFTER_WEEKS * 7;
    if !three_weeks && !ratings_worse {
        return None;
    }
    // Compared only where there is room for a real change (Backcheck's own): ratings already near
    // the top, or pain already near none, cannot improve by as much.
    let ratings_seen = change
        .filter(|(first, _)| i32::from(ABILITY_TOP) * 10 - first.mean_tenths() >= real_change_for(first))
        .map(|(first, change)| (first.mean_tenths(), first.mean_tenths() + change.tenths));
    let pain_seen = first_and_latest_week_pain(schedule, sessions, clock).filter(|(first, _)| *first >= REAL_PAIN_CHANGE_TENTHS);
    let ratings_better = change.is_some_and(|(_, change)| change.real && change.tenths > 0);
    let pain_better = pain_seen.is_some_and(|(first, latest)| first - latest >= REAL_PAIN_CHANGE_TENTHS);
    let seen = ratings_seen.is_some() || pain_seen.is_some() || ratings_worse;
    (seen && (ratings_worse || (!ratings_better && !pain_better))).then_some(NotBetter {
        ratings: if ratings_worse {
            change.map(|(first, change)| (first.mean_tenths(), first.mean_tenths() + change.tenths))
        } else {
            ratings_seen
        },
        pain: pain_seen,
        ratings_worse,
    })
}

/// The mean pain during sessions in the plan's first week that had sessions and in its latest,
/// in tenths, when they are two different weeks. `schedule` as for `abilities`.
pub fn first_and_latest_week_pain(schedule: &Plan, sessions: &[Session], clock: &Clock) -> Option<(i32, i32)> {
    let week_of = |session: &Session| schedule.days_done_before(clock.day_of(session.at), clock) / 7;
    let ours: Vec<&Session> = sessions.iter().filter(|session| session.at >= schedule.started_at && session.at <= clock.now).collect();
    let first_week = ours.iter().map(|session| week_of(session)).min()?;
    let latest_week = ours.iter().map(|session| week_of(session)).max()?;
    let mean = |week: i64| {
        let pains: Vec<i32> =
            ours.iter().filter(|session| week_of(session) == week).map(|session| i32::from(session.pain_during)).collect();
        let count = pains.len() as i32;
        (pains.iter().sum::<i32>() * 20 + count) / (2 * count)
    };
    (first_week != latest_week).then(|| (mean(first_week), mean(latest_week)))
}
