//! "Your pain over time": the chart of pain at each check, with its table, and the plan's ratings
//! of what the person can do again beside the pain during sessions, on a screen of its own in the
//! second build. Drawn in SVG, it would cost the first load 5 KiB (brotli) that every
//! first visit pays for a chart only a returning person can have; the start page links to it.

use leptos::prelude::*;

use super::ability_chart::AbilitiesOverTime;
use super::heading::screen_heading;
use super::pain_chart::PainChart;
use super::route::{go, Screen};
use super::state::app_state;
use crate::assessment::plan_ratings;
use crate::content::abilities::OVER_TIME_TITLE;

#[component]
pub fn PainOverTime() -> impl IntoView {
    let heading = screen_heading("Your pain over time - Backcheck");
    let state = app_state();
    let history = state.history;
    view! {
        <main id="main" class="screen progress">
            <h1 tabindex="-1" node_ref=heading>"Your pain over time"</h1>
            {move || {
                let history = history.get();
                if history.series("pain-now").len() >= 2 {
                    view! { <PainChart history=history/> }.into_any()
                } else {
                    view! { <p>"The chart needs two finished checks. Take the check again later to see how your pain changes."</p> }.into_any()
                }
            }}
            {move || {
                let plan = state.plan.get()?;
                let ratings = state.plan_notes.with(|notes| plan_ratings(&plan, notes));
                (!ratings.is_empty()).then(|| view! {
                    <section class="abilities" aria-labelledby="abilities-title">
                        <h2 id="abilities-title">{OVER_TIME_TITLE}</h2>
                        <AbilitiesOverTime ratings=ratings sessions=state.sessions.get() started_at=plan.started_at/>
                    </section>
                })
            }}
            <p class="no-print">
                <button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button>
            </p>
        </main>
    }
}
