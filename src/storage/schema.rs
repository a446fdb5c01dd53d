//! The saved data as JSON: one versioned envelope, `{"version":N,"data":{...}}`, for both local
//! storage and exported files, with an explicit migration from every past version. Pure, so it is
//! tested natively; `docs/answers-format.md` describes each version.
//!
//! JSON goes through the small `json` module: every value is untrusted and checked against the
//! question bank by hand anyway.

use super::json::Json;
use crate::assessment::{question, Answer, Answers, History, PastCheck, Timestamp};

pub const CURRENT_VERSION: u64 = 2;

/// Upgrades an envelope of version `index + 1` to `index + 2`. Never edit one once released:
/// people's devices hold data in every past version. Add a new one for every schema change.
const MIGRATIONS: [fn(&Json) -> Option<Json>; 1] = [v1_to_v2];

/// Version 1 kept only the answers of the check in progress: `{"version":1,"answers":{...}}`.
/// A finished version-1 check has no date, so it stays the check in progress; it joins the
/// history, dated, the next time its results are opened.
fn v1_to_v2(envelope: &Json) -> Option<Json> {
    let answers = envelope.get("answers")?.clone();
    Some(Json::object([
        ("version", Json::from(2u64)),
        (
            "data",
            Json::object([
                ("current", Json::object([("answers", answers), ("recorded_as", Json::Null)])),
                ("history", Json::Array(Vec::new())),
            ]),
        ),
    ]))
}

/// Everything Backcheck keeps for a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedData {
    /// The check in progress (or the last one, if finished and not started again).
    pub answers: Answers,
    /// The history entry the current answers were recorded as, once they were finished.
    pub recorded_as: Option<Timestamp>,
    pub history: History,
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

/// The stored form of `data`.
pub fn encode(data: &SavedData) -> String {
    Json::object(envelope(data)).to_text()
}

