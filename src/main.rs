use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Replaces the placeholder first screen in index.html with the app.
fn main() {
    let root = document().get_element_by_id("app").expect("index.html has #app");
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), || view! { <backcheck::ui::App offline=true/> }).forget();
}
