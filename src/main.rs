/// The first-load build: the app without the second build's screens (see src/bin/second_build.rs).
fn main() {
    backcheck::ui::mount(None);
}
