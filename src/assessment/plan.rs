//! An exercise plan and its check-ins, with the next step worked out by a pain-monitoring model
//! from tendon rehabilitation, adapted here (Silbernagel et al., Am J Sports Med 2007: pain up to
//! 5 of 10 during activity is acceptable if it has settled by the next morning and is not getting
//! worse week to week; pain that is worse the next day means less load), built up gradually
//! (Lindström et al., Phys Ther 1992, a supervised graded-activity programme). The numbers no
//! source gives (start at about 8 parts in 10, steps of about 1 part in 10, see a professional
//! after two hard sessions in a row or pain rising two weeks running) are Backcheck's own cautious
//! choices, and the words say so. Pure: times are given by the caller. The words for each step
//! are in `content::plan`.

use super::answers::Answers;
use super::history::{History, Timestamp};
use super::schedule::{Clock, Pause, PlanStatus, Weekday, PLAN_WEEKS};
use super::triage::{flag_outcome, Outcome};

/// Whether a plan may be made: after self-care results, or after see-a-professional results
/// once the person says a professional has told them exercise is fine; never otherwise.
pub fn may_make_plan(outcome: Outcome, professional_said_fine: bool) -> bool {
    match outcome {
        Outcome::SelfCare => true,
        Outcome::SeeClinician => professional_said_fine,
        Outcome::NotForThisCheck | Outcome::Urgent | Outcome::Emergency => false,
    }
}

/// Whether a plan made earlier is on hold: the latest finished check rules out exercise advice
/// (emergency, urgent, or not for this check). The same rule as making one, so a plan never
/// tells someone to exercise after a check said to get care first.
pub fn plan_on_hold(history: &History) -> bool {
    history.latest().is_some_and(|check| !check.outcome().allows_exercise_guidance())
}

/// Whether a check finished after the plan began says to see a professional: the plan goes on
/// only with a professional's word, as a new plan would after such results.
pub fn plan_needs_professional_word(plan: &Plan, history: &History) -> bool {
    history.latest().is_some_and(|check| check.completed_at > plan.started_at && check.outcome() == Outcome::SeeClinician)
}

pub const DAY: Timestamp = 24 * 60 * 60 * 1000;
pub const WEEK: Timestamp = 7 * DAY;

/// Pain during an activity up to this (0-10) is acceptable (Silbernagel 2007).
pub const ACCEPTABLE_PAIN: u8 = 5;

/// The most an amount may be (minutes or sets), when a person types one.
pub const MOST_AMOUNT: u16 = 600;

/// An amount a person typed: a whole number from 1 to `MOST_AMOUNT`.
pub fn parse_amount(typed: &str) -> Option<u16> {
    typed.trim().parse::<u16>().ok().filter(|n| (1..=MOST_AMOUNT).contains(n))
}

/// The plan starts a little below what the person has managed lately without a flare.
pub fn start_amount(recent: u16) -> u16 {
    ((u32::from(recent) * 8 + 5) / 10).max(1) as u16
}

/// The smallest amount that can grow in steps of about 1 part in 10: below it, one more unit
/// would be more than 2 parts in 10 (1 set would become 2).
pub const SMALLEST_TO_STEP: u16 = 5;

