//! A thin Leptos layer over `assessment` and `content`: one file per screen, over a few shared
//! parts. Lower files never import higher ones: `state` and `route` (the data and the addresses),
//! `heading`, `form`, `dates` and `care` (shared parts), the screens, then `app` (the shell and
//! the screen table) and `second_build` (the screen tables of the second build's two parts).

mod ability_chart;
mod about;
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
mod plan;
mod progress;
mod question;
mod results;
mod route;
pub mod second_build;
mod share_button;
mod state;
mod summary;
mod your_data;

pub use app::{mount, App, SecondBuildScreens};
pub use route::{second_build_choice, second_build_screens, Screen, SecondBuild};
