//! The next session: each activity's amount, why, its pain rule and how to do it, and the way to
//! log it; and every how-to on paper.

use leptos::prelude::*;

use crate::assessment::{NextStep, Plan, Zone};
use crate::content::plan::{activity, how_to, pain_rule_for, what_happened, why, why_for, Activity};
use crate::content::session as session_words;
use crate::ui::plan::{amount_words, label};
use crate::ui::route::{go, Screen};

/// When a session is due today, the way to follow it along (`#session`), or to go on with the one
/// begun: at the top of the plan's page, where a person opening it to exercise looks first.
#[component]
pub fn StartSession(
    /// This tab is part way through following today's session.
    begun: bool,
) -> impl IntoView {
    view! {
        <div class="start-session no-print">
            <p><button type="button" class="button button-primary follow-start" on:click=|_| go(Screen::Session)>
                {if begun { session_words::GO_ON } else { session_words::START }}
            </button></p>
            <p class="small">{session_words::START_HINT}</p>
        </div>
    }
}

/// The next session's amount for each activity, why, how to do it, and the way to log it.
#[component]
pub fn TodaysSession(steps: Vec<NextStep>, when: String) -> impl IntoView {
    view! {
        <section class="next-amounts" aria-labelledby="next-title">
            <h2 id="next-title">{format!("Your next session: {when}")}</h2>
            <ul class="plan-steps">
                {steps.into_iter().map(|step| {
                    let known = activity(&step.activity);
                    let reason = known.map_or_else(|| why(step.why), |activity| why_for(step.why, activity));
                    let happened = step.too_much.filter(|_| step.after == Some(Zone::Red)).map(what_happened);
                    let rule = known.map(pain_rule_for);
                    let how_to = known.map(|activity| view! { <HowTo activity=activity amount=step.amount/> });
                    view! {
                        <li data-activity=step.activity.clone() data-why=step.why.id()>
                            <p class="plan-amount"><strong>{label(&step.activity)} ": "</strong><span class="amount">{amount_words(&step.activity, step.amount)}</span></p>
                            <p>{happened.map(|words| words + " ")}{reason.text}</p>
                            <p class="basis">{reason.source}</p>
                            {rule.map(|rule| view! {
                                <p class="pain-rule"><strong>"When to stop: "</strong>{rule.text}</p>
                                <p class="basis">{rule.source}</p>
                            })}
                            {how_to}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="no-print"><button type="button" class="button button-primary" on:click=|_| go(Screen::CheckIn)>"Log a session"</button></p>
        </section>
    }
}

/// How to do one activity: its lines, and each named exercise with its steps and how many times.
#[component]
fn HowTo(activity: &'static Activity, amount: u16) -> impl IntoView {
    let how_to = how_to(activity.id)?;
    Some(view! {
        <details class="how-to">
            <summary>{format!("How to do it: {}", activity.label.to_lowercase())}</summary>
            {how_to.lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
            {(!how_to.exercises.is_empty()).then(|| view! {
                <ol class="exercises">
                    {how_to.exercises.iter().map(|exercise| view! {
                        <li class="exercise" data-exercise=exercise.id>
                            <h3>{exercise.name} <span class="exercise-times">{format!(": {} (at most {})", exercise.times_words(amount), exercise.times_words(exercise.most))}</span></h3>
                            <ol class="exercise-steps">{exercise.steps.iter().map(|step| view! { <li>{*step}</li> }).collect_view()}</ol>
                            <p class="exercise-feel">{exercise.feel}</p>
                        </li>
                    }).collect_view()}
                </ol>
            })}
            <p class="basis">{how_to.source}</p>
        </details>
    })
}

/// On paper only: every activity's how-to and its pain rule, for a physiotherapist to read.
#[component]
pub fn PrintedHowTos(plan: Plan) -> impl IntoView {
    view! {
        <section class="print-only printed-how-tos" aria-hidden="true">
            <h2>"How to do each activity"</h2>
            {plan.activities.iter().filter_map(|planned| Some((activity(&planned.activity)?, how_to(&planned.activity)?))).map(|(activity, how_to)| {
                let rule = pain_rule_for(activity);
                view! {
                    <h3>{activity.label}</h3>
                    {how_to.lines.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
                    {how_to.exercises.iter().map(|exercise| view! {
                        <p><strong>{exercise.name}</strong>{format!(" (at most {}). ", exercise.times_words(exercise.most))}{exercise.steps.join(" ")}" "{exercise.feel}</p>
                    }).collect_view()}
                    <p><strong>"When to stop: "</strong>{rule.text}</p>
                    <p class="basis">{rule.source}</p>
                }
            }).collect_view()}
        </section>
    }
}