/// About 1 part in 10 more (at least one more unit, never more than 2 parts in 10), or `None`
/// when the amount is too small to grow by so little.
fn stepped_up(amount: u16) -> Option<u16> {
    let step = (amount.saturating_add(5) / 10).max(1);
    (amount >= SMALLEST_TO_STEP).then(|| amount.saturating_add(step))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedActivity {
    /// Stable id of the activity (`content::plan::ACTIVITIES`).
    pub activity: String,
    /// The first session's amount (minutes, times each, or for older plans sets): a little below
    /// what the person managed lately (`start_amount`), or the source's own start for named
    /// exercises.
    pub start: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// When the plan was made; also its id.
    pub started_at: Timestamp,
    /// The weekdays the person chose (0 = Sunday); `None` for a plan made before days could be
    /// chosen, whose days are spread from the day it began (`schedule::spread_days`).
    pub weekdays: Option<Vec<Weekday>>,
    /// How many days a week: the chosen days' count, or an older plan's own number.
    pub days_per_week: u8,
    /// The time of day for sessions, in minutes after midnight, if the person chose one.
    pub time: Option<u16>,
    /// How many weeks the plan runs, paused days not counted.
    pub weeks: u8,
    pub activities: Vec<PlannedActivity>,
    pub pauses: Vec<Pause>,
    /// When the person ended the plan early.
    pub stopped_at: Option<Timestamp>,
    /// Counts every change to the days, the time, a pause or an end: the calendar file's
    /// SEQUENCE, so a calendar updates its events instead of adding more. The higher wins when
    /// two tabs hold the same plan.
    pub revision: u32,
    /// The revision of the last calendar file saved, if any: a newer plan offers the new file.
    pub calendar_revision: Option<u32>,
}

impl Plan {
    /// A new plan on the chosen days, running `PLAN_WEEKS`.
    pub fn new(started_at: Timestamp, weekdays: Vec<Weekday>, time: Option<u16>, activities: Vec<PlannedActivity>) -> Plan {
        Plan {
            started_at,
            days_per_week: weekdays.len() as u8,
            weekdays: Some(weekdays),
            time,
            weeks: PLAN_WEEKS,
            activities,
            pauses: Vec::new(),
            stopped_at: None,
            revision: 0,
            calendar_revision: None,
        }
    }

    /// New days or a new time for the sessions from now on.
    pub fn change_days(&mut self, weekdays: Vec<Weekday>, time: Option<u16>) {
        self.days_per_week = weekdays.len() as u8;
        self.weekdays = Some(weekdays);
        self.time = time;
        self.revision += 1;
    }

    /// Pauses a running plan (nothing changes when it is already paused or ended).
    pub fn pause(&mut self, at: Timestamp) {
        if self.current_pause().is_none() && self.stopped_at.is_none() {
            self.pauses.push(Pause { from: at, to: None });
            self.revision += 1;
        }
    }

    pub fn resume(&mut self, at: Timestamp) {
        if let Some(pause) = self.pauses.iter_mut().find(|pause| pause.to.is_none()) {
            pause.to = Some(at.max(pause.from));
            self.revision += 1;
        }
    }

    /// Ends the plan early; its sessions are kept.
    pub fn stop(&mut self, at: Timestamp) {
        self.resume(at);
        if self.stopped_at.is_none() {
            self.stopped_at = Some(at);
            self.revision += 1;
        }
    }

    /// The calendar file for this revision was saved.
    pub fn calendar_saved(&mut self) {
        self.calendar_revision = Some(self.revision);
    }

    /// A calendar file was saved before the plan last changed: the person should get the new one.
    pub fn calendar_out_of_date(&self) -> bool {
        self.calendar_revision.is_some_and(|saved| saved < self.revision)
    }
}

/// How the back was the morning after, compared with before the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackSince {
    Better,
    Same,
    Worse,
}

impl BackSince {
    pub const ALL: [BackSince; 3] = [BackSince::Better, BackSince::Same, BackSince::Worse];

    pub fn id(self) -> &'static str {
        match self {
            BackSince::Better => "better",
            BackSince::Same => "same",
            BackSince::Worse => "worse",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        BackSince::ALL.into_iter().find(|b| b.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextDay {
    pub settled_by_morning: bool,
    pub back: BackSince,
}

/// One activity done in a session, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub activity: String,
    pub amount: u16,
}

/// One session as the person logged it: every activity done in it, with one pain score and one
/// next-morning answer for the whole session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// When it was done (now, or the same time yesterday); also its id.
    pub at: Timestamp,
    pub done: Vec<Done>,
    /// The worst pain during the session, 0 to 10.
    pub pain_during: u8,
    /// The next day's answers, once given.
    pub next_day: Option<NextDay>,
}

/// How a session went, by the pain-monitoring rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Zone {
    /// Pain at most 5, settled by the morning, back no worse: build up.
    Green,
    /// Pain above 5, or not settled by the morning, or the back worse the next day: step back
    /// (the source: pain that is worse the next day means less, not the same).
    Red,
}

impl Zone {
    pub fn id(self) -> &'static str {
        match self {
            Zone::Green => "green",
            Zone::Red => "red",
        }
    }
}

/// What made a session red, for the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooMuch {
    /// Pain during it above 5 (the pain it reached).
    Pain(u8),
    /// Not settled by the next morning.
    NotSettled,
    /// The back worse the next day.
    WorseNextDay,
}

impl Session {
    /// How much of an activity was done in this session, if it was done.
    pub fn amount_of(&self, activity: &str) -> Option<u16> {
        self.done.iter().find(|done| done.activity == activity).map(|done| done.amount)
    }

    /// `None` until the next day's answers are in.
    pub fn zone(&self) -> Option<Zone> {
        self.next_day?;
        Some(if self.too_much().is_some() { Zone::Red } else { Zone::Green })
    }

