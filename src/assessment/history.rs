//! Finished checks kept over time, so a person can see whether their back is getting better.
//! Times are milliseconds since the Unix epoch, given by the caller: the domain has no clock.

use super::answers::Answers;
use super::flow::is_complete;
use super::triage::{triage, Outcome};

/// Milliseconds since 1970-01-01 UTC, as JavaScript's `Date.now()` gives them.
pub type Timestamp = u64;

/// The scale questions that show progress, with the lower answer the better one.
pub const TRACKED_PAIN: [&str; 2] = ["pain-now", "pain-worst-week"];

/// One finished check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastCheck {
    /// When it was finished; also its id, unique within a history.
    pub completed_at: Timestamp,
    pub answers: Answers,
}

impl PastCheck {
    pub fn outcome(&self) -> Outcome {
        triage(&self.answers).outcome
    }
}

/// Finished checks, oldest first, no two with the same time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History(Vec<PastCheck>);

/// What merging another history in did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    pub added: usize,
    pub already_here: usize,
}

impl History {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a history from checks in any order; of checks with the same time, the first is kept.
    pub fn from_checks(checks: impl IntoIterator<Item = PastCheck>) -> Self {
        let mut history = History::new();
        history.merge(&History(checks.into_iter().collect()));
        history
    }

    pub fn checks(&self) -> &[PastCheck] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, completed_at: Timestamp) -> Option<&PastCheck> {
        self.0.iter().find(|check| check.completed_at == completed_at)
    }

    pub fn latest(&self) -> Option<&PastCheck> {
        self.0.last()
    }

    /// Records a finished check and returns the time it is kept under. When the same check was
    /// recorded before (`recorded_as`) and the person has since changed an answer, that entry is
    /// updated instead, so going back to fix an answer does not add a second check.
    /// Unfinished answers are not recorded.
    pub fn record(&mut self, answers: &Answers, now: Timestamp, recorded_as: Option<Timestamp>) -> Option<Timestamp> {
        if !is_complete(answers) {
            return None;
        }
        if let Some(entry) = recorded_as.and_then(|at| self.0.iter_mut().find(|check| check.completed_at == at)) {
            if entry.answers != *answers {
                entry.answers = answers.clone();
            }
            return Some(entry.completed_at);
        }
        let completed_at = self.free_time_from(now);
        self.insert(PastCheck { completed_at, answers: answers.clone() });
        Some(completed_at)
    }

    /// Adds the checks of `other` that are not here yet. A check's time is its id: one with the
    /// same time is the same check, and the version here is kept (it may have been updated since,
    /// by a changed answer). Callers pick which side is "here" to decide which version wins.
    pub fn merge(&mut self, other: &History) -> MergeSummary {
        let mut summary = MergeSummary::default();
        for check in &other.0 {
            if self.get(check.completed_at).is_some() {
                summary.already_here += 1;
            } else {
                self.insert(check.clone());
                summary.added += 1;
            }
        }
        summary
    }

    fn free_time_from(&self, mut at: Timestamp) -> Timestamp {
        while self.get(at).is_some() {
            at += 1;
        }
        at
    }

    fn insert(&mut self, check: PastCheck) {
        let index = self.0.partition_point(|existing| existing.completed_at < check.completed_at);
        self.0.insert(index, check);
    }

    /// The latest check compared with the one before it, when there are two.
    pub fn compare_latest(&self) -> Option<Comparison> {
        let [.., earlier, later] = self.0.as_slice() else {
            return None;
        };
        let pain = TRACKED_PAIN
            .iter()
            .filter_map(|&question| {
                let (from, to) = (earlier.answers.scale(question)?, later.answers.scale(question)?);
                Some(PainChange { question, from, to })
            })
            .collect();
        Some(Comparison { earlier: earlier.completed_at, later: later.completed_at, pain, outcome: (earlier.outcome(), later.outcome()) })
    }

    /// Each check's answer to a scale question, oldest first; checks that did not ask it (one
    /// that stopped at a safety question) are left out.
    pub fn series(&self, question: &str) -> Vec<(Timestamp, u8)> {
        self.0.iter().filter_map(|check| Some((check.completed_at, check.answers.scale(question)?))).collect()
    }
}

/// How the latest check differs from the one before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub earlier: Timestamp,
    pub later: Timestamp,
    pub pain: Vec<PainChange>,
    /// The triage outcome then and now.
    pub outcome: (Outcome, Outcome),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PainChange {
    pub question: &'static str,
    pub from: u8,
    pub to: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Better,
    Same,
    Worse,
}

impl PainChange {
    pub fn trend(&self) -> Trend {
        match self.to.cmp(&self.from) {
            std::cmp::Ordering::Less => Trend::Better,
            std::cmp::Ordering::Equal => Trend::Same,
            std::cmp::Ordering::Greater => Trend::Worse,
        }
    }
}
