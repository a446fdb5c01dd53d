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

/// Each activity's mark, so the lines differ by more than colour: a circle, a square, a diamond;
/// `None` is a session's pain, a small dot.
fn mark(series: Option<usize>, x: u64, y: u64) -> AnyView {
    match series {
        None => view! { <circle class="chart-pain" cx=x cy=y r="3"></circle> }.into_any(),
        Some(0) => view! { <circle class="ability-mark" cx=x cy=y r="5"></circle> }.into_any(),
        Some(1) => view! { <rect class="ability-mark" x=x - 5 y=y - 5 width="10" height="10"></rect> }.into_any(),
        Some(_) => {
            view! { <polygon class="ability-mark" points=format!("{x},{} {},{y} {x},{} {},{y}", y - 6, x + 6, y + 6, x - 6)></polygon> }
                .into_any()
        }
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

    // The table: one row shape for every row, a column for each time the ratings were given.
    let dash = || NOT_YET_ASKED.to_string();
    let changes: Vec<Option<AbilityChange>> =
        ratings.iter().enumerate().map(|(index, rating)| (index > 0).then(|| AbilityChange::between(&first, rating))).collect();
    let mut rows: Vec<(String, Vec<String>)> = names
        .iter()
        .map(|name| {
            (name.clone(), ratings.iter().map(|rating| score_of(rating, name).map_or_else(dash, |score| score.to_string())).collect())
        })
        .collect();
    rows.push((TABLE_AVERAGE.to_string(), ratings.iter().map(|rating| tenths_number(rating.mean_tenths())).collect()));
    rows.push((
        TABLE_CHANGE.to_string(),
        changes.iter().map(|change| change.map_or_else(dash, |change| change_words(change.tenths))).collect(),
    ));
    rows.push((
        TABLE_REAL.to_string(),
        changes.iter().map(|change| change.map_or_else(dash, |change| real_change_words(change.tenths, change.real).to_string())).collect(),
    ));
    rows.push((
        TABLE_PAIN.to_string(),
        pain_before_each_rating(started_at, &ratings, &sessions).into_iter().map(|pain| pain.map_or_else(dash, tenths_number)).collect(),
    ));
    let dates: Vec<String> = ratings.iter().map(|rating| day(rating.at, with_year)).collect();
    let mut key: Vec<(Option<usize>, String)> = names.iter().cloned().enumerate().map(|(series, name)| (Some(series), name)).collect();
    key.push((None, PAIN_KEY.to_string()));

    Some(view! {
        <figure class="pain-chart abilities-chart">
            <figcaption>{OVER_TIME_CAPTION}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="chart">
                {[(RATINGS_TOP - 10, CHART_RATINGS), (PAIN_TOP - 12, CHART_PAIN)].map(|(y, part)| view! {
                    <text class="chart-label" x=LEFT y=y>{part}</text>
                })}
                {[(ratings_y(0), 0u8), (ratings_y(5), 5), (ratings_y(10), 10), (pain_y(0), 0), (pain_y(10), 10)].map(|(y, level)| view! {
                    <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=y y2=y></line>
                    <text class="chart-label" x=LEFT - 6 y=y + 4 text-anchor="end">{level.to_string()}</text>
                })}
                {names.iter().enumerate().map(|(series, name)| {
                    let points: Vec<(u64, u64)> = ratings.iter().filter_map(|rating| Some((x(rating.at), ratings_y(score_of(rating, name)?)))).collect();
                    let line = points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ");
                    view! {
                        <g class=format!("ability-{series}") data-series=series>
                            <polyline class="ability-line" points=line></polyline>
                            {points.into_iter().map(|(x, y)| mark(Some(series), x, y)).collect_view()}
                        </g>
                    }
                }).collect_view()}
                {sessions.iter().map(|session| mark(None, x(session.at), pain_y(session.pain_during))).collect_view()}
                <text class="chart-label" x=LEFT y=HEIGHT - 8 text-anchor="start">{day(from, with_year)}</text>
                {(to > from).then(|| view! { <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 8 text-anchor="end">{day(to, with_year)}</text> })}
            </svg>
            <ul class="chart-key">
                {key.into_iter().map(|(series, name)| view! {
                    <li>
                        <svg class="key-mark" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true">
                            <g class=series.map(|series| format!("ability-{series}"))>
                                {series.map(|_| view! { <line class="ability-line" x1="0" x2="28" y1="7" y2="7"></line> })}
                                {mark(series, 14, 7)}
                            </g>
                        </svg>
                        {name}
                    </li>
                }).collect_view()}
            </ul>
            <p class="table-title" id="ratings-caption">{TABLE_CAPTION}</p>
            <div class="table-scroll" role="region" aria-labelledby="ratings-caption" tabindex="0">
                <table class="ratings-table" aria-labelledby="ratings-caption">
                    <thead>
                        <tr><td></td>{dates.into_iter().map(|date| view! { <th scope="col">{date}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(head, cells)| view! {
                            <tr><th scope="row">{head}</th>{cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">{REAL_CHANGE.text}</p>
            <p class="basis">{REAL_CHANGE.source}</p>
            <p class="small">{RATE_AGAIN_EVERY}</p>
        </figure>
    })
}