    /// What made the session too much, once the next day's answers are in (pain first).
    pub fn too_much(&self) -> Option<TooMuch> {
        let next_day = self.next_day?;
        if self.pain_during > ACCEPTABLE_PAIN {
            Some(TooMuch::Pain(self.pain_during))
        } else if !next_day.settled_by_morning {
            Some(TooMuch::NotSettled)
        } else if next_day.back == BackSince::Worse {
            Some(TooMuch::WorseNextDay)
        } else {
            None
        }
    }
}

/// Why the next amount is what it is. Each has its words and source in `content::plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No session yet: start a little below what was managed lately.
    FirstSession,
    /// The last session's next-day answers are missing: hold until they are in.
    WaitingForNextDay,
    /// A week at this amount, with as many sessions that went well as the plan has days a week:
    /// about 1 part in 10 more.
    GreenStepUp,
    /// Green, but not yet a week at this amount with enough sessions that went well: the same again.
    GreenHold,
    /// Green, but the amount is too small to add about 1 part in 10 to: the same again.
    TooSmallToStep,
    /// Red: back to the last amount that was green.
    Red,
    /// Red with no green session yet: a step below what was too much.
    RedNoGreenYet,
    /// Pain during sessions went up from one week to the next: a step back.
    PainRising,
}

impl Why {
    pub const ALL: [Why; 8] = [
        Why::FirstSession,
        Why::WaitingForNextDay,
        Why::GreenStepUp,
        Why::GreenHold,
        Why::TooSmallToStep,
        Why::Red,
        Why::RedNoGreenYet,
        Why::PainRising,
    ];

    /// Stable id, shown on the page for tests and styling.
    pub fn id(self) -> &'static str {
        match self {
            Why::FirstSession => "FirstSession",
            Why::WaitingForNextDay => "WaitingForNextDay",
            Why::GreenStepUp => "GreenStepUp",
            Why::GreenHold => "GreenHold",
            Why::TooSmallToStep => "TooSmallToStep",
            Why::Red => "Red",
            Why::RedNoGreenYet => "RedNoGreenYet",
            Why::PainRising => "PainRising",
        }
    }
}

/// Why to see a professional, on top of the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeProfessional {
    /// The last two sessions were both red.
    TwoRedsInARow,
    /// Pain during sessions has gone up two weeks running.
    PainRising,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub activity: String,
    pub amount: u16,
    pub why: Why,
    /// The zone of the session the step follows from, if judged.
    pub after: Option<Zone>,
    /// What made that session too much, when it was.
    pub too_much: Option<TooMuch>,
}

/// The next amount for one planned activity, walking the sessions it was done in, in order.
/// A step up needs a week at the amount since it last changed, and in it as many sessions that
/// went well as the plan has days a week (Backcheck's own cautious rule).
pub fn next_amount(plan: &Plan, planned: &PlannedActivity, sessions: &[Session]) -> NextStep {
    let start = planned.start.max(1);
    let needed = plan.sessions_a_week().max(1);
    let mut amount = start;
    let mut last_green: Option<u16> = None;
    let mut last_change = plan.started_at;
    let mut greens_since_change = 0;
    let mut why = Why::FirstSession;
    let mut after = None;
    let mut too_much = None;
    let mine: Vec<(&Session, u16)> =
        sessions.iter().filter_map(|session| session.amount_of(&planned.activity).map(|done| (session, done))).collect();
    for (index, (session, done)) in mine.iter().enumerate() {
        let (session, done) = (*session, *done);
        let Some(zone) = session.zone() else {
            // Not judged: hold at what was done until the next day's answers are in.
            amount = done;
            why = Why::WaitingForNextDay;
            after = None;
            too_much = None;
            continue;
        };
        after = Some(zone);
        too_much = session.too_much();
        match zone {
            Zone::Green if pain_rose_week_to_week(&mine[..=index]) => {
                amount = start_amount(done);
                (last_change, greens_since_change) = (session.at, 0);
                why = Why::PainRising;
            }
            Zone::Green => {
                last_green = Some(done);
                greens_since_change += 1;
                match stepped_up(done) {
                    Some(more) if session.at >= last_change + WEEK && greens_since_change >= needed => {
                        amount = more;
                        (last_change, greens_since_change) = (session.at, 0);
                        why = Why::GreenStepUp;
                    }
                    Some(_) => {
                        amount = done;
                        why = Why::GreenHold;
                    }
                    None => {
                        amount = done;
                        why = Why::TooSmallToStep;
                    }
                }
            }
            Zone::Red => {
                // Never more than what was too much; with no green yet, a step below it.
                (amount, why) = match last_green {
                    Some(green) => (green.min(done), Why::Red),
                    None => (start_amount(done).min(done), Why::RedNoGreenYet),
                };
                (last_change, greens_since_change) = (session.at, 0);
            }
        }
    }
    NextStep { activity: planned.activity.clone(), amount, why, after, too_much }
}

