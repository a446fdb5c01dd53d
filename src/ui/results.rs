//! The results: the triage outcome first, then the guidance cards, then what is already right.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::care::{CallLinks, SafetyNetBlock};
use super::dates::date_time;
use super::heading::{focused_heading, set_title};
use super::route::{go, Screen};
use super::share_button::ShareButton;
use super::state::app_state;
use crate::assessment::{
    answered_first_safety_check, evaluate, infection_signs, path, relevant_answers, Answers, Card, Finding, GuidanceId, Outcome,
    Professional, Reason, Stance, Timestamp,
};
use crate::content::guidance::guidance_text;
use crate::content::plan::check_first;
use crate::content::source::{ARTICLE, DISCLAIMER};
use crate::content::triage::{
    triage_actions, triage_basis, triage_text, EMERGENCY_PHONES, FIRST_SAFETY_CHECK_NOTE, INFECTION_SIGNS, INFECTION_SIGNS_BASIS,
    PREGNANCY_EMERGENCY_SIGNS, PREGNANCY_EMERGENCY_TITLE, PREGNANCY_TITLE, PREGNANCY_URGENT_BASIS, PREGNANCY_URGENT_SIGNS,
    PREGNANCY_URGENT_TITLE, URGENT_ADVICE_PHONES,
};
use crate::share::results_url;

/// How many changes "Your next steps" names: the ones that matter most for this person.
const NEXT_STEPS: usize = 3;

/// The answers people most want to see again, at the top of the results.
const SUMMARY_QUESTIONS: &[&str] = &["pain-now", "pain-worst-week", "pain-duration", "leg-pain"];

/// Whose results these are, which decides what can be done with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// The person's current check: answers can be changed.
    #[default]
    Current,
    /// One of the person's finished checks from the history, read-only.
    Past(Timestamp),
    /// Someone else's, from a share link: read-only, and the person's own answers are left alone.
    Shared,
}

