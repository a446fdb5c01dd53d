//! "Your pain over time": the chart of pain at each check, with its table, on a screen of its
//! own in the second build. Drawn in SVG, it would cost the first load 5 KiB (brotli) that every
//! first visit pays for a chart only a returning person can have; the start page links to it.

use leptos::prelude::*;

use super::heading::screen_heading;
use super::pain_chart::PainChart;
use super::route::{go, Screen};
use super::state::app_state;

#[component]
pub fn PainOverTime() -> impl IntoView {
    let heading = screen_heading("Your pain over time - Backcheck");
    let history = app_state().history;
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
            <p class="no-print">
                <button type="button" class="button button-primary" on:click=|_| go(Screen::Landing)>"Back to the start"</button>
            </p>
        </main>
    }
}
