//! The person's data as the app holds it: one signal per stored part, every change to it as a
//! named method (screens get the signals read-only, so the compiler holds them to these), saving
//! as one effect that reads what it saves, and the `storage` listener that takes in other tabs'.

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::*;

use super::route::{go, Screen};
use crate::assessment::{
    merge_notes, merge_ratings, merge_sessions, AbilityRating, Answers, CheckIn, Clock, History, NextDay, Plan, PlanNote, PlanNoteKind,
    Session, Timestamp, Weekday,
};
use crate::content::questions::BANK;
use crate::content::saving::{CHECK_IN_PROGRESS_ELSEWHERE, TWO_CHECKS_IN_PROGRESS};
use crate::storage::{self, DeleteProblem, ImportFile, Imported, SaveProblem, SavedData};

/// Shared by every screen (in context: `app_state()`). Screens read the signals (`get`, `with`,
/// `read`); only this file's methods change them.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The check in progress.
    pub answers: ReadOnly<Answers>,
    /// The history entry the current answers were recorded as, once finished.
    pub recorded_as: ReadOnly<Option<Timestamp>>,
    pub history: ReadOnly<History>,
    /// The exercise plan and its sessions.
    pub plan: ReadOnly<Option<Plan>>,
    pub sessions: ReadOnly<Vec<Session>>,
    /// Signs ticked at check-ins and a professional's word, which decide whether the plan may go on.
    pub plan_notes: ReadOnly<Vec<PlanNote>>,
    /// The plan's ratings of the everyday activities the person's back makes hard.
    pub ability_ratings: ReadOnly<Vec<AbilityRating>>,
    /// One plain-words message about loading or other tabs, shown above the screen (`say`).
    pub notice: ReadOnly<Option<String>>,
    /// Why saving does not work just now (`SaveProblem::message`): shown above the screen until a
    /// save works again or the person dismisses it (then not again until saving has worked once
    /// more). Text, not a `SaveProblem`: a signal of the notice's type adds no code to the first load.
    pub save_problem: ReadOnly<Option<String>>,
    /// This browser does not let the app save (private mode, blocked site data).
    pub storage_off: bool,
    /// What the last check-in saved, said once on the plan page it returns to. The two hand-offs
    /// between screens are read untracked, once: signals of the notice's type, which the first
    /// load already has the code for, not `StoredValue`s.
    saved_confirmation: RwSignal<Option<String>>,
    /// The element the next screen to mount focuses instead of its heading.
    focus_instead: RwSignal<Option<String>>,
}

thread_local! {
    /// The save problem said last, so a save failing the same way again is not said again. Not
    /// signals: nothing draws them, and plain cells add less to the first load.
    static SAID_SAVE_PROBLEM: Cell<Option<SaveProblem>> = const { Cell::new(None) };
    /// Two checks in progress, here and in another tab, was said once already.
    static SAID_TWO_CHECKS: Cell<bool> = const { Cell::new(false) };
}

/// A signal as screens get it: read like any signal (`get`, `with`, `read` and their untracked
/// forms), and written only by `AppState`'s methods, since only this file can reach the
/// `RwSignal` inside. A wrapper rather than `RwSignal::split`: it is the same signal with the
/// same code, so the first load does not grow.
pub struct ReadOnly<T: 'static>(RwSignal<T>);

impl<T> Clone for ReadOnly<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ReadOnly<T> {}

impl<T> DefinedAt for ReadOnly<T> {
    fn defined_at(&self) -> Option<&'static std::panic::Location<'static>> {
        self.0.defined_at()
    }
}

impl<T: Send + Sync> Track for ReadOnly<T> {
    fn track(&self) {
        self.0.track();
    }
}

impl<T: Send + Sync> ReadUntracked for ReadOnly<T> {
    type Value = <RwSignal<T> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.0.try_read_untracked()
    }
}

impl<T: Send + Sync + PartialEq> ReadOnly<T> {
    fn new(value: T) -> Self {
        ReadOnly(RwSignal::new(value))
    }

    fn set(&self, value: T) {
        self.0.set(value);
    }

    fn update(&self, change: impl FnOnce(&mut T)) {
        self.0.update(change);
    }

