//! The domain stays pure: nothing under src/assessment/ or src/content/ may use a web type, and
//! the domain does not reach up into the texts (content depends on assessment, never the reverse).

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "rs")).collect()
}

#[test]
fn assessment_and_content_have_no_web_dependency() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let forbidden = ["leptos", "web_sys", "wasm_bindgen", "gloo", "js_sys", "crate::ui", "crate::storage"];
    let mut checked = 0;
    for dir in ["assessment", "content"] {
        for file in rust_files(&root.join(dir)) {
            let source = fs::read_to_string(&file).unwrap();
            for word in forbidden {
                assert!(!source.contains(word), "{} mentions {word}", file.display());
            }
            if dir == "assessment" {
                assert!(!source.contains("crate::content"), "{} reads the content layer", file.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} files found: did the folders move?");
}

/// Inside src/ui the floors are: the data and the addresses (`state`, `route`) and the shared
/// parts at the bottom, the screens above them, the shell (`app`) on top. No file imports a floor
/// above its own, and `mod.rs` only lists the files.
#[test]
fn inside_the_ui_no_import_runs_back_up() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let module = fs::read_to_string(ui.join("mod.rs")).unwrap();
    for line in module.lines().filter(|line| !line.trim().is_empty()) {
        assert!(
            line.starts_with("//") || line.starts_with("mod ") || line.starts_with("pub mod ") || line.starts_with("pub use "),
            "mod.rs: {line}"
        );
    }
    let screens = ["about", "landing", "question", "results", "history", "your_data", "plan", "pain_chart", "share_button", "confirm"];
    for file in ["state.rs", "route.rs", "heading.rs", "form.rs", "dates.rs"] {
        let source = fs::read_to_string(ui.join(file)).unwrap();
        for screen in screens {
            for import in [format!("super::{screen}"), format!("ui::{screen}")] {
                assert!(!source.contains(&import), "{file} imports the screen {screen}");
            }
        }
    }
    let mut files = rust_files(&ui);
    files.extend(rust_files(&ui.join("plan")));
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if name == "mod.rs" || name == "app.rs" {
            continue;
        }
        let source = fs::read_to_string(&file).unwrap();
        for word in ["super::app", "ui::app", "use super::{", "use crate::ui::{"] {
            assert!(!source.contains(word), "{} reaches up with `{word}`", file.display());
        }
    }
}
