//! A thin Leptos layer over `assessment` and `content`: one file per screen, over a few shared
//! parts. Lower files never import higher ones: `state` and `route` (the data and the addresses),
//! `heading`, `form`, `dates` and `care` (shared parts), the screens, then `app` (the shell and
//! the screen table).

pub mod about;
mod app;
mod care;
mod confirm;
mod dates;
mod first_screen;
mod form;
mod heading;
mod history;
mod landing;
mod pain_chart;
pub mod plan;
pub mod progress;
mod question;
mod results;
mod route;
mod share_button;
mod state;
mod your_data;

pub use app::{mount, App, PlanScreens};
pub use route::{second_build_pattern, Screen, SECOND_BUILD_ADDRESSES};
