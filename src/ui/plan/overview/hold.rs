//! Why the plan is on hold, and what lifts the hold. No amounts, check-in or reminders meanwhile.

use leptos::prelude::*;

use crate::assessment::{Hold, Outcome, SeeProfessional};
use crate::content::plan::{
    see_professional as see_professional_text, GP_HOLD, GP_SAID_GO_ON, NEEDS_PROFESSIONAL_WORD, ON_HOLD, ON_HOLD_TITLE,
    PROFESSIONAL_SAID_GO_ON, SEE_PROFESSIONAL_HOLD, SIGN_HOLD_EMERGENCY, SIGN_HOLD_URGENT,
};
use crate::content::triage::{EMERGENCY_PHONES, URGENT_ADVICE_PHONES};
use crate::ui::care::CallLinks;
use crate::ui::dates::now;
use crate::ui::form::Choice;
use crate::ui::heading::focus_heading_after_redraw;
use crate::ui::route::{go, Screen};
use crate::ui::state::app_state;

#[component]
pub fn OnHold(hold: Hold) -> impl IntoView {
    let state = app_state();
    match hold {
        Hold::LatestCheck => {
            let latest = state.history.with_untracked(|history| history.latest().map(|check| check.completed_at));
            view! {
                <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-hold-title" data-hold="latest-check">
                    <h2 id="plan-hold-title">{ON_HOLD_TITLE}</h2>
                    <p>{ON_HOLD}</p>
                    {latest.map(|at| view! {
                        <p><button type="button" class="button button-primary" on:click=move |_| go(Screen::PastResults(at))>"See your latest results"</button></p>
                    })}
                </section>
            }
            .into_any()
        }
        Hold::SignAtCheckIn(outcome) => {
            let emergency = outcome == Outcome::Emergency;
            view! {
                <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-hold-title" data-hold=outcome.id()>
                    <h2 id="plan-hold-title">{ON_HOLD_TITLE}</h2>
                    <p>{if emergency { SIGN_HOLD_EMERGENCY } else { SIGN_HOLD_URGENT }}</p>
                    {if emergency { view! { <CallLinks phones=EMERGENCY_PHONES/> }.into_any() } else { view! { <CallLinks phones=URGENT_ADVICE_PHONES/> }.into_any() }}
                    <p><button type="button" class="button button-primary" on:click=move |_| state.start_new_check()>"Take the check again"</button></p>
                </section>
            }
            .into_any()
        }
        Hold::CheckSaysSeeProfessional => {
            view! { <ProfessionalWord title="Check with a professional" text=NEEDS_PROFESSIONAL_WORD source="" hold="check-says-see-professional" said=PROFESSIONAL_SAID_GO_ON waits=SEE_PROFESSIONAL_HOLD/> }
                .into_any()
        }
        Hold::SeeProfessional(reason) => {
            let text = see_professional_text(reason);
            // After severe pain the NHS says to see a GP, so the box asks for a GP's word.
            let (title, said, waits) = if matches!(reason, SeeProfessional::SeverePain(_)) {
                ("See a GP", GP_SAID_GO_ON, GP_HOLD)
            } else {
                ("See a professional", PROFESSIONAL_SAID_GO_ON, SEE_PROFESSIONAL_HOLD)
            };
            view! { <ProfessionalWord title=title text=text.text source=text.source hold="see-professional" said=said waits=waits/> }.into_any()
        }
    }
}

/// A hold lifted by a professional's word: why, and the box to say they told the person to go on.
#[component]
fn ProfessionalWord(
    title: &'static str,
    text: &'static str,
    source: &'static str,
    hold: &'static str,
    said: &'static str,
    waits: &'static str,
) -> impl IntoView {
    let state = app_state();
    let said_go_on = RwSignal::new(false);
    let error = RwSignal::new(false);
    let go_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if said_go_on.get_untracked() {
            state.note_professional_said_go_on(now());
            focus_heading_after_redraw();
        } else {
            error.set(true);
        }
    };
    view! {
        <section class="plan-warning plan-hold" role="alert" aria-labelledby="plan-warning-title" data-hold=hold>
            <h2 id="plan-warning-title">{title}</h2>
            <p>{text}</p>
            {(!source.is_empty()).then(|| view! { <p class="basis">{source}</p> })}
        </section>
        <form class="professional-word no-print" novalidate on:submit=go_on>
            <p>{waits}</p>
            <div class="choices">
                <Choice id="professional-go-on".to_string() kind="checkbox" checked=said_go_on on_pick=move || said_go_on.update(|ok| *ok = !*ok)>
                    {said}
                </Choice>
            </div>
            <p class="error" role="alert">{move || error.get().then_some(if said == GP_SAID_GO_ON { "Tick the box once a GP has told you to go on." } else { "Tick the box once a GP or physiotherapist has told you to go on." })}</p>
            <div class="button-row">
                <button type="submit" class="button button-primary">"Go on with my plan"</button>
                <button type="button" class="button button-secondary" on:click=move |_| state.start_new_check()>"Take the check again"</button>
            </div>
        </form>
    }
}
