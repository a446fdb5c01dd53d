//! The person's data as the app holds it: one signal per stored part, every change to it as a
//! named method (screens read the signals freely but change the data only through these), saving
//! as one effect that reads what it saves, and the `storage` listener that takes in other tabs'.

use leptos::ev;
use leptos::prelude::*;

use super::route::{go, Screen};
use crate::assessment::{
    merge_notes, merge_plan, merge_sessions, Answers, CheckIn, History, NextDay, Plan, PlanNote, PlanNoteKind, Session, Timestamp, Weekday,
};
use crate::content::questions::BANK;
use crate::storage::{self, ImportFile, Imported, SaveProblem, SavedData};

/// Shared by every screen (in context: `app_state()`).
#[derive(Clone, Copy)]
pub struct AppState {
    /// The check in progress.
    pub answers: RwSignal<Answers>,
    /// The history entry the current answers were recorded as, once finished.
    pub recorded_as: RwSignal<Option<Timestamp>>,
    pub history: RwSignal<History>,
    /// The exercise plan and its sessions.
    pub plan: RwSignal<Option<Plan>>,
    pub sessions: RwSignal<Vec<Session>>,
    /// Signs ticked at check-ins and a professional's word, which decide whether the plan may go on.
    pub plan_notes: RwSignal<Vec<PlanNote>>,
    /// One plain-words message about saving or loading, shown above the screen.
    pub notice: RwSignal<Option<String>>,
    /// This browser does not let the app save (private mode, blocked site data).
    pub storage_off: bool,
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// What this browser has saved, with the first notice: storage that is switched off is said
    /// at once, not at the first failed save; otherwise what could not be restored, if anything.
    pub fn load() -> Self {
        let (saved, load_problem) = storage::load();
        let storage_off = !storage::is_available();
        let notice = if storage_off {
            Some(SaveProblem::Unavailable.message().to_string())
        } else if storage::holding_unreadable() {
            Some(SaveProblem::HoldingUnreadable.message().to_string())
        } else {
            load_problem.map(|problem| problem.message())
        };
        AppState {
            answers: RwSignal::new(saved.answers),
            recorded_as: RwSignal::new(saved.recorded_as),
            history: RwSignal::new(saved.history),
            plan: RwSignal::new(saved.plan),
            sessions: RwSignal::new(saved.sessions),
            plan_notes: RwSignal::new(saved.plan_notes),
            notice: RwSignal::new(notice),
            storage_off,
        }
    }

    /// Everything to save, read tracked: an effect that calls it runs again on any change, so a
    /// part added here is saved without a second list to keep in step.
    fn snapshot(&self) -> SavedData {
        SavedData {
            answers: self.answers.get(),
            recorded_as: self.recorded_as.get(),
            history: self.history.get(),
            plan: self.plan.get(),
            sessions: self.sessions.get(),
            plan_notes: self.plan_notes.get(),
        }
    }

    /// Everything to save, as it is now (for an export), without tracking.
    pub fn saved_data(&self) -> SavedData {
        untrack(|| self.snapshot())
    }

    /// Replaces everything in memory at once (after an import, or a delete-all here or in another tab).
    fn replace(&self, data: SavedData) {
        self.answers.set(data.answers);
        self.recorded_as.set(data.recorded_as);
        self.history.set(data.history);
        self.plan.set(data.plan);
        self.sessions.set(data.sessions);
        self.plan_notes.set(data.plan_notes);
    }

