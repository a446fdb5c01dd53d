//! What a person can do again, over the plan: each activity's rating each time it was given, as
//! lines on the 0 to 10 scale, with the pain during each session under them on the same dates; its
//! text alternative is a sentence with every value (the SVG's accessible name) and a table with
//! the average, its change from the first and whether that is a real change. On the plan page and
//! the progress screen (second build only).

use leptos::prelude::*;

use super::dates::{day, years_differ};
use super::pain_chart::{LEFT, WIDTH};
use crate::assessment::{pain_before_each_rating, AbilityChange, AbilityRating, Session, Timestamp};
use crate::content::abilities::{
    change_words, ratings_sentence, real_change_words, tenths_number, CHART_PAIN, CHART_RATINGS, NOT_YET_ASKED, NO_SESSIONS_YET,
    OVER_TIME_CAPTION, PAIN_KEY, RATE_AGAIN_EVERY, REAL_CHANGE, TABLE_AVERAGE, TABLE_CAPTION, TABLE_CHANGE, TABLE_PAIN, TABLE_REAL,
};
use crate::content::words::and_list;

// Whole numbers only, as the pain chart: no float printing in the wasm.
const RIGHT: u64 = 14;
const RATINGS_TOP: u64 = 26;
const RATINGS_HEIGHT: u64 = 110;
const PAIN_TOP: u64 = RATINGS_TOP + RATINGS_HEIGHT + 36;
const PAIN_HEIGHT: u64 = 50;
const HEIGHT: u64 = PAIN_TOP + PAIN_HEIGHT + 30;

fn ratings_y(score: u8) -> u64 {
    RATINGS_TOP + RATINGS_HEIGHT * u64::from(10 - score.min(10)) / 10
}

fn pain_y(pain: u8) -> u64 {
    PAIN_TOP + PAIN_HEIGHT * u64::from(10 - pain.min(10)) / 10
}

/// Each activity's mark, so the lines differ by more than colour: a circle, a square, a diamond.
fn mark(series: usize, x: u64, y: u64) -> AnyView {
    match series {
        0 => view! { <circle class="ability-mark" cx=x cy=y r="5"></circle> }.into_any(),
        1 => view! { <rect class="ability-mark" x=x - 5 y=y - 5 width="10" height="10"></rect> }.into_any(),
        _ => view! { <polygon class="ability-mark" points=format!("{x},{} {},{y} {x},{} {},{y}", y - 6, x + 6, y + 6, x - 6)></polygon> }
            .into_any(),
    }
}

