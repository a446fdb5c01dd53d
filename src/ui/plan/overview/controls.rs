//! Changing the plan: its days or time, a step down for a flare-up, a pause, going on, and an end.

use leptos::prelude::*;

use crate::assessment::{chosen_days, Plan};
use crate::content::plan::{plan_problem, FLARE_UP_HINT, FLARE_UP_SOURCE};
use crate::ui::confirm::Confirm;
use crate::ui::dates::{clock, now};
use crate::ui::heading::{focus_after_redraw, focus_heading_after_redraw as focus_heading};
use crate::ui::plan::days::{time_in_words, DaysAndTime};
use crate::ui::state::app_state;

/// `going_on`: the plan runs and is not on hold, so a step down makes sense.
#[component]
pub fn PlanControls(plan: Plan, going_on: bool) -> impl IntoView {
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
        state.change_plan_days(weekdays, time, now(), &clock);
        changing.set(false);
        focus_heading();
    };
    view! {
        <section class="plan-controls no-print" aria-labelledby="plan-controls-title">
            <h2 id="plan-controls-title">"Change your plan"</h2>
            <Show when=move || changing.get() fallback=move || view! {
                <div class="button-row">
                    {going_on.then(|| view! {
                        <button type="button" class="button button-secondary" data-action="flare-up" on:click=move |_| { state.note_flare_up(now()); focus_heading(); }>"Go down a step"</button>
                    })}
                    {if paused {
                        view! { <button type="button" class="button button-secondary" on:click=move |_| { state.resume_plan(now()); focus_heading(); }>"Go on with my plan"</button> }.into_any()
                    } else {
                        view! { <button type="button" class="button button-secondary" on:click=move |_| { state.pause_plan(now()); focus_heading(); }>"Pause my plan"</button> }.into_any()
                    }}
                    <button type="button" class="button button-secondary" id="change-days" on:click=move |_| { changing.set(true); focus_after_redraw(".plan-controls input[name=plan-day]"); }>"Change days or time"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| ending.set(true)>"End my plan"</button>
                </div>
                {going_on.then(|| view! {
                    <p class="small">{FLARE_UP_HINT}</p>
                    <p class="basis">{FLARE_UP_SOURCE}</p>
                })}
            }>
                <form novalidate on:submit=save_days>
                    <DaysAndTime days=days time=time/>
                    <p class="error" role="alert">{move || error.get()}</p>
                    <div class="button-row">
                        <button type="submit" class="button button-primary">"Save days"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| { changing.set(false); focus_after_redraw("#change-days"); }>"Cancel"</button>
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
