//! The self-assessment as pure Rust, with no web types: questions, answers, the flow through the
//! check, red-flag triage and the guidance rules. Tested natively (`cargo test`).

mod answers;
mod flow;
mod guidance;
mod history;
mod order;
mod plan;
mod question;
mod reason;
mod triage;

pub use answers::{describe_choices, describe_scale, Answer, AnswerError, Answers};
pub use flow::{
    answered_first_safety_check, is_complete, is_reachable, next_step, path, previous_question, progress, relevant_answers, resume_step,
    screen_of, screens, Progress, Step,
};
pub use guidance::{evaluate, guidance, Card, GuidanceId, Report, Stance, RULES};
pub use history::{Comparison, History, MergeSummary, PainChange, PastCheck, Timestamp, Trend, TRACKED_PAIN};
pub use order::sort_by_rank;
pub use plan::{
    awaiting_next_day, check_in_outcome, keep_sessions_of_plan, may_make_plan, merge_notes, merge_plan, merge_sessions, next_amount,
    next_session, next_steps, parse_amount, plan_hold, plan_needs_professional_word, plan_on_hold, see_professional, session_due,
    spread_days, start_amount, weekday, BackSince, Clock, Day, DayStatus, Done, Hold, NextDay, NextStep, NoSession, Pause, Plan, PlanNote,
    PlanNoteKind, PlanStatus, PlannedActivity, SeeProfessional, Session, TooMuch, Weekday, Why, Zone, ACCEPTABLE_PAIN, CHECK_IN_SIGNS, DAY,
    FEWEST_DAYS, MOST_AMOUNT, MOST_DAYS, PLAN_WEEKS, SMALLEST_TO_STEP, WEEK, WEEK_FROM_MONDAY,
};
pub use question::{Choice, Question, QuestionBank, QuestionId, QuestionKind, Section, Together};
pub use reason::Reason;
pub use triage::{flag_outcome, infection_signs, triage, Finding, Flag, Outcome, Triage, INFECTION_RISKS, RED_FLAGS, SEVERE_PAIN};
