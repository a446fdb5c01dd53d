//! The "About this check" page: who it is for, what it is not, what it is based on, and when
//! its content was last reviewed.

/// When a person last checked every text against its sources. Change it with each review.
pub const LAST_REVIEWED: &str = "3 December 2026";

pub const WHO_FOR: &str = "Backcheck is for people aged 16 and over with low back pain who want to know whether to exercise, and how to start. It is not made for people who are pregnant or under 16. They should ask a midwife or GP instead.";

pub const NOT_A_DIAGNOSIS: &str = "It does not diagnose anything. It asks about warning signs first, so anyone who needs a doctor is told so before any tips. The tips are general advice that fits your answers. They do not replace a doctor or physiotherapist.";

pub const PRIVACY: &str =
    "Your answers stay in this browser. Nothing is sent to us or anyone else, unless you choose to share a link or save a file.";
