//! The saved data as JSON: one versioned envelope, `{"version":N,"data":{...}}`, for both local
//! storage and exported files, with an explicit migration from every past version. Pure, so it is
//! tested natively; `docs/answers-format.md` describes each version.
//!
//! Writing goes through derived serde types, whose field order fixes the bytes written. Reading
//! goes through `serde_json::Value`, not derived types, because it must be forgiving: one bad
//! answer drops only itself, one bad past check drops only itself.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::{json, Value};

use crate::assessment::{Answer, Answers, BackSince, History, NextDay, PastCheck, Plan, PlannedActivity, Session, Timestamp};
use crate::content::questions::BANK;

pub const CURRENT_VERSION: u64 = 4;

/// Upgrades an envelope of version `index + 1` to `index + 2`. Never edit one once released:
/// people's devices hold data in every past version. Add a new one for every schema change.
const MIGRATIONS: [fn(Value) -> Option<Value>; 3] = [v1_to_v2, v2_to_v3, v3_to_v4];

/// Version 1 kept only the answers of the check in progress: `{"version":1,"answers":{...}}`.
/// A finished version-1 check has no date, so it stays the check in progress; it joins the
/// history, dated, the next time its results are opened.
fn v1_to_v2(mut envelope: Value) -> Option<Value> {
    let answers = envelope.get_mut("answers")?.take();
    Some(json!({
        "version": 2,
        "data": { "current": { "answers": answers, "recorded_as": null }, "history": [] },
    }))
}

/// Version 3 asks the safety check as tick lists (new question ids), which version 2 cannot read.
/// Finished checks keep the first release's yes/no safety answers and are read with them. An
/// unfinished check in progress drops them, so the person answers the current safety questions
/// (which ask about more signs) before any result; every other answer is kept.
fn v2_to_v3(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = json!(3);
    let current = envelope.get_mut("data")?.get_mut("current");
    if let Some(current) = current.filter(|current| current.get("recorded_as").is_none_or(Value::is_null)) {
        if let Some(Value::Object(answers)) = current.get_mut("answers") {
            answers.retain(|id, _| !id.starts_with("flag-"));
        }
    }
    Some(envelope)
}

/// Version 4 adds the exercise plan and its sessions; older data has neither.
fn v3_to_v4(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = json!(4);
    let data = envelope.get_mut("data")?.as_object_mut()?;
    data.insert("plan".to_string(), Value::Null);
    data.insert("sessions".to_string(), json!([]));
    Some(envelope)
}

/// Everything Backcheck keeps for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedData {
    /// The check in progress (or the last one, if finished and not started again).
    pub answers: Answers,
    /// The history entry the current answers were recorded as, once they were finished.
    pub recorded_as: Option<Timestamp>,
    pub history: History,
    /// The exercise plan, once made.
    pub plan: Option<Plan>,
    /// The plan's sessions, oldest first, no two with the same time.
    pub sessions: Vec<Session>,
}

impl Default for SavedData {
    fn default() -> Self {
        SavedData { answers: BANK.answers(), recorded_as: None, history: History::new(), plan: None, sessions: Vec::new() }
    }
}

/// `sessions` with `others` merged in by time (their id): sessions only in `others` are added,
/// and for the same time the one in `sessions` is kept.
fn merge_sessions(sessions: &mut Vec<Session>, others: &[Session]) {
    for other in others {
        if !sessions.iter().any(|session| session.at == other.at) {
            sessions.push(other.clone());
        }
    }
    crate::assessment::sort_by_rank(sessions, |session| session.at);
}

