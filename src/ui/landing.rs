//! The first screen. Its layout matches the placeholder in index.html, so nothing moves when the
//! app takes over.

use leptos::prelude::*;

use super::confirm::Confirm;
use super::heading::set_title;
use super::history::PastChecks;
use super::route::{go, Screen};
use super::share_button::ShareButton;
use super::state::app_state;
use crate::assessment::{awaiting_next_day, is_complete, plan_today, resume_step, Hold, PlanStatus as Status};
use crate::content::landing::{LEAD, PRIVACY_NOTE, PRIVACY_NOTE_NOT_SAVING, TITLE};
use crate::content::plan::{
    see_professional_status, sign_hold_status, week_of, FINISHED_STATUS, NEEDS_PROFESSIONAL_WORD_STATUS, ON_HOLD_STATUS, PAUSED_STATUS,
    STOPPED_STATUS,
};
use crate::content::questions::EMERGENCY_SIGNS;
use crate::content::triage::EMERGENCY_WARNING;
use crate::share::{page_url, LinkProblem};

/// The plan, when there is one, at the top for a returning person: where it is, what is due
/// today, or why it is on hold.
#[component]
fn PlanStatus() -> impl IntoView {
    let state = app_state();
    move || {
        let plan = state.plan.get()?;
        let sessions = state.sessions.get();
        let clock = super::dates::clock();
        let today = state.history.with(|history| state.plan_notes.with(|notes| plan_today(&plan, history, &sessions, notes, &clock)));
        let week = today.status.week().map(|(week, weeks)| week_of(week, weeks));
        let message = match (today.hold, today.status) {
            (Some(Hold::LatestCheck), _) => ON_HOLD_STATUS,
            (Some(Hold::SignAtCheckIn(outcome)), _) => sign_hold_status(outcome),
            (Some(Hold::CheckSaysSeeProfessional), _) => NEEDS_PROFESSIONAL_WORD_STATUS,
            (Some(Hold::SeeProfessional(why)), _) => see_professional_status(why),
            (None, Status::Paused { .. }) => PAUSED_STATUS,
            (None, _) if awaiting_next_day(&sessions, &clock).is_some() => {
                "How is your back this morning? Answer one question about your last session."
            }
            (None, Status::Finished) => FINISHED_STATUS,
            (None, Status::Stopped) => STOPPED_STATUS,
            (None, _) if today.session_due => "A session is due today.",
            (None, _) => "No session is planned for today.",
        };
        Some(view! {
            <section class="plan-status" aria-labelledby="plan-status-title">
                <h2 id="plan-status-title">"Your exercise plan"</h2>
                {week.map(|week| view! { <p class="plan-week">{week}</p> })}
                <p class="plan-due">{message}</p>
                <p><a class="button button-primary" href=Screen::Plan.hash()>"Open my plan"</a></p>
            </section>
        })
    }
}

/// Every emergency sign, before the check starts: someone who has one should not wait for it.
#[component]
fn EmergencyWarning() -> impl IntoView {
    view! {
        <div class="emergency-warning">
            <p>{EMERGENCY_WARNING}</p>
            <ul>{EMERGENCY_SIGNS.iter().filter(|sign| !sign.exclusive).map(|sign| view! { <li>{sign.label}</li> }).collect_view()}</ul>
        </div>
    }
}

#[component]
pub fn Landing(
    /// Set when a results link could not be opened: said first, then the check as usual.
    #[prop(optional)]
    link_problem: Option<LinkProblem>,
) -> impl IntoView {
    let state = app_state();
    let answers = state.answers;
    let history = state.history;
    let started = move || !answers.read().is_empty();
    let finished = move || is_complete(&answers.read());
    let confirming = RwSignal::new(false);
    let start_over_button = NodeRef::<leptos::html::Button>::new();
    // A finished check is kept in the history, so only unfinished answers need a second thought.
    let start_over = move |_| {
        if finished() {
            state.start_new_check();
        } else {
            confirming.set(true);
        }
    };
    let cancel = move || {
        confirming.set(false);
        if let Some(button) = start_over_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let resume = move |_| go(Screen::of_step(resume_step(&answers.read_untracked())));

    set_title("Backcheck: should I exercise with low back pain?");
    view! {
        <main id="main" class="screen" tabindex="-1">
            {link_problem.map(|problem| view! { <p class="notice notice-warning" role="alert">{problem.message()}</p> })}
            <h1>{TITLE}</h1>
            <PlanStatus/>
            <p class="lead">{LEAD}</p>
            <Show
                when=started
                fallback=move || view! {
                    <p>
                        <a class="button button-primary start-link" href="#start" on:click=move |ev| {
                            ev.prevent_default();
                            state.start_new_check();
                        }>"Start the check"</a>
                    </p>
                    // After "Start a new check", the last results stay one tap away.
                    {move || history.read().latest().map(|check| view! {
                        <p class="latest-results"><a href=Screen::PastResults(check.completed_at).hash()>"See your last results"</a></p>
                    })}
                }
            >
                <div class="button-row">
                    <button type="button" class="button button-primary" on:click=resume>
                        {move || if finished() { "See your latest results" } else { "Continue where you left off" }}
                    </button>
                    <button type="button" class="button button-secondary" node_ref=start_over_button on:click=start_over>
                        "Start a new check"
                    </button>
                </div>
                <Show when=move || confirming.get()>
                    <Confirm
                        question="Start again? The answers of your unfinished check will be cleared. Your past checks are kept.".to_string()
                        confirm_label="Yes, start again"
                        on_confirm=move || { confirming.set(false); state.start_new_check(); }
                        on_cancel=cancel
                    />
                </Show>
            </Show>
            <p class="privacy-note">
                {if state.storage_off { PRIVACY_NOTE_NOT_SAVING } else { PRIVACY_NOTE }}
            </p>
            <ShareButton
                label="Share this check"
                title="Backcheck: should I exercise with low back pain?"
                url=|| page_url(&window().location().href().unwrap_or_default()).to_string()
            />
            <p class="small">"It takes about 3 minutes."</p>
            <EmergencyWarning/>
            <PastChecks/>
            <section class="your-data" aria-labelledby="data-title">
                <h2 id="data-title">"Your data"</h2>
                <p>"Everything you enter is kept only in this browser. You can save it to a file, load it on another phone or computer, or delete it."</p>
                <p><a class="button button-secondary" href=Screen::Data.hash()>"Save, load or delete your data"</a></p>
            </section>
        </main>
    }
}
