//! Keeps the person's data in this browser's local storage, and nowhere else.
//!
//! One key holds a versioned envelope (see `schema`). Whatever cannot be read is moved aside,
//! never deleted, and the app goes on with what it could read, telling the person once. When
//! storage is blocked, full or throws, the app keeps working in memory and says so. Other tabs
//! write the same key, so every write merges in the history already stored, and the app listens
//! for their changes.

pub mod following;
mod schema;

use std::cell::Cell;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::saving;

pub use schema::{
    answers_from_json, aside_items, decode, encode, envelope, export_file, merge_import, read_import, with_aside, write_all_or_nothing,
    AnswersOut, ImportFile, ImportProblem, ImportSummary, LoadProblem, Merged, SavedData, Source, CURRENT_VERSION, LATEST_TIME,
};

pub const KEY: &str = "backcheck";
/// Where stored values that could not be read are kept (a JSON list of the raw values), so a
/// later version, or an export, can still recover them.
pub const UNREADABLE_KEY: &str = "backcheck.unreadable";

#[wasm_bindgen]
extern "C" {
    /// Local storage as this module reads it (`raw_text`).
    #[wasm_bindgen(js_name = Storage)]
    type ExactStorage;

    /// `Storage.getItem` as the JS string it is. web-sys's gives a Rust `String`, which would put
    /// U+FFFD in place of a lone UTF-16 surrogate, so a copy kept aside would not be the original.
    /// Firefox throws from it when its storage file is corrupted, hence `catch`.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_exact(this: &ExactStorage, key: &str) -> Result<Option<js_sys::JsString>, JsValue>;
}

/// Whether local storage can be used at all. gloo-storage reaches it through `LocalStorage::raw()`,
/// which throws a JS exception (it cannot return an error) when `window.localStorage` is switched
/// off or blocked (some private modes, blocked site data). So this asks web-sys once, before any
/// gloo call, and the app runs in memory when the answer is no.
pub fn is_available() -> bool {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten()).is_some()
}

thread_local! {
    /// What stops saving over the stored value, found when it was last read: it could not be
    /// read at all, it could not be kept aside, or a newer version wrote it. `save` refuses then.
    static HOLDING: Cell<Option<SaveProblem>> = const { Cell::new(None) };
}

/// Why nothing is saved over the stored value just now, if anything stops it (`HOLDING`).
pub fn holding() -> Option<SaveProblem> {
    HOLDING.with(Cell::get)
}

fn set_holding(why: Option<SaveProblem>) {
    HOLDING.with(|cell| cell.set(why));
}

/// Why a stored value could not be taken as it is.
enum RawProblem {
    /// Reading threw (a corrupted storage file, say).
    Threw,
    /// It holds a lone UTF-16 surrogate, which no Rust string, nor so any copy, can hold.
    NotExact,
}

/// The exact text stored under `key`.
fn raw_text(key: &str) -> Result<Option<String>, RawProblem> {
    let stored = LocalStorage::raw().unchecked_ref::<ExactStorage>().get_item_exact(key).map_err(|_| RawProblem::Threw)?;
    match stored {
        Some(text) if !text.is_valid_utf16() => Err(RawProblem::NotExact),
        text => Ok(text.map(String::from)),
    }
}

/// The data saved in this browser, and what could not be restored.
pub fn load() -> (SavedData, Option<LoadProblem>) {
    if !is_available() {
        return (SavedData::default(), None);
    }
    let raw = match raw_text(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            set_holding(None);
            return (SavedData::default(), None);
        }
        Err(RawProblem::Threw) => {
            set_holding(Some(SaveProblem::CannotRead));
            return (SavedData::default(), None);
        }
        Err(RawProblem::NotExact) => {
            set_holding(Some(SaveProblem::HoldingUnreadable));
            return (SavedData::default(), Some(LoadProblem::Unreadable));
        }
    };
    let (data, problem) = decode(&raw);
    set_holding(match problem {
        None => None,
        // Its tab may still be open: writing over it, even with a copy aside, would take the
        // newer data from under that tab.
        Some(LoadProblem::NewerVersion(_)) => Some(SaveProblem::NewerVersionOpen),
        // Copied aside before a later save overwrites the key, exactly as it was stored. Where the
        // copy cannot be made, the original stays where it is and nothing is saved over it.
        Some(_) => keep_aside(&[raw]).err().map(|_| SaveProblem::HoldingUnreadable),
    });
    (data, problem)
}

