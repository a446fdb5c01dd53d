//! The export file ("Save my data to a file"): the stored envelope with the app's name, the time,
//! and the values kept aside; and reading one back, whole or not at all, merged without duplicates.

use serde::Serialize;
use serde_json::Value;

use super::data::{LoadProblem, SavedData, Source};
use super::migrations::upgraded;
use super::read::{items, read_data};
use super::write::{envelope, Envelope};
use crate::assessment::{is_complete, PlanNoteKind, Timestamp};
use crate::content::words::{and_list, count};

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
    /// Ratings of the activities the person's back makes hard, from the file, not here before.
    pub ratings_added: usize,
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
        if self.ratings_added > 0 {
            came_in.push(count(self.ratings_added, "rating of what your back makes hard", "ratings of what your back makes hard"));
        }
        let mut message = match (came_in.is_empty(), self.already_here) {
            (true, 0) => "The file had no finished checks.".to_string(),
            (true, here) => format!(
                "Nothing new: the {} in the file {} already here.",
                count(here, "check", "checks"),
                if here == 1 { "was" } else { "were" }
            ),
            (false, here) => {
                let already = match here {
                    0 => String::new(),
                    here => format!(" {here} {} already here.", if here == 1 { "check was" } else { "checks were" }),
                };
                format!("Imported {}.{already}", and_list(&came_in))
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

/// Merges an imported file into the person's data (`SavedData::merge_from`, `Source::File`):
/// past checks, sessions and notes are added without duplicates, and a plan or unfinished
/// answers are taken only when there are none here, so nothing here is replaced.
pub fn merge_import(local: &mut SavedData, file: &ImportFile) -> ImportSummary {
    let ratings = |data: &SavedData| data.plan_notes.iter().filter(|note| matches!(note.kind, PlanNoteKind::Ratings(_))).count();
    let ratings_before = ratings(local);
    let merged = local.merge_from(&file.data, Source::File);
    ImportSummary {
        added: merged.checks.added,
        already_here: merged.checks.already_here,
        took_plan: merged.took_plan,
        sessions_added: merged.sessions_added,
        ratings_added: ratings(local) - ratings_before,
        took_answers: merged.took_answers.then(|| is_complete(&local.answers)),
    }
}
