//! The plan page: where the plan is (week of the programme, when it ends, this week's days),
//! the next morning's question, today's session with how to do each activity, what holds it,
//! pain or soreness, the sessions so far, changing it, and the plan as a calendar file or on paper.

mod abilities;
mod chart;
mod controls;
mod hold;
mod morning;
mod session;
mod week;

use leptos::prelude::*;

use crate::assessment::{abilities, awaiting_next_day, next_session, plan_today, weekday, Clock, Day, Hold, NoSession, PlanStatus};
use crate::calendar::{plan_calendar, year_month_day};
use crate::content::plan::{
    activity, measure, plan_length, plan_length_source, week_of, Unit, FINISHED_STATUS, HOLD_CALENDAR, PAIN_OR_SORENESS,
    PAIN_OR_SORENESS_SOURCE, PAIN_RULE_NOT_FOR_NAMED, PAUSED_STATUS, STOPPED_STATUS,
};
use crate::content::questions::BANK;
use crate::ui::care::SafetyNetBlock;
use crate::ui::dates::{clock, date, now, MONTHS};
use crate::ui::heading::{focus_heading_after_redraw as focus_heading, screen_heading};
use crate::ui::plan::days::{days_in_words, time_in_words, DAY_NAMES};
use crate::ui::route::{go, Screen};
use crate::ui::state::app_state;

use abilities::{AbilitiesCard, NotBetterCard, RateAgainCard};
use chart::SessionsChart;
use controls::PlanControls;
use hold::OnHold;
use morning::NextMorning;
use session::{PrintedHowTos, StartSession, TodaysSession};
use week::WeekView;

/// Where this page lives, for the calendar's link back and the printed page.
fn plan_address() -> String {
    let href = window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", Screen::Plan.hash())
}

/// "Wednesday 4 Nov", from the day number, not the browser's clock, so a change of summer time cannot shift it.
fn day_words(day: Day) -> String {
    let (_, month, day_of_month) = year_month_day(day);
    format!("{} {day_of_month} {}", DAY_NAMES[usize::from(weekday(day))], MONTHS[(month - 1) as usize])
}

/// The plan's days and time in words: "Monday, Wednesday and Friday at 18:00".
fn when_words(plan: &crate::assessment::Plan, clock: &Clock) -> String {
    let days = days_in_words(&plan.weekdays(clock));
    match plan.time {
        Some(minutes) => format!("{days} at {}", time_in_words(minutes)),
        None => days,
    }
}

