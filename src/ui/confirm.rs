//! An inline "are you sure?" for actions that lose data. Inline rather than `window.confirm`, so
//! it reads in the app's own words and styles, and focus moves into it and back out predictably.

use leptos::prelude::*;

#[component]
pub fn Confirm(
    /// What will be lost, in plain words.
    question: String,
    confirm_label: &'static str,
    on_confirm: impl Fn() + Send + Sync + 'static,
    on_cancel: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    // Focus goes to the safe choice: Enter or a stray tap must never lose data.
    let cancel_button = NodeRef::<leptos::html::Button>::new();
    cancel_button.on_load(|button| {
        let _ = button.focus();
    });
    view! {
        <div class="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question" class="confirm-question">{question}</p>
            <div class="button-row">
                <button type="button" class="button button-secondary" node_ref=cancel_button on:click=move |_| on_cancel()>"Cancel"</button>
                <button type="button" class="button button-danger" on:click=move |_| on_confirm()>
                    {confirm_label}
                </button>
            </div>
        </div>
    }
}
