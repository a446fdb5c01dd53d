//! What was said during a plan, kept as a log beside the sessions: signs ticked at a check-in,
//! a professional's word, a flare-up, the ratings of what the person's back makes hard.

use crate::assessment::answers::Answers;
use crate::assessment::history::Timestamp;
use crate::assessment::order::sort_by_rank;
use crate::assessment::triage::{flag_outcome, Outcome};

/// Something said during a plan that decides whether it may go on. Kept as a log beside the
/// sessions and merged the same way (by time), so no tab can lose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNote {
    /// When it was said; also its id.
    pub at: Timestamp,
    pub kind: PlanNoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanNoteKind {
    /// Signs ticked at a check-in: the answers to the check's emergency and urgent questions,
    /// asked again ("since your last session").
    Signs(Answers),
    /// The person said a GP or physiotherapist has told them to go on with the plan, after the
    /// plan said to see one.
    ProfessionalSaidGoOn,
    /// The person said they have a flare-up: every activity steps back once, and the plan goes on.
    FlareUp,
    /// The person rated the everyday activities their back makes hard (`abilities`): the plan's
    /// first ratings name them, each later one rates the same ones in the same order.
    Ratings(Vec<Rated>),
}

/// One activity and how well the person can do it now, 0 to 10.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rated {
    /// In the person's own words, or a move from the check ("Bending forward"): shown as text,
    /// never markup.
    pub activity: String,
    pub score: u8,
}

/// The questions a check-in asks again, most serious first.
pub const CHECK_IN_SIGNS: [&str; 2] = ["emergency-signs", "urgent-signs"];

impl PlanNote {
    /// What signs ticked at a check-in call for: the same outcome as in the check.
    pub fn signs_outcome(&self) -> Option<Outcome> {
        match &self.kind {
            PlanNoteKind::Signs(answers) => check_in_outcome(answers),
            PlanNoteKind::ProfessionalSaidGoOn | PlanNoteKind::FlareUp | PlanNoteKind::Ratings(_) => None,
        }
    }
}

/// What the signs ticked at a check-in call for, as the check would judge them.
pub fn check_in_outcome(answers: &Answers) -> Option<Outcome> {
    CHECK_IN_SIGNS.iter().filter_map(|question| flag_outcome(answers, question)).max()
}

/// `notes` with `others` merged in by time, oldest first (as `merge_sessions`).
pub fn merge_notes(notes: &mut Vec<PlanNote>, others: &[PlanNote]) {
    for other in others {
        if !notes.iter().any(|note| note.at == other.at) {
            notes.push(other.clone());
        }
    }
    sort_by_rank(notes, |note| note.at);
}
