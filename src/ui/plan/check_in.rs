//! Logging a session: what was done, how much, and the pain during it, with the check's emergency
//! and urgent signs asked again ("since your last session"). A sign ticked there is kept with the
//! plan, which holds until a newer check allows exercise advice, and its advice is shown at once.

use leptos::prelude::*;

use crate::assessment::{
    check_in, next_session, plan_hold, yesterday_allowed, CheckIn, CheckInForm, EndedBy, Outcome, CHECK_IN_SIGNS, MOST_AMOUNT,
    NOT_ASKED_AT_CHECK_IN,
};
use crate::content::plan::{
    activity, check_in_problem, measure, CheckInAlarm, CHECK_IN_EMERGENCY, CHECK_IN_EMERGENCY_LEGEND, CHECK_IN_SIGNS_HINT,
    CHECK_IN_SIGNS_TITLE, CHECK_IN_URGENT, CHECK_IN_URGENT_LEGEND, PAIN_DURING_HINT, SAVED_ASK_NOW, SAVED_ASK_TOMORROW, SAVED_HELD,
    SAVED_STEPPED_BACK, SAVED_STOPPED_FOR_PAIN,
};
use crate::content::questions::BANK;
use crate::content::session::{FILLED_IN, FILLED_IN_PAIN, NOTHING_DONE, NOTHING_DONE_SAVED, STOPPED_FOR_PAIN, STOPPED_FOR_PAIN_HINT};
use crate::content::triage::{outcome_text, EMERGENCY_PHONES, URGENT_ADVICE_PHONES};
use crate::storage::following::{forget_followed, load_followed};
use crate::ui::care::CallLinks;
use crate::ui::dates::{clock, now};
use crate::ui::form::Choice;
use crate::ui::heading::{focused_heading, screen_heading};
use crate::ui::route::{go, go_back_to, Screen};
use crate::ui::state::app_state;

use super::amount_words;
use super::label;

