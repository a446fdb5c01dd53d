//! The saved data as JSON: one versioned envelope, `{"version":N,"data":{...}}`, for both local
//! storage and exported files, with an explicit migration from every past version. Pure, so it is
//! tested natively; `docs/answers-format.md` describes each version.
//!
//! One file a job: `data` (the app's types, the merge rule, the version: the others stand on it),
//! `migrations` (each past version to the next), `read` (stored JSON to the app's types), `write`
//! (the app's types to stored JSON), `export` (the file a person saves and loads). This file only
//! lists them.

mod data;
mod export;
mod migrations;
mod read;
mod write;

pub use data::{LoadProblem, Merged, SavedData, Source, CURRENT_VERSION};
pub use export::{export_file, merge_import, read_import, ImportFile, ImportProblem, ImportSummary};
pub use read::{answers_from_json, aside_items, decode, with_aside, LATEST_TIME};
pub use write::{encode, envelope, write_all_or_nothing, AnswersOut};
