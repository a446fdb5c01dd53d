//! Logging a session: what was done, how much, and the pain during it, with the check's emergency
//! and urgent signs asked again ("since your last session"). A sign ticked there is kept with the
//! plan, which holds until a newer check allows exercise advice, and its advice is shown at once.

use leptos::prelude::*;

use crate::assessment::{check_in_outcome, next_session, parse_amount, Outcome, Session, CHECK_IN_SIGNS, MOST_AMOUNT};
use crate::content::plan::{
    activity, CheckInAlarm, CHECK_IN_EMERGENCY, CHECK_IN_EMERGENCY_LEGEND, CHECK_IN_SIGNS_HINT, CHECK_IN_SIGNS_TITLE, CHECK_IN_URGENT,
    CHECK_IN_URGENT_LEGEND, PAIN_RULE,
};
use crate::content::questions::BANK;
use crate::content::triage::{outcome_text, EMERGENCY_PHONES, URGENT_ADVICE_PHONES};
use crate::ui::dates::now;
use crate::ui::form::Choice;
use crate::ui::heading::{focused_heading, screen_heading};
use crate::ui::results::CallLinks;
use crate::ui::route::{go, go_back_to, Screen};
use crate::ui::state::app_state;

/// Signs that are about how the pain began, not signs that can appear during a plan.
const NOT_ASKED_AGAIN: &[&str] = &["accident"];

