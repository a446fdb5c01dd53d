//! The plan: where it is (week of the programme, this week's days), today's session with how to
//! do each activity, the next-morning question, pain or soreness, progress, changing its days,
//! pausing or ending it, and the plan as a calendar file or a printed page.

use leptos::prelude::*;

use crate::assessment::{
    awaiting_next_day, chosen_days, next_session, plan_needs_professional_word, BackSince, Clock, DayStatus, Hold, NextDay, NextStep,
    NoSession, Outcome, Plan, PlanStatus, Session, Zone,
};
use crate::calendar::{plan_calendar, year_month_day};
use crate::content::plan::{
    activity, how_to, plan_problem, see_professional as see_professional_text, week_of, what_happened, why, why_for, Activity,
    FINISHED_STATUS, NEEDS_PROFESSIONAL_WORD, ON_HOLD, ON_HOLD_TITLE, PAIN_OR_SORENESS, PAIN_OR_SORENESS_SOURCE, PAIN_RULE,
    PAIN_RULE_SOURCE, PAUSED_STATUS, PLAN_LENGTH, PLAN_LENGTH_SOURCE, PROFESSIONAL_SAID_GO_ON, SEE_PROFESSIONAL_HOLD, SIGN_HOLD_EMERGENCY,
    SIGN_HOLD_URGENT, STOPPED_STATUS,
};
use crate::content::triage::{EMERGENCY_PHONES, URGENT_ADVICE_PHONES};
use crate::ui::care::{CallLinks, SafetyNetBlock};
use crate::ui::confirm::Confirm;
use crate::ui::dates::{clock, date, day, now, years_differ, MONTHS};
use crate::ui::form::Choice;
use crate::ui::heading::screen_heading;
use crate::ui::route::{go, Screen};
use crate::ui::state::app_state;

use super::amount_words;
use super::days::{days_in_words, time_in_words, DaysAndTime, DAY_NAMES};
use super::label;