#[component]
pub fn AbilitiesOverTime(
    /// The plan's ratings, oldest first; the first names the activities.
    ratings: Vec<AbilityRating>,
    sessions: Vec<Session>,
    /// When the plan began: sessions before it are a replaced plan's.
    started_at: Timestamp,
) -> impl IntoView {
    let first = ratings.first().cloned()?;
    let names: Vec<String> = first.scores.iter().map(|rated| rated.activity.clone()).collect();
    let sessions: Vec<Session> = sessions.into_iter().filter(|session| session.at >= started_at).collect();
    let times = ratings.iter().map(|rating| rating.at).chain(sessions.iter().map(|session| session.at));
    let (from, to) = (times.clone().min().unwrap_or(first.at), times.clone().max().unwrap_or(first.at));
    let with_year = years_differ(times);
    let x = move |at: Timestamp| {
        let span = WIDTH - LEFT - RIGHT - 10;
        if to > from {
            LEFT + 5 + (span as u128 * u128::from(at - from) / u128::from(to - from)) as u64
        } else {
            LEFT + 5 + span / 2
        }
    };
    let score_of = |rating: &AbilityRating, name: &str| rating.scores.iter().find(|rated| rated.activity == name).map(|rated| rated.score);

    let mut sentence: Vec<String> = names
        .iter()
        .map(|name| {
            let scores: Vec<String> =
                ratings.iter().filter_map(|rating| Some(format!("{} on {}", score_of(rating, name)?, day(rating.at, with_year)))).collect();
            ratings_sentence(name, &and_list(&scores))
        })
        .collect();
    let pains: Vec<String> = sessions.iter().map(|session| format!("{} on {}", session.pain_during, day(session.at, with_year))).collect();
    let pain_words = if pains.is_empty() { NO_SESSIONS_YET.to_string() } else { and_list(&pains) };
    sentence.push(ratings_sentence(PAIN_KEY, &pain_words));
    let label = format!("{OVER_TIME_CAPTION}. {}.", sentence.join("; "));

    let pain_before = pain_before_each_rating(started_at, &ratings, &sessions);
    let dash = || NOT_YET_ASKED.to_string();

    Some(view! {
        <figure class="pain-chart abilities-chart">
            <figcaption>{OVER_TIME_CAPTION}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="chart">
                <text class="chart-label chart-part" x=LEFT y=RATINGS_TOP - 10>{CHART_RATINGS}</text>
                {[0u8, 5, 10].into_iter().map(|level| view! {
                    <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=ratings_y(level) y2=ratings_y(level)></line>
                    <text class="chart-label" x=LEFT - 6 y=ratings_y(level) + 4 text-anchor="end">{level.to_string()}</text>
                }).collect_view()}
                {names.iter().enumerate().map(|(series, name)| {
                    let points: Vec<(u64, u64)> = ratings.iter().filter_map(|rating| Some((x(rating.at), ratings_y(score_of(rating, name)?)))).collect();
                    let line = points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ");
                    view! {
                        <g class=format!("ability-{series}") data-series=series>
                            <polyline class="ability-line" points=line></polyline>
                            {points.into_iter().map(|(x, y)| mark(series, x, y)).collect_view()}
                        </g>
                    }
                }).collect_view()}
                <text class="chart-label chart-part" x=LEFT y=PAIN_TOP - 12>{CHART_PAIN}</text>
                {[0u8, 10].into_iter().map(|level| view! {
                    <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=pain_y(level) y2=pain_y(level)></line>
                    <text class="chart-label" x=LEFT - 6 y=pain_y(level) + 4 text-anchor="end">{level.to_string()}</text>
                }).collect_view()}
                {sessions.iter().map(|session| view! {
                    <circle class="chart-pain" cx=x(session.at) cy=pain_y(session.pain_during) r="3"></circle>
                }).collect_view()}
                <text class="chart-label" x=LEFT y=HEIGHT - 8 text-anchor="start">{day(from, with_year)}</text>
                {(to > from).then(|| view! { <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 8 text-anchor="end">{day(to, with_year)}</text> })}
            </svg>
            <ul class="chart-key">
                {names.iter().enumerate().map(|(series, name)| view! {
                    <li>
                        <svg class="key-mark" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true">
                            <g class=format!("ability-{series}")><line class="ability-line" x1="0" x2="28" y1="7" y2="7"></line>{mark(series, 14, 7)}</g>
                        </svg>
                        {name.clone()}
                    </li>
                }).collect_view()}
                <li>
                    <svg class="key-mark" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true"><circle class="chart-pain" cx="14" cy="7" r="3"></circle></svg>
                    {PAIN_KEY}
                </li>
            </ul>
            <p class="table-title" id="ratings-caption">{TABLE_CAPTION}</p>
            <div class="table-scroll" role="region" aria-labelledby="ratings-caption" tabindex="0">
                <table class="ratings-table" aria-labelledby="ratings-caption">
                    <thead>
                        <tr><td></td>{ratings.iter().map(|rating| view! { <th scope="col">{day(rating.at, with_year)}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {names.iter().map(|name| view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                {ratings.iter().map(|rating| view! { <td>{score_of(rating, name).map_or_else(dash, |score| score.to_string())}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                        <tr class="ratings-average">
                            <th scope="row">{TABLE_AVERAGE}</th>
                            {ratings.iter().map(|rating| view! { <td>{tenths_number(rating.mean_tenths())}</td> }).collect_view()}
                        </tr>
                        <tr>
                            <th scope="row">{TABLE_CHANGE}</th>
                            {ratings.iter().enumerate().map(|(index, rating)| {
                                let change = AbilityChange::between(&first, rating);
                                view! { <td>{if index == 0 { dash() } else { change_words(change.tenths) }}</td> }
                            }).collect_view()}
                        </tr>
                        <tr>
                            <th scope="row">{TABLE_REAL}</th>
                            {ratings.iter().enumerate().map(|(index, rating)| {
                                let change = AbilityChange::between(&first, rating);
                                view! { <td>{if index == 0 { dash() } else { real_change_words(change.tenths, change.real).to_string() }}</td> }
                            }).collect_view()}
                        </tr>
                        <tr>
                            <th scope="row">{TABLE_PAIN}</th>
                            {pain_before.into_iter().map(|pain| view! { <td>{pain.map_or_else(dash, tenths_number)}</td> }).collect_view()}
                        </tr>
                    </tbody>
                </table>
            </div>
            <p class="hint">{REAL_CHANGE.text}</p>
            <p class="basis">{REAL_CHANGE.source}</p>
            <p class="small">{RATE_AGAIN_EVERY}</p>
        </figure>
    })
}