#[component]
pub fn CheckIn() -> impl IntoView {
    let state = app_state();
    // No plan, or one on hold: the plan page says why.
    let steps = state.plan.get_untracked().and_then(|plan| {
        let (history, sessions, notes) = (state.history.get_untracked(), state.sessions.get_untracked(), state.plan_notes.get_untracked());
        next_session(&plan, &history, &sessions, &notes, now()).ok()
    });
    let Some(steps) = steps else {
        go(Screen::Plan);
        return view! { <main id="main" class="screen"></main> }.into_any();
    };
    let first = steps[0].clone();
    let chosen = RwSignal::new(first.activity.clone());
    let amount = RwSignal::new(first.amount.to_string());
    let pain = RwSignal::new(None::<u8>);
    // The check's own questions asked again, so they are answered and judged the same way.
    let signs = RwSignal::new(BANK.answers());
    let alarm = RwSignal::new(None::<Outcome>);
    let error = RwSignal::new(None::<&'static str>);
    let heading = screen_heading("Log a session - Backcheck");

    let pick_activity = {
        let steps = steps.clone();
        move |id: String| {
            if let Some(step) = steps.iter().find(|s| s.activity == id) {
                amount.set(step.amount.to_string());
            }
            chosen.set(id);
        }
    };
    let toggle_sign = move |question: &'static str, id: &'static str| {
        signs.update(|answers| {
            let toggled = answers.toggle(question, id);
            debug_assert!(toggled.is_ok(), "the check-in offers the questions' own choices");
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let session =
            |done, pain_during| Session { at: now(), activity: chosen.get_untracked(), amount: done, pain_during, next_day: None };
        let (done, pain_during) = (parse_amount(&amount.get_untracked()), pain.get_untracked());
        // A sign comes first: kept at once, with the session when it was filled in, whatever else is missing.
        if let Some(outcome) = signs.with_untracked(check_in_outcome) {
            if let (Some(done), Some(pain_during)) = (done, pain_during) {
                state.log_session(session(done, pain_during));
            }
            state.note_signs(now(), signs.get_untracked());
            alarm.set(Some(outcome));
            return;
        }
        let Some(done) = done else {
            error.set(Some("Say how much you did, as a whole number from 1."));
            return;
        };
        let Some(pain_during) = pain_during else {
            error.set(Some("Pick how much your back or leg hurt during the session, from 0 to 10."));
            return;
        };
        if !CHECK_IN_SIGNS.iter().all(|question| signs.with_untracked(|answers| answers.is_answered(question))) {
            error.set(Some("In each list of signs, tick any you have had, or “None of these”."));
            return;
        }
        state.log_session(session(done, pain_during));
        go_back_to(Screen::Plan);
    };

    view! {
        <main id="main" class="screen check-in">
            <Show
                when=move || alarm.get().is_some()
                fallback=move || {
                    let steps = steps.clone();
                    let pick_activity = pick_activity.clone();
                    view! {
                        <h1 tabindex="-1" node_ref=heading>"Log a session"</h1>
                        <form novalidate on:submit=save>
                            <fieldset>
                                <legend><h2>"What did you do?"</h2></legend>
                                <div class="choices">
                                    {steps.iter().map(|step| {
                                        let id = step.activity.clone();
                                        let input_id = format!("did-{id}");
                                        let pick = pick_activity.clone();
                                        let checked_id = id.clone();
                                        let label = activity(&id).map_or("Activity", |a| a.label);
                                        view! {
                                            <Choice id=input_id name="did" checked=Signal::derive(move || chosen.read() == checked_id) on_pick=move || pick(id.clone())>
                                                {label}
                                            </Choice>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <p class="amount-field">
                                <label for="done-amount">
                                    {move || format!("How many {} did you do?", activity(&chosen.get()).map_or("minutes", |a| a.unit.name()))}
                                </label>
                                <input type="number" inputmode="numeric" min="1" max=MOST_AMOUNT id="done-amount" prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev))/>
                            </p>
                            <fieldset>
                                <legend><h2>"How bad was your back or leg pain during the session?"</h2></legend>
                                <p class="hint">"0 is no pain, 10 is the worst you can imagine. " {PAIN_RULE}</p>
                                <div class="choices choices-scale">
                                    {(0u8..=10).map(|n| view! {
                                        <Choice id=format!("pain-during-{n}") name="pain-during" checked=Signal::derive(move || pain.get() == Some(n)) on_pick=move || pain.set(Some(n))>
                                            {n.to_string()}
                                        </Choice>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <section class="check-in-signs" aria-labelledby="signs-title">
                                <h2 id="signs-title">{CHECK_IN_SIGNS_TITLE}</h2>
                                <p class="hint">{CHECK_IN_SIGNS_HINT}</p>
                                {CHECK_IN_SIGNS.into_iter().zip([("new", CHECK_IN_EMERGENCY_LEGEND), ("new-urgent", CHECK_IN_URGENT_LEGEND)]).map(|(question, (prefix, legend))| {
                                    let choices = BANK.question(question).map_or(&[][..], |q| q.choices());
                                    view! {
                                        <fieldset>
                                            <legend><h3>{legend}</h3></legend>
                                            <div class="choices">
                                                {choices.iter().filter(|sign| !NOT_ASKED_AGAIN.contains(&sign.id)).map(|sign| {
                                                    let id = sign.id;
                                                    view! {
                                                        <Choice id=format!("{prefix}-{id}") name=prefix kind="checkbox"
                                                            checked=Signal::derive(move || signs.read().picked_any(question, &[id])) on_pick=move || toggle_sign(question, id)>
                                                            {sign.label}
                                                        </Choice>
                                                    }
                                                }).collect_view()}
                                            </div>
                                        </fieldset>
                                    }
                                }).collect_view()}
                            </section>
                            <p class="error" role="alert">{move || error.get()}</p>
                            <div class="button-row nav-row">
                                <button type="button" class="button button-secondary" on:click=move |_| go_back_to(Screen::Plan)>"Back"</button>
                                <button type="submit" class="button button-primary">"Save"</button>
                            </div>
                        </form>
                    }
                }
            >
                {move || alarm.get().map(|outcome| view! { <SignsAlarm outcome=outcome ticked=signs.get_untracked()/> })}
            </Show>
        </main>
    }.into_any()
}

/// The advice for signs ticked at a check-in: the emergency or urgent result's, with the signs
/// listed. Opens at its heading, which takes focus, so a screen reader starts there.
#[component]
fn SignsAlarm(outcome: Outcome, ticked: crate::assessment::Answers) -> impl IntoView {
    let emergency = outcome == Outcome::Emergency;
    let text = outcome_text(outcome);
    let CheckInAlarm { lead, actions } = if emergency { CHECK_IN_EMERGENCY } else { CHECK_IN_URGENT };
    let heading = focused_heading();
    let ticked = &ticked;
    let labels: Vec<&'static str> = CHECK_IN_SIGNS
        .iter()
        .filter_map(|question| BANK.question(question))
        .flat_map(|question| {
            question.choices().iter().filter(move |choice| !choice.exclusive && ticked.picked_any(question.id, &[choice.id]))
        })
        .map(|choice| choice.label)
        .collect();
    view! {
        <section class=format!("triage triage-{}", outcome.id()) data-triage=outcome.id() aria-labelledby="checkin-alarm">
            <h1 id="checkin-alarm" tabindex="-1" node_ref=heading>{text.title}</h1>
            <p>{lead}</p>
            {if emergency { view! { <CallLinks phones=EMERGENCY_PHONES/> }.into_any() } else { view! { <CallLinks phones=URGENT_ADVICE_PHONES/> }.into_any() }}
            <ul class="actions">{actions.iter().map(|action| view! { <li>{*action}</li> }).collect_view()}</ul>
            <h2>"The signs you ticked"</h2>
            <ul class="ticked-signs">{labels.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul>
            <p class="basis">{text.basis}</p>
            <p class="no-print"><button type="button" class="button button-secondary" on:click=move |_| go(Screen::Plan)>"Back to my plan"</button></p>
        </section>
    }
}
