//! The sessions so far: pain during each as a dot on the 0 to 10 scale, each activity's amount
//! on its own line under it, and the same as a table.

use leptos::prelude::*;

use crate::assessment::{Plan, Session, Zone};
use crate::ui::dates::{date, day, years_differ};
use crate::ui::pain_chart::{LEFT, TOP, WIDTH};
use crate::ui::plan::{amount_words, label};

/// "Walking 16 minutes, tummy and back exercises 5 times each"
fn done_words(session: &Session) -> String {
    session.done.iter().map(|d| format!("{} {}", label(&d.activity), amount_words(&d.activity, d.amount))).collect::<Vec<_>>().join(", ")
}

// Whole numbers only, on the pain chart's scale.
const PLOT_TOP: u64 = TOP;
const PLOT_HEIGHT: u64 = 120;
/// One line of amounts under the dots for each activity.
const AMOUNT_LINE: u64 = 14;
/// Few enough that two-digit amounts stand apart at 320 px.
const SHOWN: usize = 10;

/// Pain during each session as a dot on the 0 to 10 scale, with the amounts done written under
/// it, one line an activity: amounts are minutes or times, so they are never drawn against the
/// pain scale.
#[component]
pub fn SessionsChart(plan: Plan, sessions: Vec<Session>) -> impl IntoView {
    let shown = &sessions[sessions.len().saturating_sub(SHOWN)..];
    let with_year = years_differ(shown.iter().map(|s| s.at));
    let activities: Vec<String> = plan.activities.iter().map(|planned| planned.activity.clone()).collect();
    let lines = activities.len().max(1) as u64;
    let height = PLOT_TOP + PLOT_HEIGHT + 8 + AMOUNT_LINE * lines;
    let slot = (WIDTH - LEFT) / SHOWN as u64;
    let sentence = shown
        .iter()
        .map(|s| format!("{} {}, pain {} out of 10", day(s.at, with_year), done_words(s), s.pain_during))
        .collect::<Vec<_>>()
        .join("; ");
    let chart_label = format!("Your sessions, oldest first: {sentence}.");
    let order = activities.iter().map(|id| label(id).to_lowercase()).collect::<Vec<_>>().join(", then ");
    let zone_words = |s: &Session| match s.zone() {
        _ if s.too_much().is_some_and(|too_much| too_much.is_severe()) => "Severe",
        Some(Zone::Green) => "Went well",
        Some(Zone::Red) => "Too much",
        None => "Not answered",
    };
    view! {
        <figure class="pain-chart plan-progress">
            <figcaption>{format!("Your sessions: pain during each as a dot (0 to 10), and under it the amount of each activity ({order})")}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=chart_label class="chart">
                {[0u8, 5, 10].into_iter().map(|level| {
                    let y = PLOT_TOP + PLOT_HEIGHT * u64::from(10 - level) / 10;
                    view! {
                        <line class="chart-grid" x1=LEFT x2=WIDTH y1=y y2=y></line>
                        <text class="chart-label" x=LEFT - 6 y=y + 4 text-anchor="end">{level.to_string()}</text>
                    }
                }).collect_view()}
                {shown.iter().enumerate().map(|(i, s)| {
                    let middle = LEFT + slot * i as u64 + slot / 2;
                    let pain_y = PLOT_TOP + PLOT_HEIGHT * u64::from(10 - s.pain_during.min(10)) / 10;
                    view! {
                        <circle class="chart-point" cx=middle cy=pain_y r="4"></circle>
                        {activities.iter().enumerate().filter_map(|(line, id)| {
                            let amount = s.amount_of(id)?;
                            let y = PLOT_TOP + PLOT_HEIGHT + 8 + AMOUNT_LINE * (line as u64 + 1) - 3;
                            Some(view! { <text class="chart-amount" x=middle y=y text-anchor="middle">{amount.to_string()}</text> })
                        }).collect_view()}
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
                                <th scope="row">{date(s.at)}</th>
                                <td>{done_words(s)}</td>
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