/// Another copy's plan and sessions merged into `here` (another tab's save, say). The newer plan
/// wins: a plan made later replaces the one before, in every tab. Sessions from both are kept once
/// each, except those logged before the plan began, which belong to a plan replaced since.
/// Returns whether `here` changed.
pub fn merge_plan(here: &mut SavedData, other_plan: Option<&Plan>, other_sessions: &[Session]) -> bool {
    let before = (here.plan.clone(), here.sessions.clone());
    if other_plan.is_some_and(|other| here.plan.as_ref().is_none_or(|plan| other.started_at > plan.started_at)) {
        here.plan = other_plan.cloned();
    }
    merge_sessions(&mut here.sessions, other_sessions);
    keep_sessions_of_plan(here);
    (&here.plan, &here.sessions) != (&before.0, &before.1)
}

/// Leaves out sessions logged before the plan began (a replaced plan's).
fn keep_sessions_of_plan(data: &mut SavedData) {
    let started = data.plan.as_ref().map_or(0, |plan| plan.started_at);
    data.sessions.retain(|session| session.at >= started);
}

impl SavedData {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty() && self.plan.is_none() && self.sessions.is_empty()
    }
}

/// What could not be restored, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not readable at all: not JSON, or not our envelope.
    Unreadable,
    /// Saved by a newer version of the app than this one.
    NewerVersion(u64),
    /// Readable, but some parts were not valid and were left out.
    PartsDropped { answers: usize, checks: usize, plan_entries: usize },
}

impl LoadProblem {
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Unreadable => "Your saved data could not be read, so Backcheck starts fresh. The old data is kept on this device, and is included when you save your data to a file.".to_string(),
            LoadProblem::NewerVersion(_) => "Your data was saved by a newer version of Backcheck. Reload the page to get it. For now Backcheck starts fresh, and your saved data is kept.".to_string(),
            LoadProblem::PartsDropped { answers, checks, plan_entries } => {
                let mut parts = Vec::new();
                if *plan_entries > 0 {
                    parts.push(count(*plan_entries, "part of your plan", "parts of your plan"));
                }
                if *checks > 0 {
                    parts.push(count(*checks, "past check", "past checks"));
                }
                if *answers > 0 {
                    parts.push(count(*answers, "answer", "answers"));
                }
                format!(
                    "Some saved data could not be read ({}), so it is left out. The rest is here, and the unreadable part is kept on this device.",
                    parts.join(" and "),
                )
            }
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The stored envelope as serde writes it; `encode` gives its text.
#[derive(Serialize)]
pub struct Envelope<'a> {
    version: u64,
    data: DataOut<'a>,
}

#[derive(Serialize)]
struct DataOut<'a> {
    current: CurrentOut<'a>,
    history: Vec<PastCheckOut<'a>>,
    plan: Option<PlanOut<'a>>,
    sessions: Vec<SessionOut<'a>>,
}

#[derive(Serialize)]
struct PlanOut<'a> {
    started_at: Timestamp,
    days_per_week: u8,
    activities: Vec<PlannedOut<'a>>,
}

#[derive(Serialize)]
struct PlannedOut<'a> {
    activity: &'a str,
    recent: u16,
}

#[derive(Serialize)]
struct SessionOut<'a> {
    at: Timestamp,
    activity: &'a str,
    amount: u16,
    pain_during: u8,
    next_day: Option<NextDayOut>,
}

#[derive(Serialize)]
struct NextDayOut {
    settled_by_morning: bool,
    back: &'static str,
}

#[derive(Serialize)]
struct CurrentOut<'a> {
    answers: AnswersOut<'a>,
    recorded_as: Option<Timestamp>,
}

#[derive(Serialize)]
struct PastCheckOut<'a> {
    completed_at: Timestamp,
    answers: AnswersOut<'a>,
}

/// Answers as one JSON object, question id to value, in id order (see `docs/answers-format.md`).
pub struct AnswersOut<'a>(pub &'a Answers);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, answer) in self.0.iter() {
            map.serialize_entry(id, &AnswerOut::from(answer))?;
        }
        map.end()
    }
}

