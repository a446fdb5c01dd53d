//! The exercise plan: what the person made, when its sessions fall, how each session went, the
//! next amount for each activity and why, and whether the plan may go on. Pure: times are given
//! by the caller. The words for each step are in `content::plan`; the model, its rules and its
//! sources are written down in docs/plan-model.md.
//!
//! One file a job, each importing only the ones above it in this list:
//! `days` (the person's own days and weeks), `programme` (the plan as made and changed),
//! `session` (a session, the next morning, how it went, merging copies), `schedule` (which days
//! are plan days, weeks, pauses, the end), `progression` (next amounts and their reasons),
//! `hold` (notes, holds, the next session), `making` (may a plan be made, which activities, where
//! they start, checking what was picked), `check_in` (what a check-in asks and saves).

mod check_in;
mod days;
mod hold;
mod making;
mod programme;
mod progression;
mod schedule;
mod session;

pub use check_in::{check_in, yesterday_allowed, CheckIn, CheckInForm, CheckInProblem, NOT_ASKED_AT_CHECK_IN};
pub use days::{weekday, Clock, Day, Weekday, DAY, WEEK, WEEK_FROM_MONDAY};
pub use hold::{
    check_in_outcome, may_make_plan, merge_notes, next_session, plan_hold, plan_needs_professional_word, plan_on_hold, Hold, NoSession,
    PlanNote, PlanNoteKind, CHECK_IN_SIGNS,
};
pub use making::{
    chosen_days, first_amount, new_plan, parse_time, plan_offer, results_suggest, stretches_left_to_professional, Picked, PlanOffer,
    PlanProblem, PlanRequest, FIRST_DAYS, MOST_ACTIVITIES,
};
pub use programme::{parse_amount, Pause, Plan, PlannedActivity, FEWEST_DAYS, MOST_AMOUNT, MOST_DAYS, PLAN_WEEKS};
pub use progression::{next_amount, next_steps, see_professional, start_amount, NextStep, SeeProfessional, Why, SMALLEST_TO_STEP};
pub use schedule::{session_due, spread_days, DayStatus, PlanStatus};
pub use session::{
    awaiting_next_day, keep_sessions_of_plan, merge_plan, merge_sessions, BackSince, Done, NextDay, Session, TooMuch, Zone, ACCEPTABLE_PAIN,
};