#[component]
pub fn Results(
    /// The answers to show.
    answers: Answers,
    #[prop(optional)] kind: Kind,
) -> impl IntoView {
    let state = app_state();
    let recorded_as = state.recorded_as;
    let report = evaluate(&answers);
    let outcome = report.triage.outcome;
    let infection = outcome == Outcome::Urgent && infection_signs(&relevant_answers(&answers));
    let first_safety_check = answered_first_safety_check(&answers);
    let pregnant = report.triage.pregnant;
    let text = triage_text(&report.triage);
    let actions = triage_actions(&report.triage);
    let professional = report.triage.professional();
    let basis = triage_basis(&report.triage);

    let heading = focused_heading();

    let (advice, already_right): (Vec<Card>, Vec<Card>) = report.cards.into_iter().partition(|card| card.stance == Stance::Advice);
    let last_question = path(&answers).last().map(|q| q.id);
    let change_answers = move |_| go(last_question.map_or(Screen::Landing, Screen::Question));
    let share_code = answers.clone();
    let print = move |_| {
        let _ = window().print();
    };

    set_title(&format!("Your results: {} - Backcheck", text.title));
    view! {
        <main id="main" class="screen results">
            // Printed at the foot of every page: whose check, from when, and where to find it again.
            <p class="print-header" aria-hidden="true">
                "Backcheck · "
                {move || match kind {
                    Kind::Past(at) => format!("Check of {}", date_time(at)),
                    Kind::Current => recorded_as.get().map_or_else(|| "Check in progress".to_string(), |at| format!("Check of {}", date_time(at))),
                    Kind::Shared => "Shared results".to_string(),
                }}
                " · " {window().location().href().unwrap_or_default()}
            </p>
            <h1 tabindex="-1" node_ref=heading>
                {match kind {
                    Kind::Current => "Your results".to_string(),
                    Kind::Past(at) => format!("Your check of {}", date_time(at)),
                    Kind::Shared => "Shared results".to_string(),
                }}
            </h1>
            {match kind {
                Kind::Current => None,
                Kind::Past(_) => Some("This is one of your past checks, kept on this device. You can read it, but not change it. The advice is what your answers then led to."),
                Kind::Shared => Some("Someone shared these results with you. You can read them, but not change them. Your own answers on this device are not affected."),
            }.map(|note| view! { <p class="notice shared-note">{note}</p> })}
            <section class=format!("triage triage-{}", outcome.id()) data-triage=outcome.id() aria-labelledby="triage-title">
                <h2 id="triage-title">{text.title}</h2>
                <p>{text.summary}</p>
                {(outcome == Outcome::Emergency).then(|| view! { <CallLinks phones=EMERGENCY_PHONES/> })}
                <ul class="actions">{actions.into_iter().map(|action| view! { <li>{action}</li> }).collect_view()}</ul>
                {(outcome == Outcome::Urgent).then(|| view! { <CallLinks phones=URGENT_ADVICE_PHONES/> })}
                {pregnant.then(|| view! {
                    <div class="pregnancy-signs">
                        <h3>{PREGNANCY_TITLE}</h3>
                        <p><strong>{PREGNANCY_EMERGENCY_TITLE}</strong></p>
                        <ul>{PREGNANCY_EMERGENCY_SIGNS.iter().map(|sign| view! { <li>{*sign}</li> }).collect_view()}</ul>
                        <CallLinks phones=EMERGENCY_PHONES/>
                        <p><strong>{PREGNANCY_URGENT_TITLE}</strong></p>
                        <ul>{PREGNANCY_URGENT_SIGNS.iter().map(|sign| view! { <li>{*sign}</li> }).collect_view()}</ul>
                        <p class="basis">{PREGNANCY_URGENT_BASIS}</p>
                    </div>
                })}
                {infection.then(|| view! { <p class="infection-signs"><strong>{INFECTION_SIGNS}</strong> " (" {INFECTION_SIGNS_BASIS} ")"</p> })}
                <Findings findings=report.triage.findings/>
                {basis.into_iter().map(|basis| view! { <p class="basis">{basis}</p> }).collect_view()}
            </section>
            {(!advice.is_empty()).then(|| view! {
                <NextSteps
                    cards=advice.iter().take(NEXT_STEPS).map(|card| card.id).collect()
                    plan=kind == Kind::Current && outcome.allows_exercise_guidance() && !app_state().storage_off
                />
            })}
            {(outcome != Outcome::Emergency).then(|| view! { <SafetyNetBlock pregnant=pregnant/> })}
            {first_safety_check.then(|| view! { <p class="notice first-safety-check">{FIRST_SAFETY_CHECK_NOTE}</p> })}
            <AnswerSummary answers=answers.clone()/>
            {(!advice.is_empty()).then(|| view! {
                <section class="guidance" aria-labelledby="tips-title">
                    <h2 id="tips-title">"Things to change"</h2>
                    {professional.map(|professional| view! { <p class="general-note">{check_first(professional).tips}</p> })}
                    <p class="fold-hint no-print">"Tap a tip to read it."</p>
                    {advice.into_iter().map(|card| view! { <GuidanceCard card=card/> }).collect_view()}
                </section>
            })}
            {(!already_right.is_empty()).then(|| view! {
                <section class="guidance already-right" aria-labelledby="right-title">
                    <h2 id="right-title">"Keep doing"</h2>
                    {already_right.into_iter().map(|card| view! { <GuidanceCard card=card/> }).collect_view()}
                </section>
            })}
            {(kind == Kind::Current && outcome.allows_exercise_guidance()).then(|| view! { <MakePlan professional=professional/> })}
            <aside class="disclaimer" aria-label="About this advice">
                <p>{DISCLAIMER}</p>
                <p>
                    "The exercise tips come from “" {ARTICLE.title} "” from the " {ARTICLE.author} " (" {ARTICLE.date}
                    "), written here in our own words."
                </p>
            </aside>
            {(kind != Kind::Shared).then(|| view! {
                <section class="share-results no-print" aria-labelledby="share-title">
                    <h2 id="share-title">"Share these results"</h2>
                    <p>
                        "You can make a link that opens these results on another phone or computer, to show a doctor or physiotherapist. "
                        "Your answers are kept inside the link. They are not sent to us, but anyone who has the link can see them."
                    </p>
                    <ShareButton
                        label="Make a link to these results"
                        title="My Backcheck results"
                        url=move || results_url(&window().location().href().unwrap_or_default(), &share_code)
                    />
                    <p><a href="#summary">{crate::content::summary::OPEN}</a></p>
                </section>
            })}
            <div class="button-row no-print">
                {match kind {
                    Kind::Current => view! {
                        <button type="button" class="button button-secondary" on:click=change_answers>"Change my answers"</button>
                        <button type="button" class="button button-secondary" on:click=print>"Print"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| state.start_new_check()>"Start a new check"</button>
                    }.into_any(),
                    Kind::Past(_) | Kind::Shared => view! {
                        <button type="button" class="button button-primary" on:click=move |_| go(Screen::Landing)>
                            {if kind == Kind::Shared { "Take the check yourself" } else { "Back to your checks" }}
                        </button>
                        <button type="button" class="button button-secondary" on:click=print>"Print"</button>
                    }.into_any(),
                }}
            </div>
        </main>
    }
}

/// From the results to a plan: for self-care results, and for see-a-professional results, where
/// the plan's first screen asks whether a professional has said exercise is fine.
#[component]
fn MakePlan(
    /// Whom the results say to see first, if anyone.
    professional: Option<Professional>,
) -> impl IntoView {
    let state = app_state();
    let has_plan = move || state.plan.read().is_some();
    if !state.storage_off {
        // A plan is on offer: its screens should open offline from now on.
        crate::offline::keep_second_build();
    }
    view! {
        <section class="make-plan no-print" aria-labelledby="make-plan-title">
            <h2 id="make-plan-title">"Build up step by step"</h2>
            <p>"Make a plan from these tips: a few activities on the days you choose, with how to do each, and a check-in after each session that tells you when to add more."</p>
            {professional.map(|professional| view! { <p>{check_first(professional).make_plan}</p> })}
            {if state.storage_off {
                // A plan lasts weeks: without saving it would be gone at the next visit.
                view! { <p class="notice notice-warning">"A plan needs this browser to save data, and saving is switched off here."</p> }.into_any()
            } else {
                view! {
                    <p class="button-row">
                        <button type="button" class="button button-primary" on:click=move |_| go(Screen::PlanNew)>"Make an exercise plan"</button>
                        {move || has_plan().then(|| view! {
                            <button type="button" class="button button-secondary" on:click=move |_| go(Screen::Plan)>"Open my plan"</button>
                        })}
                    </p>
                }.into_any()
            }}
        </section>
    }
}

