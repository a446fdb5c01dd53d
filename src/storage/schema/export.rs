//! The export file ("Save my data to a file"): the stored envelope with the app's name, the time,
//! and the values kept aside; and reading one back, whole or not at all, merged without duplicates.

use serde::Serialize;
use serde_json::Value;

use super::migrations::upgraded;
use super::read::{count, items, read_data, LoadProblem};
use super::write::{envelope, Envelope};
use super::SavedData;
use crate::assessment::{keep_sessions_of_plan, merge_notes, merge_sessions, Timestamp};

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
    /// Two past checks, sessions or plan notes with the same time (their id): Backcheck never
    /// writes that, and which one to keep is a guess, so the file is refused, whichever kind.
    Duplicates,
}

impl ImportProblem {
    pub fn message(&self) -> &'static str {
        match self {
            ImportProblem::NotBackcheck => "This file is not a Backcheck data file, so nothing was imported. Choose the file you saved with “Save my data to a file”.",
            ImportProblem::NewerVersion => "This file was saved by a newer version of Backcheck, so nothing was imported. Reload the page to get the newer version, then try again.",
            ImportProblem::Damaged => "Part of this file is damaged or was changed by hand, so nothing was imported. Try a different copy of the file.",
            ImportProblem::Duplicates => "This file has two entries with the same date and time, which Backcheck never writes, so nothing was imported. Try a different copy of the file.",
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
    if has_duplicate_times(&data) {
        return Err(ImportProblem::Duplicates);
    }
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

/// Whether any list in the data names one time (an id) twice.
fn has_duplicate_times(data: &Value) -> bool {
    [("history", "completed_at"), ("sessions", "at"), ("plan_notes", "at")].iter().any(|(list, id)| {
        let times: Vec<&Value> = items(data, list).iter().filter_map(|item| item.get(id)).collect();
        times.iter().enumerate().any(|(index, time)| times[..index].contains(time))
    })
}

/// What an import did, for the message after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub already_here: usize,
    /// The file's exercise plan was taken (there was none here).
    pub took_plan: bool,
    /// Sessions from the file not here before.
    pub sessions_added: usize,
    /// The file's check in progress was taken (there was none here): `Some(true)` when it is finished.
    pub took_answers: Option<bool>,
}

impl ImportSummary {
    pub fn message(&self) -> String {
        let mut came_in = Vec::new();
        if self.added > 0 {
            came_in.push(count(self.added, "past check", "past checks"));
        }
        if self.took_plan {
            came_in.push("your exercise plan".to_string());
        }
        if self.sessions_added > 0 {
            came_in.push(count(self.sessions_added, "session", "sessions"));
        }
        let mut message = match (came_in.split_last(), self.already_here) {
            (None, 0) => "The file had no finished checks.".to_string(),
            (None, here) => format!(
                "Nothing new: the {} in the file {} already here.",
                count(here, "check", "checks"),
                if here == 1 { "was" } else { "were" }
            ),
            (Some((last, rest)), here) => {
                let list = if rest.is_empty() { last.clone() } else { format!("{} and {last}", rest.join(", ")) };
                let already = match here {
                    0 => String::new(),
                    here => format!(" {here} {} already here.", if here == 1 { "check was" } else { "checks were" }),
                };
                format!("Imported {list}.{already}")
            }
        };
        match self.took_answers {
            Some(true) => message.push_str(" Your finished check from the file is here: see its results from the start page."),
            Some(false) => message.push_str(" Your unfinished check from the file is ready to continue."),
            None => {}
        }
        message
    }
}

/// Merges an imported file into the person's data: past checks are added without duplicates,
/// and unfinished answers are taken only when there are none here, so nothing here is replaced.
pub fn merge_import(local: &mut SavedData, file: &ImportFile) -> ImportSummary {
    let merged = local.history.merge(&file.data.history);
    let took_plan = local.plan.is_none() && file.data.plan.is_some();
    if took_plan {
        local.plan = file.data.plan.clone();
    }
    let sessions_before = local.sessions.clone();
    merge_sessions(&mut local.sessions, &file.data.sessions);
    keep_sessions_of_plan(local.plan.as_ref(), &mut local.sessions);
    merge_notes(&mut local.plan_notes, &file.data.plan_notes);
    let take_answers = local.answers.is_empty() && !file.data.answers.is_empty();
    if take_answers {
        local.answers = file.data.answers.clone();
        // Still linked to its history entry, so opening its results does not record it twice.
        local.recorded_as = file.data.recorded_as.filter(|&at| local.history.get(at).is_some_and(|check| check.answers == local.answers));
    }
    let sessions_added = local.sessions.iter().filter(|session| !sessions_before.iter().any(|before| before.at == session.at)).count();
    ImportSummary {
        added: merged.added,
        already_here: merged.already_here,
        took_plan,
        sessions_added,
        took_answers: take_answers.then(|| crate::assessment::is_complete(&local.answers)),
    }
}
