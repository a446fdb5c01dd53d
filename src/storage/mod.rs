//! Keeps the person's data in this browser's local storage, and nowhere else.
//!
//! One key holds a versioned envelope (see `schema`). Whatever cannot be read is moved aside,
//! never deleted, and the app goes on with what it could read, telling the person once. When
//! storage is blocked or full, the app keeps working in memory. Other tabs write the same key, so
//! every write merges in the history already stored, and the app listens for their changes.

pub mod json;
mod schema;

use wasm_bindgen::JsCast;

pub use schema::{
    add_aside, answers_from_json, answers_to_json, aside_items, decode, encode, export_file, merge_import, read_import,
    ImportFile, ImportProblem, ImportSummary, LoadProblem, SavedData, CURRENT_VERSION,
};
use crate::assessment::History;

pub const KEY: &str = "backcheck";
/// Where stored values that could not be read are kept (a JSON list of the raw values), so a
/// later version, or an export, can still recover them.
pub const UNREADABLE_KEY: &str = "backcheck.unreadable";

/// This browser's local storage, or `None` where it is switched off or blocked (some private
/// modes, blocked site data). Reached through web-sys, not gloo-storage: gloo's `raw()` throws a
/// JS exception when storage is blocked, and we need to tell a full storage from a blocked one.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The data saved in this browser, and what could not be restored.
pub fn load() -> (SavedData, Option<LoadProblem>) {
    let Some(storage) = local_storage() else {
        return (SavedData::default(), None);
    };
    match storage.get_item(KEY).ok().flatten() {
        Some(raw) => decode_keeping_aside(&storage, &raw),
        None => (SavedData::default(), None),
    }
}

/// Decodes a stored value; anything it could not read in full is copied aside first, before a
/// later save overwrites the key.
fn decode_keeping_aside(storage: &web_sys::Storage, raw: &str) -> (SavedData, Option<LoadProblem>) {
    let (data, problem) = decode(raw);
    if problem.is_some() {
        let aside = storage.get_item(UNREADABLE_KEY).ok().flatten();
        let _ = storage.set_item(UNREADABLE_KEY, &add_aside(aside.as_deref(), raw));
    }
    (data, problem)
}

/// Why saving failed, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveProblem {
    Unavailable,
    Full,
}

impl SaveProblem {
    pub fn message(&self) -> &'static str {
        match self {
            SaveProblem::Unavailable => "This browser is not letting Backcheck save, for example in a private window. The check still works, but your answers will be lost if you close or reload the page.",
            SaveProblem::Full => "This browser's storage is full, so your latest answers could not be saved. The check still works, but they will be lost if you close or reload the page.",
        }
    }

    fn from_js(error: wasm_bindgen::JsValue) -> Self {
        match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()).as_deref() {
            Some("QuotaExceededError") => SaveProblem::Full,
            _ => SaveProblem::Unavailable,
        }
    }
}

/// Saves the data, first merging in any past checks another tab stored meanwhile; returns the
/// merged history when that added any, for the screen to show. Empty data leaves no key behind.
pub fn save(data: &SavedData) -> Result<Option<History>, SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    let mut history = data.history.clone();
    if let Some(raw) = storage.get_item(KEY).ok().flatten() {
        let (stored, _) = decode_keeping_aside(&storage, &raw);
        history.merge(&stored.history);
    }
    let grew = history.len() > data.history.len();
    let merged = SavedData { history, ..data.clone() };
    if merged.is_empty() {
        storage.remove_item(KEY).map_err(SaveProblem::from_js)?;
    } else {
        storage.set_item(KEY, &encode(&merged)).map_err(SaveProblem::from_js)?;
    }
    Ok(grew.then_some(merged.history))
}

/// The raw values kept aside because they could not be read.
pub fn kept_aside() -> Vec<String> {
    let stored = local_storage().and_then(|storage| storage.get_item(UNREADABLE_KEY).ok().flatten());
    aside_items(stored.as_deref())
}

/// Adds values to the kept-aside list (from an imported file), so they are not lost either.
pub fn keep_aside(items: &[String]) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    for item in items {
        let aside = storage.get_item(UNREADABLE_KEY).ok().flatten();
        storage.set_item(UNREADABLE_KEY, &add_aside(aside.as_deref(), item)).map_err(SaveProblem::from_js)?;
    }
    Ok(())
}

/// Removes everything Backcheck stored on this device, the kept-aside values too.
pub fn delete_all() -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    storage.remove_item(KEY).map_err(SaveProblem::from_js)?;
    storage.remove_item(UNREADABLE_KEY).map_err(SaveProblem::from_js)
}

/// Whether a `storage` event from another tab concerns the saved data (`None`: storage cleared).
pub fn is_saved_data_key(key: Option<&str>) -> bool {
    key.is_none_or(|key| key == KEY)
}
