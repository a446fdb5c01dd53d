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
    Progress, Step,
};
pub use guidance::{evaluate, guidance, Card, GuidanceId, Report, Stance, RULES};
pub use history::{Comparison, History, MergeSummary, PainChange, PastCheck, Timestamp, Trend, TRACKED_PAIN};
pub use order::sort_by_rank;
pub use plan::{
    awaiting_next_day, keep_sessions_of_plan, may_make_plan, merge_plan, merge_sessions, next_amount, next_steps, parse_amount, plan_days,
    plan_needs_professional_word, plan_on_hold, see_professional, session_due, start_amount, BackSince, NextDay, NextStep, Plan,
    PlannedActivity, SeeProfessional, Session, Why, Zone, ACCEPTABLE_PAIN, DAY, MOST_AMOUNT, WEEK,
};
pub use question::{Choice, Question, QuestionBank, QuestionId, QuestionKind, Section};
pub use reason::Reason;
pub use triage::{flag_outcome, infection_signs, triage, Finding, Flag, Outcome, Triage, INFECTION_RISKS, RED_FLAGS, SEVERE_PAIN};
