//! Keeps the person's data in this browser's local storage, and nowhere else.
//!
//! One key holds a versioned envelope (see `schema`). Whatever cannot be read is moved aside,
//! never deleted, and the app goes on with what it could read, telling the person once. When
//! storage is blocked or full, the app keeps working in memory. Other tabs write the same key, so
//! every write merges in the history already stored, and the app listens for their changes.

mod schema;

use std::cell::Cell;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

pub use schema::{
    answers_from_json, aside_items, decode, decode_value, encode, envelope, export_file, merge_import, read_import, with_aside, AnswersOut,
    ImportFile, ImportProblem, ImportSummary, LoadProblem, Merged, SavedData, Source, CURRENT_VERSION, LATEST_TIME,
};

pub const KEY: &str = "backcheck";
/// Where stored values that could not be read are kept (a JSON list of the raw values), so a
/// later version, or an export, can still recover them.
pub const UNREADABLE_KEY: &str = "backcheck.unreadable";

/// Whether local storage can be used at all. gloo-storage reaches it through `LocalStorage::raw()`,
/// which throws a JS exception (it cannot return an error) when `window.localStorage` is switched
/// off or blocked (some private modes, blocked site data). So this asks web-sys once, before any
/// gloo call, and the app runs in memory when the answer is no.
pub fn is_available() -> bool {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten()).is_some()
}

thread_local! {
    /// The key holds a value this app could not read, and there was no room to keep a copy of it
    /// aside: it must stay where it is, so nothing is saved over it (`save` refuses).
    static HOLDING_UNREADABLE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the stored value could not be read nor kept aside, so nothing new is saved over it.
pub fn holding_unreadable() -> bool {
    HOLDING_UNREADABLE.with(Cell::get)
}

fn set_holding_unreadable(holding: bool) {
    HOLDING_UNREADABLE.with(|cell| cell.set(holding));
}

/// The exact text stored under `key`, for keeping a value aside as it was.
fn raw_text(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// The data saved in this browser, and what could not be restored.
pub fn load() -> (SavedData, Option<LoadProblem>) {
    if !is_available() {
        return (SavedData::default(), None);
    }
    let (data, problem) = match LocalStorage::get::<serde_json::Value>(KEY) {
        Ok(value) => decode_value(value),
        Err(StorageError::KeyNotFound(_)) => {
            set_holding_unreadable(false);
            return (SavedData::default(), None);
        }
        Err(StorageError::SerdeError(_)) => (SavedData::default(), Some(LoadProblem::Unreadable)),
        Err(StorageError::JsError(_)) => return (SavedData::default(), None),
    };
    // Copied aside before a later save overwrites the key, exactly as it was stored. Where the
    // copy does not fit, the original stays where it is and nothing is saved over it.
    let kept_aside = match problem {
        Some(_) => raw_text(KEY).is_none_or(|raw| store_aside(&with_aside(read_aside(), &raw)).is_ok()),
        None => true,
    };
    set_holding_unreadable(!kept_aside);
    (data, problem)
}

/// Why saving failed, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveProblem {
    Unavailable,
    Full,
    /// The stored value could not be read nor kept aside: it is left as it is (`holding_unreadable`).
    HoldingUnreadable,
}

impl SaveProblem {
    pub fn message(&self) -> &'static str {
        match self {
            SaveProblem::Unavailable => "This browser is not letting Backcheck save, for example in a private window. The check still works, but your answers will be lost if you close or reload the page.",
            SaveProblem::Full => "This browser's storage is full, so your latest answers could not be saved. The check still works, but they will be lost if you close or reload the page.",
            SaveProblem::HoldingUnreadable => "Your saved data could not be read, and this browser has no room to keep a copy of it aside. So that nothing is lost, Backcheck leaves it as it is and saves nothing new on this device. The check still works. To keep what you do now, save your data to a file on the data screen: the file carries the old data too.",
        }
    }

    fn from_storage_error(error: StorageError) -> Self {
        match error {
            StorageError::JsError(error) if error.name == "QuotaExceededError" => SaveProblem::Full,
            _ => SaveProblem::Unavailable,
        }
    }
}

/// Saves the data, first merging in what other tabs stored meanwhile (`SavedData::merge_from`,
/// `Source::StoredBeforeSave`: past checks, sessions and plan notes from both, the newer plan);
/// returns the merged data when that changed anything, for the screen to show. Empty data leaves
/// no key behind.
pub fn save(data: &SavedData) -> Result<Option<SavedData>, SaveProblem> {
    if !is_available() {
        return Err(SaveProblem::Unavailable);
    }
    let (stored, _) = load();
    if holding_unreadable() {
        return Err(SaveProblem::HoldingUnreadable);
    }
    let mut merged = data.clone();
    let changed = merged.merge_from(&stored, Source::StoredBeforeSave).changed;
    if merged.is_empty() {
        LocalStorage::delete(KEY);
    } else {
        LocalStorage::set(KEY, envelope(&merged)).map_err(SaveProblem::from_storage_error)?;
    }
    Ok(changed.then_some(merged))
}

/// The kept-aside list as stored (`aside_items` reads it, an older single raw value too).
fn read_aside() -> Vec<String> {
    aside_items(raw_text(UNREADABLE_KEY).as_deref())
}

fn store_aside(items: &[String]) -> Result<(), SaveProblem> {
    LocalStorage::set(UNREADABLE_KEY, items).map_err(SaveProblem::from_storage_error)
}

/// The raw values kept aside because they could not be read, and the stored value itself while
/// it could not be read nor kept aside: an export carries them all.
pub fn kept_aside() -> Vec<String> {
    if !is_available() {
        return Vec::new();
    }
    let aside = read_aside();
    match raw_text(KEY).filter(|_| holding_unreadable()) {
        Some(raw) => with_aside(aside, &raw),
        None => aside,
    }
}

/// What an import did to the stored data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Merged and saved: the data to show, and what came in.
    Saved(SavedData, ImportSummary),
    /// Merged, but it could not be saved (storage switched off, or an unreadable value left as it
    /// is): the data lives on this page only.
    NotSaved(SavedData, ImportSummary, SaveProblem),
    /// It does not fit in this browser's storage: nothing was imported, nothing here changed.
    DoesNotFit,
}

/// Merges a file into the data here and saves the result at once, so the person is told what
/// was saved, not what was merged in memory.
pub fn import(here: &SavedData, file: &ImportFile) -> Imported {
    let mut data = here.clone();
    let summary = merge_import(&mut data, file);
    match save(&data) {
        Ok(merged) => Imported::Saved(merged.unwrap_or(data), summary),
        Err(SaveProblem::Full) => Imported::DoesNotFit,
        Err(problem) => Imported::NotSaved(data, summary, problem),
    }
}

/// Adds values to the kept-aside list (from an imported file), so they are not lost either.
pub fn keep_aside(items: &[String]) -> Result<(), SaveProblem> {
    if !is_available() {
        return Err(SaveProblem::Unavailable);
    }
    store_aside(&items.iter().fold(read_aside(), |kept, item| with_aside(kept, item)))
}

/// Removes everything Backcheck stored on this device, the kept-aside values too.
pub fn delete_all() -> Result<(), SaveProblem> {
    if !is_available() {
        return Err(SaveProblem::Unavailable);
    }
    LocalStorage::delete(KEY);
    LocalStorage::delete(UNREADABLE_KEY);
    set_holding_unreadable(false);
    Ok(())
}

/// Whether a `storage` event from another tab concerns the saved data (`None`: storage cleared).
pub fn is_saved_data_key(key: Option<&str>) -> bool {
    key.is_none_or(|key| key == KEY)
}
