//! The second build's screens: the exercise plan's (making a plan, the plan with its next steps
//! and progress, logging a session), the data screen and the About page. Only the `backcheck-plan` build links
//! them (src/bin/plan.rs); the first load (src/main.rs) hands their addresses over to that build,
//! so the check opens without their weight.

mod check_in;
mod days;
mod new;
mod overview;

use leptos::prelude::*;

use super::route::Screen;
use crate::ui::your_data::YourData;

/// An activity's name, for a stored id (an id the app no longer knows reads as "Activity").
fn label(activity_id: &str) -> &'static str {
    crate::content::plan::activity(activity_id).map_or("Activity", |a| a.label)
}

/// "16 minutes", "5 times each", "2 sets": an amount in its activity's unit.
fn amount_words(activity_id: &str, amount: u16) -> String {
    crate::content::plan::activity(activity_id).map_or_else(|| amount.to_string(), |a| a.unit.amount(amount))
}

/// The second build's screens, for `App`'s `plan_screens`.
pub fn screen(screen: &Screen) -> Option<AnyView> {
    Some(match screen {
        Screen::PlanNew => view! { <new::PlanNew/> }.into_any(),
        Screen::Plan => view! { <overview::PlanOverview/> }.into_any(),
        Screen::CheckIn => view! { <check_in::CheckIn/> }.into_any(),
        Screen::Data => view! { <YourData/> }.into_any(),
        Screen::About => view! { <crate::ui::about::About/> }.into_any(),
        Screen::PainOverTime => view! { <crate::ui::progress::PainOverTime/> }.into_any(),
        _ => return None,
    })
}
