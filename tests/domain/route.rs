//! The plan's addresses are named in three files: src/ui/route.rs (`Screen`), Trunk.toml's loader
//! and index.html's boot script. They must agree, or a plan address opens the wrong build.

use backcheck::ui::{second_build_pattern, Screen, SECOND_BUILD_ADDRESSES};

fn read(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

#[test]
fn the_loader_and_the_boot_script_open_the_plan_build_for_exactly_the_plan_screens() {
    let pattern = second_build_pattern();
    assert_eq!(pattern, r"/^#(plan|plan\/new|check-in|data|about|progress)$/");
    for file in ["Trunk.toml", "index.html"] {
        assert!(read(file).contains(&pattern), "{file} does not test {pattern}");
    }
    for address in SECOND_BUILD_ADDRESSES {
        let screen = Screen::from_hash(&format!("#{address}"));
        assert!(screen.in_second_build(), "#{address} is {screen:?}");
        assert_eq!(screen.hash(), format!("#{address}"));
    }
    for screen in
        [Screen::Landing, Screen::Results, Screen::Question("pain-now"), Screen::PastResults(1), Screen::SharedResults("2.AB".into())]
    {
        assert!(!screen.in_second_build(), "{screen:?}");
    }
}
