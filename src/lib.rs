//! Backcheck: a low back pain self-check that turns answers into guidance from one article.
//!
//! `assessment` is the pure domain (no web types); `content` holds every text; `ui` is a thin Leptos
//! layer over both; `storage` keeps answers in this browser only;
//! `share` makes and reads share links; `offline` runs the service worker.

pub mod assessment;
pub mod content;
pub mod offline;
pub mod share;
pub mod storage;
pub mod ui;
