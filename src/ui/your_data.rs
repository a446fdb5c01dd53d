//! The data screen (`#data`): the person's control over their data: save it to a file, load a
//! file (say, on a new phone), and delete all of it from this device. In the second build, with
//! the plan's screens: saving and reading files is most of its weight, and most visits never use it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm::Confirm;
use super::dates::now;
use super::heading::screen_heading;
use super::route::{go, Screen};
use super::state::app_state;
use crate::assessment::Timestamp;
use crate::backup::{self, ReadProblem};
use crate::content::words::and_list;
use crate::storage::{self, Imported};

/// Said when an imported file does not fit in the browser's storage.
const DOES_NOT_FIT: &str =
    "This file does not fit in this browser's storage, so nothing was imported. Your data here is unchanged. You can load it on another device instead.";
/// Said when an import was merged but cannot be saved.
const NOT_SAVED: &str =
    "But Backcheck cannot save on this device, so this is on this page only: it will be gone when you close or reload it. Your file still has it all.";

/// A message after an action; `problem` ones are styled as warnings.
#[derive(Clone)]
struct Status {
    text: String,
    problem: bool,
}

impl Status {
    fn done(text: impl Into<String>) -> Option<Status> {
        Some(Status { text: text.into(), problem: false })
    }

    fn problem(text: impl Into<String>) -> Option<Status> {
        Some(Status { text: text.into(), problem: true })
    }
}

/// "2026-11-24", for the file name.
fn file_date(at: Timestamp) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    format!("{}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

#[component]
pub fn YourData() -> impl IntoView {
    let state = app_state();
    let heading = screen_heading("Your data - Backcheck");
    let status = RwSignal::new(None::<Status>);
    let status_message = NodeRef::<leptos::html::P>::new();
    let confirming_delete = RwSignal::new(false);
    let kept_aside = RwSignal::new(storage::kept_aside());
    let file_input = NodeRef::<leptos::html::Input>::new();
    let delete_button = NodeRef::<leptos::html::Button>::new();
    let has_data = move || !state.is_empty() || !kept_aside.read().is_empty();

    let save_to_file = move |_| {
        let now = now();
        let file_name = format!("backcheck-data-{}.json", file_date(now));
        let text = storage::export_file(&state.saved_data(), &kept_aside.get_untracked(), now);
        status.set(match backup::download(&file_name, &text) {
            Ok(()) => Status::done(format!(
                "Saved as “{file_name}” in your downloads. Keep it somewhere safe: anyone who opens it can read your answers."
            )),
            Err(_) => Status::problem("This browser did not let Backcheck save a file. Your data is still here."),
        });
    };

    let pick_file = move |_| {
        if let Some(input) = file_input.get_untracked() {
            input.click();
        }
    };
    let on_file_picked = move |_| {
        let Some(input) = file_input.get_untracked() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // Cleared, so picking the same file again still counts as a change.
        input.set_value("");
        spawn_local(async move {
            let text = match backup::read_text(file).await {
                Ok(text) => text,
                Err(ReadProblem::TooLarge) => {
                    status.set(Status::problem("This file is too large to be a Backcheck data file, so nothing was imported."));
                    return;
                }
                Err(ReadProblem::Unreadable) => {
                    status.set(Status::problem("This file could not be read, so nothing was imported."));
                    return;
                }
            };
            match storage::read_import(&text) {
                Err(problem) => status.set(Status::problem(problem.message())),
                Ok(file) => {
                    let imported = state.import(&file);
                    kept_aside.set(match &imported {
                        // Not stored, so the file's kept-aside values live on this page, for an export.
                        Imported::NotSaved(..) => {
                            file.kept_aside.iter().fold(storage::kept_aside(), |kept, item| storage::with_aside(kept, item))
                        }
                        _ => storage::kept_aside(),
                    });
                    status.set(match imported {
                        Imported::DoesNotFit => Status::problem(DOES_NOT_FIT),
                        Imported::Saved(_, summary) => Status::done(summary.message()),
                        Imported::NotSaved(_, summary, _) => Status::problem(format!("{} {NOT_SAVED}", summary.message())),
                    });
                }
            }
        });
    };

    let delete_everything = move || {
        confirming_delete.set(false);
        let result = state.delete_all();
        kept_aside.set(storage::kept_aside());
        status.set(match result {
            Ok(()) => Status::done("All your Backcheck data was deleted from this device."),
            Err(problem) => Status::problem(problem.message()),
        });
        // The button that had focus is gone with the data: focus the message that says what happened.
        if let Some(message) = status_message.get_untracked() {
            let _ = message.focus();
        }
    };
    let cancel_delete = move || {
        confirming_delete.set(false);
        if let Some(button) = delete_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let delete_question = move || {
        let checks = state.history.read().len();
        let mut parts = match checks {
            0 => vec!["your unfinished answers".to_string()],
            1 => vec!["your 1 past check".to_string(), "any unfinished answers".to_string()],
            n => vec![format!("your {n} past checks"), "any unfinished answers".to_string()],
        };
        if state.plan.read().is_some() {
            let sessions = state.sessions.read().len();
            parts.push(match sessions {
                0 => "your exercise plan".to_string(),
                1 => "your exercise plan and its 1 session".to_string(),
                n => format!("your exercise plan and its {n} sessions"),
            });
        }
        let what = and_list(&parts);
        format!("Delete all your Backcheck data from this device? This removes {what}, and cannot be undone. To keep a copy, save your data to a file first.")
    };

    view! {
        <main id="main" class="screen your-data-screen">
        <section class="your-data" aria-labelledby="data-title">
            <h1 id="data-title" tabindex="-1" node_ref=heading>"Your data"</h1>
            <p>
                "Everything you enter is kept only in this browser. Save it to a file to keep a copy "
                "or to move it to another phone or computer, then load it there."
            </p>
            <div class="button-row">
                <Show when=has_data>
                    <button type="button" class="button button-secondary" on:click=save_to_file>"Save my data to a file"</button>
                </Show>
                <button type="button" class="button button-secondary" on:click=pick_file>"Load data from a file"</button>
                <input
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-hidden="true"
                    node_ref=file_input
                    on:change=on_file_picked
                />
            </div>
            <Show when=has_data>
                <p><a href=Screen::Summary.hash()>{crate::content::summary::OPEN}</a></p>
            </Show>
            <p class="data-status" role="status" tabindex="-1" node_ref=status_message>
                {move || status.get().map(|status| view! {
                    <span class=if status.problem { "status-problem" } else { "status-done" }>{status.text}</span>
                })}
            </p>
            <Show when=has_data>
                <p>
                    <button type="button" class="button button-danger-quiet" node_ref=delete_button on:click=move |_| confirming_delete.set(true)>
                        "Delete all my data"
                    </button>
                </p>
            </Show>
            <Show when=move || confirming_delete.get()>
                <Confirm
                    question=delete_question()
                    confirm_label="Yes, delete everything"
                    on_confirm=delete_everything
                    on_cancel=cancel_delete
                />
            </Show>
        </section>
        <p class="no-print"><button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button></p>
        </main>
    }
}
