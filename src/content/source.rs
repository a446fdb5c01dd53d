//! The one article every piece of advice comes from, credited in the app.

pub struct Source {
    pub title: &'static str,
    pub author: &'static str,
    pub date: &'static str,
}

pub const ARTICLE: Source =
    Source { title: "Should I Exercise with Lower Back Pain?", author: "LivaFortis blog", date: "16 September 2020" };

/// Shown on every results page: this is general information, not a diagnosis.
pub const DISCLAIMER: &str = "This check gives general information. It is not a diagnosis and does not replace a doctor or physiotherapist. If you are worried, or your pain changes, get checked by a professional.";
