//! The second build's plan part: the whole app plus the screens a person following the plan opens
//! every day (`SecondBuild::Plan` in src/ui/route.rs). The loader (`pattern_script` in Trunk.toml)
//! opens it for their addresses, so the first load, which is src/main.rs without them, stays small.

fn main() {
    backcheck::ui::mount(Some(backcheck::ui::second_build::plan_screens));
}