    /// Sets the value only when it differs, so what reads the signal runs again only for a real change.
    fn set_if_changed(&self, value: T) {
        if self.0.with_untracked(|current| *current != value) {
            self.0.set(value);
        }
    }
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// What this browser has saved, with the first notice: storage that cannot be used (switched
    /// off, throwing, or holding a value nothing may be saved over) is said at once, not at the
    /// first failed save; otherwise what could not be restored, if anything.
    pub fn load() -> Self {
        let (saved, load_problem) = storage::load();
        let storage_off = !storage::is_available();
        let save_problem = if storage_off { Some(SaveProblem::Unavailable) } else { storage::holding() };
        let notice = load_problem.filter(|_| save_problem.is_none()).map(|problem| problem.message());
        SAID_SAVE_PROBLEM.set(save_problem);
        let save_problem = save_problem.map(|problem| problem.message().to_string());
        AppState {
            answers: ReadOnly::new(saved.answers),
            recorded_as: ReadOnly::new(saved.recorded_as),
            history: ReadOnly::new(saved.history),
            plan: ReadOnly::new(saved.plan),
            sessions: ReadOnly::new(saved.sessions),
            plan_notes: ReadOnly::new(saved.plan_notes),
            ability_ratings: ReadOnly::new(saved.ability_ratings),
            notice: ReadOnly::new(notice),
            save_problem: ReadOnly::new(save_problem),
            storage_off,
            saved_confirmation: RwSignal::new(None),
            focus_instead: RwSignal::new(None),
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
            ability_ratings: self.ability_ratings.get(),
        }
    }

    /// Whether nothing at all is held (`SavedData::is_empty`), read tracked.
    pub fn is_empty(&self) -> bool {
        self.snapshot().is_empty()
    }

    /// Everything to save, as it is now (for an export), without tracking.
    pub fn saved_data(&self) -> SavedData {
        untrack(|| self.snapshot())
    }

    /// Makes everything in memory `data` (after a merge, an import, or a delete-all here or in
    /// another tab), setting only the signals whose value changed: what reads the others does not
    /// run again, and the save effect runs only when something is new.
    fn patch(&self, data: SavedData) {
        let SavedData { answers, recorded_as, history, plan, sessions, plan_notes, ability_ratings } = data;
        self.answers.set_if_changed(answers);
        self.recorded_as.set_if_changed(recorded_as);
        self.history.set_if_changed(history);
        self.plan.set_if_changed(plan);
        self.sessions.set_if_changed(sessions);
        self.plan_notes.set_if_changed(plan_notes);
        self.ability_ratings.set_if_changed(ability_ratings);
    }

    /// Shows a message about saving or loading above the screen, until the person dismisses it.
    pub fn say(&self, message: impl Into<String>) {
        self.notice.set(Some(message.into()));
    }

    /// The person dismissed the notice.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// The person dismissed the save problem: it is not said again unless saving works once more.
    pub fn dismiss_save_problem(&self) {
        self.save_problem.set(None);
    }

    fn saving_failed(&self, problem: SaveProblem) {
        if SAID_SAVE_PROBLEM.replace(Some(problem)) != Some(problem) {
            self.save_problem.set(Some(problem.message().to_string()));
        }
    }

    /// A save worked, so what was said about saving is no longer true.
    fn saving_works(&self) {
        SAID_SAVE_PROBLEM.set(None);
        self.save_problem.set_if_changed(None);
    }

    /// Says `message` once on the plan page the check-in returns to ("Session saved: …").
    pub fn confirm_saved(&self, message: String) {
        self.saved_confirmation.set(Some(message));
    }

    /// What the last check-in saved, if it was not said yet: said once, then gone.
    pub fn take_saved_confirmation(&self) -> Option<String> {
        self.saved_confirmation.try_update_untracked(Option::take).flatten()
    }

    /// The next screen to mount puts focus on the element with this id instead of its heading:
    /// the app taking over index.html's first question, where the person was on a choice.
    pub fn focus_instead(&self, id: String) {
        self.focus_instead.set(Some(id));
    }

    /// The element to focus instead of the heading, once (`focus_instead`).
    pub fn take_focus_instead(&self) -> Option<String> {
        self.focus_instead.try_update_untracked(Option::take).flatten().filter(|id| !id.is_empty())
    }

    /// Changes the check in progress (a choice picked or ticked on a question).
    pub fn change_answers(&self, change: impl FnOnce(&mut Answers)) {
        self.answers.update(change);
    }

