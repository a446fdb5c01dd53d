//! Backcheck: a low back pain self-check that turns answers into guidance from one article.
//!
//! `assessment` is the pure domain (no web types); `content` holds every text; `ui` is a thin Leptos
//! layer over both; `storage` keeps answers and past checks in this browser only; `backup` saves
//! them to a file and reads one back; `share` makes and reads share links; `calendar` writes the
//! plan's iCalendar file; `qr` draws a link's QR code; `offline` runs the service worker; `wake_lock` keeps the screen on
//! during a session.

pub mod assessment;
pub mod backup;
pub mod calendar;
pub mod content;
pub mod offline;
pub mod qr;
pub mod share;
pub mod storage;
pub mod ui;
pub mod wake_lock;
