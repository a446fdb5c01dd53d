//! The saved data as the app holds it, the rule for when two copies of it meet, and what could
//! not be restored. The other schema files stand on this one and it imports none of them, so
//! reading, writing, migrating and exporting never import each other to share a type.

use crate::assessment::{is_complete, merge_notes, merge_plan, Answers, History, MergeSummary, Plan, PlanNote, Session, Timestamp};
use crate::content::questions::BANK;
use crate::content::words::count;

/// The version written today.
///
/// To add a field, every place that lists the fields: `SavedData` below, its `Default`,
/// `is_empty` and `merge_from` (decide what each `Source` does with it); `write.rs`'s `DataOut`;
/// `read.rs`'s `read_data`; a step in `migrations.rs` (and this number); `export.rs` if an import
/// should say it came in (`ImportSummary`); `docs/answers-format.md`; a fixture
/// `tests/fixtures/stored-vN.json`; and in src/ui/state.rs, `AppState`'s signals, `AppState::load`,
/// `AppState::snapshot` and `AppState::patch`.
pub const CURRENT_VERSION: u64 = 10;

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
    /// What was said during a plan (signs at a check-in, a professional's word, a flare-up, the
    /// ratings of what the person's back makes hard), oldest first, no two with the same time.
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

/// Where the other copy of the data comes from, which decides what wins where the two differ.
/// In every case past checks, sessions and plan notes from both are kept, once each (their time
/// is their id), and sessions logged before the plan began (a replaced plan's) are left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// What other tabs stored meanwhile, read back as this tab saves its own change. This tab's
    /// change is the newest, so its version of a past check both hold is kept. Of two plans the
    /// newer wins (`merge_plan`); the answers in progress are this tab's.
    StoredBeforeSave,
    /// Another tab's save, just heard of (a `storage` event). That tab changed the data last, so
    /// its version of a past check both hold wins (an answer changed there). Of two plans the
    /// newer wins; the answers in progress stay this tab's own, or are the other tab's when this
    /// tab has none.
    OtherTabSaved,
    /// A file the person imports. It only adds: nothing here is replaced. Its plan is taken only
    /// when there is none here, and its answers in progress only when there are none here.
    File,
}

/// What a merge took in from the other copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    /// The other copy's past checks: added here, and already here.
    pub checks: MergeSummary,
    /// The other copy's plan replaced the one here (or filled its place).
    pub took_plan: bool,
    /// Sessions from the other copy not here before.
    pub sessions_added: usize,
    /// The other copy's answers in progress were taken (there were none here).
    pub took_answers: bool,
    /// Anything here changed.
    pub changed: bool,
}

impl SavedData {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty() && self.plan.is_none() && self.sessions.is_empty() && self.plan_notes.is_empty()
    }

    /// Takes in another tab's save (`Source::OtherTabSaved`). `answers_before` are the answers in
    /// progress stored before it: where this copy still has those, the other tab carried on the
    /// same check, so its answers become this copy's too. Returns whether this copy now has an
    /// unfinished check of its own that differs from the other tab's answers in progress, which
    /// one of the two tabs' next saves will replace.
    pub fn take_other_tab_save(&mut self, stored: &SavedData, answers_before: Option<&Answers>) -> bool {
        if answers_before == Some(&self.answers) {
            self.answers = BANK.answers();
            self.recorded_as = None;
        }
        let mine_unfinished = !self.answers.is_empty() && !is_complete(&self.answers);
        let two_checks = mine_unfinished && !stored.answers.is_empty() && stored.answers != self.answers;
        self.merge_from(stored, Source::OtherTabSaved);
        two_checks
    }

    /// The other copy (another tab's save) holds an unfinished check that is not this copy's:
    /// saving this copy's answers in progress, or starting a check, would replace it.
    pub fn other_check_in_progress(&self, other: &SavedData) -> bool {
        !other.answers.is_empty() && !is_complete(&other.answers) && other.answers != self.answers
    }

    /// Merges another copy of the person's data into this one, by the one rule for every place
    /// two copies meet (a save after another tab's, another tab's save, an import); `from` says
    /// where the other copy comes from, which decides what wins where the two differ (`Source`).
    pub fn merge_from(&mut self, other: &SavedData, from: Source) -> Merged {
        let checks_before = self.history.len();
        let checks = match from {
            Source::OtherTabSaved => {
                let mut history = other.history.clone();
                history.merge(&self.history);
                let added = history.len() - checks_before;
                let changed = history != self.history;
                self.history = history;
                (MergeSummary { added, already_here: other.history.len() - added }, changed)
            }
            Source::StoredBeforeSave | Source::File => {
                let summary = self.history.merge(&other.history);
                (summary, summary.added > 0)
            }
        };

        let plan_before = self.plan.clone();
        let sessions_before: Vec<Timestamp> = self.sessions.iter().map(|session| session.at).collect();
        // A file fills an empty place only; between tabs the newer plan wins.
        let other_plan = other.plan.as_ref().filter(|_| from != Source::File || self.plan.is_none());
        let plan_changed = merge_plan(&mut self.plan, &mut self.sessions, other_plan, &other.sessions);
        let sessions_added = self.sessions.iter().filter(|session| !sessions_before.contains(&session.at)).count();

        let notes_before = self.plan_notes.len();
        merge_notes(&mut self.plan_notes, &other.plan_notes);

        // Between tabs the answers in progress stay each tab's own, unless this one has none: then
        // the other tab's check in progress is this tab's too, and starting one here asks first.
        let took_answers = from != Source::StoredBeforeSave && self.answers.is_empty() && !other.answers.is_empty();
        if took_answers {
            self.answers = other.answers.clone();
            // Still linked to its history entry, so opening its results does not record it twice.
            self.recorded_as = other.recorded_as.filter(|&at| self.history.get(at).is_some_and(|check| check.answers == self.answers));
        }

        Merged {
            checks: checks.0,
            took_plan: self.plan != plan_before,
            sessions_added,
            took_answers,
            changed: checks.1 || plan_changed || self.plan_notes.len() > notes_before || took_answers,
        }
    }
}

/// What could not be restored, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not readable at all: not JSON, or not our envelope.
    Unreadable,
    /// Saved by a newer version of the app than this one.
    NewerVersion(u64),
    /// Readable, but some parts were not valid and were left out.
    PartsDropped { answers: usize, checks: usize, plan_entries: usize },
}

impl LoadProblem {
    pub fn message(&self) -> String {
        match self {
            LoadProblem::Unreadable => "Your saved data could not be read, so Backcheck starts fresh. The old data is kept on this device, and is included when you save your data to a file.".to_string(),
            LoadProblem::NewerVersion(_) => "Your data was saved by a newer version of Backcheck. Reload the page to get it. For now Backcheck starts fresh, and your saved data is kept.".to_string(),
            LoadProblem::PartsDropped { answers, checks, plan_entries } => {
                let mut parts = Vec::new();
                if *plan_entries > 0 {
                    parts.push(count(*plan_entries, "part of your plan", "parts of your plan"));
                }
                if *checks > 0 {
                    parts.push(count(*checks, "past check", "past checks"));
                }
                if *answers > 0 {
                    parts.push(count(*answers, "answer", "answers"));
                }
                format!(
                    "Some saved data could not be read ({}), so it is left out. The rest is here, and the unreadable part is kept on this device.",
                    parts.join(" and "),
                )
            }
        }
    }
}
