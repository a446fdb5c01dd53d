//! The start page's words. index.html shows the same words before the app runs
//! (tests/domain/first_screen.rs checks they match).

pub const TITLE: &str = "Should I exercise with low back pain?";

pub const LEAD: &str = "Answer a few short questions, one at a time. You will get advice that fits your answers, or be told to get care first if your answers show a warning sign.";

pub const PRIVACY_NOTE: &str =
    "Your answers stay on this device. Nothing is sent to us. Your answers leave this device only if you share a link or save a file.";

/// The privacy note when the browser will not let the app save.
pub const PRIVACY_NOTE_NOT_SAVING: &str =
    "This browser is not letting Backcheck save, so your answers will be lost if you close or reload the page. Nothing is sent to us.";
