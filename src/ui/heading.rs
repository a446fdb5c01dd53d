//! What every screen does as it opens: name the tab and put focus on its heading.

use leptos::prelude::*;

/// The tab's title, which screen readers announce and the history list shows.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Names the tab and gives the heading to focus when the screen mounts (screen readers start there).
pub fn screen_heading(title: &str) -> NodeRef<leptos::html::H1> {
    set_title(title);
    focused_heading()
}

/// A heading focused when it mounts, for screens whose title is set as it changes.
pub fn focused_heading() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    heading.on_load(|heading| {
        let _ = heading.focus();
    });
    heading
}
