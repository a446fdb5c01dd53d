//! The summary for a GP or physiotherapist (`#summary`, in the second build): the latest check's
//! result and why, how the pain has gone, the plan with its pauses and holds, the sessions, pain
//! and everyday activities over time as a chart and tables, and the results link as a QR code
//! drawn here. What it lists is worked out in `assessment::summary`; its words are in
//! `content::summary`. Its styles (style/summary.css, on screen and on paper) are in this build
//! only: it adopts them while it is open, so the first load carries none of them.

use std::cell::RefCell;

use leptos::prelude::*;

use super::dates::{clock, date, date_time, day, now, years_differ};
use super::heading::screen_heading;
use super::pain_chart::{LEFT, TOP, WIDTH};
use super::results::Findings;
use super::route::{go, Screen};
use super::state::app_state;
use crate::assessment::{
    evaluate, position, summary, AbilityChange, AbilityRating, PainCourse, PastCheck, PlanEventKind, PlanSummary, Session, Stance,
    Timestamp,
};
use crate::content::guidance::guidance_text;
use crate::content::plan::measure;
use crate::content::summary as words;
use crate::content::triage::triage_text;
use crate::qr::qr_drawing;
use crate::share::results_url;

/// The summary's own styles, adopted by the document while the screen is open.
const STYLESHEET: &str = include_str!("../../style/summary.css");