/// The few changes that matter most, each a link that opens its tip below.
#[component]
fn NextSteps(
    cards: Vec<GuidanceId>,
    /// Whether these results allow a plan: it is then the last step, where a person looks first.
    plan: bool,
) -> impl IntoView {
    let state = app_state();
    let plan_step = move || {
        let (words, screen) = if state.plan.read().is_some() {
            ("Open your exercise plan", Screen::Plan)
        } else {
            ("Make an exercise plan from these tips", Screen::PlanNew)
        };
        view! {
            <li class="next-step-plan">
                <a href=screen.hash() on:click=move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); go(screen.clone()); }>{words}</a>
            </li>
        }
    };
    view! {
        <section class="next-steps" aria-labelledby="next-steps-title">
            <h2 id="next-steps-title">"Your next steps"</h2>
            <ol>
                {cards.into_iter().map(|id| {
                    let title = guidance_text(id).map_or(id, |text| text.title);
                    // The fragment names screens, so the link opens the tip in place instead.
                    let open = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        open_tip(id);
                    };
                    view! { <li><a href=format!("#tip-{id}") on:click=open>{title}</a></li> }
                }).collect_view()}
                {plan.then_some(plan_step)}
            </ol>
        </section>
    }
}

/// Unfolds a tip, brings it into view and moves focus to it, so keyboard and screen-reader users
/// land where they asked to go.
fn open_tip(id: &str) {
    let Some(card) = document().get_element_by_id(&format!("tip-{id}")) else { return };
    if let Some(details) = card.query_selector("details").ok().flatten() {
        let _ = details.set_attribute("open", "");
    }
    if let Some(summary) = card.query_selector("summary").ok().flatten() {
        let summary: web_sys::HtmlElement = summary.unchecked_into();
        let _ = summary.focus();
    }
    card.scroll_into_view();
}

/// "Because you answered": the answers that led to the result (the summary lists them too).
#[component]
pub fn Findings(findings: Vec<Finding>) -> impl IntoView {
    (!findings.is_empty()).then(|| {
        view! {
            <div class="because">
                <h3>"Because you answered"</h3>
                <ul>{findings.into_iter().map(|finding| view! { <ReasonItem reason=finding.reason/> }).collect_view()}</ul>
            </div>
        }
    })
}

#[component]
fn ReasonItem(reason: Reason) -> impl IntoView {
    view! { <li><span class="topic">{reason.topic} ": "</span>{reason.answer}</li> }
}

#[component]
fn AnswerSummary(answers: Answers) -> impl IntoView {
    let rows: Vec<(&'static str, String)> =
        SUMMARY_QUESTIONS.iter().filter_map(|id| Some((answers.question(id)?.topic, answers.describe(id)?))).collect();
    (!rows.is_empty()).then(|| {
        view! {
            <section class="summary" aria-labelledby="summary-title">
                <h2 id="summary-title">"Your pain in short"</h2>
                <dl>
                    {rows.into_iter().map(|(topic, answer)| view! { <div><dt>{topic}</dt><dd>{answer}</dd></div> }).collect_view()}
                </dl>
            </section>
        }
    })
}

#[component]
fn GuidanceCard(card: Card) -> impl IntoView {
    let text = guidance_text(card.id).expect("every rule has a text (tested)");
    let usual = match card.stance {
        Stance::Advice => text.advice,
        Stance::AlreadyRight => text.already_right,
    };
    let body = card.variant.and_then(|variant| text.variant(variant)).unwrap_or(usual);
    let notes: Vec<&'static str> = card.notes.iter().filter_map(|note| text.note(note)).collect();
    let stance = match card.stance {
        Stance::Advice => "advice",
        Stance::AlreadyRight => "already-right",
    };
    // Folded, so a phone shows the list of tips rather than ten screens of text; print unfolds them.
    view! {
        <article class="card" id=format!("tip-{}", card.id) data-guidance=card.id data-stance=stance>
            <details>
                <summary><h3>{text.title}</h3></summary>
                <p>{body}</p>
                {notes.into_iter().map(|note| view! { <p class="note">{note}</p> }).collect_view()}
                {(!card.reasons.is_empty()).then(|| view! {
                    <div class="why">
                        <h4>"Why you see this"</h4>
                        <ul>{card.reasons.into_iter().map(|reason| view! { <ReasonItem reason=reason/> }).collect_view()}</ul>
                    </div>
                })}
                <p class="source">"Source: " {text.article_point}</p>
            </details>
        </article>
    }
}
