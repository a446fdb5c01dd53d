//! The second build's records part: the whole app plus the screens about a person's data and
//! checks (`SecondBuild::Records` in src/ui/route.rs): their data, About, the pain chart and the
//! summary. The loader (`pattern_script` in Trunk.toml) opens it for their addresses, so the plan
//! part, opened every day, goes without them.

fn main() {
    backcheck::ui::mount(Some(backcheck::ui::second_build::records_screens));
}
