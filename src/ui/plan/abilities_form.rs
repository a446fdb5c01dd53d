//! Naming the everyday activities a person's back makes hard and rating each from 0 to 10: offered
//! as buttons (the moves ticked in the check first) or typed, at most `MOST_HARD_ACTIVITIES`. Used
//! when a plan is made and on the plan page when none were named. Names are shown as text only.

use leptos::prelude::*;

use crate::assessment::{first_rating, RatingProblem, ABILITY_TOP, MOST_HARD_ACTIVITIES};
use crate::content::abilities::{
    rating_problem, ADD_ACTIVITY, NAME_INTRO, NAME_OPTIONAL, NAME_TITLE, PICK_SUGGESTED, RATE_EACH_TODAY, RATE_LEGEND_HINT,
    REMOVE_ACTIVITY, SCALE, SCORE_HIGH, SCORE_LOW, STAYS_HERE, TYPE_YOUR_OWN,
};
use crate::ui::dates::now;
use crate::ui::form::Choice;
use crate::ui::heading::focus_after_redraw;

/// One radio group for each activity's slot, as `Choice` takes a `&'static str` name.
const GROUPS: [&str; MOST_HARD_ACTIVITIES] = ["ability-0", "ability-1", "ability-2"];

/// The activities named so far, each in its slot (kept while others come and go, so its inputs
/// keep their ids), and their ratings by slot: apart, so rating one does not draw the list again.
#[derive(Debug, Clone, Copy)]
pub struct Naming {
    names: RwSignal<Vec<(usize, String)>>,
    scores: RwSignal<[Option<u8>; MOST_HARD_ACTIVITIES]>,
}

impl Naming {
    pub fn new() -> Naming {
        Naming { names: RwSignal::new(Vec::new()), scores: RwSignal::new([None; MOST_HARD_ACTIVITIES]) }
    }

    /// The names and scores, as `first_rating` takes them.
    pub fn pairs(&self) -> Vec<(String, Option<u8>)> {
        let scores = self.scores.get_untracked();
        self.names.get_untracked().into_iter().map(|(slot, name)| (name, scores[slot])).collect()
    }
}

/// What is wrong with `named` as it stands, but for ratings not given yet (`first_rating`'s rules).
fn naming_problem(named: &[(String, Option<u8>)]) -> Option<RatingProblem> {
    let rated: Vec<(String, Option<u8>)> = named.iter().map(|(name, _)| (name.clone(), Some(0))).collect();
    first_rating(&rated, now()).err()
}

/// One activity's rating, 0 to 10, with the scale's two ends written under it.
#[component]
pub fn RateActivity(
    /// Which radio group (0 to 2): the activity's slot.
    group: usize,
    name: String,
    #[prop(into)] score: Signal<Option<u8>>,
    #[prop(into)] on_rate: Callback<u8>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let group = GROUPS[group.min(MOST_HARD_ACTIVITIES - 1)];
    view! {
        <fieldset class="rate-activity" aria-describedby="rate-hint">
            <legend class="part-prompt">{name}</legend>
            <div class="choices choices-scale">
                {(0u8..=ABILITY_TOP).map(|n| view! {
                    <Choice id=format!("{group}-{n}") name=group checked=Signal::derive(move || score.get() == Some(n)) on_pick=move || on_rate.run(n)>
                        {n.to_string()}
                    </Choice>
                }).collect_view()}
            </div>
            <p class="scale-labels" aria-hidden="true"><span>{SCORE_LOW}</span><span>{SCORE_HIGH}</span></p>
            {children.map(|children| children())}
        </fieldset>
    }
}

/// The activities offered, the field to type one's own, and each one named with its rating and
/// Remove; a name that cannot be added says why (`rating_problem`).
#[component]
pub fn NameActivities(suggested: Vec<&'static str>, naming: Naming) -> impl IntoView {
    let Naming { names, scores } = naming;
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let slot_of = move |name: &str| {
        names.with(|list| list.iter().find(|(_, named)| named.to_lowercase() == name.to_lowercase()).map(|(slot, _)| *slot))
    };
    // Adds a name if the domain's rules allow it with the others; says why not otherwise.
    let add = move |name: String| -> bool {
        let trimmed = name.trim().to_string();
        if trimmed.is_empty() {
            problem.set(None);
            return false;
        }
        let mut pairs = naming.pairs();
        pairs.push((trimmed.clone(), None));
        if let Some(wrong) = naming_problem(&pairs) {
            problem.set(Some(rating_problem(wrong)));
            return false;
        }
        problem.set(None);
        let slot =
            names.with_untracked(|list| (0..MOST_HARD_ACTIVITIES).find(|slot| list.iter().all(|(s, _)| s != slot)).unwrap_or_default());
        scores.update(|scores| scores[slot] = None);
        names.update(|list| list.push((slot, trimmed)));
        true
    };
    let remove = move |slot: usize| {
        problem.set(None);
        names.update(|list| list.retain(|(s, _)| *s != slot));
    };
    let add_typed = move || {
        if add(typed.get_untracked()) {
            typed.set(String::new());
        }
    };
    view! {
        <section class="name-activities" aria-labelledby="name-title">
            <h2 id="name-title" tabindex="-1">{NAME_TITLE}</h2>
            <p>{NAME_INTRO}</p>
            <p class="hint">{NAME_OPTIONAL}</p>
            <p class="hint" id="suggested-label">{PICK_SUGGESTED}</p>
            <div class="suggestions" role="group" aria-labelledby="suggested-label">
                {suggested.into_iter().map(|name| view! {
                    <button type="button" class="button button-quiet suggestion"
                        aria-pressed=move || if slot_of(name).is_some() { "true" } else { "false" }
                        on:click=move |_| match slot_of(name) {
                            Some(slot) => remove(slot),
                            None => drop(add(name.to_string())),
                        }>
                        {name}
                    </button>
                }).collect_view()}
            </div>
            <div class="own-activity">
                <label for="own-activity">{TYPE_YOUR_OWN}</label>
                <div class="own-activity-row">
                    <input type="text" id="own-activity" autocomplete="off" aria-describedby="stays-here"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add_typed(); }/>
                    <button type="button" class="button button-secondary" on:click=move |_| add_typed()>{ADD_ACTIVITY}</button>
                </div>
                <p class="hint" id="stays-here">{STAYS_HERE}</p>
            </div>
            <p class="error" role="alert">{move || problem.get()}</p>
            // Drawn again only when a name comes or goes; a rating changes only its own radio buttons.
            {move || {
                let list = names.get();
                (!list.is_empty()).then(|| view! {
                    <h3>{RATE_EACH_TODAY}</h3>
                    <p class="hint" id="rate-hint">{RATE_LEGEND_HINT}</p>
                    {list.into_iter().map(|(slot, name)| view! {
                        <RateActivity group=slot name=name.clone()
                            score=Signal::derive(move || scores.with(|scores| scores[slot]))
                            on_rate=move |score| scores.update(|scores| scores[slot] = Some(score))>
                            <button type="button" class="button button-quiet remove-activity" on:click=move |_| { remove(slot); focus_after_redraw("#own-activity"); }>
                                {REMOVE_ACTIVITY} <span class="visually-hidden">{format!(" {name}")}</span>
                            </button>
                        </RateActivity>
                    }).collect_view()}
                })
            }}
            <p class="hint">{SCALE.text}</p>
            <p class="basis">{SCALE.source}</p>
        </section>
    }
}
