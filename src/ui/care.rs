//! Where to get care, on every screen that says to: tap-to-call numbers and the NHS's three
//! tiers (the results, the plan and the check-in show them).

use leptos::prelude::*;

use crate::content::triage::{safety_net_signs, safety_net_urgent_signs, Phone, EMERGENCY_PHONES, SAFETY_NET, URGENT_ADVICE_PHONES};

/// Tap-to-call links, each with the country its number works in.
#[component]
pub fn CallLinks(phones: &'static [Phone]) -> impl IntoView {
    view! {
        <p class="call-links">
            {phones.iter().map(|phone| view! {
                <a class="button button-call" href=format!("tel:{}", phone.number)>
                    "Call " {phone.number} " (" {phone.place} ")"
                </a>
            }).collect_view()}
        </p>
    }
}

/// The NHS's three tiers (call now, get advice today, see a GP): on every result but the
/// emergency one (which already says to get help now) and on the plan, on screen and in print.
#[component]
pub fn SafetyNetBlock(
    /// Said they are pregnant: the same-day tier adds the midwife or maternity unit.
    #[prop(optional)]
    pregnant: bool,
) -> impl IntoView {
    view! {
        <section class="safety-net" aria-labelledby="safety-net-title">
            <h2 id="safety-net-title">{SAFETY_NET.title}</h2>
            <p>{SAFETY_NET.emergency}</p>
            <ul>{safety_net_signs().map(|sign| view! { <li>{sign}</li> }).collect_view()}</ul>
            <CallLinks phones=EMERGENCY_PHONES/>
            <p>{SAFETY_NET.urgent}</p>
            <ul>{safety_net_urgent_signs().map(|sign| view! { <li>{sign}</li> }).collect_view()}</ul>
            {pregnant.then(|| view! { <p>{SAFETY_NET.urgent_if_pregnant}</p> })}
            <CallLinks phones=URGENT_ADVICE_PHONES/>
            <p>{SAFETY_NET.see_a_doctor}</p>
            <p class="basis">{SAFETY_NET.basis}</p>
        </section>
    }
}
