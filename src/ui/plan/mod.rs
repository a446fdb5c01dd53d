//! The second build's screens: the exercise plan's (making a plan, the plan with its next steps
//! and progress, logging a session) and the data screen. Only the `backcheck-plan` build links
//! them (src/bin/plan.rs); the first load (src/main.rs) hands their addresses over to that build,
//! so the check opens without their weight.

mod check_in;
mod new;
mod overview;

use leptos::prelude::*;

use super::route::Screen;
use crate::ui::your_data::YourData;

/// The second build's screens, for `App`'s `plan_screens`.
pub fn screen(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::PlanNew => view! { <new::PlanNew/> }.into_any(),
        Screen::Plan => view! { <overview::PlanOverview/> }.into_any(),
        Screen::CheckIn => view! { <check_in::CheckIn/> }.into_any(),
        Screen::Data => view! { <YourData/> }.into_any(),
        _ => return None,
    })
}
