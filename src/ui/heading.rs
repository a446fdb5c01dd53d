//! What every screen does as it opens: name the tab and put focus on its heading.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::app_state;

/// The tab's title, which screen readers announce and the history list shows.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Names the tab and gives the heading to focus when the screen mounts (screen readers start there).
pub fn screen_heading(title: &str) -> NodeRef<leptos::html::H1> {
    set_title(title);
    focused_heading()
}

/// A heading focused when it mounts, for screens whose title is set as it changes; or the
/// element named by `AppState::focus_instead`, once.
pub fn focused_heading() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    let state = app_state();
    heading.on_load(move |heading| match state.take_focus_instead().and_then(|instead| document().get_element_by_id(&instead)) {
        Some(element) => drop(element.unchecked_into::<web_sys::HtmlElement>().focus()),
        None => drop(heading.focus()),
    });
    heading
}

/// After a change that redraws the screen under its heading (a pause, new days, a saved answer),
/// focus goes to the heading once the redraw is done, so keyboard and screen-reader users carry
/// on from the top of the new page, not from a button that is gone.
pub fn focus_heading_after_redraw() {
    focus_after_redraw("main h1");
}

/// Focus on what `selector` finds once the screen is redrawn: a form that opens in place of its
/// button, or the button again when it closes.
pub fn focus_after_redraw(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}
