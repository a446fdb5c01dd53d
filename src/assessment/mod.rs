//! The self-assessment as pure Rust, with no web types: questions, answers, the flow through the
//! check, red-flag triage and the guidance rules, the plan, and what the summary for a GP or
//! physiotherapist lists. Tested natively (`cargo test`).

mod answers;
mod flow;
mod guidance;
mod history;
mod order;
mod plan;
mod question;
mod reason;
mod summary;
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
    abilities, awaiting_next_day, check_in, check_in_outcome, chosen_days, first_amount, first_rating, hold_on, hold_periods,
    keep_sessions_of_plan, may_make_plan, merge_notes, merge_plan, merge_sessions, new_plan, next_amount, next_session, next_steps,
    pain_before_each_rating, parse_amount, parse_time, plan_hold, plan_needs_professional_word, plan_offer, plan_on_hold, plan_ratings,
    plan_today, rating_again, results_suggest, see_professional, session_due, session_goes_on, session_parts, sign_since_latest_check,
    spread_days, start_amount, stay_now, stretches_left_to_professional, weekday, yesterday_allowed, Abilities, AbilityChange,
    AbilityRating, AutoCount, BackSince, CheckIn, CheckInForm, CheckInProblem, Clock, Cue, Day, DayStatus, Done, EarlierDays, EndedBy,
    ExerciseToFollow, FollowChange, Followed, Following, Hold, HowToFollow, Judged, Measure, Moment, NextDay, NextStep, NoSession,
    NotBetter, Part, PartProgress, Pause, Picked, Plan, PlanNote, PlanNoteKind, PlanOffer, PlanProblem, PlanRequest, PlanStatus, PlanToday,
    PlannedActivity, Rated, RatingDue, RatingProblem, Said, SeeProfessional, Session, Stay, StayNow, Stopwatch, TooMuch, Weekday, Why,
    Zone, ABILITY_TOP, ACCEPTABLE_PAIN, BREATH_IN_MS, BREATH_MS, BREATH_OUT_MS, CHECK_IN_SIGNS, DAY, FASTEST_PACE_MS, FEWEST_DAYS,
    FIRST_DAYS, GOES_ON_WITHIN, LEAST_DAYS_BETWEEN_RATINGS, MINUTES_CEILING, MINUTES_FLOOR, MORNING_QUESTION_DAYS, MOST_ACTIVITIES,
    MOST_ACTIVITY_CHARS, MOST_AMOUNT, MOST_DAYS, MOST_HARD_ACTIVITIES, MOVE_MS, NOT_ASKED_AT_CHECK_IN, NOT_BETTER_AFTER_WEEKS,
    PACE_STEP_MS, PLAN_WEEKS, RATE_EVERY_WEEKS, REAL_ABILITY_CHANGE_TENTHS, REAL_PAIN_CHANGE_TENTHS, SAY_MINUTES_EVERY, SLOWEST_PACE_MS,
    TIMES_FLOOR, WEEK, WEEKLY_RISE_TENTHS, WEEK_FROM_MONDAY,
};
pub use question::{Choice, Question, QuestionBank, QuestionId, QuestionKind, Section, Together};
pub use reason::Reason;
pub use summary::{
    pain_course, plan_events, position, session_columns, summary, weeks_done, Amount, PainCourse, PlanEvent, PlanEventKind, PlanSummary,
    Summary, CHECK_ROWS, RATING_ROWS, SESSION_ROWS,
};
pub use triage::{
    flag_outcome, infection_signs, triage, Finding, Flag, Outcome, Professional, Triage, INFECTION_RISKS, RED_FLAGS, SEVERE_PAIN,
};
