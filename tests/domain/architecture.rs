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
