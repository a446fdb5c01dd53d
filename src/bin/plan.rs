//! The build with the exercise plan's screens: the whole app plus `ui::plan`. The loader
//! (`pattern_script` in Trunk.toml) opens it for plan addresses (#plan, #plan/new, #check-in), so
//! the first load, which is src/main.rs without them, stays small.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let root = document().get_element_by_id("app").expect("index.html has #app");
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), || view! { <backcheck::ui::App offline=true plan_screens=backcheck::ui::plan::screen/> })
        .forget();
}
