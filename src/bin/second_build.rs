//! The second build: the whole app plus the screens most visits never open (`Screen::in_second_build`,
//! mounted by `ui::second_build`). The loader (`pattern_script` in Trunk.toml) opens it for their
//! addresses, so the first load, which is src/main.rs without them, stays small.

fn main() {
    backcheck::ui::mount(Some(backcheck::ui::second_build::screen));
}
