//! Making a plan from the results: one to three activities the results suggest, what the person
//! has managed lately without a flare, and how many days a week.

use leptos::prelude::*;

use crate::assessment::{
    evaluate, first_rating, new_plan, plan_offer, stretches_left_to_professional, AbilityRating, Picked, Plan, PlanOffer, PlanRequest,
    Professional, FIRST_DAYS, MOST_AMOUNT,
};
use crate::content::abilities::{rating_problem, suggested_activities as suggested_abilities};
use crate::content::plan::{
    check_first, named_exercises_note, plan_length, plan_problem, suggested_activities, ACTIVITIES_SOURCE, STRETCHES_FOR_LEG_PAIN,
};
use crate::content::triage::NOT_SURE_ASK_FIRST;
use crate::ui::confirm::Confirm;
use crate::ui::dates::now;
use crate::ui::form::Choice;
use crate::ui::heading::screen_heading;
use crate::ui::route::{go, Screen};
use crate::ui::state::app_state;

use super::abilities_form::{NameActivities, Naming};

#[component]
pub fn PlanNew() -> impl IntoView {
    let state = app_state();
    let answers = state.answers.get_untracked();
    let report = evaluate(&answers);
    let outcome = report.triage.outcome;
    let offer =
        state.history.with_untracked(|history| state.plan_notes.with_untracked(|notes| plan_offer(&answers, outcome, history, notes)));
    let allowed = offer != PlanOffer::NotOffered;
    let needs_professional = offer == PlanOffer::Offered { needs_professional_word: true };
    let check_first = check_first(report.triage.professional().unwrap_or(Professional::GpOrPhysiotherapist));
    let professional_ok = RwSignal::new(false);
    let activities = suggested_activities(&report.cards);
    let picked = RwSignal::new(Vec::<&'static str>::new());
    let amounts = RwSignal::new(Vec::<(&'static str, String)>::new());
    let days = RwSignal::new(FIRST_DAYS.to_vec());
    let time = RwSignal::new(String::new());
    let stretches_left_out = stretches_left_to_professional(&report.cards);
    let start_words = named_exercises_note(&activities);
    let error = RwSignal::new(None::<&'static str>);
    // What the person's back makes hard, with their ratings: optional.
    let hard = suggested_abilities(&answers);
    let naming = Naming::new();
    let heading = screen_heading("Make an exercise plan - Backcheck");

    let replacing = RwSignal::new(None::<(Plan, Option<AbilityRating>)>);
    let start_plan = move |plan: Plan, rating: Option<AbilityRating>| {
        state.start_plan(plan, rating);
        go(Screen::Plan);
    };
    let make_button = NodeRef::<leptos::html::Button>::new();
    let cancel_replacing = move || {
        replacing.set(None);
        if let Some(button) = make_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let replace_question = move || {
        let logged = state.sessions.with_untracked(Vec::len);
        let sessions = if logged == 1 { "1 session".to_string() } else { format!("{logged} sessions") };
        format!("You already have a plan, with {sessions} logged. A new plan replaces it, its sessions and any ratings. To keep a copy, save your data to a file first (on the start page).")
    };
    let amount_of = move |id: &str| amounts.with(|list| list.iter().find(|(a, _)| *a == id).map(|(_, v)| v.clone()).unwrap_or_default());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = amounts.get_untracked();
        let chosen = picked.get_untracked();
        let request = PlanRequest {
            outcome,
            professional_said_fine: professional_ok.get_untracked(),
            picked: chosen
                .iter()
                .map(|id| Picked {
                    activity: id,
                    source_start: crate::content::plan::activity(id).and_then(|a| a.start),
                    typed_recent: typed.iter().find(|(a, _)| a == id).map_or("", |(_, value)| value.as_str()),
                })
                .collect(),
            weekdays: days.get_untracked(),
            typed_time: &time.get_untracked(),
        };
        let at = now();
        let plan = match new_plan(&request, at) {
            Ok(plan) => plan,
            Err(problem) => {
                error.set(Some(plan_problem(problem)));
                return;
            }
        };
        // Naming activities is optional: none named is no rating, not a problem.
        let pairs = naming.pairs();
        let rating = match (pairs.is_empty(), first_rating(&pairs, at)) {
            (true, _) => None,
            (false, Ok(rating)) => Some(rating),
            (false, Err(problem)) => {
                error.set(Some(rating_problem(problem)));
                return;
            }
        };
        error.set(None);
        if state.plan.with_untracked(Option::is_some) {
            // A new plan clears the sessions of the one before: asked first, never silently.
            replacing.set(Some((plan, rating)));
        } else {
            start_plan(plan, rating);
        }
    };

    view! {
        <main id="main" class="screen plan-new">
            <h1 tabindex="-1" node_ref=heading>"Make an exercise plan"</h1>
            {if !allowed {
                view! {
                    <p class="notice notice-warning">
                        "A plan is for results that say exercise is likely to help, or after a GP or physiotherapist has told you exercise is fine. Finish the check first, and see your results."
                    </p>
                    <p><button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button></p>
                }.into_any()
            } else {
                view! {
                    <form novalidate on:submit=save>
                        {needs_professional.then(|| view! {
                            <fieldset>
                                <legend><h2>"Before you start"</h2></legend>
                                <p class="hint">{check_first.hint}</p>
                                <div class="choices">
                                    <Choice id="professional-ok".to_string() kind="checkbox"
                                        checked=professional_ok on_pick=move || professional_ok.update(|ok| *ok = !*ok)>
                                        {check_first.said_fine}
                                    </Choice>
                                </div>
                            </fieldset>
                        })}
                        <fieldset>
                            <legend><h2>"Which activities?"</h2></legend>
                            <p class="hint">"Pick one to three. These are the ones your results suggest."</p>
                            <div class="choices">
                                {activities.into_iter().map(|activity| {
                                    let id = activity.id;
                                    let input_id = format!("plan-{id}");
                                    view! {
                                        <Choice id=input_id name="plan-activity" kind="checkbox" value=id
                                            checked=Signal::derive(move || picked.read().contains(&id))
                                            on_pick=move || picked.update(|list| if let Some(at) = list.iter().position(|p| *p == id) { list.remove(at); } else { list.push(id); })>
                                            {activity.label}
                                        </Choice>
                                        <Show when=move || activity.start.is_none() && picked.read().contains(&id)>
                                            <div class="amount-field">
                                                <label for=format!("recent-{id}")>
                                                    {format!("{}: how many {} have you done lately, at one time, without your pain getting worse afterwards?", activity.label, activity.unit.name())}
                                                </label>
                                                <input type="number" inputmode="numeric" min="1" max=MOST_AMOUNT id=format!("recent-{id}")
                                                    prop:value=move || amount_of(id)
                                                    on:input=move |ev| { let value = event_target_value(&ev); amounts.update(|list| { list.retain(|(a, _)| *a != id); list.push((id, value)); }); }/>
                                            </div>
                                        </Show>
                                    }
                                }).collect_view()}
                            </div>
                            {[stretches_left_out.then_some(STRETCHES_FOR_LEG_PAIN), start_words].into_iter().flatten().map(|said| view! {
                                <p class="hint">{said.text}</p>
                                <p class="basis">{said.source}</p>
                            }).collect_view()}
                            <p class="basis">{ACTIVITIES_SOURCE}</p>
                        </fieldset>
                        <super::days::DaysAndTime days=days time=time/>
                        <p class="hint">{plan_length(&answers)}</p>
                        <p class="hint">"The plan starts a little below what you have done lately, and builds up in small steps. " {NOT_SURE_ASK_FIRST}</p>
                        <NameActivities suggested=hard.clone() naming=naming/>
                        <p class="error" role="alert">{move || error.get()}</p>
                        <div class="button-row">
                            <button type="submit" class="button button-primary" node_ref=make_button>"Make my plan"</button>
                        </div>
                        {move || replacing.get().map(|(plan, rating)| view! {
                            <Confirm
                                question=replace_question()
                                confirm_label="Replace my plan"
                                on_confirm=move || start_plan(plan.clone(), rating.clone())
                                on_cancel=cancel_replacing
                            />
                        })}
                    </form>
                }.into_any()
            }}
        </main>
    }
}
