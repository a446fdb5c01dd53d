//! Stored data back into the app's types. Reading goes through `serde_json::Value`, not derived
//! types, because it must be forgiving: one bad answer drops only itself, one bad past check drops
//! only itself, and the person is told how many.

use serde_json::Value;

use super::data::{LoadProblem, SavedData};
use super::migrations::upgraded;
use super::write::{FLARE_UP_NOTE, PROFESSIONAL_NOTE, RATINGS_NOTE, SIGNS_NOTE};
use crate::assessment::{
    merge_notes, merge_sessions, Answer, Answers, BackSince, Done, EarlierDays, History, NextDay, PastCheck, Pause, Plan, PlanNote,
    PlanNoteKind, PlannedActivity, Rated, Session, Timestamp, ABILITY_TOP, CHECK_IN_SIGNS, MOST_HARD_ACTIVITIES,
};
use crate::content::questions::BANK;

/// Reads stored data, keeping every valid part even when some are not.
pub fn decode(raw: &str) -> (SavedData, Option<LoadProblem>) {
    match serde_json::from_str(raw) {
        Ok(value) => decode_value(value),
        Err(_) => (SavedData::default(), Some(LoadProblem::Unreadable)),
    }
}

/// `decode` for a value already parsed.
fn decode_value(value: Value) -> (SavedData, Option<LoadProblem>) {
    let data = match upgraded(value) {
        Ok(data) => data,
        Err(problem) => return (SavedData::default(), Some(problem)),
    };
    let read = read_data(&data);
    let problem = (read.dropped_answers + read.dropped_checks + read.dropped_plan > 0).then_some(LoadProblem::PartsDropped {
        answers: read.dropped_answers,
        checks: read.dropped_checks,
        plan_entries: read.dropped_plan,
    });
    (read.data, problem)
}

pub(super) struct ReadData {
    pub(super) data: SavedData,
    pub(super) dropped_answers: usize,
    pub(super) dropped_checks: usize,
    pub(super) dropped_plan: usize,
}

/// The list stored under `key`: none when it is missing; one unreadable item when it is not a
/// list, so it counts as one dropped part.
pub(super) fn items<'a>(data: &'a Value, key: &str) -> &'a [Value] {
    match data.get(key) {
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => &[Value::Null],
        None => &[],
    }
}

/// Reads the current version's data. The answers in progress are kept one by one; a past check
/// is kept whole or not at all, since a check missing an answer could show a wrong result.
pub(super) fn read_data(data: &Value) -> ReadData {
    let current = data.get("current");
    let (mut answers, mut dropped_answers) = match current.and_then(|current| current.get("answers")) {
        Some(raw) => answers_from_json(raw),
        None => (BANK.answers(), 0),
    };
    let recorded_as = match current.and_then(|current| current.get("recorded_as")).map_or(Some(None), optional_time_from_json) {
        Some(recorded_as) => recorded_as,
        // Recorded as a time that cannot be true: read as unrecorded, its results would record the
        // check again, so the check in progress is not read (once recorded, it is in the history).
        None => {
            dropped_answers = (answers.len() + dropped_answers).max(1);
            answers = BANK.answers();
            None
        }
    };
    let raw_history = items(data, "history");
    let history = History::from_checks(raw_history.iter().filter_map(past_check_from_json));
    // Two checks with one time (their id) keep the first: the other counts as dropped.
    let dropped_checks = raw_history.len() - history.len();
    let (plan, bad_plan) = match data.get("plan") {
        None | Some(Value::Null) => (None, 0),
        Some(raw) => plan_from_json(raw).map_or((None, 1), |plan| (Some(plan), 0)),
    };
    let raw_sessions = items(data, "sessions");
    let mut sessions = Vec::new();
    merge_sessions(&mut sessions, &raw_sessions.iter().filter_map(session_from_json).collect::<Vec<_>>());
    let raw_notes = items(data, "plan_notes");
    let mut plan_notes = Vec::new();
    merge_notes(&mut plan_notes, &raw_notes.iter().filter_map(plan_note_from_json).collect::<Vec<_>>());
    let dropped_plan = bad_plan + raw_sessions.len() - sessions.len() + raw_notes.len() - plan_notes.len();
    ReadData {
        data: SavedData { answers, recorded_as, history, plan, sessions, plan_notes },
        dropped_answers,
        dropped_checks,
        dropped_plan,
    }
}