#[component]
pub fn CheckIn() -> impl IntoView {
    let state = app_state();
    // No plan, or one on hold: the plan page says why.
    let clock = clock();
    let plan = state.plan.get_untracked();
    let steps = plan.as_ref().and_then(|plan| {
        let (history, sessions, notes) = (state.history.get_untracked(), state.sessions.get_untracked(), state.plan_notes.get_untracked());
        next_session(plan, &history, &sessions, &notes, measure, &clock).ok()
    });
    let Some(steps) = steps else {
        go(Screen::Plan);
        return view! { <main id="main" class="screen"></main> }.into_any();
    };
    // A session followed along in this tab lately: what was done is filled in from it.
    let followed = load_followed().filter(|followed| {
        plan.as_ref().is_some_and(|plan| crate::assessment::session_goes_on(plan.started_at, followed.plan, followed.ended_at, clock.now))
    });
    let pain_first = followed.as_ref().is_some_and(|followed| followed.ended_by == EndedBy::Pain);
    let filled_in = followed.as_ref().map(|followed| match followed.ended_by {
        EndedBy::Pain => FILLED_IN_PAIN,
        _ if followed.done.is_empty() => NOTHING_DONE,
        _ => FILLED_IN,
    });
    let yesterday_allowed = plan.is_some_and(|plan| yesterday_allowed(&plan, &clock));
    let yesterday = RwSignal::new(false);
    let stopped_for_pain = RwSignal::new(pain_first);
    // Every activity of the plan, ticked with its amount: one check-in for the whole session; or,
    // after following it along, what was done.
    let done = RwSignal::new(
        steps
            .iter()
            .map(|step| {
                let amount = match &followed {
                    Some(followed) => followed.done.iter().find(|done| done.activity == step.activity).map(|done| done.amount),
                    None => Some(step.amount),
                };
                (step.activity.clone(), amount.map(|amount| amount.to_string()))
            })
            .collect::<Vec<_>>(),
    );
    let pain = RwSignal::new(None::<u8>);
    // The check's own questions asked again, so they are answered and judged the same way.
    let signs = RwSignal::new(BANK.answers());
    let alarm = RwSignal::new(None::<Outcome>);
    let error = RwSignal::new(None::<&'static str>);
    let heading = screen_heading("Log a session - Backcheck");

    let is_done = move |id: &str| done.with(|list| list.iter().any(|(a, typed)| a == id && typed.is_some()));
    let toggle_done = {
        let steps = steps.clone();
        move |id: &str| {
            let planned = steps.iter().find(|step| step.activity == id).map(|step| step.amount.to_string()).unwrap_or_default();
            done.update(|list| {
                if let Some((_, typed)) = list.iter_mut().find(|(a, _)| a == id) {
                    *typed = if typed.is_some() { None } else { Some(planned) };
                }
            })
        }
    };
    let typed_amount =
        move |id: &str| done.with(|list| list.iter().find(|(a, _)| a == id).and_then(|(_, typed)| typed.clone()).unwrap_or_default());
    let set_amount = move |id: &str, value: String| {
        done.update(|list| {
            if let Some((_, typed)) = list.iter_mut().find(|(a, _)| a == id) {
                *typed = Some(value);
            }
        })
    };
    let toggle_sign = move |question: &'static str, id: &'static str| {
        signs.update(|answers| {
            let toggled = answers.toggle(question, id);
            debug_assert!(toggled.is_ok(), "the check-in offers the questions' own choices");
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = CheckInForm {
            done: done.get_untracked(),
            pain_during: pain.get_untracked(),
            signs: signs.get_untracked(),
            yesterday: yesterday.get_untracked(),
            stopped_for_pain: stopped_for_pain.get_untracked(),
        };
        let saved = match check_in(&form, now()) {
            Ok(saved) => saved,
            Err(problem) => {
                error.set(Some(check_in_problem(problem)));
                return;
            }
        };
        state.save_check_in(&saved);
        forget_followed();
        match saved {
            CheckIn::Signs { outcome, .. } => alarm.set(Some(outcome)),
            CheckIn::Session(session) => {
                let summary = session
                    .done
                    .iter()
                    .map(|d| format!("{} {}", label(&d.activity).to_lowercase(), amount_words(&d.activity, d.amount)))
                    .collect::<Vec<_>>();
                // What comes next, from the plan as it is with this session: held (severe pain, or
                // a second session too much), a session judged at once (pain above 5) with no
                // morning question, or the morning question, now for yesterday's.
                let held = state.plan.with_untracked(|plan| {
                    plan.as_ref().is_some_and(|plan| {
                        state.history.with_untracked(|history| {
                            state.sessions.with_untracked(|sessions| {
                                state
                                    .plan_notes
                                    .with_untracked(|notes| plan_hold(plan, history, sessions, notes, &crate::ui::dates::clock()).is_some())
                            })
                        })
                    })
                });
                let next = match session.too_much() {
                    _ if held => SAVED_HELD,
                    Some(crate::assessment::TooMuch::StoppedForPain) => SAVED_STOPPED_FOR_PAIN,
                    Some(_) => SAVED_STEPPED_BACK,
                    None if form.yesterday => SAVED_ASK_NOW,
                    None => SAVED_ASK_TOMORROW,
                };
                let summary = if summary.is_empty() { NOTHING_DONE_SAVED.to_string() } else { summary.join(", ") };
                state.confirm_saved(format!("Session saved: {summary}. {next}"));
                go_back_to(Screen::Plan);
            }
        }
    };

    // Asked first after a session stopped because of pain.
    let pain_question = move || {
        view! {
            <fieldset class="pain-during">
                <legend><h2>"How bad was your back or leg pain during the session?"</h2></legend>
                <p class="hint">{PAIN_DURING_HINT}</p>
                <div class="choices choices-scale">
                    {(0u8..=10).map(|n| view! {
                        <Choice id=format!("pain-during-{n}") name="pain-during" checked=Signal::derive(move || pain.get() == Some(n)) on_pick=move || pain.set(Some(n))>
                            {n.to_string()}
                        </Choice>
                    }).collect_view()}
                </div>
                <div class="choices stopped-for-pain">
                    <Choice id="stopped-for-pain".to_string() name="stopped-for-pain" kind="checkbox" checked=Signal::derive(move || stopped_for_pain.get())
                        on_pick=move || stopped_for_pain.update(|stopped| *stopped = !*stopped)>
                        {STOPPED_FOR_PAIN}
                    </Choice>
                </div>
                <p class="hint">{STOPPED_FOR_PAIN_HINT}</p>
            </fieldset>
        }
    };

    view! {
        <main id="main" class="screen check-in">
            <Show
                when=move || alarm.get().is_some()
                fallback=move || {
                    let steps = steps.clone();
                    let toggle_done = toggle_done.clone();
                    view! {
                        <h1 tabindex="-1" node_ref=heading>"Log a session"</h1>
                        {filled_in.map(|words| view! { <p class="notice notice-saved" role="status">{words}</p> })}
                        <form novalidate on:submit=save>
                            {pain_first.then(pain_question)}
                            <fieldset>
                                <legend><h2>"What did you do?"</h2></legend>
                                <p class="hint">"Untick anything you did not do, and change the amounts to what you did."</p>
                                <div class="choices">
                                    {steps.iter().map(|step| {
                                        let id = step.activity.clone();
                                        let (toggle_id, checked_id, typed_id, input_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                                        let toggle = toggle_done.clone();
                                        let unit = activity(&id).map_or("minutes", |a| a.unit.name());
                                        let name = label(&id);
                                        view! {
                                            <Choice id=format!("did-{id}") name="did" kind="checkbox" checked=Signal::derive(move || is_done(&checked_id)) on_pick=move || toggle(&toggle_id)>
                                                {name}
                                            </Choice>
                                            <Show when={ let id = id.clone(); move || is_done(&id) }>
                                                <p class="amount-field">
                                                    <label for=format!("done-{}", input_id)>{format!("{}: how many {unit}?", label(&input_id))}</label>
                                                    <input type="number" inputmode="numeric" min="1" max=MOST_AMOUNT id=format!("done-{}", input_id)
                                                        prop:value={ let id = typed_id.clone(); move || typed_amount(&id) }
                                                        on:input={ let id = typed_id.clone(); move |ev| set_amount(&id, event_target_value(&ev)) }/>
                                                </p>
                                            </Show>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            {yesterday_allowed.then(|| view! {
                                <fieldset>
                                    <legend><h2>"When?"</h2></legend>
                                    <div class="choices choices-yes-no">
                                        <Choice id="when-today".to_string() name="when" checked=Signal::derive(move || !yesterday.get()) on_pick=move || yesterday.set(false)>"Today"</Choice>
                                        <Choice id="when-yesterday".to_string() name="when" checked=Signal::derive(move || yesterday.get()) on_pick=move || yesterday.set(true)>"Yesterday"</Choice>
                                    </div>
                                </fieldset>
                            })}
                            {(!pain_first).then(pain_question)}
                            <section class="check-in-signs" aria-labelledby="signs-title">
                                <h2 id="signs-title">{CHECK_IN_SIGNS_TITLE}</h2>
                                <p class="hint">{CHECK_IN_SIGNS_HINT}</p>
                                {CHECK_IN_SIGNS.into_iter().zip([("new", CHECK_IN_EMERGENCY_LEGEND), ("new-urgent", CHECK_IN_URGENT_LEGEND)]).map(|(question, (prefix, legend))| {
                                    let choices = BANK.question(question).map_or(&[][..], |q| q.choices());
                                    view! {
                                        <fieldset>
                                            <legend><h3>{legend}</h3></legend>
                                            <div class="choices">
                                                {choices.iter().filter(|sign| !NOT_ASKED_AT_CHECK_IN.contains(&sign.id)).map(|sign| {
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
