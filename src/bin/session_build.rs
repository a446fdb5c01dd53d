//! The second build's session part: the whole app plus following a session along
//! (`SecondBuild::Session` in src/ui/route.rs). The loader (`pattern_script` in Trunk.toml) opens
//! it for `#session`, so the plan part, opened every day, stays within its budget.

fn main() {
    backcheck::ui::mount(Some(backcheck::ui::second_build::session_screens));
}
