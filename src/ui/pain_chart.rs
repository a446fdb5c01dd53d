//! Pain over time as a small inline SVG line chart. Its text alternative is a sentence with
//! every value (the SVG's accessible name) and a table of both pain scores under "Show as a table".

use leptos::prelude::*;

use super::dates::{date, day, years_differ};
use crate::assessment::{History, Timestamp};
use crate::content::words::and_list;

// Whole numbers only: SVG units are small next to the drawn size, and integer formatting keeps
// float-printing code out of the wasm.
/// The drawing's width, its left margin for the 0-10 labels and its top margin: shared with the
/// plan's sessions chart, so the two read alike.
pub const WIDTH: u64 = 320;
const HEIGHT: u64 = 170;
pub const LEFT: u64 = 30;
const RIGHT: u64 = 14;
pub const TOP: u64 = 10;
const BOTTOM: u64 = 30;

/// Placed by date, so a gap of weeks looks like one; checks all at one time fall back to even steps.
fn x(points: &[(Timestamp, u8)], index: usize) -> u64 {
    let (first, last) = (points[0].0, points[points.len() - 1].0);
    let (part, whole) =
        if last > first { (points[index].0 - first, last - first) } else { (index as u64, (points.len() as u64).max(2) - 1) };
    LEFT + ((WIDTH - LEFT - RIGHT) as u128 * part as u128 / whole as u128) as u64
}

/// 13 units a point: the plot is 130 high.
fn y(pain: u8) -> u64 {
    TOP + (HEIGHT - TOP - BOTTOM) * u64::from(10 - pain.min(10)) / 10
}

/// The chart draws at most this many checks, the latest: more would be a solid block on a phone.
/// The table under it lists every check.
const CHART_POINTS: usize = 12;

/// "7 on 2 Nov, 5 on 10 Nov and 4 on 24 Nov"
fn spoken(points: &[(Timestamp, u8)], with_year: bool) -> String {
    let parts: Vec<String> = points.iter().map(|(at, pain)| format!("{pain} on {}", day(*at, with_year))).collect();
    and_list(&parts)
}

#[component]
pub fn PainChart(history: History) -> impl IntoView {
    let all_points = history.series("pain-now");
    let points = &all_points[all_points.len().saturating_sub(CHART_POINTS)..];
    let with_year = years_differ(points.iter().map(|(at, _)| *at));
    let caption = if all_points.len() > CHART_POINTS {
        format!("Pain now at your latest {CHART_POINTS} checks (0 is no pain, 10 is the worst). The table has them all.")
    } else {
        "Pain now at each check (0 is no pain, 10 is the worst)".to_string()
    };
    let label = format!("Chart of pain now, from 0 (no pain) to 10 (worst): {}.", spoken(points, with_year));
    let line: String =
        points.iter().enumerate().map(|(i, (_, pain))| format!("{},{}", x(points, i), y(*pain))).collect::<Vec<_>>().join(" ");
    let first = points.first().map(|(at, _)| day(*at, with_year)).unwrap_or_default();
    let last = points.last().map(|(at, _)| day(*at, with_year)).unwrap_or_default();
    let rows: Vec<_> = history
        .checks()
        .iter()
        .map(|check| (check.completed_at, check.answers.scale("pain-now"), check.answers.scale("pain-worst-week")))
        .collect();
    let score = |pain: Option<u8>| pain.map_or_else(|| "not asked".to_string(), |pain| pain.to_string());

    view! {
        <figure class="pain-chart">
            <figcaption>{caption}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="chart">
                {[0u8, 5, 10].into_iter().map(|level| view! {
                    <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=y(level) y2=y(level)></line>
                    <text class="chart-label" x=LEFT - 8 y=y(level) + 5 text-anchor="end">{level.to_string()}</text>
                }).collect_view()}
                <polyline class="chart-line" points=line></polyline>
                {points.iter().enumerate().map(|(i, (_, pain))| view! {
                    <circle class="chart-point" cx=x(points, i) cy=y(*pain) r="5"></circle>
                }).collect_view()}
                <text class="chart-label" x=LEFT y=HEIGHT - 8 text-anchor="start">{first}</text>
                <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 8 text-anchor="end">{last}</text>
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
