//! Choosing the plan's days and, if the person likes, a time: for a new plan and for a change.

use leptos::prelude::*;

use crate::assessment::{Weekday, WEEK_FROM_MONDAY};
use crate::content::plan::DAYS_HINT;
use crate::content::words::and_list;
use crate::ui::form::Choice;

pub const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// "Monday, Wednesday and Friday", Monday first.
pub fn days_in_words(days: &[Weekday]) -> String {
    let names: Vec<&str> = WEEK_FROM_MONDAY.iter().filter(|day| days.contains(day)).map(|day| DAY_NAMES[usize::from(*day)]).collect();
    and_list(&names)
}

/// "18:30" for minutes after midnight.
pub fn time_in_words(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[component]
pub fn DaysAndTime(days: RwSignal<Vec<Weekday>>, time: RwSignal<String>) -> impl IntoView {
    view! {
        <fieldset>
            <legend><h2>"Which days?"</h2></legend>
            <p class="hint">{DAYS_HINT}</p>
            <div class="choices choices-days">
                {WEEK_FROM_MONDAY.into_iter().map(|day| view! {
                    <Choice id=format!("day-{day}") name="plan-day" kind="checkbox"
                        checked=Signal::derive(move || days.read().contains(&day))
                        on_pick=move || days.update(|list| if let Some(at) = list.iter().position(|d| *d == day) { list.remove(at); } else { list.push(day); list.sort_unstable(); })>
                        {DAY_NAMES[usize::from(day)]}
                    </Choice>
                }).collect_view()}
            </div>
        </fieldset>
        <p class="amount-field">
            <label for="plan-time">"At what time? (if you like: your calendar reminds you 30 minutes before)"</label>
            <input type="time" id="plan-time" prop:value=move || time.get() on:input=move |ev| time.set(event_target_value(&ev))/>
        </p>
    }
}