/// One answer's plain JSON value: `true`, `7`, `"under-6-weeks"`, `["bending"]`.
#[derive(Serialize)]
#[serde(untagged)]
enum AnswerOut<'a> {
    YesNo(bool),
    Scale(u8),
    Choice(&'a str),
    Choices(&'a [String]),
}

impl<'a> From<&'a Answer> for AnswerOut<'a> {
    fn from(answer: &'a Answer) -> Self {
        match answer {
            Answer::YesNo(yes) => AnswerOut::YesNo(*yes),
            Answer::Scale(value) => AnswerOut::Scale(*value),
            Answer::Choice(choice) => AnswerOut::Choice(choice),
            Answer::Choices(picked) => AnswerOut::Choices(picked),
        }
    }
}

/// The stored form of `data`, for local storage.
pub fn envelope(data: &SavedData) -> Envelope<'_> {
    let history = data.history.checks().iter();
    Envelope {
        version: CURRENT_VERSION,
        data: DataOut {
            current: CurrentOut { answers: AnswersOut(&data.answers), recorded_as: data.recorded_as },
            history: history.map(|check| PastCheckOut { completed_at: check.completed_at, answers: AnswersOut(&check.answers) }).collect(),
            plan: data.plan.as_ref().map(|plan| PlanOut {
                started_at: plan.started_at,
                days_per_week: plan.days_per_week,
                activities: plan.activities.iter().map(|a| PlannedOut { activity: &a.activity, recent: a.recent }).collect(),
            }),
            sessions: data
                .sessions
                .iter()
                .map(|s| SessionOut {
                    at: s.at,
                    activity: &s.activity,
                    amount: s.amount,
                    pain_during: s.pain_during,
                    next_day: s.next_day.map(|n| NextDayOut { settled_by_morning: n.settled_by_morning, back: n.back.id() }),
                })
                .collect(),
        },
    }
}

/// The stored form of `data` as text: what local storage holds.
pub fn encode(data: &SavedData) -> String {
    serde_json::to_string(&envelope(data)).expect("the envelope has only string keys")
}

/// Reads stored data, keeping every valid part even when some are not.
pub fn decode(raw: &str) -> (SavedData, Option<LoadProblem>) {
    match serde_json::from_str(raw) {
        Ok(value) => decode_value(value),
        Err(_) => (SavedData::default(), Some(LoadProblem::Unreadable)),
    }
}

/// `decode` for a value already parsed (gloo-storage parses what it reads).
pub fn decode_value(value: Value) -> (SavedData, Option<LoadProblem>) {
    let data = match upgraded(value) {
        Ok(data) => data,
        Err(problem) => return (SavedData::default(), Some(problem)),
    };
    let read = read_data(&data);
    let problem = (read.dropped_answers + read.dropped_checks + read.dropped_plan > 0)
        .then_some(LoadProblem::PartsDropped { answers: read.dropped_answers, checks: read.dropped_checks, plan_entries: read.dropped_plan });
    (read.data, problem)
}

/// Migrates an envelope of any known version to the current one; returns its data.
fn upgraded(mut envelope: Value) -> Result<Value, LoadProblem> {
    let mut version = envelope.get("version").and_then(Value::as_u64).ok_or(LoadProblem::Unreadable)?;
    if version > CURRENT_VERSION {
        return Err(LoadProblem::NewerVersion(version));
    }
    while version < CURRENT_VERSION {
        let migrate = MIGRATIONS.get(version.checked_sub(1).ok_or(LoadProblem::Unreadable)? as usize);
        envelope = migrate.and_then(|migrate| migrate(envelope)).ok_or(LoadProblem::Unreadable)?;
        version += 1;
    }
    match envelope.get_mut("data") {
        Some(data @ Value::Object(_)) => Ok(data.take()),
        _ => Err(LoadProblem::Unreadable),
    }
}

struct ReadData {
    data: SavedData,
    dropped_answers: usize,
    dropped_checks: usize,
    dropped_plan: usize,
}