#[component]
pub fn PlanOverview() -> impl IntoView {
    let state = app_state();
    let heading = screen_heading("Your exercise plan - Backcheck");
    let saved = state.take_saved_confirmation();
    // With a plan made, its sessions and its summary should open offline too.
    if state.plan.with_untracked(Option::is_some) {
        crate::offline::keep_after_plan();
    }
    let print = move |_| {
        let _ = window().print();
    };
    // Outlives the redraw that saving the ratings causes, so the page can say they are saved.
    let ratings_saved = RwSignal::new(false);

    // The heading stays put while the rest follows the plan and its sessions.
    let body = move || {
        let Some(plan) = state.plan.get() else {
            return view! {
                <p>"You have no plan yet. Take the check, and make a plan from your results."</p>
                <p><button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button></p>
            }
            .into_any();
        };
        let clock = clock();
        let sessions = state.sessions.get();
        // The length's words fit the check the plan follows (the latest finished one).
        let latest_answers =
            state.history.with(|history| history.latest().map(|check| check.answers.clone())).unwrap_or_else(|| BANK.answers());
        let (today, next) = state.history.with(|history| {
            state.plan_notes.with(|notes| {
                (plan_today(&plan, history, &sessions, notes, &clock), next_session(&plan, history, &sessions, notes, measure, &clock))
            })
        });
        let schedule = today.schedule.clone();
        let abilities = state.plan_notes.with(|notes| abilities(&today, &sessions, notes, &clock));
        let not_better = abilities.not_better;
        let one_thing = abilities.first().is_some_and(|first| first.scores.len() == 1);
        let rate_again = abilities.due.zip(abilities.first().cloned());
        let has_named = plan.activities.iter().any(|planned| activity(&planned.activity).is_some_and(|a| a.unit == Unit::TimesEach));
        // Under a hold for care first, the page is about getting care, not this morning's question.
        let care_first = matches!(today.hold, Some(Hold::LatestCheck | Hold::SignAtCheckIn(_)));
        let waiting = awaiting_next_day(&sessions, &clock).filter(|_| !care_first).cloned();
        let going_on = next.is_ok();
        // Today's session to follow along, or the one begun in this tab (past midnight too).
        let begun = crate::storage::following::begun()
            .is_some_and(|(of_plan, started_at)| crate::assessment::session_goes_on(plan.started_at, of_plan, started_at, clock.now));
        let start_session = going_on && (today.session_due || begun);
        let ended = matches!(today.status, PlanStatus::Finished | PlanStatus::Stopped);
        let week = today.status.week().map(|(week, weeks)| week_of(week, weeks));
        let reminders_wanted = schedule.reminders_wanted(&clock);
        let calendar_out_of_date = plan.calendar_out_of_date(!reminders_wanted);
        let ends = match schedule.last_day(&clock) {
            Some(last) if !ended => Some(format!("Your plan ends on {}.", day_words(last))),
            None if !ended => Some("Your plan's end moves on by the days it is paused or on hold.".to_string()),
            _ => None,
        };
        let download = {
            let schedule = schedule.clone();
            move |_| {
                let file = plan_calendar(&schedule, &clock, &plan_address());
                if crate::backup::download_as("backcheck-plan.ics", "text/calendar", &file).is_ok() {
                    state.calendar_saved(!reminders_wanted);
                }
            }
        };
        view! {
                <p class="print-header" aria-hidden="true">
                    {format!("Backcheck · Exercise plan started {} · {}", date(plan.started_at), plan_address())}
                </p>
                <p class="lead plan-when">
                    {week.map(|week| view! { <strong class="plan-week">{week}</strong> ". " })}
                    {format!("Sessions on {}. ", when_words(&plan, &clock))}
                    {ends.map(|ends| view! { <span class="plan-ends">{ends}</span> })}
                </p>
                {saved.clone().map(|message| view! { <p class="notice notice-saved" role="status">{message}</p> })}
                {start_session.then(|| view! { <StartSession begun=begun/> })}
                {waiting.map(|session| view! { <NextMorning session=session/> })}
                {not_better.map(|not_better| view! { <NotBetterCard not_better=not_better one_thing=one_thing ended=ended/> })}
                {match next {
                    Err(NoSession::Held(hold)) => view! { <OnHold hold=hold/> }.into_any(),
                    Err(NoSession::NotRunning(PlanStatus::Paused { since, .. })) => view! {
                        <section class="plan-paused" aria-labelledby="plan-paused-title">
                            <h2 id="plan-paused-title">"Paused"</h2>
                            <p>{PAUSED_STATUS}</p>
                            <p class="small">{format!("Paused on {}.", date(since))}</p>
                            <p class="no-print"><button type="button" class="button button-primary" on:click=move |_| { state.resume_plan(now()); focus_heading(); }>"Go on with my plan"</button></p>
                        </section>
                    }.into_any(),
                    Err(NoSession::NotRunning(status)) => view! {
                        <section class="plan-ended" aria-labelledby="plan-ended-title">
                            <h2 id="plan-ended-title">"This plan has ended"</h2>
                            <p>{if status == PlanStatus::Stopped { STOPPED_STATUS } else { FINISHED_STATUS }}</p>
                            <p class="no-print"><button type="button" class="button button-primary" on:click=move |_| state.start_new_check()>"Take the check again"</button></p>
                        </section>
                    }.into_any(),
                    Ok(steps) => {
                        let when = schedule.next_session_day(&sessions, &clock).map_or_else(
                            || "after your plan ends".to_string(),
                            |day| if day == clock.today() { "today".to_string() } else { day_words(day) },
                        );
                        view! { <TodaysSession steps=steps when=when/> }.into_any()
                    }
                }}
                {rate_again.map(|(due, first)| view! { <RateAgainCard first=first due=due saved=ratings_saved/> })}
                <details class="pain-or-soreness">
                    <summary>"Pain or soreness?"</summary>
                    {PAIN_OR_SORENESS.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
                    {has_named.then(|| view! { <p>{PAIN_RULE_NOT_FOR_NAMED}</p> })}
                    <p class="basis">{PAIN_OR_SORENESS_SOURCE}</p>
                </details>
                {calendar_out_of_date.then(|| if today.hold.is_some() {
                    view! { <p class="notice notice-warning no-print" data-calendar="hold">{HOLD_CALENDAR}</p> }.into_any()
                } else {
                    view! {
                        <p class="notice notice-warning no-print" data-calendar="out-of-date">
                            "Your plan has changed since you saved it to your calendar. Save the new calendar file and open it: it updates the reminders already there."
                        </p>
                    }.into_any()
                })}
                {(calendar_out_of_date && !reminders_wanted).then(|| view! {
                    <p class="no-print"><button type="button" class="button button-primary" on:click=download.clone()>"Take the plan off my calendar"</button></p>
                })}
                {(!ended).then(|| view! { <WeekView plan=schedule.clone() sessions=sessions.clone() clock=clock keep_moving=today.hold.is_none()/> })}
                <SafetyNetBlock/>
                {(!sessions.is_empty()).then(|| view! { <SessionsChart plan=plan.clone() sessions=sessions.clone()/> })}
                <AbilitiesCard abilities=abilities sessions=sessions.clone() started_at=plan.started_at saved=ratings_saved/>
                <PrintedHowTos plan=plan.clone()/>
                <div class="button-row no-print">
                    {going_on.then(|| view! {
                        <button type="button" class="button button-secondary" on:click=download.clone()>
                            {if calendar_out_of_date { "Update my calendar" } else { "Add to my calendar" }}
                        </button>
                    })}
                    <button type="button" class="button button-secondary" on:click=print>"Print my plan"</button>
                    <a class="button button-secondary" href=Screen::Summary.hash()>{crate::content::summary::OPEN}</a>
                </div>
                {going_on.then(|| view! {
                    <p class="small no-print">"The calendar file has your plan days until the plan ends, each with a reminder and a link back here. Your browser cannot remind you by itself when Backcheck is closed."</p>
                })}
                {(!ended).then(|| view! { <PlanControls plan=plan.clone() going_on=going_on/> })}
                <p class="small">{plan_length(&latest_answers)}</p>
                <p class="basis">{plan_length_source(&latest_answers)}</p>
        }.into_any()
    };
    view! {
        <main id="main" class="screen plan">
            <h1 tabindex="-1" node_ref=heading>"Your exercise plan"</h1>
            {body}
        </main>
    }
}
