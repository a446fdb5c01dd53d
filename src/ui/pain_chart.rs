//! Pain over time as a small inline SVG line chart. Its text alternative is a sentence with
//! every value (the SVG's accessible name) and a table of both pain scores under "Show as a table".

use leptos::prelude::*;

use super::dates::{date, short_date};
use crate::assessment::{History, Timestamp};

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// Placed by date, so a gap of weeks looks like one; checks all at one time fall back to even steps.
fn x(points: &[(Timestamp, u8)], index: usize) -> f64 {
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let share = if last > first {
        (points[index].0 - first) as f64 / (last - first) as f64
    } else {
        index as f64 / (points.len().max(2) - 1) as f64
    };
    LEFT + (WIDTH - LEFT - RIGHT) * share
}

fn y(pain: u8) -> f64 {
    TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - f64::from(pain) / 10.0)
}

/// "7 on 2 Nov, 5 on 10 Nov and 4 on 24 Nov"
fn spoken(points: &[(Timestamp, u8)]) -> String {
    let parts: Vec<String> = points.iter().map(|(at, pain)| format!("{pain} on {}", short_date(*at))).collect();
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.join(""),
    }
}

#[component]
pub fn PainChart(history: History) -> impl IntoView {
    let points = history.series("pain-now");
    let label = format!("Chart of pain now at each check, from 0 (no pain) to 10 (worst): {}.", spoken(&points));
    let line: String = points
        .iter()
        .enumerate()
        .map(|(i, (_, pain))| format!("{:.1},{:.1}", x(&points, i), y(*pain)))
        .collect::<Vec<_>>()
        .join(" ");
    let first = points.first().map(|(at, _)| short_date(*at)).unwrap_or_default();
    let last = points.last().map(|(at, _)| short_date(*at)).unwrap_or_default();
    let rows: Vec<_> = history
        .checks()
        .iter()
        .map(|check| (check.completed_at, check.answers.scale("pain-now"), check.answers.scale("pain-worst-week")))
        .collect();
    let score = |pain: Option<u8>| pain.map_or_else(|| "not asked".to_string(), |pain| pain.to_string());

    view! {
        <figure class="pain-chart">
            <figcaption>"Pain now at each check (0 is no pain, 10 is the worst)"</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="chart">
                {[0u8, 5, 10].into_iter().map(|level| view! {
                    <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=y(level) y2=y(level)></line>
                    <text class="chart-label" x=LEFT - 8.0 y=y(level) + 5.0 text-anchor="end">{level.to_string()}</text>
                }).collect_view()}
                <polyline class="chart-line" points=line></polyline>
                {points.iter().enumerate().map(|(i, (_, pain))| view! {
                    <circle class="chart-point" cx=x(&points, i) cy=y(*pain) r="5"></circle>
                }).collect_view()}
                <text class="chart-label" x=LEFT y=HEIGHT - 8.0 text-anchor="start">{first}</text>
                <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 8.0 text-anchor="end">{last}</text>
            </svg>
            <details>
                <summary>"Show as a table"</summary>
                <table>
                    <thead>
                        <tr><th scope="col">"Check"</th><th scope="col">"Pain now"</th><th scope="col">"Worst pain in the last week"</th></tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(at, now, worst)| view! {
                            <tr><th scope="row">{date(at)}</th><td>{score(now)}</td><td>{score(worst)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
