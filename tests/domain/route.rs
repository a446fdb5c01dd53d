//! Which screens the second build holds, and in which of its two parts, is one list,
//! `second_build!` in src/ui/route.rs. Trunk.toml's loader and index.html's boot script pick the
//! build by testing the address against each part's pattern, index.html says its
//! "Opening …" words before the app runs, and style/main.css shows those words: they must agree
//! with the list, or an address opens the wrong build or says the wrong thing. index.html's part
//! is made here: the test fails when it differs and prints the block to paste;
//! `BACKCHECK_WRITE_INDEX=1 cargo test --test domain route` writes it in.

use backcheck::ui::{second_build_choice, second_build_screens, Screen, SecondBuild};

fn path(file: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)
}

fn read(file: &str) -> String {
    std::fs::read_to_string(path(file)).unwrap()
}

#[test]
fn the_loader_and_the_boot_script_open_each_part_of_the_second_build_for_exactly_its_screens() {
    assert_eq!(SecondBuild::Plan.pattern(), r"/^#(plan|plan\/new|check-in)$/");
    assert_eq!(SecondBuild::Session.pattern(), r"/^#(session)$/");
    assert_eq!(SecondBuild::Records.pattern(), r"/^#(data|about|progress|summary)$/");
    let choice = second_build_choice();
    assert_eq!(
        choice,
        r#"/^#(plan|plan\/new|check-in)$/.test(location.hash) ? "plan" : /^#(session)$/.test(location.hash) ? "session" : /^#(data|about|progress|summary)$/.test(location.hash) ? "records" : """#
    );
    for file in ["Trunk.toml", "index.html"] {
        assert!(read(file).contains(&choice), "{file} does not choose the build by {choice}");
    }
    let loader = read("Trunk.toml");
    for part in SecondBuild::ALL {
        let name = part.name();
        let files = format!(r#"{name}: {{ js: "{{base}}backcheck-{name}.js", wasm: "{{base}}backcheck-{name}_bg.wasm" }}"#);
        assert!(loader.contains(&files), "Trunk.toml's loader does not name the {name} part's files: {files}");
        let binary = format!("name = \"backcheck-{name}\"");
        assert!(read("Cargo.toml").contains(&binary), "Cargo.toml has no binary for the {name} part");
        for address in part.addresses() {
            let screen = Screen::from_hash(&format!("#{address}"));
            assert_eq!(screen.second_build(), Some(part), "#{address} is {screen:?}");
            assert!(screen.in_second_build());
            assert_eq!(screen.hash(), format!("#{address}"));
        }
    }
    assert_eq!(
        SecondBuild::ALL.iter().map(|part| part.addresses().len()).sum::<usize>(),
        second_build_screens().count(),
        "every second-build screen is in one part"
    );
    for screen in
        [Screen::Landing, Screen::Results, Screen::Question("pain-now"), Screen::PastResults(1), Screen::SharedResults("2.AB".into())]
    {
        assert!(!screen.in_second_build(), "{screen:?}");
    }
}

/// A screen's address as a class name: `plan`, `plan-new`, `check-in`, …
fn slug(screen: &Screen) -> String {
    screen.hash().trim_start_matches('#').replace('/', "-")
}

/// The name of the words a second-build screen says while loading, for index.html's classes:
/// the slug of the first screen that says them, so screens that say the same share a paragraph.
fn opening_name(screen: &Screen) -> String {
    slug(&second_build_screens().find(|other| other.opening_words() == screen.opening_words()).unwrap())
}

/// index.html's boot script: the pattern, and the class each address puts on the page.
fn boot_script_lines() -> String {
    let classes: Vec<String> =
        second_build_screens().map(|screen| format!("\"{}\": \"opening-{}\"", screen.hash(), opening_name(&screen))).collect();
    format!(
        "      var second = {};\n      if (second) document.documentElement.classList.add({{ {} }}[location.hash]);\n",
        second_build_choice(),
        classes.join(", ")
    )
}

/// index.html's "Opening …" paragraphs, one for each distinct set of words.
fn opening_paragraphs() -> String {
    second_build_screens()
        .filter(|screen| opening_name(screen) == slug(screen))
        .map(|screen| format!("      <p class=\"{}-opening\" role=\"status\">{}</p>\n", slug(&screen), screen.opening_words().unwrap()))
        .collect()
}

const BOOT_START: &str = "      // tests/domain/route.rs writes these two lines from src/ui/route.rs.\n";
const BOOT_END: &str = "      var failed = false;";
const WORDS_START: &str =
    "      <!-- What a second-build address says while that build loads: made by tests/domain/route.rs from src/ui/route.rs. -->\n";
const WORDS_END: &str = "      <!-- End of the second build's words. -->";

/// The text between `start` and `end` in `page`, which `BACKCHECK_WRITE_INDEX=1` replaces with
/// `expected`. Returns the page, rewritten or not, and whether it held `expected`.
fn generated(page: String, start: &str, end: &str, expected: &str) -> (String, bool) {
    let from = page.find(start).unwrap_or_else(|| panic!("index.html lacks {start:?}")) + start.len();
    let to = page[from..].find(end).unwrap_or_else(|| panic!("index.html lacks {end:?}")) + from;
    if page[from..to] == *expected {
        return (page, true);
    }
    let write = std::env::var_os("BACKCHECK_WRITE_INDEX").is_some();
    (if write { format!("{}{expected}{}", &page[..from], &page[to..]) } else { page }, write)
}

#[test]
fn index_html_says_the_opening_words_of_the_second_build_screens_as_route_rs_says() {
    let page = read("index.html");
    let (page, boot_ok) = generated(page, BOOT_START, BOOT_END, &boot_script_lines());
    let (page, words_ok) = generated(page, WORDS_START, WORDS_END, &opening_paragraphs());
    if std::env::var_os("BACKCHECK_WRITE_INDEX").is_some() {
        std::fs::write(path("index.html"), page).unwrap();
    }
    let advice = "Run BACKCHECK_WRITE_INDEX=1 cargo test --test domain route, or paste";
    assert!(boot_ok, "index.html's boot script differs from src/ui/route.rs. {advice}:\n{}", boot_script_lines());
    assert!(words_ok, "index.html's opening words differ from src/ui/route.rs. {advice}:\n{}", opening_paragraphs());
}

#[test]
fn the_stylesheet_shows_each_opening_paragraph_for_its_address_alone() {
    let css = read("style/main.css");
    for screen in second_build_screens() {
        let name = opening_name(&screen);
        for rule in [
            format!(".opening-{name} #start main > :not(.{name}-opening):not(.load-problem)"),
            format!(".opening-{name} #start .{name}-opening"),
            format!(".load-failed #start .{name}-opening"),
        ] {
            assert!(css.contains(&rule), "style/main.css lacks `{rule}` for {}", screen.hash());
        }
    }
}