thread_local! {
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// Adds the summary's styles to the page (a constructed stylesheet, which the page's CSP allows
/// as it allows the page's own), and takes them away when the screen closes, so its print rules
/// never reach another screen's paper.
fn adopt_stylesheet() {
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(STYLESHEET).is_err() {
        return;
    }
    let sheets = document().adopted_style_sheets();
    sheets.push(&sheet);
    document().set_adopted_style_sheets(&sheets);
    SHEET.with_borrow_mut(|kept| *kept = Some(sheet));
    on_cleanup(|| {
        let Some(sheet) = SHEET.with_borrow_mut(Option::take) else { return };
        let kept = document().adopted_style_sheets().filter(&mut |other, _, _| &other != AsRef::<wasm_bindgen::JsValue>::as_ref(&sheet));
        document().set_adopted_style_sheets(&kept);
    });
}

#[component]
pub fn Summary() -> impl IntoView {
    let state = app_state();
    let heading = screen_heading(&format!("{} - Backcheck", words::TITLE));
    adopt_stylesheet();
    let print = |_| {
        let _ = window().print();
    };
    let body = move || {
        let clock = clock();
        let made = date(now());
        let summary = state.history.with(|history| {
            state.plan_notes.with(|notes| summary(history, state.plan.read().as_ref(), &state.sessions.read(), notes, measure, &clock))
        });
        let covers = summary.covers.map(|(from, to)| (date(from), date(to)));
        // Dates in tables are short ("4 Nov") unless the summary spans years; the line above gives the years.
        let with_year = summary.covers.is_none_or(|(from, to)| years_differ([from, to]));
        let link = summary.latest.as_ref().map(|check| results_url(&window().location().href().unwrap_or_default(), &check.answers));
        view! {
            <p class="summary-made">{words::made_on(&made, covers)}</p>
            <p class="summary-private">{words::MADE_HERE}</p>
            // On paper the link and its code stand beside the check they open.
            {match (summary.latest.clone(), link) {
                (Some(check), Some(link)) => view! {
                    <div class="summary-top">
                        <LatestCheck check=check/>
                        <ResultsLink link=link/>
                    </div>
                }.into_any(),
                _ => view! { <p class="summary-none" data-none="check">{words::NO_CHECK}</p> }.into_any(),
            }}
            {summary.pain.clone().map(|course| view! { <PainSection course=course checks=summary.checks.clone() left_out=summary.checks_left_out with_year=with_year/> })}
            {match summary.plan.clone() {
                Some(plan) => view! {
                    <PlanSection plan=plan with_year=with_year/>
                    <OverTime plan=summary.plan.clone() checks=summary.checks.clone() with_year=with_year/>
                }.into_any(),
                None => view! {
                    <p class="summary-none" data-none="plan">{words::NO_PLAN}</p>
                    <OverTime plan=None checks=summary.checks.clone() with_year=with_year/>
                }.into_any(),
            }}
        }
    };
    view! {
        <main id="main" class="screen gp-summary">
            <h1 tabindex="-1" node_ref=heading>{words::TITLE}</h1>
            <p class="no-print">{words::INTRO}</p>
            {body}
            <div class="button-row no-print">
                <button type="button" class="button button-primary" on:click=print>{words::PRINT}</button>
                <button type="button" class="button button-secondary" on:click=|_| go(Screen::Landing)>{words::BACK}</button>
            </div>
        </main>
    }
}

/// The latest check: its result, why, the answers about the pain, and its first tips.
#[component]
fn LatestCheck(check: PastCheck) -> impl IntoView {
    let report = evaluate(&check.answers);
    let outcome = report.triage.outcome;
    let text = triage_text(&report.triage);
    let answers: Vec<(&'static str, String)> =
        words::KEY_ANSWERS.iter().filter_map(|id| Some((check.answers.question(id)?.topic, check.answers.describe(id)?))).collect();
    let tips: Vec<&'static str> = report
        .cards
        .iter()
        .filter(|card| card.stance == Stance::Advice)
        .take(words::TIPS_LISTED)
        .map(|card| guidance_text(card.id).map_or(card.id, |text| text.title))
        .collect();
    view! {
        <section class="summary-part summary-check" aria-labelledby="summary-check-title">
            <h2 id="summary-check-title">{words::LATEST_CHECK_TITLE}</h2>
            <p>{words::check_done_on(&date_time(check.completed_at))}</p>
            <div class=format!("summary-result triage-{}", outcome.id()) data-triage=outcome.id()>
                <p><strong>{text.title}</strong></p>
                <p>{text.summary}</p>
                <Findings findings=report.triage.findings/>
            </div>
            <dl class="summary-answers">
                {answers.into_iter().map(|(topic, answer)| view! { <div><dt>{topic}</dt><dd>{answer}</dd></div> }).collect_view()}
            </dl>
            {(!tips.is_empty()).then(|| view! {
                <h3>{words::TIPS_TITLE}</h3>
                <ul class="summary-tips">{tips.into_iter().map(|tip| view! { <li>{tip}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}

/// How long and how the pain has gone, and the checks as a table.
#[component]
fn PainSection(course: PainCourse, checks: Vec<PastCheck>, left_out: usize, with_year: bool) -> impl IntoView {
    let (first, latest) = (date(course.first), date(course.latest));
    let lasted = words::lasted(course.lasted_now.as_deref(), &latest, course.lasted_then.as_deref(), &first);
    let score = |pain: Option<u8>| pain.map_or_else(|| words::NOT_ASKED.to_string(), |pain| pain.to_string());
    view! {
        <section class="summary-part summary-pain" aria-labelledby="summary-pain-title">
            <h2 id="summary-pain-title">{words::PAIN_TITLE}</h2>
            <ul class="summary-facts">
                {lasted.map(|lasted| view! { <li>{lasted}</li> })}
                {course.course_now.as_deref().map(|now| view! { <li>{words::course(now)}</li> })}
                <li>{words::checks_kept(course.checks, &first)}</li>
                {course.changes.iter().map(|change| view! { <li>{words::pain_change(change.question, change.from, change.to)}</li> }).collect_view()}
            </ul>
            <table class="summary-table" data-table="checks">
                <caption>{words::CHECKS_CAPTION}</caption>
                <thead><tr>
                    <th scope="col">{words::COLUMN_DATE}</th>
                    <th scope="col">{words::COLUMN_RESULT}</th>
                    <th scope="col">{words::COLUMN_PAIN_NOW}</th>
                    <th scope="col">{words::COLUMN_WORST_PAIN}</th>
                </tr></thead>
                <tbody>
                    {checks.into_iter().map(|check| view! {
                        <tr>
                            <th scope="row">{day(check.completed_at, with_year)}</th>
                            <td>{words::result_name(check.outcome())}</td>
                            <td>{score(check.answers.scale("pain-now"))}</td>
                            <td>{score(check.answers.scale("pain-worst-week"))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(left_out > 0).then(|| view! { <p class="small">{words::left_out(left_out, "check", "checks")}</p> })}
        </section>
    }
}

/// The plan: when it began, where it is, its amounts, its pauses and holds, and its sessions.
#[component]
fn PlanSection(plan: PlanSummary, with_year: bool) -> impl IntoView {
    view! {
        <section class="summary-part summary-plan" aria-labelledby="summary-plan-title">
            <h2 id="summary-plan-title">{words::PLAN_TITLE}</h2>
            <p>
                {words::plan_started(&date(plan.started_at), plan.weeks_done, plan.weeks)} " "
                {words::plan_now(plan.status, plan.hold)}
                {plan.last_day.filter(|_| plan.status.week().is_some()).map(|last| format!(" {}", words::plan_ends(&date(day_start(last)))))}
            </p>
            <table class="summary-table" data-table="amounts">
                <caption>{words::AMOUNTS_CAPTION}</caption>
                <thead><tr>
                    <th scope="col">{words::COLUMN_ACTIVITY}</th>
                    <th scope="col">{words::COLUMN_FIRST_AMOUNT}</th>
                    <th scope="col">{words::COLUMN_AMOUNT_NOW}</th>
                </tr></thead>
                <tbody>
                    {plan.amounts.iter().map(|amount| view! {
                        <tr data-activity=amount.activity.clone()>
                            <th scope="row">{words::activity_name(&amount.activity)}</th>
                            <td>{words::amount(&amount.activity, amount.start)}</td>
                            <td>{words::amount(&amount.activity, amount.now)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h3>{words::EVENTS_CAPTION}</h3>
            {if plan.events.is_empty() {
                view! { <p>{words::NO_EVENTS}</p> }.into_any()
            } else {
                view! {
                    <ul class="summary-events">
                        {plan.events.iter().map(|event| {
                            let lasts = matches!(event.kind, PlanEventKind::Paused | PlanEventKind::Held(_));
                            let when = words::event_dates(&date(event.from), event.to.map(date).as_deref(), lasts);
                            view! { <li data-event=event_id(event.kind)><span class="summary-when">{when} ": "</span>{words::event_words(event.kind)}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Sessions sessions=plan.sessions.clone() columns=plan.columns.clone() left_out=plan.sessions_left_out count=plan.session_count with_year=with_year/>
        </section>
    }
}

/// The first moment of a plan day, for writing it as a date.
fn day_start(day: crate::assessment::Day) -> Timestamp {
    clock().start_of(day)
}

fn event_id(kind: PlanEventKind) -> &'static str {
    match kind {
        PlanEventKind::Paused => "paused",
        PlanEventKind::Held(_) => "held",
        PlanEventKind::FlareUp => "flare-up",
        PlanEventKind::ProfessionalSaidGoOn => "professional-said-go-on",
        PlanEventKind::Stopped => "stopped",
    }
}

#[component]
fn Sessions(sessions: Vec<Session>, columns: Vec<String>, left_out: usize, count: usize, with_year: bool) -> impl IntoView {
    view! {
        <h3 id="summary-sessions-title">{words::SESSIONS_TITLE}</h3>
        {if sessions.is_empty() {
            view! { <p>{words::NO_SESSIONS}</p> }.into_any()
        } else {
            view! {
                <p>{words::sessions_logged(count)} {(left_out > 0).then(|| format!(" {}", words::left_out(left_out, "session", "sessions")))}</p>
                <p class="small">{words::SESSIONS_KEY}</p>
                // A table as wide as the plan's activities: on a narrow phone it scrolls sideways by itself.
                <div class="summary-scroll" role="region" aria-labelledby="summary-sessions-title" tabindex="0">
                    <table class="summary-table summary-sessions" data-table="sessions">
                        <thead><tr>
                            <th scope="col">{words::COLUMN_DATE}</th>
                            {columns.iter().map(|id| view! { <th scope="col">{words::amount_column(id)}</th> }).collect_view()}
                            <th scope="col">{words::COLUMN_PAIN_DURING}</th>
                            <th scope="col">{words::COLUMN_NEXT_MORNING}</th>
                        </tr></thead>
                        <tbody>
                            {sessions.into_iter().map(|session| view! {
                                <tr>
                                    <th scope="row">{day(session.at, with_year)}</th>
                                    {columns.iter().map(|id| match session.amount_of(id) {
                                        Some(amount) => view! { <td class="summary-number">{words::amount_done(Some(amount))}</td> }.into_any(),
                                        None => view! {
                                            <td class="summary-number">
                                                <span aria-hidden="true">{words::NOT_DONE}</span>
                                                <span class="visually-hidden">{words::NOT_DONE_SPOKEN}</span>
                                            </td>
                                        }.into_any(),
                                    }).collect_view()}
                                    <td class="summary-number">{session.pain_during.to_string()}</td>
                                    <td>{words::next_morning(&session)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

// The chart, on the pain chart's scale: whole units only.
const HEIGHT: u64 = 190;
const RIGHT: u64 = 14;
const BOTTOM: u64 = 30;
const PLOT_HEIGHT: u64 = HEIGHT - TOP - BOTTOM;

/// Tenths of a point from 0 to 100, as a height on the chart.
fn y(tenths: i32) -> u64 {
    TOP + PLOT_HEIGHT * (100 - tenths.clamp(0, 100)) as u64 / 100
}

/// Pain at the checks and during sessions, and the activities' average rating, by date, with the
/// ratings of each activity as a table.
#[component]
fn OverTime(plan: Option<PlanSummary>, checks: Vec<PastCheck>, with_year: bool) -> impl IntoView {
    let check_points: Vec<(Timestamp, i32)> =
        checks.iter().filter_map(|check| Some((check.completed_at, i32::from(check.answers.scale("pain-now")?) * 10))).collect();
    let session_points: Vec<(Timestamp, i32)> =
        plan.iter().flat_map(|plan| &plan.sessions).map(|session| (session.at, i32::from(session.pain_during) * 10)).collect();
    let ratings: Vec<AbilityRating> = plan.as_ref().map(|plan| plan.ratings.clone()).unwrap_or_default();
    let rating_points: Vec<(Timestamp, i32)> = ratings.iter().map(|rating| (rating.at, rating.mean_tenths())).collect();
    let all: Vec<Timestamp> = check_points.iter().chain(&session_points).chain(&rating_points).map(|(at, _)| *at).collect();
    let (Some(&from), Some(&to)) = (all.iter().min(), all.iter().max()) else {
        return None;
    };
    let x = move |at: Timestamp| LEFT + position(at, from, to, WIDTH - LEFT - RIGHT);
    let label = words::chart_label(check_points.len(), session_points.len(), rating_points.len());
    let rating_line: String = rating_points.iter().map(|(at, tenths)| format!("{},{}", x(*at), y(*tenths))).collect::<Vec<_>>().join(" ");
    let change = plan.as_ref().and_then(|plan| plan.ability_change);
    let session_pain = plan.as_ref().and_then(|plan| plan.session_pain);
    let not_better = plan.as_ref().and_then(|plan| plan.not_better);
    let ratings_left_out = plan.as_ref().map_or(0, |plan| plan.ratings_left_out);
    Some(view! {
        <section class="summary-part summary-over-time" aria-labelledby="summary-over-time-title">
            <h2 id="summary-over-time-title">{words::OVER_TIME_TITLE}</h2>
            <div class="summary-over-time-body">
            <div>
            <figure class="summary-chart">
                <figcaption>{words::CHART_CAPTION}</figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="chart">
                    {[0, 50, 100].into_iter().map(|level| view! {
                        <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=y(level) y2=y(level)></line>
                        <text class="chart-label" x=LEFT - 8 y=y(level) + 5 text-anchor="end">{(level / 10).to_string()}</text>
                    }).collect_view()}
                    {(rating_points.len() > 1).then(|| view! { <polyline class="summary-rating-line" points=rating_line></polyline> })}
                    {rating_points.iter().map(|(at, tenths)| {
                        let (cx, cy) = (x(*at), y(*tenths));
                        view! { <path class="summary-rating" d=format!("M{cx} {}l6 6l-6 6l-6 -6z", cy - 6)></path> }
                    }).collect_view()}
                    {session_points.iter().map(|(at, tenths)| view! {
                        <circle class="summary-session" cx=x(*at) cy=y(*tenths) r="3.5"></circle>
                    }).collect_view()}
                    {check_points.iter().map(|(at, tenths)| view! {
                        <rect class="summary-check-point" x=x(*at) - 5 y=y(*tenths) - 5 width="10" height="10"></rect>
                    }).collect_view()}
                    <text class="chart-label" x=LEFT y=HEIGHT - 8 text-anchor="start">{day(from, with_year)}</text>
                    <text class="chart-label" x=WIDTH - RIGHT y=HEIGHT - 8 text-anchor="end">{day(to, with_year)}</text>
                </svg>
                <ul class="summary-legend">
                    {(!check_points.is_empty()).then(|| view! {
                        <li><svg viewBox="0 0 16 16" aria-hidden="true"><rect class="summary-check-point" x="3" y="3" width="10" height="10"></rect></svg>{words::LEGEND_CHECKS}</li>
                    })}
                    {(!session_points.is_empty()).then(|| view! {
                        <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="summary-session" cx="8" cy="8" r="3.5"></circle></svg>{words::LEGEND_SESSIONS}</li>
                    })}
                    {(!rating_points.is_empty()).then(|| view! {
                        <li><svg viewBox="0 0 16 16" aria-hidden="true"><path class="summary-rating" d="M8 2l6 6l-6 6l-6 -6z"></path></svg>{words::LEGEND_RATINGS}</li>
                    })}
                </ul>
            </figure>
            {session_pain.map(|(first, latest)| view! { <p>{words::session_pain(first, latest)}</p> })}
            {not_better.map(|seen| view! { <p class="summary-not-better" data-not-better="">{words::not_better(&seen)}</p> })}
            </div>
            // On paper the ratings stand beside the chart.
            <div>
                {plan.is_some().then(|| view! { <Ratings ratings=ratings change=change left_out=ratings_left_out with_year=with_year/> })}
            </div>
            </div>
        </section>
    })
}

/// Each activity's rating at each time, and the average, as a table; the change since the first.
/// The activities are named in a numbered list above it and numbered in its columns, so the table
/// stays narrow at 320 px however long the names typed.
#[component]
fn Ratings(ratings: Vec<AbilityRating>, change: Option<AbilityChange>, left_out: usize, with_year: bool) -> impl IntoView {
    let Some(first) = ratings.first().cloned() else {
        return view! { <p data-none="ratings">{words::NO_RATINGS}</p> }.into_any();
    };
    view! {
        <h3 id="summary-ratings-title">{words::RATINGS_CAPTION}</h3>
        <p class="small">{words::RATINGS_CREDIT}</p>
        // Typed by the person: always text, never markup.
        <ol class="summary-activities">{first.scores.iter().map(|rated| view! { <li>{rated.activity.clone()}</li> }).collect_view()}</ol>
        <table class="summary-table summary-ratings" data-table="ratings" aria-labelledby="summary-ratings-title">
            <thead><tr>
                <th scope="col">{words::COLUMN_DATE}</th>
                {first.scores.iter().enumerate().map(|(index, rated)| view! {
                    <th scope="col" class="summary-number">
                        <span aria-hidden="true">{(index + 1).to_string()}</span>
                        <span class="visually-hidden">{rated.activity.clone()}</span>
                    </th>
                }).collect_view()}
                <th scope="col" class="summary-number">{words::COLUMN_AVERAGE}</th>
            </tr></thead>
            <tbody>
                {ratings.iter().map(|rating| view! {
                    <tr>
                        <th scope="row">{day(rating.at, with_year)}</th>
                        {rating.scores.iter().map(|rated| view! { <td class="summary-number">{rated.score.to_string()}</td> }).collect_view()}
                        <td class="summary-number">{words::points(rating.mean_tenths())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {(left_out > 0).then(|| view! { <p class="small">{words::left_out(left_out, "rating", "ratings")}</p> })}
        // What a change means is in the credit above.
        {change.map(|change| view! { <p>{words::ability_change(change.tenths, change.real)}</p> })}
    }
    .into_any()
}

/// The results link as a QR code drawn here, with the link written out and what it carries.
#[component]
fn ResultsLink(link: String) -> impl IntoView {
    let drawing = qr_drawing(&link);
    view! {
        <section class="summary-part summary-link" aria-labelledby="summary-link-title">
            <h2 id="summary-link-title">{words::LINK_TITLE}</h2>
            <div class="summary-link-body">
                {match drawing {
                    // Black on white in every theme: scanners read dark modules on a light ground.
                    Some(drawing) => view! {
                        <svg class="summary-qr" viewBox=format!("0 0 {0} {0}", drawing.size) role="img" aria-label=words::QR_LABEL shape-rendering="crispEdges" data-version=drawing.version>
                            <rect width=drawing.size height=drawing.size fill="#fff"></rect>
                            <path d=drawing.path fill="#000"></path>
                        </svg>
                    }.into_any(),
                    None => view! { <p>{words::LINK_TOO_LONG}</p> }.into_any(),
                }}
                <div>
                    <p>{words::LINK_INTRO}</p>
                    <p class="summary-url"><a href=link.clone()>{link.clone()}</a></p>
                    <p>{words::LINK_CARRIES}</p>
                </div>
            </div>
        </section>
    }
}
