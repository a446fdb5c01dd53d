//! The words of the summary for a GP or physiotherapist (src/ui/summary.rs): what it is, that it
//! is made on the device and sent nowhere, what its link carries, and how it names the plan's
//! pauses, holds and sessions. Dates come in written out (the screen formats them).

use crate::assessment::{BackSince, Hold, NotBetter, Outcome, PlanEventKind, PlanStatus, SeeProfessional, Session};
use crate::content::plan::{activity, Unit};
use crate::content::questions::BANK;
use crate::content::words::count;

pub const TITLE: &str = "Summary for a GP or physiotherapist";
pub const INTRO: &str = "Show this page to a GP or physiotherapist, or print it and take it with you. It sums up your check, your exercise plan and how you have been.";
/// Said on the screen and on paper.
pub const MADE_HERE: &str = "Nothing is sent anywhere. This summary is made on this device, from what is kept in this browser.";
pub const PRINT: &str = "Print";
pub const BACK: &str = "Back to the start";
/// The link to the summary from the results, the plan and the data screen.
pub const OPEN: &str = "Make a summary for a GP or physiotherapist";

/// "Made with Backcheck on 14 Dec 2026. It covers 2 Nov 2026 to 14 Dec 2026."
pub fn made_on(made: &str, covers: Option<(String, String)>) -> String {
    match covers {
        Some((from, to)) if from == to => format!("Made with Backcheck on {made}. It covers {from}."),
        Some((from, to)) => format!("Made with Backcheck on {made}. It covers {from} to {to}."),
        None => format!("Made with Backcheck on {made}."),
    }
}

pub const LATEST_CHECK_TITLE: &str = "Latest check";
pub fn check_done_on(date: &str) -> String {
    format!("Done on {date}.")
}
/// The answers the summary repeats under the latest check's result: where it hurts and what it stops.
pub const KEY_ANSWERS: &[&str] = &["pain-now", "pain-worst-week", "leg-pain", "daily-life", "aggravating-moves"];
/// How many of the check's tips it names, the ones that matter most (as the results' "Your next steps").
pub const TIPS_LISTED: usize = 3;
pub const TIPS_TITLE: &str = "The check's first tips";
pub const NO_CHECK: &str =
    "There is no finished check on this device, so this summary has no results and no link. Take the check to add them.";

pub const PAIN_TITLE: &str = "How the pain has gone";
/// The label of a choice of one of the check's questions ("Less than 6 weeks").
fn label(question: &str, choice: &str) -> String {
    BANK.question(question).and_then(|q| q.choice(choice)).map_or_else(|| choice.to_string(), |c| c.label.to_string())
}
/// How long the pain had lasted at the latest check, and at the first when that was another
/// check with another answer.
pub fn lasted(now: Option<&str>, latest_date: &str, then: Option<&str>, first_date: &str) -> Option<String> {
    let now_words =
        format!("How long the pain has lasted: {} (at the check on {latest_date}).", label("pain-duration", now?).to_lowercase());
    Some(match then {
        Some(then) if Some(then) != now && first_date != latest_date => {
            format!("{now_words} At the first check on this device, on {first_date}: {}.", label("pain-duration", then).to_lowercase())
        }
        _ => now_words,
    })
}
/// How the pain was changing, said at the latest check.
pub fn course(now: &str) -> String {
    format!("How it is changing: {} (said at the latest check).", label("pain-course", now).to_lowercase())
}
/// "Pain now: 7 at the first check, 3 at the latest (4 points lower)": the size, not a judgement.
pub fn pain_change(question: &str, from: u8, to: u8) -> String {
    let topic = BANK.question(question).map_or(question, |q| q.topic);
    let size = |n: u8| if n == 1 { "1 point".to_string() } else { format!("{n} points") };
    let trend = match to.cmp(&from) {
        std::cmp::Ordering::Less => format!("{} lower", size(from - to)),
        std::cmp::Ordering::Equal => "no change".to_string(),
        std::cmp::Ordering::Greater => format!("{} higher", size(to - from)),
    };
    format!("{topic}: {from} out of 10 at the first check, {to} at the latest ({trend}).")
}
pub fn checks_kept(checks: usize, first_date: &str) -> String {
    if checks == 1 {
        format!("1 check is kept on this device, from {first_date}. There is no earlier check to compare it with.")
    } else {
        format!("{} are kept on this device, the first on {first_date}.", count(checks, "check", "checks"))
    }
}
/// "3 earlier checks are not listed."
pub fn left_out(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 earlier {one} is not listed.")
    } else {
        format!("{n} earlier {many} are not listed.")
    }
}
pub const CHECKS_CAPTION: &str = "Checks";
pub const COLUMN_DATE: &str = "Date";
pub const COLUMN_RESULT: &str = "Result";
pub const COLUMN_PAIN_NOW: &str = "Pain now";
pub const COLUMN_WORST_PAIN: &str = "Worst pain in the last week";
pub const NOT_ASKED: &str = "not asked";
/// The result's short name, for the table of checks.
pub fn result_name(outcome: Outcome) -> &'static str {
    crate::content::triage::outcome_text(outcome).title
}

