//! What a person can do again, on the plan page: the ratings due again (never in the way of a
//! session), the plan not getting better with the NHS's advice, and the ratings over time; or,
//! when none were named, a quiet offer to name them.

use leptos::prelude::*;

use crate::assessment::{first_rating, rating_again, Abilities, AbilityRating, NotBetter, RatingDue, Session, Timestamp};
use crate::content::abilities::{
    not_better_pain, not_better_ratings, not_better_text, rate_again_intro, rating_due_words, rating_problem, suggested_activities, CANCEL,
    NAME_LATER, NAME_LATER_INTRO, NAME_OPTIONAL, NAME_TITLE, NOT_BETTER, NOT_BETTER_TITLE, OVER_TIME_TITLE, RATE_AGAIN_NOT_BLOCKING,
    RATE_AGAIN_TITLE, RATE_LEGEND_HINT, RATINGS_SAVED, RATINGS_WORSE_TITLE, SAVE_NAMED, SAVE_RATINGS,
};
use crate::ui::ability_chart::AbilitiesOverTime;
use crate::ui::dates::{date, now};
use crate::ui::heading::focus_after_redraw;
use crate::ui::plan::abilities_form::{NameActivities, Naming, RateActivity};
use crate::ui::route::Screen;
use crate::ui::state::app_state;

/// After three weeks with neither the ratings nor the pain better: the NHS's advice, plainly.
#[component]
pub fn NotBetterCard(not_better: NotBetter, one_thing: bool, ended: bool) -> impl IntoView {
    let title = if not_better.ratings_worse { RATINGS_WORSE_TITLE } else { NOT_BETTER_TITLE };
    let text = not_better_text(&not_better, one_thing, ended);
    view! {
        <section class="not-better" aria-labelledby="not-better-title" data-advice="not-better">
            <h2 id="not-better-title">{title}</h2>
            <p>{text}</p>
            <p><a href=Screen::Summary.hash()>{crate::content::summary::OPEN}</a></p>
            {not_better.ratings.map(|(first, latest)| view! { <p class="small">{not_better_ratings(first, latest)}</p> })}
            {not_better.pain.map(|(first, latest)| view! { <p class="small">{not_better_pain(first, latest)}</p> })}
            <p class="basis">{NOT_BETTER.source}</p>
        </section>
    }
}

/// The activities named first, rated again. Saving says so where the ratings are shown.
#[component]
pub fn RateAgainCard(first: AbilityRating, due: RatingDue, saved: RwSignal<bool>) -> impl IntoView {
    let state = app_state();
    let scores = RwSignal::new(vec![None::<u8>; first.scores.len()]);
    let error = RwSignal::new(None::<&'static str>);
    let intro = rate_again_intro(&date(first.at));
    let names: Vec<String> = first.scores.iter().map(|rated| rated.activity.clone()).collect();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match rating_again(&first, &scores.get_untracked(), now()) {
            Ok(rating) => {
                error.set(None);
                saved.set(true);
                state.rate_abilities(rating);
                focus_after_redraw("#ratings-saved");
            }
            Err(problem) => error.set(Some(rating_problem(problem))),
        }
    };
    view! {
        <form class="rate-again no-print" novalidate on:submit=save aria-labelledby="rate-again-title">
            <h2 id="rate-again-title">{RATE_AGAIN_TITLE}</h2>
            <p>{rating_due_words(due.weeks, due.at_end)} " " {intro}</p>
            {(!due.at_end).then(|| view! { <p class="hint">{RATE_AGAIN_NOT_BLOCKING}</p> })}
            <p class="hint" id="rate-hint">{RATE_LEGEND_HINT}</p>
            {names.into_iter().enumerate().map(|(slot, name)| view! {
                <RateActivity group=slot name=name
                    score=Signal::derive(move || scores.with(|list| list.get(slot).copied().flatten()))
                    on_rate=move |score| scores.update(|list| if let Some(at) = list.get_mut(slot) { *at = Some(score); })/>
            }).collect_view()}
            <p class="error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button button-primary">{SAVE_RATINGS}</button>
        </form>
    }
}

/// The ratings over time with what a change means, and the ratings just saved; or, with none
/// named, the offer to name them.
#[component]
pub fn AbilitiesCard(abilities: Abilities, sessions: Vec<Session>, started_at: Timestamp, saved: RwSignal<bool>) -> impl IntoView {
    if abilities.ratings.is_empty() {
        return view! { <NameLater/> }.into_any();
    }
    view! {
        <section class="abilities" aria-labelledby="abilities-title">
            <h2 id="abilities-title" tabindex="-1">{OVER_TIME_TITLE}</h2>
            {move || saved.get().then(|| view! { <p class="notice notice-saved" role="status" id="ratings-saved" tabindex="-1">{RATINGS_SAVED}</p> })}
            <AbilitiesOverTime ratings=abilities.ratings sessions=sessions started_at=started_at/>
        </section>
    }
    .into_any()
}

/// A plan with no activities named (made before they were asked, or skipped): a quiet offer.
#[component]
fn NameLater() -> impl IntoView {
    let state = app_state();
    let open = RwSignal::new(false);
    let naming = Naming::new();
    let error = RwSignal::new(None::<&'static str>);
    let suggested = state.history.with_untracked(|history| history.latest().map(|check| suggested_activities(&check.answers)));
    let suggested = suggested.unwrap_or_else(|| state.answers.with_untracked(suggested_activities));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match first_rating(&naming.pairs(), now()) {
            Ok(rating) => {
                error.set(None);
                state.rate_abilities(rating);
                focus_after_redraw("#abilities-title");
            }
            Err(problem) => error.set(Some(rating_problem(problem))),
        }
    };
    view! {
        <Show when=move || open.get() fallback=move || view! {
            <section class="name-later no-print" aria-labelledby="name-later-title">
                <h2 id="name-later-title">{NAME_TITLE}</h2>
                <p>{NAME_LATER_INTRO}</p>
                <p class="hint">{NAME_OPTIONAL}</p>
                <button type="button" class="button button-secondary" id="name-later"
                    on:click=move |_| { open.set(true); focus_after_redraw("#name-title"); }>{NAME_LATER}</button>
            </section>
        }>
            <form class="name-later no-print" novalidate on:submit=save>
                <NameActivities suggested=suggested.clone() naming=naming/>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="button-row">
                    <button type="submit" class="button button-primary">{SAVE_NAMED}</button>
                    <button type="button" class="button button-secondary"
                        on:click=move |_| { open.set(false); focus_after_redraw("#name-later"); }>{CANCEL}</button>
                </div>
            </form>
        </Show>
    }
}
