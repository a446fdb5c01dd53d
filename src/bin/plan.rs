//! The build with the exercise plan's screens: the whole app plus `ui::plan`. The loader
//! (`pattern_script` in Trunk.toml) opens it for plan addresses (#plan, #plan/new, #check-in), so
//! the first load, which is src/main.rs without them, stays small.

fn main() {
    backcheck::ui::mount(Some(backcheck::ui::plan::screen));
}
