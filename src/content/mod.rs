//! Every text the person reads, kept as data in one place. Tests check it: ids unique and stable,
//! every guidance item reachable, plain words (reading grade 8 or lower).

pub mod abilities;
pub mod about;
pub mod guidance;
pub mod landing;
pub mod pictures;
pub mod plan;
pub mod questions;
pub mod saving;
pub mod session;
pub mod source;
pub mod sources;
pub mod summary;
pub mod triage;
pub mod words;