    /// Forgets the answers in progress (a finished check stays in the history) and opens the
    /// first question. If another tab has a different check in progress, which this would replace,
    /// it comes here instead and the person is told, so the start page asks first.
    pub fn start_new_check(&self) {
        let (stored, _) = storage::load();
        let here = self.saved_data();
        if here.other_check_in_progress(&stored) {
            self.answers.set(stored.answers);
            self.recorded_as.set(None);
            self.say(CHECK_IN_PROGRESS_ELSEWHERE);
            go(Screen::Landing);
            return;
        }
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
        self.history.set_if_changed(history);
        self.recorded_as.set_if_changed(recorded);
    }

    /// A new plan replaces the old one, its sessions and its ratings (the screen asks first), and
    /// starts with the activities the person named, if any (`assessment::first_rating`).
    pub fn start_plan(&self, plan: Plan, first_rating: Option<AbilityRating>) {
        self.plan.set(Some(plan));
        self.sessions.set(Vec::new());
        self.ability_ratings.set(first_rating.into_iter().collect());
    }

    /// Ratings of the activities the person's back makes hard: the first (naming them) or again.
    pub fn rate_abilities(&self, rating: AbilityRating) {
        self.ability_ratings.update(|ratings| merge_ratings(ratings, &[rating]));
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

    /// New days or time from today on; the days already gone keep the days they had.
    pub fn change_plan_days(&self, weekdays: Vec<Weekday>, time: Option<u16>, at: Timestamp, clock: &Clock) {
        self.change_plan(|plan| {
            let days_until_now = plan.weekdays(clock);
            plan.change_days(weekdays, time, at, days_until_now);
        });
    }

    /// The calendar file for the plan as it is now was saved: one with its reminders, or one that
    /// takes them away (`cancelled`: a plan paused, ended or on hold).
    pub fn calendar_saved(&self, cancelled: bool) {
        self.change_plan(|plan| plan.calendar_saved(cancelled));
    }

    /// A flare-up: every activity goes down a step, and the plan goes on.
    pub fn note_flare_up(&self, at: Timestamp) {
        self.add_note(PlanNote { at, kind: PlanNoteKind::FlareUp });
    }

    /// A GP or physiotherapist has told the person to go on with the plan: its held days moved
    /// its end, so a calendar file saved before is out of date.
    pub fn note_professional_said_go_on(&self, at: Timestamp) {
        self.add_note(PlanNote { at, kind: PlanNoteKind::ProfessionalSaidGoOn });
        self.change_plan(Plan::end_moved);
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
            self.patch(data.clone());
        }
        imported
    }

    /// Removes everything, from this page and from this browser's storage. Where the stored data
    /// could not be deleted, the page keeps showing it, as it is still there.
    pub fn delete_all(&self) -> Result<(), DeleteProblem> {
        let result = storage::delete_all();
        if result != Err(DeleteProblem::Data) {
            self.patch(SavedData::default());
        }
        result
    }

    /// Saves on every change, merging what other tabs saved meanwhile (`storage::save`). A failed
    /// save is said once, until a save works again.
    pub fn persist(self) {
        Effect::new(move |first_run: Option<()>| {
            let data = self.snapshot();
            if first_run.is_none() {
                return; // just loaded: nothing new to save
            }
            match storage::save(&data) {
                Ok(merged) => {
                    self.saving_works();
                    if let Some(merged) = merged {
                        self.patch(merged);
                    }
                }
                Err(problem) => self.saving_failed(problem),
            }
        });
    }

    /// Another tab saved or deleted: merges what it saved into this tab (`Source::OtherTabSaved`:
    /// its version of a past check wins, as it changed it last), so neither tab's next save loses
    /// anything, and honours a delete-all made there. A newer version's save stops this tab
    /// saving at once; a different unfinished check there is said here, once.
    pub fn sync_tabs(self) {
        let _ = window_event_listener(ev::storage, move |event| {
            if !storage::is_saved_data_key(event.key().as_deref()) {
                return;
            }
            if event.new_value().is_none() {
                self.patch(SavedData::default());
                return;
            }
            let (stored, _) = storage::load();
            if let Some(why) = storage::holding() {
                self.saving_failed(why);
            }
            let answers_before = event.old_value().map(|raw| storage::decode(&raw).0.answers);
            let mut data = self.saved_data();
            if data.take_other_tab_save(&stored, answers_before.as_ref()) && !SAID_TWO_CHECKS.replace(true) {
                self.say(TWO_CHECKS_IN_PROGRESS);
            }
            self.patch(data);
        });
    }
}