/// A plan is kept whole or not at all; its activities must be ones the app knows.
fn plan_from_json(raw: &Value) -> Option<Plan> {
    let activities = raw
        .get("activities")?
        .as_array()?
        .iter()
        .map(|a| {
            let activity = a.get("activity")?.as_str()?;
            crate::content::plan::activity(activity)?;
            Some(PlannedActivity { activity: activity.to_string(), start: u16::try_from(a.get("start")?.as_u64()?).ok()?.max(1) })
        })
        .collect::<Option<Vec<_>>>()?;
    let days_per_week = u8::try_from(raw.get("days_per_week")?.as_u64()?).ok().filter(|d| (1..=7).contains(d))?;
    let weekdays = match raw.get("weekdays")? {
        Value::Null => None,
        days => Some(weekdays_from_json(days)?),
    };
    let time = match raw.get("time")? {
        Value::Null => None,
        minutes => Some(u16::try_from(minutes.as_u64()?).ok().filter(|m| *m < 24 * 60)?),
    };
    let pauses = raw
        .get("pauses")?
        .as_array()?
        .iter()
        .map(|pause| Some(Pause { from: time_from_json(pause.get("from")?)?, to: optional_time_from_json(pause.get("to")?)?, held: false }))
        .collect::<Option<Vec<_>>>()?;
    let earlier_days = raw
        .get("earlier_days")?
        .as_array()?
        .iter()
        .map(|earlier| {
            Some(EarlierDays { until: time_from_json(earlier.get("until")?)?, weekdays: weekdays_from_json(earlier.get("weekdays")?)? })
        })
        .collect::<Option<Vec<_>>>()?;
    let revision = u32::try_from(raw.get("revision")?.as_u64()?).ok()?;
    let calendar_revision = match raw.get("calendar_revision")? {
        Value::Null => None,
        saved => Some(u32::try_from(saved.as_u64()?).ok()?),
    };
    (!activities.is_empty()).then_some(Plan {
        started_at: time_from_json(raw.get("started_at")?)?,
        weekdays,
        days_per_week,
        time,
        weeks: u8::try_from(raw.get("weeks")?.as_u64()?).ok().filter(|w| *w >= 1)?,
        activities,
        earlier_days,
        pauses,
        stopped_at: optional_time_from_json(raw.get("stopped_at")?)?,
        revision,
        calendar_revision,
        calendar_cancelled: raw.get("calendar_cancelled")?.as_bool()?,
    })
}

/// A list of distinct weekdays (0 = Sunday), at least one.
fn weekdays_from_json(raw: &Value) -> Option<Vec<u8>> {
    let days: Vec<u8> = raw.as_array()?.iter().map(|day| u8::try_from(day.as_u64()?).ok().filter(|d| *d < 7)).collect::<Option<_>>()?;
    let distinct = days.iter().enumerate().all(|(index, day)| !days[..index].contains(day));
    (distinct && !days.is_empty()).then_some(days)
}

/// The latest time a date can show (31 December 9999, the end of four-digit years), in
/// milliseconds since 1970. A time past it cannot be true: the part holding it is not read, so
/// no page ever shows an impossible date.
pub const LATEST_TIME: Timestamp = 253_402_300_799_999;

/// A time (milliseconds since 1970) that can be true.
pub(super) fn time_from_json(raw: &Value) -> Option<Timestamp> {
    raw.as_u64().filter(|at| *at <= LATEST_TIME)
}

/// A time that may be `null`: `Some(None)` for null, `None` when it is neither null nor a time.
fn optional_time_from_json(raw: &Value) -> Option<Option<Timestamp>> {
    match raw {
        Value::Null => Some(None),
        at => time_from_json(at).map(Some),
    }
}