pub const PLAN_TITLE: &str = "Exercise plan";
pub const NO_PLAN: &str = "There is no exercise plan on this device, so this summary has only the check.";
/// "Started on 2 Nov 2026. 3 of 6 weeks done, not counting days it was paused or on hold."
pub fn plan_started(date: &str, weeks_done: u8, weeks: u8) -> String {
    format!("Started on {date}. {weeks_done} of {weeks} weeks done, not counting days it was paused or on hold.")
}
/// Where the plan is now.
pub fn plan_now(status: PlanStatus, hold: Option<Hold>) -> String {
    match (hold, status) {
        (Some(hold), _) => format!("It is on hold now: {}.", hold_reason(hold).to_lowercase()),
        (None, PlanStatus::Running { .. }) => "It is going on now.".to_string(),
        (None, PlanStatus::Paused { .. }) => "It is paused now.".to_string(),
        (None, PlanStatus::Finished) => "It has ended: all its weeks are done.".to_string(),
        (None, PlanStatus::Stopped) => "It was ended early.".to_string(),
    }
}
pub fn plan_ends(date: &str) -> String {
    format!("It ends on {date}.")
}
pub const AMOUNTS_CAPTION: &str = "Activities and amounts";
pub const COLUMN_ACTIVITY: &str = "Activity";
pub const COLUMN_FIRST_AMOUNT: &str = "First amount";
pub const COLUMN_AMOUNT_NOW: &str = "Amount now";
/// An activity's name, for a stored id (an id the app no longer knows reads as "Activity").
pub fn activity_name(id: &str) -> &'static str {
    activity(id).map_or("Activity", |a| a.label)
}
/// "16 minutes", "5 times each": an amount in its activity's unit.
pub fn amount(id: &str, amount: u16) -> String {
    activity(id).map_or_else(|| amount.to_string(), |a| a.unit.amount(amount))
}

pub const EVENTS_CAPTION: &str = "Pauses, holds and changes";
pub const NO_EVENTS: &str = "The plan was never paused or on hold.";
/// Why a plan went on hold, as a past event.
pub fn hold_reason(hold: Hold) -> String {
    match hold {
        Hold::LatestCheck => "A check said to get medical advice first".to_string(),
        Hold::SignAtCheckIn(Outcome::Emergency) => "A sign that needs emergency care was ticked at a check-in".to_string(),
        Hold::SignAtCheckIn(_) => "A sign that needs a doctor the same day was ticked at a check-in".to_string(),
        Hold::CheckSaysSeeProfessional => "A check during the plan said to see a GP or physiotherapist".to_string(),
        Hold::SeeProfessional(SeeProfessional::SeverePain(pain)) => format!("Pain of {pain} out of 10 in a session: see a GP"),
        Hold::SeeProfessional(SeeProfessional::TwoRedsInARow) => "Two sessions in a row were too much".to_string(),
        Hold::SeeProfessional(SeeProfessional::PainRising) => "Pain during sessions went up two weeks running".to_string(),
    }
}
pub fn event_words(kind: PlanEventKind) -> String {
    match kind {
        PlanEventKind::Paused => "Paused by you".to_string(),
        PlanEventKind::Held(hold) => format!("On hold. {}", hold_reason(hold)),
        PlanEventKind::FlareUp => "A flare-up: each activity went down a step".to_string(),
        PlanEventKind::ProfessionalSaidGoOn => "A GP or physiotherapist said to go on with the plan".to_string(),
        PlanEventKind::Stopped => "The plan was ended early".to_string(),
    }
}
/// "2 Nov to 9 Nov 2026", "since 2 Nov 2026", "2 Nov 2026": when an event happened.
pub fn event_dates(from: &str, to: Option<&str>, lasts: bool) -> String {
    match (to, lasts) {
        (Some(to), _) if to != from => format!("{from} to {to}"),
        (_, true) => format!("since {from}"),
        _ => from.to_string(),
    }
}

