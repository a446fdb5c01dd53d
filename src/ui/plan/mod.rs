//! The exercise plan's screens: making a plan, the plan with its next steps and progress, and
//! logging a session. Only the `backcheck-plan` build links them (src/bin/plan.rs); the first
//! load (src/main.rs) hands plan addresses over to that build, so the check opens without
//! their weight.

mod check_in;
mod new;
mod overview;

use leptos::prelude::*;

use super::route::Screen;

/// The plan's screens, for `App`'s `plan_screens`.
pub fn screen(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::PlanNew => view! { <new::PlanNew/> }.into_any(),
        Screen::Plan => view! { <overview::PlanOverview/> }.into_any(),
        Screen::CheckIn => view! { <check_in::CheckIn/> }.into_any(),
        _ => return None,
    })
}
