//! The plan: today's amount for each activity and why, the next-morning question, pain or
//! soreness, progress over the weeks, and the plan as a calendar file or a printed page.

use leptos::prelude::*;

use crate::assessment::{
    awaiting_next_day, next_session, plan_needs_professional_word, BackSince, Hold, NextDay, NextStep, Outcome, Session, Zone,
};
use crate::calendar::{plan_calendar, LocalDate};
use crate::content::plan::{
    activity, see_professional as see_professional_text, what_happened, why, NEEDS_PROFESSIONAL_WORD, ON_HOLD, ON_HOLD_TITLE,
    PAIN_OR_SORENESS, PAIN_OR_SORENESS_SOURCE, PROFESSIONAL_SAID_GO_ON, SEE_PROFESSIONAL_HOLD, SIGN_HOLD_EMERGENCY, SIGN_HOLD_URGENT,
};
use crate::content::triage::{EMERGENCY_PHONES, URGENT_ADVICE_PHONES};
use crate::ui::dates::{date, day, now, start_of_today, years_differ};
use crate::ui::form::Choice;
use crate::ui::heading::screen_heading;
use crate::ui::results::{CallLinks, SafetyNetBlock};
use crate::ui::route::{go, Screen};
use crate::ui::state::app_state;

fn amount_words(activity_id: &str, amount: u16) -> String {
    activity(activity_id).map_or_else(|| amount.to_string(), |a| a.unit.amount(amount))
}

fn label(activity_id: &str) -> &'static str {
    activity(activity_id).map_or("Activity", |a| a.label)
}

#[component]
pub fn PlanOverview() -> impl IntoView {
    let state = app_state();
    let heading = screen_heading("Your exercise plan - Backcheck");
    let download = move |_| {
        let Some(plan) = state.plan.get_untracked() else { return };
        let started = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(plan.started_at as f64));
        let start = LocalDate {
            year: started.get_full_year() as i32,
            month: started.get_month() + 1,
            day: started.get_date(),
            weekday: started.get_day(),
        };
        let _ = crate::backup::download_as("backcheck-plan.ics", "text/calendar", &plan_calendar(&plan, start, now()));
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
        let sessions = state.sessions.get();
        let next = state.history.with(|history| state.plan_notes.with(|notes| next_session(&plan, history, &sessions, notes, now())));
        let needs_professional_word = state.history.with(|history| plan_needs_professional_word(&plan, history));
        let waiting = awaiting_next_day(&sessions, start_of_today()).cloned();
        let going_on = next.is_ok();
        view! {
                <p class="print-header" aria-hidden="true">
                    {format!("Backcheck · Exercise plan started {} · {}", date(plan.started_at), window().location().href().unwrap_or_default())}
                </p>
                {going_on.then(|| view! {
                    <p class="lead">{format!("{} days a week. Log each session, and answer one question the next morning.", plan.days_per_week)}</p>
                })}
                {needs_professional_word.then(|| view! {
                    <section class="plan-warning" aria-labelledby="plan-word-title">
                        <h2 id="plan-word-title">"Check with a professional"</h2>
                        <p>{NEEDS_PROFESSIONAL_WORD}</p>
                    </section>
                })}
                {match next {
                    Err(hold) => view! { <OnHold hold=hold/> }.into_any(),
                    Ok(steps) => view! {
                        {waiting.map(|session| view! { <NextMorning session=session/> })}
                        <NextAmounts steps=steps/>
                    }.into_any(),
                }}
                <SafetyNetBlock/>
                <details class="pain-or-soreness">
                    <summary>"Pain or soreness?"</summary>
                    {PAIN_OR_SORENESS.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
                    <p class="basis">{PAIN_OR_SORENESS_SOURCE}</p>
                </details>
                {(!sessions.is_empty()).then(|| view! { <Progress sessions=sessions.clone()/> })}
                <div class="button-row no-print">
                    {going_on.then(|| view! {
                        <button type="button" class="button button-secondary" on:click=download>"Add to my calendar"</button>
                    })}
                    <button type="button" class="button button-secondary" on:click=print>"Print my plan"</button>
                </div>
                {going_on.then(|| view! {
                    <p class="small no-print">"The calendar file has your plan days with a reminder. Your browser cannot remind you by itself when Backcheck is closed."</p>
                })}
        }.into_any()
    };
    view! {
        <main id="main" class="screen plan">
            <h1 tabindex="-1" node_ref=heading>"Your exercise plan"</h1>
            {body}
        </main>
    }
}

/// Today's amount for each activity, why, and the way to log a session.
#[component]
fn NextAmounts(steps: Vec<NextStep>) -> impl IntoView {
    view! {
        <section class="next-amounts" aria-labelledby="next-title">
            <h2 id="next-title">"Your next session"</h2>
            <ul class="plan-steps">
                {steps.into_iter().map(|step| {
                    let reason = why(step.why);
                    let happened = step.too_much.filter(|_| step.after == Some(Zone::Red)).map(what_happened);
                    view! {
                        <li data-activity=step.activity.clone() data-why=step.why.id()>
                            <p class="plan-amount"><strong>{label(&step.activity)} ": "</strong><span class="amount">{amount_words(&step.activity, step.amount)}</span></p>
                            <p>{happened.map(|words| words + " ")}{reason.text}</p>
                            <p class="basis">{reason.source}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="no-print"><button type="button" class="button button-primary" on:click=|_| go(Screen::CheckIn)>"Log a session"</button></p>
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
            <h2 id="morning-title">{format!("How is your back the morning after your session on {} ({})?", date(session.at), label(&session.activity).to_lowercase())}</h2>
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
        .map(|s| format!("{} {}, pain {} out of 10", day(s.at, with_year), amount_words(&s.activity, s.amount), s.pain_during))
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
                        <text class="chart-amount" x=middle y=HEIGHT - 4 text-anchor="middle">{s.amount.to_string()}</text>
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
                                <th scope="row">{format!("{}, {}", date(s.at), label(&s.activity))}</th>
                                <td>{amount_words(&s.activity, s.amount)}</td>
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
