//! The parts every form shares.

use leptos::prelude::*;

/// One radio button or tick box with its label: the big touch target every question uses.
#[component]
pub fn Choice(
    /// The input's id, which its label names.
    id: String,
    /// The group it belongs to.
    #[prop(optional)]
    name: Option<&'static str>,
    /// `"radio"` or `"checkbox"`.
    #[prop(default = "radio")]
    kind: &'static str,
    /// The value a form would send, where one is useful to read.
    #[prop(optional)]
    value: Option<&'static str>,
    /// For focusing this input (the first choice, after an error).
    #[prop(optional)]
    node_ref: NodeRef<leptos::html::Input>,
    /// Whether it is picked. A `Signal` and a `Callback`, not generic closures: measured, closures
    /// made the second build 2.6 KiB (brotli) larger, one copy of this component per use, and
    /// saved the first load only 0.2 KiB.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when the person picks (or unticks) it.
    #[prop(into)]
    on_pick: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="choice">
            <input type=kind id=id.clone() name=name value=value node_ref=node_ref prop:checked=checked on:change=move |_| on_pick.run(())/>
            <label for=id>{children()}</label>
        </div>
    }
}