/// Whether the mean pain during sessions in the week up to the last one is higher than in the
/// week before it (the source: pain must not rise from week to week).
fn pain_rose_week_to_week(sessions: &[(&Session, u16)]) -> bool {
    let sessions: Vec<&Session> = sessions.iter().map(|(session, _)| *session).collect();
    let Some(last) = sessions.last() else { return false };
    let mean_in = |from: Timestamp, to: Timestamp| {
        let pains: Vec<u32> = sessions.iter().filter(|s| s.at > from && s.at <= to).map(|s| u32::from(s.pain_during)).collect();
        // Tenths of a point, in whole numbers.
        (!pains.is_empty()).then(|| pains.iter().sum::<u32>() * 10 / pains.len() as u32)
    };
    let this_week = mean_in(last.at.saturating_sub(WEEK), last.at);
    let week_before = mean_in(last.at.saturating_sub(2 * WEEK), last.at.saturating_sub(WEEK));
    matches!((week_before, this_week), (Some(before), Some(now)) if now > before)
}

/// Every planned activity's next step.
pub fn next_steps(plan: &Plan, sessions: &[Session]) -> Vec<NextStep> {
    plan.activities.iter().map(|planned| next_amount(plan, planned, sessions)).collect()
}

/// Whether the sessions say to see a professional (the most recent reason first).
pub fn see_professional(sessions: &[Session], now: Timestamp) -> Option<SeeProfessional> {
    let judged: Vec<Zone> = sessions.iter().filter_map(Session::zone).collect();
    if judged.len() >= 2 && judged[judged.len() - 2..].iter().all(|zone| *zone == Zone::Red) {
        return Some(SeeProfessional::TwoRedsInARow);
    }
    // Mean pain during sessions in each of the last three weeks, oldest first.
    let mean_in_week = |weeks_ago: u64| {
        let (from, to) = (now.saturating_sub((weeks_ago + 1) * WEEK), now.saturating_sub(weeks_ago * WEEK));
        let pains: Vec<u32> = sessions.iter().filter(|s| s.at > from && s.at <= to).map(|s| u32::from(s.pain_during)).collect();
        // Tenths of a point, in whole numbers.
        (!pains.is_empty()).then(|| pains.iter().sum::<u32>() * 10 / pains.len() as u32)
    };
    match (mean_in_week(2), mean_in_week(1), mean_in_week(0)) {
        (Some(first), Some(second), Some(third)) if first < second && second < third => Some(SeeProfessional::PainRising),
        _ => None,
    }
}

/// A session whose next-day answers are due: logged before today began, not answered yet.
pub fn awaiting_next_day(sessions: &[Session], start_of_today: Timestamp) -> Option<&Session> {
    sessions.iter().rev().find(|session| session.next_day.is_none() && session.at < start_of_today)
}

/// `sessions` with `others` merged in by time (their id): sessions only in `others` are added,
/// and for the same time the one in `sessions` is kept. Oldest first.
pub fn merge_sessions(sessions: &mut Vec<Session>, others: &[Session]) {
    for other in others {
        if !sessions.iter().any(|session| session.at == other.at) {
            sessions.push(other.clone());
        }
    }
    super::sort_by_rank(sessions, |session| session.at);
}

/// Another copy's plan and sessions merged into this one's (another tab's save, say). The newer
/// plan wins: a plan made later replaces the one before, in every tab, and of one plan the copy
/// changed last (paused, say) wins. Sessions from both are
/// kept once each, except those logged before the plan began, which belong to a plan replaced
/// since. Returns whether anything here changed.
pub fn merge_plan(plan: &mut Option<Plan>, sessions: &mut Vec<Session>, other_plan: Option<&Plan>, other_sessions: &[Session]) -> bool {
    let before = (plan.clone(), sessions.clone());
    let newer = |other: &Plan, here: &Plan| (other.started_at, other.revision) > (here.started_at, here.revision);
    if other_plan.is_some_and(|other| plan.as_ref().is_none_or(|here| newer(other, here))) {
        *plan = other_plan.cloned();
    }
    merge_sessions(sessions, other_sessions);
    keep_sessions_of_plan(plan.as_ref(), sessions);
    (&*plan, &*sessions) != (&before.0, &before.1)
}

