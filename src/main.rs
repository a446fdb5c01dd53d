/// The first-load build: the app without the second build's screens (see src/bin/plan_build.rs and src/bin/records_build.rs).
fn main() {
    backcheck::ui::mount(None);
}