/// A note whose signs are not all valid answers to the check-in's questions is dropped whole:
/// a sign must never be read as fewer signs than were ticked.
fn plan_note_from_json(raw: &Value) -> Option<PlanNote> {
    let at = time_from_json(raw.get("at")?)?;
    let kind = match raw.get("kind")?.as_str()? {
        SIGNS_NOTE => {
            let signs = raw.get("signs")?;
            let (answers, dropped) = answers_from_json(signs);
            let only_signs = answers.iter().all(|(question, _)| CHECK_IN_SIGNS.contains(&question));
            (dropped == 0 && only_signs && !answers.is_empty()).then_some(PlanNoteKind::Signs(answers))?
        }
        PROFESSIONAL_NOTE => PlanNoteKind::ProfessionalSaidGoOn,
        FLARE_UP_NOTE => PlanNoteKind::FlareUp,
        // Kept whole or not at all: one to three activities, each named and rated 0 to 10.
        RATINGS_NOTE => {
            let mut ratings = Vec::new();
            for rated in raw.get("ratings")?.as_array()? {
                let activity = rated.get("activity")?.as_str().filter(|name| !name.is_empty())?;
                let score = rated.get("score")?.as_u64().filter(|score| *score <= u64::from(ABILITY_TOP))?;
                ratings.push(Rated { activity: activity.to_string(), score: score as u8 });
            }
            (1..=MOST_HARD_ACTIVITIES).contains(&ratings.len()).then_some(PlanNoteKind::Ratings(ratings))?
        }
        _ => return None,
    };
    Some(PlanNote { at, kind })
}

fn session_from_json(raw: &Value) -> Option<Session> {
    let next_day = match raw.get("next_day")? {
        Value::Null => None,
        next => Some(NextDay {
            settled_by_morning: next.get("settled_by_morning")?.as_bool()?,
            back: BackSince::from_id(next.get("back")?.as_str()?)?,
        }),
    };
    let done = raw
        .get("done")?
        .as_array()?
        .iter()
        .map(|done| {
            let activity = done.get("activity")?.as_str()?;
            crate::content::plan::activity(activity)?;
            Some(Done { activity: activity.to_string(), amount: u16::try_from(done.get("amount")?.as_u64()?).ok()? })
        })
        .collect::<Option<Vec<_>>>()?;
    let stopped_for_pain = raw.get("stopped_for_pain")?.as_bool()?;
    Some(Session {
        at: time_from_json(raw.get("at")?)?,
        // Nothing done only when stopped because of pain before anything was.
        done: (!done.is_empty() || stopped_for_pain).then_some(done)?,
        pain_during: u8::try_from(raw.get("pain_during")?.as_u64()?).ok().filter(|p| *p <= 10)?,
        next_day,
        stopped_for_pain,
    })
}

fn past_check_from_json(raw: &Value) -> Option<PastCheck> {
    let completed_at = time_from_json(raw.get("completed_at")?)?;
    let (answers, dropped) = answers_from_json(raw.get("answers")?);
    (dropped == 0 && crate::assessment::is_complete(&answers)).then_some(PastCheck { completed_at, answers })
}

/// Reads an answers object, keeping the valid answers; returns how many were dropped.
/// Anything that is not an object counts as one dropped value.
pub fn answers_from_json(raw: &Value) -> (Answers, usize) {
    let mut answers = BANK.answers();
    let Some(raw) = raw.as_object() else {
        return (answers, 1);
    };
    let mut dropped = 0;
    for (id, value) in raw {
        let valid = answer_from_json(value).is_some_and(|answer| answers.set(id, answer).is_ok());
        dropped += usize::from(!valid);
    }
    (answers, dropped)
}

fn answer_from_json(raw: &Value) -> Option<Answer> {
    Some(match raw {
        Value::Bool(yes) => Answer::YesNo(*yes),
        Value::Number(number) => Answer::Scale(u8::try_from(number.as_u64()?).ok()?),
        Value::String(choice) => Answer::Choice(choice.clone()),
        Value::Array(picked) => Answer::Choices(picked.iter().map(|pick| pick.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

/// Raw stored values that could not be read, kept so nothing is ever lost. Stored as a JSON
/// array of strings; an older single raw value is read as a list of one.
pub fn aside_items(stored: Option<&str>) -> Vec<String> {
    match stored {
        None => Vec::new(),
        // Read as a `Value`, like everything stored: a typed list would bring serde's wording of
        // type errors into the first load, which never shows it.
        Some(raw) => match serde_json::from_str(raw) {
            Ok(Value::Array(items)) => items.iter().map(|item| item.as_str().map(str::to_string)).collect::<Option<_>>(),
            _ => None,
        }
        .unwrap_or_else(|| vec![raw.to_string()]),
    }
}

/// The aside list with `raw` added, unless it is there already.
pub fn with_aside(mut items: Vec<String>, raw: &str) -> Vec<String> {
    if !items.iter().any(|item| item == raw) {
        items.push(raw.to_string());
    }
    items
}
