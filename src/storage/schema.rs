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

use crate::assessment::{Answer, Answers, History, PastCheck, Timestamp};
use crate::content::questions::BANK;

pub const CURRENT_VERSION: u64 = 3;

/// Upgrades an envelope of version `index + 1` to `index + 2`. Never edit one once released:
/// people's devices hold data in every past version. Add a new one for every schema change.
const MIGRATIONS: [fn(Value) -> Option<Value>; 2] = [v1_to_v2, v2_to_v3];

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

/// Everything Backcheck keeps for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedData {
    /// The check in progress (or the last one, if finished and not started again).
    pub answers: Answers,
    /// The history entry the current answers were recorded as, once they were finished.
    pub recorded_as: Option<Timestamp>,
    pub history: History,
}

impl Default for SavedData {
    fn default() -> Self {
        SavedData { answers: BANK.answers(), recorded_as: None, history: History::new() }
    }
}

impl SavedData {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty()
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
    PartsDropped { answers: usize, checks: usize },
}

impl LoadProblem {
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Unreadable => "Your saved data could not be read, so Backcheck starts fresh. The old data is kept on this device, and is included when you save your data to a file.".to_string(),
            LoadProblem::NewerVersion(_) => "Your data was saved by a newer version of Backcheck. Reload the page to get it. For now Backcheck starts fresh, and your saved data is kept.".to_string(),
            LoadProblem::PartsDropped { answers, checks } => {
                let mut parts = Vec::new();
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
    let problem = (read.dropped_answers + read.dropped_checks > 0)
        .then_some(LoadProblem::PartsDropped { answers: read.dropped_answers, checks: read.dropped_checks });
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
    ReadData { data: SavedData { answers, recorded_as, history: History::from_checks(checks) }, dropped_answers, dropped_checks }
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
    if read.dropped_answers + read.dropped_checks > 0 {
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
    let take_answers = local.answers.is_empty() && !file.data.answers.is_empty();
    if take_answers {
        local.answers = file.data.answers.clone();
        // Still linked to its history entry, so opening its results does not record it twice.
        local.recorded_as = file.data.recorded_as.filter(|&at| local.history.get(at).is_some_and(|check| check.answers == local.answers));
    }
    ImportSummary { added: merged.added, already_here: merged.already_here, took_answers_in_progress: take_answers }
}