fn envelope(data: &SavedData) -> [(&'static str, Json); 2] {
    let history = data.history.checks().iter().map(|check| {
        Json::object([("completed_at", Json::from(check.completed_at)), ("answers", answers_to_json(&check.answers))])
    });
    [
        ("version", Json::from(CURRENT_VERSION)),
        (
            "data",
            Json::object([
                ("current", Json::object([("answers", answers_to_json(&data.answers)), ("recorded_as", Json::from(data.recorded_as))])),
                ("history", Json::Array(history.collect())),
            ]),
        ),
    ]
}

/// Reads stored data, keeping every valid part even when some are not.
pub fn decode(raw: &str) -> (SavedData, Option<LoadProblem>) {
    let data = match upgraded(raw) {
        Ok(data) => data,
        Err(problem) => return (SavedData::default(), Some(problem)),
    };
    let read = read_data(&data);
    let problem = (read.dropped_answers + read.dropped_checks > 0)
        .then_some(LoadProblem::PartsDropped { answers: read.dropped_answers, checks: read.dropped_checks });
    (read.data, problem)
}

/// Parses an envelope of any known version and migrates it to the current one; returns its data.
fn upgraded(raw: &str) -> Result<Json, LoadProblem> {
    let mut envelope = Json::parse(raw).filter(|json| json.members().is_some()).ok_or(LoadProblem::Unreadable)?;
    let mut version = envelope.get("version").and_then(Json::as_u64).ok_or(LoadProblem::Unreadable)?;
    if version > CURRENT_VERSION {
        return Err(LoadProblem::NewerVersion(version));
    }
    while version < CURRENT_VERSION {
        let migrate = MIGRATIONS.get(version.checked_sub(1).ok_or(LoadProblem::Unreadable)? as usize);
        envelope = migrate.and_then(|migrate| migrate(&envelope)).ok_or(LoadProblem::Unreadable)?;
        version += 1;
    }
    match envelope.get("data") {
        Some(data @ Json::Object(_)) => Ok(data.clone()),
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
fn read_data(data: &Json) -> ReadData {
    let current = data.get("current");
    let (answers, dropped_answers) = match current.and_then(|current| current.get("answers")) {
        Some(raw) => answers_from_json(raw),
        None => (Answers::new(), 0),
    };
    let recorded_as = current.and_then(|current| current.get("recorded_as")).and_then(Json::as_u64);
    let raw_history = match data.get("history") {
        Some(Json::Array(checks)) => checks.as_slice(),
        Some(_) => &[Json::Null][..],
        None => &[],
    };
    let checks: Vec<PastCheck> = raw_history.iter().filter_map(past_check_from_json).collect();
    let dropped_checks = raw_history.len() - checks.len();
    ReadData { data: SavedData { answers, recorded_as, history: History::from_checks(checks) }, dropped_answers, dropped_checks }
}

fn past_check_from_json(raw: &Json) -> Option<PastCheck> {
    let completed_at = raw.get("completed_at")?.as_u64()?;
    let (answers, dropped) = answers_from_json(raw.get("answers")?);
    (dropped == 0 && crate::assessment::is_complete(&answers)).then_some(PastCheck { completed_at, answers })
}

/// Answers as one JSON object, question id to value (see `docs/answers-format.md`).
pub fn answers_to_json(answers: &Answers) -> Json {
    Json::Object(answers.iter().map(|(id, answer)| (id.to_string(), answer_to_json(answer))).collect())
}

fn answer_to_json(answer: &Answer) -> Json {
    match answer {
        Answer::YesNo(yes) => Json::from(*yes),
        Answer::Scale(value) => Json::from(*value),
        Answer::Choice(choice) => Json::from(choice.as_str()),
        Answer::Choices(picked) => Json::Array(picked.iter().map(|pick| Json::from(pick.as_str())).collect()),
    }
}

/// Reads an answers object, keeping the valid answers; returns how many were dropped.
/// Anything that is not an object counts as one dropped value.
pub fn answers_from_json(raw: &Json) -> (Answers, usize) {
    let Some(raw) = raw.members() else {
        return (Answers::new(), 1);
    };
    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, value) in raw {
        let valid = question(id).is_some() && answer_from_json(value).is_some_and(|answer| answers.set(id, answer).is_ok());
        dropped += usize::from(!valid);
    }
    (answers, dropped)
}

fn answer_from_json(raw: &Json) -> Option<Answer> {
    Some(match raw {
        Json::Bool(yes) => Answer::YesNo(*yes),
        Json::Number(_) => Answer::Scale(u8::try_from(raw.as_u64()?).ok()?),
        Json::String(choice) => Answer::Choice(choice.clone()),
        Json::Array(picked) => {
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
        Some(raw) => match Json::parse(raw) {
            Some(Json::Array(items)) if items.iter().all(|item| item.as_str().is_some()) => {
                items.iter().filter_map(|item| item.as_str().map(str::to_string)).collect()
            }
            _ => vec![raw.to_string()],
        },
    }
}

/// The aside list with `raw` added, unless it is there already.
pub fn add_aside(stored: Option<&str>, raw: &str) -> String {
    let mut items = aside_items(stored);
    if !items.iter().any(|item| item == raw) {
        items.push(raw.to_string());
    }
    Json::Array(items.iter().map(|item| Json::from(item.as_str())).collect()).to_text()
}

/// Everything, as a file a person can keep or move to another device.
pub fn export_file(data: &SavedData, kept_aside: &[String], exported_at: Timestamp) -> String {
    let mut fields = vec![("app", Json::from("Backcheck")), ("exported_at", Json::from(exported_at))];
    fields.extend(envelope(data));
    if !kept_aside.is_empty() {
        fields.push(("kept_aside", Json::Array(kept_aside.iter().map(|item| Json::from(item.as_str())).collect())));
    }
    Json::object(fields).to_pretty_text()
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
    let data = upgraded(text).map_err(|problem| match problem {
        LoadProblem::NewerVersion(_) => ImportProblem::NewerVersion,
        _ => ImportProblem::NotBackcheck,
    })?;
    let read = read_data(&data);
    if read.dropped_answers + read.dropped_checks > 0 {
        return Err(ImportProblem::Damaged);
    }
    let file = Json::parse(text).ok_or(ImportProblem::NotBackcheck)?;
    let kept_aside = match file.get("kept_aside") {
        None => Vec::new(),
        Some(Json::Array(items)) => {
            items.iter().map(|item| item.as_str().map(str::to_string)).collect::<Option<_>>().ok_or(ImportProblem::Damaged)?
        }
        Some(_) => return Err(ImportProblem::Damaged),
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
