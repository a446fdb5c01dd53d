//! The next morning's question about a session: the back pain compared with before it, with
//! normal muscle soreness said to be no worse.

use leptos::prelude::*;

use crate::assessment::{BackSince, NextDay, Session};
use crate::content::plan::{MORNING_HINT, MORNING_HINT_SOURCE, MORNING_LEGEND};
use crate::content::words::and_list;
use crate::ui::dates::date;
use crate::ui::form::Choice;
use crate::ui::heading::focus_heading_after_redraw as focus_heading;
use crate::ui::plan::label;
use crate::ui::state::app_state;

/// "walking, back stretches and tummy and back exercises"
fn session_words(session: &Session) -> String {
    let names: Vec<String> = session.done.iter().map(|done| label(&done.activity).to_lowercase()).collect();
    and_list(&names)
}

#[component]
pub fn NextMorning(session: Session) -> impl IntoView {
    let state = app_state();
    let back = RwSignal::new(None::<BackSince>);
    let error = RwSignal::new(false);
    let at = session.at;
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(back) = back.get_untracked() else {
            error.set(true);
            return;
        };
        state.answer_next_morning(at, NextDay::back_pain(back));
        focus_heading();
    };
    let back_words = |b: BackSince| match b {
        BackSince::Better => "Better",
        BackSince::Same => "About the same",
        BackSince::Worse => "Worse",
    };
    view! {
        <form class="next-morning no-print" novalidate on:submit=save aria-labelledby="morning-title">
            <h2 id="morning-title">{format!("How is your back the morning after your session on {} ({})?", date(session.at), session_words(&session))}</h2>
            <fieldset aria-describedby="morning-hint">
                <legend>{MORNING_LEGEND}</legend>
                <p class="hint" id="morning-hint">{MORNING_HINT}</p>
                <div class="choices">
                    {BackSince::ALL.into_iter().map(|value| view! {
                        <Choice id=format!("back-{}", value.id()) name="back" checked=Signal::derive(move || back.get() == Some(value)) on_pick=move || back.set(Some(value))>
                            {back_words(value)}
                        </Choice>
                    }).collect_view()}
                </div>
            </fieldset>
            <p class="basis">{MORNING_HINT_SOURCE}</p>
            <p class="error" role="alert">{move || error.get().then_some("Pick one answer.")}</p>
            <button type="submit" class="button button-primary">"Save"</button>
        </form>
    }
}