/// Reads the current version's data. The answers in progress are kept one by one; a past check
/// is kept whole or not at all, since a check missing an answer could show a wrong result.
fn read_data(data: &Value) -> ReadData {
    let current = data.get("current");
    let (answers, dropped_answers) = match current.and_then(|current| current.get("answers")) {
        Some(raw) => answers_from_json(raw),
        None => (BANK.answers(), 0),
    };
    let recorded_as = current.and_then(|current| current.get("recorded_as")).and_then(Value::as_u64);
    let raw_history = match data.get("history") {
        Some(Value::Array(checks)) => checks.as_slice(),
        Some(_) => &[Value::Null][..],
        None => &[],
    };
    let checks: Vec<PastCheck> = raw_history.iter().filter_map(past_check_from_json).collect();
    let dropped_checks = raw_history.len() - checks.len();
    let (plan, bad_plan) = match data.get("plan") {
        None | Some(Value::Null) => (None, 0),
        Some(raw) => plan_from_json(raw).map_or((None, 1), |plan| (Some(plan), 0)),
    };
    let raw_sessions = match data.get("sessions") {
        Some(Value::Array(sessions)) => sessions.as_slice(),
        Some(_) => &[Value::Null][..],
        None => &[],
    };
    let mut sessions = Vec::new();
    merge_sessions(&mut sessions, &raw_sessions.iter().filter_map(session_from_json).collect::<Vec<_>>());
    let dropped_plan = bad_plan + raw_sessions.len() - sessions.len();
    ReadData {
        data: SavedData { answers, recorded_as, history: History::from_checks(checks), plan, sessions },
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
            Some(PlannedActivity { activity: activity.to_string(), recent: u16::try_from(a.get("recent")?.as_u64()?).ok()?.max(1) })
        })
        .collect::<Option<Vec<_>>>()?;
    let days_per_week = u8::try_from(raw.get("days_per_week")?.as_u64()?).ok().filter(|d| (1..=7).contains(d))?;
    (!activities.is_empty()).then_some(Plan { started_at: raw.get("started_at")?.as_u64()?, days_per_week, activities })
}

fn session_from_json(raw: &Value) -> Option<Session> {
    let next_day = match raw.get("next_day")? {
        Value::Null => None,
        next => Some(NextDay {
            settled_by_morning: next.get("settled_by_morning")?.as_bool()?,
            back: BackSince::from_id(next.get("back")?.as_str()?)?,
        }),
    };
    let activity = raw.get("activity")?.as_str()?;
    crate::content::plan::activity(activity)?;
    Some(Session {
        at: raw.get("at")?.as_u64()?,
        activity: activity.to_string(),
        amount: u16::try_from(raw.get("amount")?.as_u64()?).ok()?,
        pain_during: u8::try_from(raw.get("pain_during")?.as_u64()?).ok().filter(|p| *p <= 10)?,
        next_day,
    })
}

fn past_check_from_json(raw: &Value) -> Option<PastCheck> {
    let completed_at = raw.get("completed_at")?.as_u64()?;
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
        Value::Array(picked) => {
            Answer::Choices(picked.iter().map(|pick| pick.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()?)
        }
        _ => return None,
    })
}

/// Raw stored values that could not be read, kept so nothing is ever lost. Stored as a JSON
/// array of strings; an older single raw value is read as a list of one.
pub fn aside_items(stored: Option<&str>) -> Vec<String> {
    match stored {
        None => Vec::new(),
        Some(raw) => serde_json::from_str(raw).unwrap_or_else(|_| vec![raw.to_string()]),
    }
}

/// The aside list with `raw` added, unless it is there already.
pub fn with_aside(mut items: Vec<String>, raw: &str) -> Vec<String> {
    if !items.iter().any(|item| item == raw) {
        items.push(raw.to_string());
    }
    items
}

#[derive(Serialize)]
struct ExportOut<'a> {
    app: &'static str,
    exported_at: Timestamp,
    #[serde(flatten)]
    envelope: Envelope<'a>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    kept_aside: &'a [String],
}

