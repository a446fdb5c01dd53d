/// The first-load build: the app without the exercise plan's screens (see src/bin/plan.rs).
fn main() {
    backcheck::ui::mount(None);
}
