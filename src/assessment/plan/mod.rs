//! The exercise plan: what the person made, when its sessions fall, how each session went, the
//! next amount for each activity and why, and whether the plan may go on. Pure: times are given
//! by the caller. The words for each step are in `content::plan`; the model, its rules and its
//! sources are written down in docs/plan-model.md.
//!
//! One file a job, each importing only the ones above it in this list:
//! `days` (the person's own days and weeks), `programme` (the plan as made and changed),
//! `session` (a session, the next morning, how it went, merging copies), `notes` (what was
//! said during a plan), `schedule` (which days
//! are plan days, weeks, pauses, the end), `progression` (next amounts and their reasons),
//! `hold` (notes, holds, the next session), `follow` (following a session along: its parts,
//! counts, stays and timers, and what was done), `making` (may a plan be made, which activities, where
//! they start, checking what was picked), `check_in` (what a check-in asks and saves), `abilities`
//! (the everyday activities a person rates, and whether the plan is helping).

mod abilities;
mod check_in;
mod days;
mod follow;
mod hold;
mod making;
mod notes;
mod programme;
mod progression;
mod schedule;
mod session;

pub use abilities::first_and_latest_week_pain;
pub use abilities::{
    abilities, first_rating, pain_before_each_rating, plan_ratings, rating_again, Abilities, AbilityChange, AbilityRating, NotBetter,
    RatingDue, RatingProblem, ABILITY_TOP, LEAST_DAYS_BETWEEN_RATINGS, MOST_ACTIVITY_CHARS, MOST_HARD_ACTIVITIES, NOT_BETTER_AFTER_WEEKS,
    RATE_EVERY_WEEKS, REAL_ABILITY_CHANGE_TENTHS, REAL_PAIN_CHANGE_TENTHS,
};
pub use check_in::{check_in, yesterday_allowed, CheckIn, CheckInForm, CheckInProblem, NOT_ASKED_AT_CHECK_IN};
pub use days::{weekday, Clock, Day, Weekday, DAY, WEEK, WEEK_FROM_MONDAY};
pub use follow::{
    session_goes_on, session_parts, stay_now, AutoCount, Cue, EndedBy, ExerciseToFollow, FollowChange, Followed, Following, HowToFollow,
    Moment, Part, PartProgress, Said, Stay, StayNow, Stopwatch, BREATH_IN_MS, BREATH_MS, BREATH_OUT_MS, FASTEST_PACE_MS, GOES_ON_WITHIN,
    MOVE_MS, PACE_STEP_MS, SAY_MINUTES_EVERY, SLOWEST_PACE_MS,
};
pub use hold::{
    hold_on, hold_periods, may_make_plan, next_session, plan_hold, plan_needs_professional_word, plan_on_hold, plan_today,
    sign_since_latest_check, Hold, NoSession, PlanToday,
};
pub use making::{
    chosen_days, first_amount, new_plan, parse_time, plan_offer, results_suggest, stretches_left_to_professional, Picked, PlanOffer,
    PlanProblem, PlanRequest, FIRST_DAYS, MOST_ACTIVITIES,
};
pub use notes::{check_in_outcome, merge_notes, PlanNote, PlanNoteKind, Rated, CHECK_IN_SIGNS};
pub use programme::{parse_amount, EarlierDays, Pause, Plan, PlannedActivity, FEWEST_DAYS, MOST_AMOUNT, MOST_DAYS, PLAN_WEEKS};
pub use progression::{
    next_amount, next_steps, see_professional, start_amount, Measure, NextStep, SeeProfessional, Why, MINUTES_CEILING, MINUTES_FLOOR,
    TIMES_FLOOR, WEEKLY_RISE_TENTHS,
};
pub use schedule::{session_due, spread_days, DayStatus, PlanStatus};
pub use session::{
    awaiting_next_day, keep_sessions_of_plan, merge_plan, merge_sessions, BackSince, Done, Judged, NextDay, Session, TooMuch, Zone,
    ACCEPTABLE_PAIN, MORNING_QUESTION_DAYS,
};
