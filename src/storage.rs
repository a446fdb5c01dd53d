//! Keeps the person's answers in this browser's local storage, and nowhere else.
//!
//! The stored value is a versioned envelope, `{"version":1,"answers":{...}}`, so a later app version
//! can migrate it. Whatever cannot be read is moved aside (never deleted) and the app starts clean,
//! telling the person once. When storage is blocked or full, the app keeps working in memory.

use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assessment::{Answer, Answers};

pub const KEY: &str = "backcheck";
/// Where an unreadable stored value is kept, so a later version or a person can still recover it.
pub const UNREADABLE_KEY: &str = "backcheck.unreadable";
pub const CURRENT_VERSION: u32 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    version: u32,
    answers: &'a Answers,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    version: u32,
    answers: Value,
}

/// What could not be restored, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The value is not readable at all (not JSON, or not our envelope).
    Unreadable,
    /// Saved by a newer version of the app than this one.
    NewerVersion(u32),
    /// Readable, but some answers were not valid and were left out.
    SomeAnswersDropped(usize),
}

impl LoadProblem {
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Unreadable => "Your saved answers could not be read, so the check starts fresh. The old data is kept on this device in case it can be recovered.".to_string(),
            LoadProblem::NewerVersion(_) => "Your answers were saved by a newer version of Backcheck. Reload the page to get it. For now the check starts fresh, and your saved answers are kept.".to_string(),
            LoadProblem::SomeAnswersDropped(count) => format!(
                "{count} saved answer{} could not be read and {} left out. Please check your answers.",
                if *count == 1 { "" } else { "s" },
                if *count == 1 { "was" } else { "were" },
            ),
        }
    }

    /// Whether the stored value must be moved aside before anything overwrites it.
    fn keeps_original(&self) -> bool {
        matches!(self, LoadProblem::Unreadable | LoadProblem::NewerVersion(_))
    }
}

pub fn encode(answers: &Answers) -> String {
    serde_json::to_string(&EnvelopeOut { version: CURRENT_VERSION, answers }).expect("answers always serialize")
}

/// Reads a stored value. Keeps every valid answer even when some are not.
pub fn decode(raw: &str) -> (Answers, Option<LoadProblem>) {
    let Ok(envelope) = serde_json::from_str::<EnvelopeIn>(raw) else {
        return (Answers::new(), Some(LoadProblem::Unreadable));
    };
    if envelope.version > CURRENT_VERSION {
        return (Answers::new(), Some(LoadProblem::NewerVersion(envelope.version)));
    }
    let Ok(raw_answers) = serde_json::from_value::<BTreeMap<String, Value>>(envelope.answers) else {
        return (Answers::new(), Some(LoadProblem::Unreadable));
    };
    let total = raw_answers.len();
    let typed: BTreeMap<String, Answer> =
        raw_answers.into_iter().filter_map(|(id, value)| Some((id, serde_json::from_value(value).ok()?))).collect();
    let (answers, _problems) = Answers::from_untrusted(typed);
    let dropped = total - answers.len();
    (answers, (dropped > 0).then_some(LoadProblem::SomeAnswersDropped(dropped)))
}

/// This browser's local storage, or `None` where it is switched off or blocked (some private
/// modes, blocked site data). Reached through web-sys, not gloo-storage: gloo's `raw()` throws a
/// JS exception when storage is blocked, and we need to tell a full storage from a blocked one.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The answers saved in this browser, and what could not be restored.
pub fn load() -> (Answers, Option<LoadProblem>) {
    let Some(storage) = local_storage() else {
        return (Answers::new(), None);
    };
    let Some(raw) = storage.get_item(KEY).ok().flatten() else {
        return (Answers::new(), None);
    };
    let (answers, problem) = decode(&raw);
    if problem.as_ref().is_some_and(LoadProblem::keeps_original) {
        // Moved aside before the next save overwrites the key. An older copy aside is not replaced.
        if storage.get_item(UNREADABLE_KEY).ok().flatten().is_none() {
            let _ = storage.set_item(UNREADABLE_KEY, &raw);
        }
    }
    (answers, problem)
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

pub fn save(answers: &Answers) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    storage.set_item(KEY, &encode(answers)).map_err(SaveProblem::from_js)
}

/// Forgets the answers of the current check (the aside copy of unreadable data stays).
pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
