//! The "About this check" page: who it is for, what it is not, what it is based on, and when
//! its content was last reviewed.

/// When a person last read every text against its sources (`REVIEW_COVERS`). Change it only
/// when such a review is done, after the fixes it asked for.
pub const LAST_REVIEWED: &str = "4 December 2026";

/// What a review reads, so the date above means the same each time: every text in `src/content`
/// (questions, results, tips, the plan, the sources), the first screen index.html shows before
/// the app runs (made from `src/content`), and the words written in `src/ui`, each beside the
/// source it names.
pub const REVIEW_COVERS: &str = "A review reads every text in Backcheck beside the source it names, where a copy of the source can be read: the questions, the results, the tips, the exercise plan and its how-tos, and this page.";

pub const WHO_FOR: &str = "Backcheck is for people aged 16 and over with low back pain who want to know whether to exercise, and how to start. It is not made for people who are pregnant or under 16. They should ask a midwife or GP instead.";

pub const NOT_A_DIAGNOSIS: &str = "It does not diagnose anything. It asks about warning signs first, so anyone whose answers show a warning sign is told to get care before any tips. It finds only the signs it asks about. The tips are general advice that fits your answers. They do not replace a doctor or physiotherapist.";

pub const PRIVACY: &str =
    "Your answers stay in this browser. Nothing is sent to us. Your answers leave this device only if you share a link or save a file.";