pub const SESSIONS_TITLE: &str = "Sessions";
pub const NO_SESSIONS: &str = "No sessions are logged yet.";
pub fn sessions_logged(n: usize) -> String {
    format!("{} logged.", count(n, "session", "sessions"))
}
/// Under the count of sessions: what the table's columns mean.
pub const SESSIONS_KEY: &str = "Each activity shows how much was done. Pain is how bad the back or leg pain was during the session, from 0 (no pain) to 10 (the worst pain you can imagine). Next morning is the back pain the morning after, compared with before the session.";
pub const COLUMN_PAIN_DURING: &str = "Pain";
pub const COLUMN_NEXT_MORNING: &str = "Next morning";
/// A column of the sessions table: an activity and its unit, "Walking (minutes)".
pub fn amount_column(id: &str) -> String {
    let unit = match activity(id).map(|a| a.unit) {
        Some(Unit::Minutes) | None => "minutes",
        Some(Unit::TimesEach) => "times each",
        Some(Unit::Sets) => "sets",
    };
    format!("{} ({unit})", activity_name(id))
}
/// A session's amount of an activity, as a number: its column says the unit.
pub fn amount_done(amount: Option<u16>) -> String {
    amount.map_or_else(|| NOT_DONE.to_string(), |amount| amount.to_string())
}
/// An activity not done in a session.
pub const NOT_DONE: &str = "–";
/// Said to screen readers for `NOT_DONE`.
pub const NOT_DONE_SPOKEN: &str = "not done";
/// The next morning's answer, compared with before the session.
pub fn next_morning(session: &Session) -> &'static str {
    match session.next_day.map(|next_day| next_day.back) {
        Some(BackSince::Better) => "Better",
        Some(BackSince::Same) => "The same",
        Some(BackSince::Worse) => "Worse",
        None if session.stopped_for_pain => "Not asked: stopped because of pain",
        None => "Not answered",
    }
}
/// "Pain during sessions: 4.5 out of 10 on average in the first week with sessions, 2 in the latest."
pub fn session_pain(first_tenths: i32, latest_tenths: i32) -> String {
    format!(
        "Pain during sessions: {} on average in the first week with sessions, {} in the latest.",
        crate::content::abilities::mean_words(first_tenths),
        crate::content::abilities::mean_words(latest_tenths)
    )
}

pub const OVER_TIME_TITLE: &str = "Pain and everyday activities over time";
pub const CHART_CAPTION: &str =
    "Pain goes from 0 (no pain) to 10 (the worst pain you can imagine). Everyday activities go from 0 (cannot do it) to 10 (as well as before the pain).";
pub const LEGEND_CHECKS: &str = "Pain now, at each check";
pub const LEGEND_SESSIONS: &str = "Pain during each session";
pub const LEGEND_RATINGS: &str = "Everyday activities: the average rating";
/// The chart's name for screen readers; the tables give every value.
pub fn chart_label(checks: usize, sessions: usize, ratings: usize) -> String {
    format!(
        "Chart of pain and everyday activities over time: {}, {} and {}. The tables give each value.",
        count(checks, "check", "checks"),
        count(sessions, "session", "sessions"),
        count(ratings, "rating of activities", "ratings of activities")
    )
}
pub const RATINGS_CAPTION: &str = "How well you can do everyday activities, from 0 to 10";
/// The scale's credit, and what its numbers mean, for the professional reading the summary.
pub const RATINGS_CREDIT: &str = "Scale: the Patient-Specific Functional Scale (Stratford and others 1995), asked on screen in Backcheck's words. A change of 2 points in the average is more than its error, with 90% confidence. For one thing, it takes 3.";
pub const COLUMN_AVERAGE: &str = "Average";
/// "3.7", "5": a mean in tenths, as a number.
pub fn points(tenths: i32) -> String {
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}
pub const NO_RATINGS: &str = "In this plan, you have not rated the things your back makes hard.";
/// "The average went up 2.5 points since the first rating: a real change."
pub fn ability_change(tenths: i32, real: bool) -> String {
    let change = crate::content::abilities::change_words(tenths);
    match (tenths, real) {
        (0, _) => "The average has not changed since the first rating.".to_string(),
        (_, true) => format!("The average went {change} since the first rating. That is a real change."),
        (_, false) => format!("The average went {change} since the first rating. That is less than the 2 points needed to be sure it is a real change (3 points for one activity)."),
    }
}

/// The plan's "not getting better" (`assessment::NotBetter`), said to whoever reads the summary:
/// after three weeks, or at once when the ratings fall by a real change.
pub const NOT_BETTER: &str =
    "The plan has run for 3 weeks or more. In that time, neither the ratings nor the pain in sessions got better by 2 points or more.";
pub const RATINGS_FELL: &str = "Since the first rating, the ratings have gone down by a real change.";
pub fn not_better(seen: &NotBetter) -> &'static str {
    if seen.ratings_worse {
        RATINGS_FELL
    } else {
        NOT_BETTER
    }
}
pub const LINK_TITLE: &str = "Results link";
pub const LINK_INTRO: &str = "Scan the code, or type the link, to open the latest check's results on another phone or computer.";
pub const LINK_CARRIES: &str =
    "The link carries only the answers to the check. It does not carry your plan, your sessions, your ratings or anything you typed.";
pub const QR_LABEL: &str = "QR code of the results link";
pub const LINK_TOO_LONG: &str = "This link is too long for a QR code.";
