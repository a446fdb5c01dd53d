//! Native tests of the pure domain and content: `cargo test --test domain`.
#![cfg(not(target_arch = "wasm32"))]

mod abilities;
mod architecture;
mod calendar;
mod content;
mod first_screen;
mod flow;
mod follow;
mod guidance;
mod history;
mod order;
mod plan;
mod plan_making;
mod profiles;
mod progression;
mod properties;
mod qr;
mod readability;
mod route;
mod schedule;
mod share;
mod sources;
mod storage;
mod style;
mod summary;
mod triage;
