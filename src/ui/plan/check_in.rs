//! Logging a session: what was done, how much, and the pain during it, with a short "anything
//! new?" list of the emergency signs that goes straight to emergency advice.

use leptos::prelude::*;

use crate::assessment::{flag_outcome, next_steps, parse_amount, plan_on_hold, Outcome, Session};
use crate::content::plan::activity;
use crate::content::questions::{BANK, EMERGENCY_SIGNS};
use crate::content::triage::{outcome_text, EMERGENCY_PHONES};
use crate::ui::dates::now;
use crate::ui::form::Choice;
use crate::ui::heading::screen_heading;
use crate::ui::results::CallLinks;
use crate::ui::route::{go, go_back_to, Screen};
use crate::ui::state::app_state;

/// The check's question whose signs the check-in asks again.
const SIGNS: &str = "emergency-signs";

#[component]
pub fn CheckIn() -> impl IntoView {
    let state = app_state();
    // No plan, or one on hold after a newer check: the plan page says why.
    let plan = state.plan.get_untracked().filter(|_| !state.history.with_untracked(plan_on_hold));
    let Some(plan) = plan else {
        go(Screen::Plan);
        return view! { <main id="main" class="screen"></main> }.into_any();
    };
    let steps = next_steps(&plan, &state.sessions.get_untracked());
    let first = steps[0].clone();
    let chosen = RwSignal::new(first.activity.clone());
    let amount = RwSignal::new(first.amount.to_string());
    let pain = RwSignal::new(None::<u8>);
    // The check-in asks the check's emergency question again, so it is answered and judged the same way.
    let signs = RwSignal::new(BANK.answers());
    let emergency = RwSignal::new(false);
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
    let toggle_sign = move |id: &'static str| {
        signs.update(|answers| {
            let toggled = answers.toggle(SIGNS, id);
            debug_assert!(toggled.is_ok(), "the check-in offers the question's own choices");
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if signs.with_untracked(|answers| flag_outcome(answers, SIGNS)) == Some(Outcome::Emergency) {
            emergency.set(true);
            return;
        }
        let Some(done) = parse_amount(&amount.get_untracked()) else {
            error.set(Some("Say how much you did, as a whole number from 1."));
            return;
        };
        let Some(pain_during) = pain.get_untracked() else {
            error.set(Some("Pick how much it hurt during the session, from 0 to 10."));
            return;
        };
        if !signs.with_untracked(|answers| answers.is_answered(SIGNS)) {
            error.set(Some("Tick any new signs, or “None of these”."));
            return;
        }
        let session = Session { at: now(), activity: chosen.get_untracked(), amount: done, pain_during, next_day: None };
        state.log_session(session);
        go_back_to(Screen::Plan);
    };
    let emergency_text = outcome_text(Outcome::Emergency);

    view! {
        <main id="main" class="screen check-in">
            <Show
                when=move || emergency.get()
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
                                <input type="number" inputmode="numeric" min="1" max="600" id="done-amount" prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev))/>
                            </p>
                            <fieldset>
                                <legend><h2>"How much did it hurt during the session?"</h2></legend>
                                <p class="hint">"0 is no pain, 10 is the worst you can imagine. Up to 5 is fine if it settles by the next morning."</p>
                                <div class="choices choices-scale">
                                    {(0u8..=10).map(|n| view! {
                                        <Choice id=format!("pain-during-{n}") name="pain-during" checked=Signal::derive(move || pain.get() == Some(n)) on_pick=move || pain.set(Some(n))>
                                            {n.to_string()}
                                        </Choice>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <fieldset>
                                <legend><h2>"Anything new since your last check?"</h2></legend>
                                <div class="choices">
                                    {EMERGENCY_SIGNS.iter().filter(|sign| sign.id != "accident").map(|sign| {
                                        let id = sign.id;
                                        view! {
                                            <Choice id=format!("new-{id}") name="new-signs" kind="checkbox"
                                                checked=Signal::derive(move || signs.read().picked_any(SIGNS, &[id])) on_pick=move || toggle_sign(id)>
                                                {sign.label}
                                            </Choice>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <p class="error" role="alert">{move || error.get()}</p>
                            <div class="button-row nav-row">
                                <button type="button" class="button button-secondary" on:click=move |_| go_back_to(Screen::Plan)>"Back"</button>
                                <button type="submit" class="button button-primary">"Save"</button>
                            </div>
                        </form>
                    }
                }
            >
                <section class="triage triage-emergency" data-triage="emergency" aria-labelledby="checkin-emergency">
                    <h1 id="checkin-emergency" tabindex="-1">{emergency_text.title}</h1>
                    <p>"You ticked a sign that needs emergency care. Stop your exercise plan."</p>
                    <CallLinks phones=EMERGENCY_PHONES/>
                    <ul class="actions">{emergency_text.actions.iter().map(|action| view! { <li>{*action}</li> }).collect_view()}</ul>
                    <p class="basis">{emergency_text.basis}</p>
                </section>
            </Show>
        </main>
    }.into_any()
}
