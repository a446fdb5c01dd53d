//! The exercise plan's screens: making a plan, the plan with its next steps and progress, and
//! logging a session. They are in the second build only (src/ui/second_build.rs mounts them).

mod abilities_form;
mod check_in;
mod days;
mod follow;
mod new;
mod overview;

pub use check_in::CheckIn;
pub use follow::FollowSession;
pub use new::PlanNew;
pub use overview::PlanOverview;

/// An activity's name, for a stored id (an id the app no longer knows reads as "Activity").
fn label(activity_id: &str) -> &'static str {
    crate::content::plan::activity(activity_id).map_or("Activity", |a| a.label)
}

/// "16 minutes", "5 times each", "2 sets": an amount in its activity's unit.
fn amount_words(activity_id: &str, amount: u16) -> String {
    crate::content::plan::activity(activity_id).map_or_else(|| amount.to_string(), |a| a.unit.amount(amount))
}
