//! What every screen does as it opens: name the tab and put focus on its heading.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The tab's title, which screen readers announce and the history list shows.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Names the tab and gives the heading to focus when the screen mounts (screen readers start there).
pub fn screen_heading(title: &str) -> NodeRef<leptos::html::H1> {
    set_title(title);
    focused_heading()
}

thread_local! {
    static FOCUS_INSTEAD: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The next screen to mount puts focus on the element with this id instead of its heading: the
/// app taking over index.html's first question, where the person was on a choice.
pub fn focus_instead(id: String) {
    FOCUS_INSTEAD.set(id);
}

/// A heading focused when it mounts, for screens whose title is set as it changes.
pub fn focused_heading() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    heading.on_load(|heading| {
        let instead = FOCUS_INSTEAD.take();
        match document().get_element_by_id(&instead).filter(|_| !instead.is_empty()) {
            Some(element) => drop(element.unchecked_into::<web_sys::HtmlElement>().focus()),
            None => drop(heading.focus()),
        }
    });
    heading
}