/// Why saving failed, in words for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    Unavailable,
    Full,
    /// Reading the stored value throws, so saving could write over what cannot be seen.
    CannotRead,
    /// The stored value could not be read nor kept aside: it is left as it is.
    HoldingUnreadable,
    /// A newer version of Backcheck, in another tab or before, wrote the stored value.
    NewerVersionOpen,
}

impl SaveProblem {
    pub fn message(&self) -> &'static str {
        match self {
            SaveProblem::Unavailable => saving::NOT_SAVING,
            SaveProblem::Full => saving::STORAGE_FULL,
            SaveProblem::CannotRead => saving::CANNOT_READ,
            SaveProblem::HoldingUnreadable => saving::LEFT_AS_IT_IS,
            SaveProblem::NewerVersionOpen => saving::NEWER_VERSION_SAVED,
        }
    }

    fn from_storage_error(error: StorageError) -> Self {
        match error {
            StorageError::JsError(error) if error.name == "QuotaExceededError" => SaveProblem::Full,
            _ => SaveProblem::Unavailable,
        }
    }
}

/// Stores a text as it is (a value put back): gloo-storage's `set` would write it as JSON.
fn set(key: &str, value: &str) -> Result<(), SaveProblem> {
    LocalStorage::raw().set_item(key, value).map_err(|error| match error.dyn_into::<web_sys::DomException>() {
        Ok(error) if error.name() == "QuotaExceededError" => SaveProblem::Full,
        _ => SaveProblem::Unavailable,
    })
}

fn remove(key: &str) -> Result<(), SaveProblem> {
    LocalStorage::raw().remove_item(key).map_err(|_| SaveProblem::Unavailable)
}

/// Saves the data, first merging in what other tabs stored meanwhile (`SavedData::merge_from`,
/// `Source::StoredBeforeSave`: past checks, sessions and plan notes from both, the newer plan);
/// returns the merged data when that changed anything, for the screen to show. Empty data leaves
/// no key behind.
pub fn save(data: &SavedData) -> Result<Option<SavedData>, SaveProblem> {
    let (merged, changed) = merged_with_stored(data)?;
    match merged.is_empty() {
        true => remove(KEY)?,
        false => LocalStorage::set(KEY, envelope(&merged)).map_err(SaveProblem::from_storage_error)?,
    }
    Ok(changed.then_some(merged))
}

/// `data` with what is stored merged in, and whether that changed it, unless saving is not
/// possible or something stored must not be written over (`holding`).
fn merged_with_stored(data: &SavedData) -> Result<(SavedData, bool), SaveProblem> {
    if !is_available() {
        return Err(SaveProblem::Unavailable);
    }
    let (stored, _) = load();
    if let Some(why) = holding() {
        return Err(why);
    }
    let mut merged = data.clone();
    let changed = merged.merge_from(&stored, Source::StoredBeforeSave).changed;
    Ok((merged, changed))
}

/// The kept-aside list as stored (`aside_items` reads it, an older single raw value too).
fn read_aside() -> Result<Vec<String>, SaveProblem> {
    match raw_text(UNREADABLE_KEY) {
        Ok(stored) => Ok(aside_items(stored.as_deref())),
        Err(_) => Err(SaveProblem::CannotRead),
    }
}

