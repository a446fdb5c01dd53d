//! The saved data as JSON: one versioned envelope, `{"version":N,"data":{...}}`, for both local
//! storage and exported files, with an explicit migration from every past version. Pure, so it is
//! tested natively; `docs/answers-format.md` describes each version.
//!
//! One file a job: `migrations` (each past version to the next), `read` (stored JSON to the app's
//! types), `write` (the app's types to stored JSON), `export` (the file a person saves and loads).

mod export;
mod migrations;
mod read;
mod write;

use crate::assessment::{Answers, History, Plan, PlanNote, Session, Timestamp};
use crate::content::questions::BANK;

pub use export::{export_file, merge_import, read_import, ImportFile, ImportProblem, ImportSummary};
pub use read::{answers_from_json, aside_items, decode, decode_value, with_aside, LoadProblem, LATEST_TIME};
pub use write::{encode, envelope, AnswersOut};

/// The version written today.
///
/// To add a field: `SavedData` below, `write.rs`'s `DataOut`, `read.rs`'s `read_data`, a step in
/// `migrations.rs` (and this number), `docs/answers-format.md`, a fixture `tests/fixtures/stored-vN.json`,
/// and `AppState::snapshot` and `AppState::replace` (src/ui/state.rs).
pub const CURRENT_VERSION: u64 = 7;

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
    /// What was said during a plan that decides whether it may go on (signs at a check-in, a
    /// professional's word), oldest first, no two with the same time.
    pub plan_notes: Vec<PlanNote>,
}

impl Default for SavedData {
    fn default() -> Self {
        SavedData {
            answers: BANK.answers(),
            recorded_as: None,
            history: History::new(),
            plan: None,
            sessions: Vec::new(),
            plan_notes: Vec::new(),
        }
    }
}

impl SavedData {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty() && self.plan.is_none() && self.sessions.is_empty() && self.plan_notes.is_empty()
    }
}