/// Everything, as a file a person can keep or move to another device (indented, for people who open it).
pub fn export_file(data: &SavedData, kept_aside: &[String], exported_at: Timestamp) -> String {
    let file = ExportOut { app: "Backcheck", exported_at, envelope: envelope(data), kept_aside };
    serde_json::to_string_pretty(&file).expect("the export has only string keys")
}

/// A file's contents, checked whole: an import either takes all of it or changes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    pub data: SavedData,
    pub kept_aside: Vec<String>,
}

/// Why a file was refused, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    NotBackcheck,
    NewerVersion,
    Damaged,
}

impl ImportProblem {
    pub fn message(&self) -> &'static str {
        match self {
            ImportProblem::NotBackcheck => "This file is not a Backcheck data file, so nothing was imported. Choose the file you saved with “Save my data to a file”.",
            ImportProblem::NewerVersion => "This file was saved by a newer version of Backcheck, so nothing was imported. Reload the page to get the newer version, then try again.",
            ImportProblem::Damaged => "Part of this file is damaged or was changed by hand, so nothing was imported. Try a different copy of the file.",
        }
    }
}

/// Reads an exported file (or a stored envelope) of any known version.
pub fn read_import(text: &str) -> Result<ImportFile, ImportProblem> {
    let mut file: Value = serde_json::from_str(text).map_err(|_| ImportProblem::NotBackcheck)?;
    let kept_aside = file.get_mut("kept_aside").map(Value::take);
    let data = upgraded(file).map_err(|problem| match problem {
        LoadProblem::NewerVersion(_) => ImportProblem::NewerVersion,
        _ => ImportProblem::NotBackcheck,
    })?;
    let read = read_data(&data);
    if read.dropped_answers + read.dropped_checks + read.dropped_plan > 0 {
        return Err(ImportProblem::Damaged);
    }
    let kept_aside = match kept_aside {
        None => Vec::new(),
        Some(items) => serde_json::from_value(items).map_err(|_| ImportProblem::Damaged)?,
    };
    Ok(ImportFile { data: read.data, kept_aside })
}

/// What an import did, for the message after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub already_here: usize,
    pub took_answers_in_progress: bool,
}

impl ImportSummary {
    pub fn message(&self) -> String {
        let mut message = match (self.added, self.already_here) {
            (0, 0) => "The file had no finished checks.".to_string(),
            (0, here) => format!("Nothing new: the {} in the file {} already here.", count(here, "check", "checks"), if here == 1 { "was" } else { "were" }),
            (added, 0) => format!("Imported {}.", count(added, "past check", "past checks")),
            (added, here) => format!(
                "Imported {}. {here} {} already here.",
                count(added, "past check", "past checks"),
                if here == 1 { "was" } else { "were" },
            ),
        };
        if self.took_answers_in_progress {
            message.push_str(" Your unfinished check from the file is ready to continue.");
        }
        message
    }
}

/// Merges an imported file into the person's data: past checks are added without duplicates,
/// and unfinished answers are taken only when there are none here, so nothing here is replaced.
pub fn merge_import(local: &mut SavedData, file: &ImportFile) -> ImportSummary {
    let merged = local.history.merge(&file.data.history);
    if local.plan.is_none() {
        local.plan = file.data.plan.clone();
    }
    merge_sessions(&mut local.sessions, &file.data.sessions);
    keep_sessions_of_plan(local);
    let take_answers = local.answers.is_empty() && !file.data.answers.is_empty();
    if take_answers {
        local.answers = file.data.answers.clone();
        // Still linked to its history entry, so opening its results does not record it twice.
        local.recorded_as = file.data.recorded_as.filter(|&at| local.history.get(at).is_some_and(|check| check.answers == local.answers));
    }
    ImportSummary { added: merged.added, already_here: merged.already_here, took_answers_in_progress: take_answers }
}
