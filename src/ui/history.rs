//! Past checks on the start page: how the latest compares with the one before, a link to the
//! chart of pain over time (`progress`), and each check to open again, read-only.

use leptos::prelude::*;

use super::dates::{date_time, day, years_differ};
use super::route::Screen;
use super::state::app_state;
use crate::assessment::{Comparison, PastCheck, Trend};
use crate::content::questions::BANK;
use crate::content::triage::outcome_text;

/// How many past checks the start page lists before "Show all": the start page must not grow
/// without end for someone with hundreds.
const LISTED_AT_FIRST: usize = 5;

#[component]
pub fn PastChecks() -> impl IntoView {
    let history = app_state().history;
    let show_all = RwSignal::new(false);
    move || {
        let history = history.read();
        (!history.is_empty()).then(|| {
            let comparison = history.compare_latest();
            let chart = (history.series("pain-now").len() >= 2).then(|| view! {
                <p><a class="chart-link" href="#progress">"See your pain over time on a chart"</a></p>
            });
            let newest_first: Vec<PastCheck> = history.checks().iter().rev().cloned().collect();
            let total = newest_first.len();
            let (latest, older) = newest_first.split_at(total.min(LISTED_AT_FIRST));
            let (latest, older) = (latest.to_vec(), older.to_vec());
            view! {
                <section class="past-checks" aria-labelledby="past-title">
                    <h2 id="past-title">"Your past checks"</h2>
                    {comparison.map(|comparison| view! { <ComparisonSummary comparison=comparison/> })}
                    {chart}
                    <ol class="past-list">
                        {latest.into_iter().map(|check| view! { <PastCheckItem check=check/> }).collect_view()}
                        {move || show_all.get().then(|| older.clone().into_iter().map(|check| view! { <PastCheckItem check=check/> }).collect_view())}
                    </ol>
                    {(total > LISTED_AT_FIRST).then(|| view! {
                        <Show when=move || !show_all.get()>
                            <p><button type="button" class="button button-secondary" on:click=move |_| show_all.set(true)>
                                {format!("Show all {total} checks")}
                            </button></p>
                        </Show>
                    })}
                </section>
            }
        })
    }
}

#[component]
fn ComparisonSummary(comparison: Comparison) -> impl IntoView {
    let (outcome_then, outcome_now) = comparison.outcome;
    let with_year = years_differ([comparison.earlier, comparison.later]);
    let outcome_line = if outcome_then == outcome_now {
        format!("Result: the same as before, “{}”.", outcome_text(outcome_now).title)
    } else {
        format!("Result: was “{}”, now “{}”.", outcome_text(outcome_then).title, outcome_text(outcome_now).title)
    };
    view! {
        <div class="comparison">
            <p>
                "Your latest check (" {day(comparison.later, with_year)} ") compared with the one before ("
                {day(comparison.earlier, with_year)} "):"
            </p>
            <ul>
                {comparison.pain.into_iter().map(|change| {
                    let topic = BANK.question(change.question).map_or(change.question, |q| q.topic);
                    let (trend_class, trend_words) = match change.trend() {
                        Trend::Better => ("trend-better", "lower, better"),
                        Trend::Same => ("trend-same", "no change"),
                        Trend::Worse => ("trend-worse", "higher, worse"),
                    };
                    view! {
                        <li class=trend_class data-pain=change.question>
                            <span class="topic">{topic} ": "</span>
                            <span class="change">
                                {change.from}
                                <span aria-hidden="true">" → "</span>
                                <span class="visually-hidden">" to "</span>
                                {change.to}
                            </span>
                            " (" {trend_words} ")"
                        </li>
                    }
                }).collect_view()}
                <li>{outcome_line}</li>
            </ul>
        </div>
    }
}

#[component]
fn PastCheckItem(check: PastCheck) -> impl IntoView {
    let outcome = check.outcome();
    let summary = match check.answers.scale("pain-now") {
        Some(pain) => format!("{} (pain now {pain} out of 10)", outcome_text(outcome).title),
        None => outcome_text(outcome).title.to_string(),
    };
    view! {
        <li data-past-check=check.completed_at.to_string()>
            <a class="past-item" href=Screen::PastResults(check.completed_at).hash()>
                <span class="past-date">{date_time(check.completed_at)}</span>
                <span class="past-summary">{summary}</span>
            </a>
        </li>
    }
}