    /// Changes the check in progress (a choice picked or ticked on a question).
    pub fn change_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
    }

    /// Forgets the answers in progress (a finished check stays in the history) and opens the first question.
    pub fn start_new_check(&self) {
        self.forget_answers_in_progress();
        go(Screen::first_question());
    }

    /// A new check begins: the answers in progress go; a finished check stays in the history.
    pub fn forget_answers_in_progress(&self) {
        self.answers.set(BANK.answers());
        self.recorded_as.set(None);
    }

    /// The results of a finished check were opened: records it in the history (once; changed
    /// answers update the same entry). Reads the answers tracked, so it runs again when they change.
    pub fn record_results(&self, now: Timestamp) {
        let answers = self.answers.read();
        let mut history = self.history.get_untracked();
        let recorded = history.record(&answers, now, self.recorded_as.get_untracked());
        if self.history.with_untracked(|current| *current != history) {
            self.history.set(history);
        }
        if recorded != self.recorded_as.get_untracked() {
            self.recorded_as.set(recorded);
        }
    }

    /// A new plan replaces the old one and its sessions (the screen asks first).
    pub fn start_plan(&self, plan: Plan) {
        self.plan.set(Some(plan));
        self.sessions.set(Vec::new());
    }

    /// A session with every activity done in it; it may be dated yesterday, so it is put in order.
    fn log_session(&self, session: Session) {
        self.sessions.update(|sessions| merge_sessions(sessions, &[session]));
    }

    /// What a check-in saves (`assessment::check_in`): the session, and signs ticked at it.
    pub fn save_check_in(&self, saved: &CheckIn) {
        match saved {
            CheckIn::Session(session) => self.log_session(session.clone()),
            CheckIn::Signs { note, session, .. } => {
                if let Some(session) = session {
                    self.log_session(session.clone());
                }
                self.add_note(note.clone());
            }
        }
    }

    fn change_plan(&self, change: impl FnOnce(&mut Plan)) {
        self.plan.update(|plan| {
            if let Some(plan) = plan {
                change(plan);
            }
        });
    }

    /// A holiday or a flare: no sessions due, no missed days, and the plan's weeks wait.
    pub fn pause_plan(&self, at: Timestamp) {
        self.change_plan(|plan| plan.pause(at));
    }

    pub fn resume_plan(&self, at: Timestamp) {
        self.change_plan(|plan| plan.resume(at));
    }

    /// Ends the plan early; its sessions stay, and a new plan can be made.
    pub fn stop_plan(&self, at: Timestamp) {
        self.change_plan(|plan| plan.stop(at));
    }

    pub fn change_plan_days(&self, weekdays: Vec<Weekday>, time: Option<u16>) {
        self.change_plan(|plan| plan.change_days(weekdays, time));
    }

    /// The calendar file for the plan as it is now was saved.
    pub fn calendar_saved(&self) {
        self.change_plan(Plan::calendar_saved);
    }

    /// A GP or physiotherapist has told the person to go on with the plan.
    pub fn note_professional_said_go_on(&self, at: Timestamp) {
        self.add_note(PlanNote { at, kind: PlanNoteKind::ProfessionalSaidGoOn });
    }

    fn add_note(&self, note: PlanNote) {
        self.plan_notes.update(|notes| merge_notes(notes, &[note]));
    }

    /// The next morning's answers for the session logged at `at`.
    pub fn answer_next_morning(&self, at: Timestamp, next_day: NextDay) {
        self.sessions.update(|sessions| {
            if let Some(session) = sessions.iter_mut().find(|s| s.at == at) {
                session.next_day = Some(next_day);
            }
        });
    }

    /// Merges an imported file into the data here and saves it at once (`storage::import`).
    pub fn import(&self, file: &ImportFile) -> Imported {
        let imported = storage::import(&self.saved_data(), file);
        if let Imported::Saved(data, _) | Imported::NotSaved(data, _, _) = &imported {
            self.replace(data.clone());
        }
        imported
    }

    /// Removes everything, from this page and from this browser's storage.
    pub fn delete_all(&self) -> Result<(), SaveProblem> {
        let result = storage::delete_all();
        self.replace(SavedData::default());
        result
    }

    /// Saves on every change, merging what other tabs saved meanwhile (`storage::save`). A failed
    /// save is said once, in the notice.
    pub fn persist(self) {
        let save_failed_once = StoredValue::new(self.storage_off || storage::holding_unreadable());
        Effect::new(move |first_run: Option<()>| {
            let data = self.snapshot();
            if first_run.is_none() {
                return; // just loaded: nothing new to save
            }
            match storage::save(&data) {
                Ok(Some(merged)) => {
                    self.history.set(merged.history);
                    self.sessions.set(merged.sessions);
                    self.plan.set(merged.plan);
                    self.plan_notes.set(merged.plan_notes);
                }
                Ok(None) => {}
                Err(problem) => {
                    if !save_failed_once.get_value() {
                        save_failed_once.set_value(true);
                        self.notice.set(Some(problem.message().to_string()));
                    }
                }
            }
        });
    }

    /// Another tab saved or deleted: shows its past checks here too, so neither tab's next save
    /// loses them, and honours a delete-all made there.
    pub fn sync_tabs(self) {
        let _ = window_event_listener(ev::storage, move |event| {
            if !storage::is_saved_data_key(event.key().as_deref()) {
                return;
            }
            if event.new_value().is_none() {
                self.replace(SavedData::default());
                return;
            }
            // The other tab's versions win (it may have updated a check); checks only here are kept.
            let (stored, _) = storage::load();
            let mut history = stored.history;
            self.history.with_untracked(|here| history.merge(here));
            if self.history.with_untracked(|current| *current != history) {
                self.history.set(history);
            }
            let (mut plan, mut sessions) = (self.plan.get_untracked(), self.sessions.get_untracked());
            if merge_plan(&mut plan, &mut sessions, stored.plan.as_ref(), &stored.sessions) {
                self.plan.set(plan);
                self.sessions.set(sessions);
            }
            let mut notes = self.plan_notes.get_untracked();
            merge_notes(&mut notes, &stored.plan_notes);
            if self.plan_notes.with_untracked(|here| *here != notes) {
                self.plan_notes.set(notes);
            }
        });
    }
}
