//! A button that shares a link (system share sheet on phones, clipboard elsewhere) and says, in a
//! live region, what happened. If neither works, it shows the link to copy by hand.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::share::{share_or_copy, Shared};

#[component]
pub fn ShareButton(
    label: &'static str,
    title: &'static str,
    /// Builds the link when the button is pressed, so it is always current.
    url: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let outcome = RwSignal::new(None::<(Shared, String)>);
    let on_click = move |_| {
        let link = url();
        spawn_local(async move {
            let result = share_or_copy(title, &link).await;
            outcome.set(Some((result, link)));
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button-secondary" on:click=on_click>{label}</button>
            <p class="share-status" role="status">
                {move || outcome.get().map(|(result, link)| match result {
                    Shared::Copied => view! { <span>"Link copied. You can paste it in a message or an email."</span> }.into_any(),
                    Shared::ByShareSheet => view! { <span></span> }.into_any(),
                    Shared::Failed => view! {
                        <label class="manual-copy">
                            "Copy this link:"
                            <input type="text" readonly value=link on:focus=|ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            }/>
                        </label>
                    }.into_any(),
                })}
            </p>
        </div>
    }
}