/// Leaves out sessions logged before the plan began (a replaced plan's).
pub fn keep_sessions_of_plan(plan: Option<&Plan>, sessions: &mut Vec<Session>) {
    let started = plan.map_or(0, |plan| plan.started_at);
    sessions.retain(|session| session.at >= started);
}

/// Something said during a plan that decides whether it may go on. Kept as a log beside the
/// sessions and merged the same way (by time), so no tab can lose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNote {
    /// When it was said; also its id.
    pub at: Timestamp,
    pub kind: PlanNoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanNoteKind {
    /// Signs ticked at a check-in: the answers to the check's emergency and urgent questions,
    /// asked again ("since your last session").
    Signs(Answers),
    /// The person said a GP or physiotherapist has told them to go on with the plan, after the
    /// plan said to see one.
    ProfessionalSaidGoOn,
}

/// The questions a check-in asks again, most serious first.
pub const CHECK_IN_SIGNS: [&str; 2] = ["emergency-signs", "urgent-signs"];

impl PlanNote {
    /// What signs ticked at a check-in call for: the same outcome as in the check.
    pub fn signs_outcome(&self) -> Option<Outcome> {
        match &self.kind {
            PlanNoteKind::Signs(answers) => check_in_outcome(answers),
            PlanNoteKind::ProfessionalSaidGoOn => None,
        }
    }
}

/// What the signs ticked at a check-in call for, as the check would judge them.
pub fn check_in_outcome(answers: &Answers) -> Option<Outcome> {
    CHECK_IN_SIGNS.iter().filter_map(|question| flag_outcome(answers, question)).max()
}

/// `notes` with `others` merged in by time, oldest first (as `merge_sessions`).
pub fn merge_notes(notes: &mut Vec<PlanNote>, others: &[PlanNote]) {
    for other in others {
        if !notes.iter().any(|note| note.at == other.at) {
            notes.push(other.clone());
        }
    }
    super::sort_by_rank(notes, |note| note.at);
}

/// Why a plan is on hold: no next amounts, no check-in and no reminders until it is lifted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The latest check says to get care first. Lifted by a newer check that allows exercise advice.
    LatestCheck,
    /// A sign ticked at a check-in since the latest check, with what it calls for. Lifted the
    /// same way: a newer check that allows exercise advice.
    SignAtCheckIn(Outcome),
    /// The sessions say to see a professional. Lifted when the person says one has told them to
    /// go on, or by a newer check.
    SeeProfessional(SeeProfessional),
}

/// Whether the plan is on hold, and why (the most serious reason first).
pub fn plan_hold(history: &History, sessions: &[Session], notes: &[PlanNote], now: Timestamp) -> Option<Hold> {
    if plan_on_hold(history) {
        return Some(Hold::LatestCheck);
    }
    let latest_check = history.latest().map_or(0, |check| check.completed_at);
    // At the same moment as the check counts as after it: when in doubt, hold.
    let sign = notes.iter().filter(|note| note.at >= latest_check).filter_map(PlanNote::signs_outcome).max();
    if let Some(outcome) = sign {
        return Some(Hold::SignAtCheckIn(outcome));
    }
    // Judged again from the sessions after a professional's word or a newer check.
    let lifted =
        notes.iter().filter(|note| note.kind == PlanNoteKind::ProfessionalSaidGoOn).map(|note| note.at).fold(latest_check, Timestamp::max);
    let since: Vec<Session> = sessions.iter().filter(|session| session.at > lifted).cloned().collect();
    see_professional(&since, now).map(Hold::SeeProfessional)
}

/// Why there is no next session now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoSession {
    /// On hold for safety (`plan_hold`).
    Held(Hold),
    /// The person paused the plan, or it has ended (`Plan::status`).
    NotRunning(PlanStatus),
}

/// The next session's amounts, or why there is none: the one way screens learn what to do next,
/// so no screen can show an amount or a check-in while the plan is on hold, paused or ended.
pub fn next_session(
    plan: &Plan,
    history: &History,
    sessions: &[Session],
    notes: &[PlanNote],
    clock: &Clock,
) -> Result<Vec<NextStep>, NoSession> {
    if let Some(hold) = plan_hold(history, sessions, notes, clock.now) {
        return Err(NoSession::Held(hold));
    }
    match plan.status(clock) {
        PlanStatus::Running { .. } => Ok(next_steps(plan, sessions)),
        status => Err(NoSession::NotRunning(status)),
    }
}