/// The raw values kept aside because they could not be read, and the stored value itself while
/// nothing is saved over it: an export carries them all.
pub fn kept_aside() -> Vec<String> {
    if !is_available() {
        return Vec::new();
    }
    let aside = read_aside().unwrap_or_default();
    match raw_text(KEY).ok().flatten().filter(|_| holding().is_some()) {
        Some(raw) => with_aside(aside, &raw),
        None => aside,
    }
}

/// Adds values to the kept-aside list, so they are not lost.
fn keep_aside(items: &[String]) -> Result<(), SaveProblem> {
    let kept = items.iter().fold(read_aside()?, |kept, item| with_aside(kept, item));
    LocalStorage::set(UNREADABLE_KEY, kept).map_err(SaveProblem::from_storage_error)
}

/// What an import did to the stored data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Merged and saved, with the file's kept-aside values: the data to show, and what came in.
    Saved(SavedData, ImportSummary),
    /// Merged, but it could not be saved (storage switched off, or a stored value left as it
    /// is): the data lives on this page only.
    NotSaved(SavedData, ImportSummary, SaveProblem),
    /// It does not fit in this browser's storage: nothing was imported, nothing here changed.
    DoesNotFit,
}

/// Merges a file into the data here and saves the result, with the file's kept-aside values, at
/// once and all or nothing: the person is told what was saved, not what was merged in memory.
pub fn import(here: &SavedData, file: &ImportFile) -> Imported {
    let mut data = here.clone();
    let summary = merge_import(&mut data, file);
    match save_with_aside(&data, &file.kept_aside) {
        Ok(merged) => Imported::Saved(merged.unwrap_or(data), summary),
        Err(SaveProblem::Full) => Imported::DoesNotFit,
        Err(problem) => Imported::NotSaved(data, summary, problem),
    }
}

/// `save`, with `aside` added to the kept-aside values: both or neither. Apart from `save`, so
/// the first build, which never imports, does not carry it.
fn save_with_aside(data: &SavedData, aside: &[String]) -> Result<Option<SavedData>, SaveProblem> {
    let (merged, changed) = merged_with_stored(data)?;
    let before = raw_text(UNREADABLE_KEY).map_err(|_| SaveProblem::CannotRead)?;
    let kept = aside.iter().fold(aside_items(before.as_deref()), |kept, item| with_aside(kept, item));
    let writes = [
        (UNREADABLE_KEY, Some(serde_json::to_string(&kept).unwrap_or_default()).filter(|_| !kept.is_empty()), before),
        // Written last, so it is never put back.
        (KEY, Some(encode(&merged)).filter(|_| !merged.is_empty()), None),
    ];
    write_all_or_nothing(&writes, |key, value| match value {
        Some(value) => set(key, value),
        None => remove(key),
    })?;
    Ok(changed.then_some(merged))
}

/// What "Delete all my data" could not delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteProblem {
    /// Storage is switched off: there is nothing stored to delete, and the page's data is gone.
    Unavailable,
    /// The saved data is still stored (the kept-aside values too, if any).
    Data,
    /// The saved data is gone; the kept-aside unreadable values are still stored.
    KeptAside,
}

impl DeleteProblem {
    pub fn message(&self) -> &'static str {
        match self {
            DeleteProblem::Unavailable => saving::NOTHING_STORED_TO_DELETE,
            DeleteProblem::Data => saving::NOT_DELETED,
            DeleteProblem::KeptAside => saving::KEPT_ASIDE_NOT_DELETED,
        }
    }
}

/// Removes everything Backcheck stored on this device, the kept-aside values too.
pub fn delete_all() -> Result<(), DeleteProblem> {
    if !is_available() {
        return Err(DeleteProblem::Unavailable);
    }
    remove(KEY).map_err(|_| DeleteProblem::Data)?;
    set_holding(None);
    remove(UNREADABLE_KEY).map_err(|_| DeleteProblem::KeptAside)
}

/// Whether a `storage` event from another tab concerns the saved data (`None`: storage cleared).
pub fn is_saved_data_key(key: Option<&str>) -> bool {
    key.is_none_or(|key| key == KEY)
}