/// "walking and core strength exercises", for a session of several activities.
fn session_words(session: &Session) -> String {
    let names: Vec<String> = session.done.iter().map(|done| label(&done.activity).to_lowercase()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// After a change to the plan (a pause, new days, an end) the page is drawn again: focus goes to
/// its heading, so keyboard and screen-reader users carry on from the top of the new page, not
/// from a button that is gone.
fn focus_heading() {
    use wasm_bindgen::JsCast;
    if let Some(heading) = document().query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// Where this page lives, for the calendar's link back and the printed page.
fn plan_address() -> String {
    let href = window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", Screen::Plan.hash())
}

/// The plan's days and time in words: "Monday, Wednesday and Friday at 18:00".
fn when_words(plan: &Plan, clock: &Clock) -> String {
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
    let download = move |_| {
        let Some(plan) = state.plan.get_untracked() else { return };
        if crate::backup::download_as("backcheck-plan.ics", "text/calendar", &plan_calendar(&plan, &clock(), &plan_address())).is_ok() {
            state.calendar_saved();
        }
    };
    let print = move |_| {
        let _ = window().print();
    };

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
        let next = state.history.with(|history| state.plan_notes.with(|notes| next_session(&plan, history, &sessions, notes, &clock)));
        let needs_professional_word = state.history.with(|history| plan_needs_professional_word(&plan, history));
        let waiting = awaiting_next_day(&sessions, clock.start_of(clock.today())).cloned();
        let status = plan.status(&clock);
        let going_on = next.is_ok();
        let ended = matches!(status, PlanStatus::Finished | PlanStatus::Stopped);
        let week = status.week().map(|(week, weeks)| week_of(week, weeks));
        let calendar_out_of_date = plan.calendar_out_of_date();
        view! {
                <p class="print-header" aria-hidden="true">
                    {format!("Backcheck · Exercise plan started {} · {}", date(plan.started_at), plan_address())}
                </p>
                <p class="lead plan-when">
                    {week.map(|week| view! { <strong class="plan-week">{week}</strong> ". " })}
                    {format!("Sessions on {}.", when_words(&plan, &clock))}
                </p>
                {saved.clone().map(|message| view! { <p class="notice notice-saved" role="status">{message}</p> })}
                {needs_professional_word.then(|| view! {
                    <section class="plan-warning" aria-labelledby="plan-word-title">
                        <h2 id="plan-word-title">"Check with a professional"</h2>
                        <p>{NEEDS_PROFESSIONAL_WORD}</p>
                    </section>
                })}
                {calendar_out_of_date.then(|| view! {
                    <p class="notice notice-warning no-print" data-calendar="out-of-date">
                        "Your plan has changed since you saved it to your calendar. Save the new calendar file and open it: it updates the reminders already there."
                    </p>
                })}
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
                    Ok(steps) => view! {
                        {waiting.map(|session| view! { <NextMorning session=session/> })}
                        <WeekView plan=plan.clone() sessions=sessions.clone() clock=clock/>
                        <TodaysSession steps=steps when=next_session_words(&plan, &sessions, &clock)/>
                    }.into_any(),
                }}
                {(!ended && !going_on).then(|| view! { <WeekView plan=plan.clone() sessions=sessions.clone() clock=clock/> })}
                <SafetyNetBlock/>
                <details class="pain-or-soreness">
                    <summary>"Pain or soreness?"</summary>
                    {PAIN_OR_SORENESS.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
                    <p class="basis">{PAIN_OR_SORENESS_SOURCE}</p>
                </details>
                {(!sessions.is_empty()).then(|| view! { <Progress sessions=sessions.clone()/> })}
                <PrintedHowTos plan=plan.clone()/>
                <div class="button-row no-print">
                    {going_on.then(|| view! {
                        <button type="button" class="button button-secondary" on:click=download>
                            {if calendar_out_of_date { "Update my calendar" } else { "Add to my calendar" }}
                        </button>
                    })}
                    {(!going_on && calendar_out_of_date).then(|| view! {
                        <button type="button" class="button button-secondary" on:click=download>"Take the plan off my calendar"</button>
                    })}
                    <button type="button" class="button button-secondary" on:click=print>"Print my plan"</button>
                </div>
                {going_on.then(|| view! {
                    <p class="small no-print">"The calendar file has your plan days until the plan ends, each with a reminder and a link back here. Your browser cannot remind you by itself when Backcheck is closed."</p>
                })}
                {(!ended).then(|| view! { <PlanControls plan=plan.clone()/> })}
                <p class="small">{PLAN_LENGTH}</p>
                <p class="basis">{PLAN_LENGTH_SOURCE}</p>
        }.into_any()
    };
    view! {
        <main id="main" class="screen plan">
            <h1 tabindex="-1" node_ref=heading>"Your exercise plan"</h1>
            {body}
        </main>
    }
}

/// This week, Monday to Sunday: what was done, missed, is due today or is still to come.
#[component]
fn WeekView(plan: Plan, sessions: Vec<Session>, clock: Clock) -> impl IntoView {
    let days = plan.week_view(&sessions, &clock);
    let words = |status: DayStatus| match status {
        DayStatus::Done => "Done",
        DayStatus::Today => "Today",
        DayStatus::Planned => "Planned",
        DayStatus::Missed => "Missed",
        DayStatus::Rest => "Rest",
        DayStatus::Paused => "Paused",
        DayStatus::OutsidePlan => "Not in plan",
    };
    view! {
        <section class="week-view" aria-labelledby="week-title">
            <h2 id="week-title">"This week"</h2>
            <ol class="week-days">
                {days.into_iter().map(|(day, status)| {
                    let (_, _, day_of_month) = year_month_day(day);
                    let name = DAY_NAMES[usize::from(crate::assessment::weekday(day))];
                    let today = day == clock.today();
                    view! {
                        <li class=format!("week-day day-{}", status.id()) data-status=status.id() aria-current=today.then_some("date")>
                            <span class="week-day-name"><abbr title=name>{&name[..3]}</abbr>" " {day_of_month.to_string()}</span>
                            <span class="week-day-status">{words(status)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// When the next session is, in words: "today", or "Wednesday 4 Nov".
fn next_session_words(plan: &Plan, sessions: &[Session], clock: &Clock) -> String {
    match plan.next_session_day(sessions, clock) {
        Some(day) if day == clock.today() => "today".to_string(),
        Some(day) => {
            // From the day number, not the browser's clock, so a change of summer time cannot shift it.
            let (_, month, day_of_month) = year_month_day(day);
            format!("{} {day_of_month} {}", DAY_NAMES[usize::from(crate::assessment::weekday(day))], MONTHS[(month - 1) as usize])
        }
        // The plan's last day has passed: the page says it has ended instead.
        None => "after your plan ends".to_string(),
    }
}

/// The next session's amount for each activity, why, how to do it, and the way to log it.
#[component]
fn TodaysSession(steps: Vec<NextStep>, when: String) -> impl IntoView {
    view! {
        <section class="next-amounts" aria-labelledby="next-title">
            <h2 id="next-title">{format!("Your next session: {when}")}</h2>
            <ul class="plan-steps">
                {steps.into_iter().map(|step| {
                    let reason = activity(&step.activity).map_or_else(|| why(step.why), |activity| why_for(step.why, activity));
                    let happened = step.too_much.filter(|_| step.after == Some(Zone::Red)).map(what_happened);
                    let how_to = activity(&step.activity).map(|activity| view! { <HowTo activity=activity amount=step.amount/> });
                    view! {
                        <li data-activity=step.activity.clone() data-why=step.why.id()>
                            <p class="plan-amount"><strong>{label(&step.activity)} ": "</strong><span class="amount">{amount_words(&step.activity, step.amount)}</span></p>
                            {how_to}
                            <p>{happened.map(|words| words + " ")}{reason.text}</p>
                            <p class="basis">{reason.source}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="hint">{PAIN_RULE}</p>
            <p class="no-print"><button type="button" class="button button-primary" on:click=|_| go(Screen::CheckIn)>"Log a session"</button></p>
        </section>
    }
}

/// How to do one activity: its lines, and each named exercise with its steps and how many times.
#[component]
fn HowTo(activity: &'static Activity, amount: u16) -> impl IntoView {
    let how_to = how_to(activity.id)?;
    Some(view! {
        <details class="how-to">
            <summary>{format!("How to do it: {}", activity.label.to_lowercase())}</summary>
            {how_to.lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
            {(!how_to.exercises.is_empty()).then(|| view! {
                <ol class="exercises">
                    {how_to.exercises.iter().map(|exercise| view! {
                        <li class="exercise" data-exercise=exercise.id>
                            <h3>{exercise.name} <span class="exercise-times">{format!(": {} times", exercise.times(amount))}</span></h3>
                            <ol class="exercise-steps">{exercise.steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}</ol>
                            <p class="exercise-feel">{exercise.feel}</p>
                        </li>
                    }).collect_view()}
                </ol>
            })}
            <p class="basis">{how_to.source}</p>
        </details>
    })
}

/// On paper only: every activity's how-to and the pain rule, for a physiotherapist to read.
#[component]
fn PrintedHowTos(plan: Plan) -> impl IntoView {
    view! {
        <section class="print-only printed-how-tos" aria-hidden="true">
            <h2>"How to do each activity"</h2>
            {plan.activities.iter().filter_map(|planned| Some((activity(&planned.activity)?, how_to(&planned.activity)?))).map(|(activity, how_to)| view! {
                <h3>{activity.label}</h3>
                {how_to.lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
                {how_to.exercises.iter().map(|exercise| view! {
                    <p><strong>{exercise.name}</strong>{format!(" (at most {} times). ", exercise.most)}{exercise.steps.join(" ")}" "{exercise.feel}</p>
                }).collect_view()}
            }).collect_view()}
            <h3>"The pain rule"</h3>
            <p>{PAIN_RULE}</p>
            <p class="basis">{PAIN_RULE_SOURCE}</p>
        </section>
    }
}

/// Changing the days, pausing, going on and ending the plan.
#[component]
fn PlanControls(plan: Plan) -> impl IntoView {
    let state = app_state();
    let clock = clock();
    let paused = plan.current_pause().is_some();
    let changing = RwSignal::new(false);
    let ending = RwSignal::new(false);
    let days = RwSignal::new(plan.weekdays(&clock));
    let time = RwSignal::new(plan.time.map(time_in_words).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let save_days = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (weekdays, time) = match chosen_days(days.get_untracked(), &time.get_untracked()) {
            Ok(chosen) => chosen,
            Err(problem) => {
                error.set(Some(plan_problem(problem)));
                return;
            }
        };
        error.set(None);
        state.change_plan_days(weekdays, time);
        changing.set(false);
        focus_heading();
    };
    view! {
        <section class="plan-controls no-print" aria-labelledby="plan-controls-title">
            <h2 id="plan-controls-title">"Change your plan"</h2>
            <Show when=move || changing.get() fallback=move || view! {
                <div class="button-row">
                    <button type="button" class="button button-secondary" on:click=move |_| changing.set(true)>"Change days or time"</button>
                    {if paused {
                        view! { <button type="button" class="button button-secondary" on:click=move |_| { state.resume_plan(now()); focus_heading(); }>"Go on with my plan"</button> }.into_any()
                    } else {
                        view! { <button type="button" class="button button-secondary" on:click=move |_| { state.pause_plan(now()); focus_heading(); }>"Pause my plan"</button> }.into_any()
                    }}
                    <button type="button" class="button button-secondary" on:click=move |_| ending.set(true)>"End my plan"</button>
                </div>
                <p class="small">"Pause for a holiday or a flare-up: nothing is due and the weeks wait until you go on."</p>
            }>
                <form novalidate on:submit=save_days>
                    <DaysAndTime days=days time=time/>
                    <p class="error" role="alert">{move || error.get()}</p>
                    <div class="button-row">
                        <button type="submit" class="button button-primary">"Save days"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| changing.set(false)>"Cancel"</button>
                    </div>
                </form>
            </Show>
            <Show when=move || ending.get()>
                <Confirm
                    question="End this plan? Your sessions are kept. You can take the check again and make a new plan.".to_string()
                    confirm_label="End my plan"
                    on_confirm=move || { ending.set(false); state.stop_plan(now()); focus_heading(); }
                    on_cancel=move || ending.set(false)
                />
            </Show>
        </section>
    }
}

/// Why the plan is on hold, and what lifts the hold. No amounts, check-in or reminders meanwhile.
#[component]
fn OnHold(hold: Hold) -> impl IntoView {
    let state = app_state();
    match hold {
        Hold::LatestCheck => {
            let latest = state.history.with_untracked(|history| history.latest().map(|check| check.completed_at));
            view! {
                <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-hold-title">
                    <h2 id="plan-hold-title">{ON_HOLD_TITLE}</h2>
                    <p>{ON_HOLD}</p>
                    {latest.map(|at| view! {
                        <p><button type="button" class="button button-primary" on:click=move |_| go(Screen::PastResults(at))>"See your latest results"</button></p>
                    })}
                </section>
            }
            .into_any()
        }
        Hold::SignAtCheckIn(outcome) => {
            let emergency = outcome == Outcome::Emergency;
            view! {
                <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-hold-title" data-hold=outcome.id()>
                    <h2 id="plan-hold-title">{ON_HOLD_TITLE}</h2>
                    <p>{if emergency { SIGN_HOLD_EMERGENCY } else { SIGN_HOLD_URGENT }}</p>
                    {if emergency { view! { <CallLinks phones=EMERGENCY_PHONES/> }.into_any() } else { view! { <CallLinks phones=URGENT_ADVICE_PHONES/> }.into_any() }}
                    <p><button type="button" class="button button-primary" on:click=move |_| state.start_new_check()>"Take the check again"</button></p>
                </section>
            }
            .into_any()
        }
        Hold::SeeProfessional(reason) => {
            let text = see_professional_text(reason);
            let said_go_on = RwSignal::new(false);
            let error = RwSignal::new(false);
            let go_on = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if said_go_on.get_untracked() {
                    state.note_professional_said_go_on(now());
                } else {
                    error.set(true);
                }
            };
            view! {
                <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-warning-title">
                    <h2 id="plan-warning-title">"See a professional"</h2>
                    <p>{text.text}</p>
                    <p class="basis">{text.source}</p>
                </section>
                <form class="professional-word no-print" novalidate on:submit=go_on>
                    <p>{SEE_PROFESSIONAL_HOLD}</p>
                    <div class="choices">
                        <Choice id="professional-go-on".to_string() kind="checkbox" checked=said_go_on on_pick=move || said_go_on.update(|ok| *ok = !*ok)>
                            {PROFESSIONAL_SAID_GO_ON}
                        </Choice>
                    </div>
                    <p class="error" role="alert">{move || error.get().then_some("Tick the box once a GP or physiotherapist has told you to go on.")}</p>
                    <div class="button-row">
                        <button type="submit" class="button button-primary">"Go on with my plan"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| state.start_new_check()>"Take the check again"</button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

/// The next-morning question for a session not answered yet.
#[component]
fn NextMorning(session: Session) -> impl IntoView {
    let state = app_state();
    let settled = RwSignal::new(None::<bool>);
    let back = RwSignal::new(None::<BackSince>);
    let error = RwSignal::new(false);
    let at = session.at;
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(settled_by_morning), Some(back)) = (settled.get_untracked(), back.get_untracked()) else {
            error.set(true);
            return;
        };
        state.answer_next_morning(at, NextDay { settled_by_morning, back });
    };
    let back_words = |b: BackSince| match b {
        BackSince::Better => "Better",
        BackSince::Same => "The same",
        BackSince::Worse => "Worse",
    };
    view! {
        <form class="next-morning no-print" novalidate on:submit=save aria-labelledby="morning-title">
            <h2 id="morning-title">{format!("How is your back the morning after your session on {} ({})?", date(session.at), session_words(&session))}</h2>
            <fieldset>
                <legend>"Had the pain from the session settled by this morning?"</legend>
                <div class="choices choices-yes-no">
                    {[(true, "Yes"), (false, "No")].into_iter().map(|(value, words)| view! {
                        <Choice id=format!("settled-{words}") name="settled" checked=Signal::derive(move || settled.get() == Some(value)) on_pick=move || settled.set(Some(value))>
                            {words}
                        </Choice>
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset>
                <legend>"Compared with before the session, your back is:"</legend>
                <div class="choices">
                    {BackSince::ALL.into_iter().map(|value| view! {
                        <Choice id=format!("back-{}", value.id()) name="back" checked=Signal::derive(move || back.get() == Some(value)) on_pick=move || back.set(Some(value))>
                            {back_words(value)}
                        </Choice>
                    }).collect_view()}
                </div>
            </fieldset>
            <p class="error" role="alert">{move || error.get().then_some("Please answer both questions.")}</p>
            <button type="submit" class="button button-primary">"Save"</button>
        </form>
    }
}

/// "Walking 16 minutes, tummy and back exercises 5 times each"
fn done_words(session: &Session) -> String {
    session.done.iter().map(|d| format!("{} {}", label(&d.activity), amount_words(&d.activity, d.amount))).collect::<Vec<_>>().join(", ")
}

// Whole numbers only, as in the pain chart.
const WIDTH: u64 = 320;
const HEIGHT: u64 = 150;
const LEFT: u64 = 30;
const BOTTOM: u64 = 20;
const SHOWN: usize = 16;

/// Pain during each session as a dot on the 0 to 10 scale, with the amount done written under
/// it: amounts are minutes or sets, so they are never drawn against the pain scale.
#[component]
fn Progress(sessions: Vec<Session>) -> impl IntoView {
    let shown = &sessions[sessions.len().saturating_sub(SHOWN)..];
    let with_year = years_differ(shown.iter().map(|s| s.at));
    let slot = (WIDTH - LEFT) / SHOWN as u64;
    let plot = HEIGHT - BOTTOM - 10;
    let sentence = shown
        .iter()
        .map(|s| format!("{} {}, pain {} out of 10", day(s.at, with_year), done_words(s), s.pain_during))
        .collect::<Vec<_>>()
        .join("; ");
    let chart_label = format!("Your sessions, oldest first: {sentence}.");
    let zone_words = |s: &Session| match s.zone() {
        Some(Zone::Green) => "Went well",
        Some(Zone::Red) => "Too much",
        None => "Not answered yet",
    };
    view! {
        <figure class="pain-chart plan-progress">
            <figcaption>"Your sessions: pain during each as a dot (0 to 10), and the amount done under it"</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=chart_label class="chart">
                {[0u8, 5, 10].into_iter().map(|level| {
                    let y = 10 + plot * u64::from(10 - level) / 10;
                    view! {
                        <line class="chart-grid" x1=LEFT x2=WIDTH y1=y y2=y></line>
                        <text class="chart-label" x=LEFT - 6 y=y + 4 text-anchor="end">{level.to_string()}</text>
                    }
                }).collect_view()}
                {shown.iter().enumerate().map(|(i, s)| {
                    let middle = LEFT + slot * i as u64 + slot / 2;
                    let pain_y = 10 + plot * u64::from(10 - s.pain_during.min(10)) / 10;
                    view! {
                        <circle class="chart-point" cx=middle cy=pain_y r="4"></circle>
                        <text class="chart-amount" x=middle y=HEIGHT - 4 text-anchor="middle">{s.done.iter().map(|d| d.amount.to_string()).collect::<Vec<_>>().join("+")}</text>
                    }
                }).collect_view()}
            </svg>
            <details>
                <summary>"Show as a table"</summary>
                <table>
                    <thead><tr><th scope="col">"Session"</th><th scope="col">"Amount"</th><th scope="col">"Pain (0-10)"</th><th scope="col">"Next day"</th></tr></thead>
                    <tbody>
                        {sessions.iter().map(|s| view! {
                            <tr>
                                <th scope="row">{date(s.at)}</th>
                                <td>{done_words(s)}</td>
                                <td>{s.pain_during.to_string()}</td>
                                <td>{zone_words(s)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
