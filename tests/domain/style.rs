//! The two stylesheets. Every page loads style/main.css; only the second build's addresses load
//! style/second-build.css (index.html's boot script adds it). So main.css holds what the first
//! build's screens use, and what only the second build's screens use goes in the second sheet:
//! the first load does not grow with them, and no first-build screen needs a rule the first load
//! lacks.
//!
//! Which files each build is made of comes from the import graph (architecture.rs), from
//! src/main.rs and from src/bin/plan_build.rs and src/bin/records_build.rs (the second build's two
//! parts); index.html belongs to the first. Which classes a
//! file gives elements comes from its views' `class=` values: a literal, `format!(…)` (`{}` stands
//! for any text: `day-{}` is every `day-…`), `if … { … } else { … }`, or the `let` that a bare name
//! comes from (`class=kind_class`); and in index.html from its `class` attributes and what its
//! scripts put in `classList.add(…)` and `className`. tests/e2e/plan.test.mjs checks the same in
//! the browser, on the first build's screens themselves.

use std::collections::{BTreeMap, BTreeSet};

use super::architecture::files_reached_from;

fn read(file: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Classes in the sources.

/// The text of each string literal in `text`, escapes left as written.
fn string_literals(text: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => literal.extend(chars.next()),
                '"' => break,
                _ => literal.push(c),
            }
        }
        literals.push(literal);
    }
    literals
}

/// The class names in a literal that reads as a class list ("week-day day-{}"): its words with
/// each `{…}` as `*`. Anything else (a sentence, an address) holds none.
fn class_words(literal: &str) -> Vec<String> {
    let words: Vec<String> = literal
        .split_whitespace()
        .map(|word| {
            let mut class = String::new();
            let mut in_braces = false;
            for c in word.chars() {
                match c {
                    '{' => {
                        in_braces = true;
                        class.push('*');
                    }
                    '}' => in_braces = false,
                    _ if !in_braces => class.push(c),
                    _ => {}
                }
            }
            class
        })
        .collect();
    let is_class = |word: &String| {
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '*')
    };
    if words.iter().all(is_class) {
        words
    } else {
        Vec::new()
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The index just past the bracketed group that opens at `at` (`(`, `[` or `{`), string literals
/// skipped.
fn past_group(chars: &[char], at: usize) -> usize {
    let mut depth = 0;
    let mut i = at;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.len()
}

/// The index just past an attribute's value that starts at `at`: a literal, a `{…}` block, an
/// `if … { … } else …`, or a path or call chain (`format!(…)`, `status.id()`, `kind_class`).
fn past_value(chars: &[char], at: usize) -> usize {
    let text_at = |i: usize, word: &str| chars[i.min(chars.len())..].iter().take(word.len()).copied().eq(word.chars());
    let skip_space = |mut i: usize| {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        i
    };
    match chars.get(at) {
        Some('"') => past_group_of_quotes(chars, at),
        Some('{') => past_group(chars, at),
        _ if text_at(at, "if ") => {
            let mut i = at;
            loop {
                while i < chars.len() && chars[i] != '{' {
                    i += 1;
                }
                i = skip_space(past_group(chars, i));
                if !text_at(i, "else") {
                    return i;
                }
                i = skip_space(i + "else".len());
                if !text_at(i, "if ") {
                    return past_group(chars, i);
                }
            }
        }
        _ => {
            let mut i = at;
            while i < chars.len() {
                match chars[i] {
                    c if is_name_char(c) || c == ':' || c == '.' || c == '!' => i += 1,
                    '(' | '[' => i = past_group(chars, i),
                    _ => break,
                }
            }
            i
        }
    }
}

fn past_group_of_quotes(chars: &[char], at: usize) -> usize {
    let mut i = at + 1;
    while i < chars.len() && chars[i] != '"' {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    i + 1
}

/// The statement `let <…name…> = …;` that binds `name` in `source`, from its `=` to its `;`.
fn binding_of<'a>(source: &'a str, name: &str) -> Option<&'a str> {
    source.match_indices("let ").find_map(|(at, _)| {
        let rest = &source[at + 4..];
        let equals = rest.find('=')?;
        let pattern = &rest[..equals];
        let binds = pattern.split(|c: char| !is_name_char(c)).any(|word| word == name);
        if !binds {
            return None;
        }
        let chars: Vec<char> = rest[equals..].chars().collect();
        let mut i = 0;
        while i < chars.len() && chars[i] != ';' {
            i = match chars[i] {
                '"' => past_group_of_quotes(&chars, i),
                '(' | '[' | '{' => past_group(&chars, i),
                _ => i + 1,
            };
        }
        let end = equals + chars[..i.min(chars.len())].iter().map(|c| c.len_utf8()).sum::<usize>();
        Some(&rest[equals..end])
    })
}

/// The class names (or `*` patterns) a Rust file's views give elements.
fn rust_classes(source: &str) -> BTreeSet<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut classes = BTreeSet::new();
    let text: String = chars.iter().collect();
    for (byte, _) in text.match_indices("class") {
        let at = text[..byte].chars().count();
        if at > 0 && (is_name_char(chars[at - 1]) || chars[at - 1] == '-') {
            continue;
        }
        let after = at + "class".len();
        match chars.get(after) {
            // `class:name=…`, Leptos' one-class form.
            Some(':') => {
                let name: String = chars[after + 1..].iter().take_while(|&&c| is_name_char(c) || c == '-').collect();
                classes.extend(class_words(&name));
            }
            Some('=') => {
                let end = past_value(&chars, after + 1);
                let value: String = chars[after + 1..end].iter().collect();
                let is_name = !value.is_empty() && value.chars().all(is_name_char) && !value.starts_with(|c: char| c.is_ascii_digit());
                let expression = if is_name { binding_of(source, &value).unwrap_or_default().to_string() } else { value };
                for literal in string_literals(&expression) {
                    classes.extend(class_words(&literal));
                }
            }
            _ => {}
        }
    }
    classes
}

/// The class names index.html gives elements: its `class` attributes, and what its scripts put
/// in `classList.add(…)` and `className`.
fn html_classes(html: &str) -> BTreeSet<String> {
    let chars: Vec<char> = html.chars().collect();
    let text: String = chars.iter().collect();
    let mut classes = BTreeSet::new();
    let mut add = |expression: String| {
        for literal in string_literals(&expression) {
            classes.extend(class_words(&literal));
        }
    };
    for (byte, _) in text.match_indices(" class=\"") {
        let at = text[..byte].chars().count() + " class=".len();
        add(chars[at..past_group_of_quotes(&chars, at)].iter().collect());
    }
    for (byte, _) in text.match_indices("classList.add(") {
        let at = text[..byte].chars().count() + "classList.add".len();
        add(chars[at..past_group(&chars, at)].iter().collect());
    }
    for (byte, _) in text.match_indices("className = \"") {
        let at = text[..byte].chars().count() + "className = ".len();
        add(chars[at..past_group_of_quotes(&chars, at)].iter().collect());
    }
    classes
}

/// Whether a class name from a view (`*` for any text) can be `class`.
fn matches(pattern: &str, class: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == class,
        Some((start, rest)) => {
            class.starts_with(start) && (0..=class.len() - start.len()).any(|skip| matches(rest, &class[start.len() + skip..]))
        }
    }
}

/// Every class name a set of files gives elements, with the files that give it.
fn classes_of(files: &BTreeSet<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut classes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let source = read(file);
        let found = if file.ends_with(".html") { html_classes(&source) } else { rust_classes(&source) };
        for class in found {
            classes.entry(class).or_default().insert(file.clone());
        }
    }
    classes
}

/// The files of the first load: what src/main.rs reaches, and index.html.
fn first_build() -> BTreeSet<String> {
    let mut files = files_reached_from("main");
    files.insert("index.html".to_string());
    files
}

/// The files of the second build: what its two parts, src/bin/plan_build.rs and
/// src/bin/records_build.rs, reach (the first build's screens among them: each shows them too),
/// and index.html. Both load style/second-build.css.
fn second_build() -> BTreeSet<String> {
    let mut files = files_reached_from("bin::plan_build");
    files.extend(files_reached_from("bin::session_build"));
    files.extend(files_reached_from("bin::records_build"));
    files.insert("index.html".to_string());
    files
}

/// Where `class` is given an element by `classes`, for messages: `triage-* in src/ui/results.rs`.
fn given_by(classes: &BTreeMap<String, BTreeSet<String>>, class: &str) -> Vec<String> {
    classes
        .iter()
        .filter(|(pattern, _)| matches(pattern, class))
        .map(|(pattern, files)| format!("{pattern} in {}", files.iter().cloned().collect::<Vec<_>>().join(", ")))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Classes in the stylesheets.

/// Each selector of a stylesheet (every rule's list, split at its commas), inside `@media` too;
/// other at-rules (`@page`) hold none.
fn selectors(css: &str) -> Vec<String> {
    let mut css = css.to_string();
    while let Some(start) = css.find("/*") {
        let end = css[start..].find("*/").map_or(css.len(), |end| start + end + 2);
        css.replace_range(start..end, " ");
    }
    fn walk(css: &str, out: &mut Vec<String>) {
        let chars: Vec<char> = css.chars().collect();
        let mut prelude = String::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '{' => {
                    let end = past_group(&chars, i);
                    let body: String = chars[i + 1..end - 1].iter().collect();
                    let head = prelude.trim();
                    if head.starts_with("@media") || head.starts_with("@supports") {
                        walk(&body, out);
                    } else if !head.starts_with('@') {
                        let mut depth = 0;
                        let mut selector = String::new();
                        for c in head.chars() {
                            match c {
                                '(' | '[' => depth += 1,
                                ')' | ']' => depth -= 1,
                                _ => {}
                            }
                            if c == ',' && depth == 0 {
                                out.push(selector.trim().to_string());
                                selector.clear();
                            } else {
                                selector.push(c);
                            }
                        }
                        out.push(selector.trim().to_string());
                    }
                    prelude.clear();
                    i = end;
                }
                ';' => {
                    prelude.clear();
                    i += 1;
                }
                c => {
                    prelude.push(c);
                    i += 1;
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&css, &mut out);
    out
}

/// The classes a selector names; `outside_not`: only those an element must have to match, not
/// those inside `:not(…)`.
fn selector_classes(selector: &str, outside_not: bool) -> BTreeSet<String> {
    let chars: Vec<char> = selector.chars().collect();
    let mut classes = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if outside_not && chars[i..].starts_with(&[':', 'n', 'o', 't', '(']) {
            i = past_group(&chars, i + 4);
        } else if chars[i] == '"' {
            i = past_group_of_quotes(&chars, i);
        } else if chars[i] == '.' {
            let class: String = chars[i + 1..].iter().take_while(|&&c| is_name_char(c) || c == '-').collect();
            i += 1 + class.chars().count();
            classes.insert(class);
        } else {
            i += 1;
        }
    }
    classes
}

fn sheet_classes(file: &str) -> BTreeSet<String> {
    selectors(&read(file)).iter().flat_map(|selector| selector_classes(selector, false)).collect()
}

// ---------------------------------------------------------------------------------------------
// The rules.

#[test]
fn the_builds_are_made_of_the_files_their_binaries_reach() {
    let first = first_build();
    let second = second_build();
    for file in ["src/main.rs", "src/ui/app.rs", "src/ui/landing.rs", "src/ui/question.rs", "src/ui/results.rs", "src/ui/history.rs"] {
        assert!(first.contains(file), "the first build should have {file}: {first:?}");
    }
    for file in ["src/ui/second_build.rs", "src/ui/plan/overview/week.rs", "src/ui/about.rs", "src/ui/your_data.rs", "src/ui/progress.rs"] {
        assert!(!first.contains(file), "the first build should not have {file}");
        assert!(second.contains(file), "the second build should have {file}: {second:?}");
    }
    assert!(
        first.iter().all(|file| file == "src/main.rs" || second.contains(file)),
        "the second build shows the first build's screens too"
    );
    let plan = files_reached_from("bin::plan_build");
    let records = files_reached_from("bin::records_build");
    for file in ["src/ui/plan/overview/week.rs", "src/ui/plan/new.rs"] {
        assert!(plan.contains(file), "the plan part should have {file}: {plan:?}");
    }
    for file in ["src/ui/summary.rs", "src/ui/your_data.rs", "src/ui/about.rs", "src/ui/progress.rs", "src/qr.rs"] {
        assert!(records.contains(file), "the records part should have {file}");
    }
}

#[test]
fn the_class_reader_reads_every_form_the_views_use() {
    let source = r#"
        fn f(status: Status, problem: bool) -> impl IntoView {
            let kind_class = match kind {
                Kind::Scale => "choices choices-scale",
                _ => "choices",
            };
            let (trend_class, trend_words) = match trend { Trend::Better => ("trend-better", "lower, better") };
            view! {
                <li class=format!("week-day day-{}", status.id()) data-status=status.id() aria-current="date">
                <span class=if problem { "status-problem" } else if late { "status-late" } else { "status-done" } role="status">
                <div class=kind_class><li class=trend_class><p class="lead small" title="Not a class">
                <p class:shown=move || true>
            }
        }
    "#;
    let classes: Vec<String> = rust_classes(source).into_iter().collect();
    assert_eq!(
        classes,
        [
            "choices",
            "choices-scale",
            "day-*",
            "lead",
            "shown",
            "small",
            "status-done",
            "status-late",
            "status-problem",
            "trend-better",
            "week-day"
        ]
    );
    let html = r##"<p class="notice notice-warning" role="alert"><script>el.classList.add({ "#a": "opening-a" }[h]); x.className = "topic";</script>"##;
    assert_eq!(html_classes(html).into_iter().collect::<Vec<_>>(), ["notice", "notice-warning", "opening-a", "topic"]);
    assert!(matches("day-*", "day-done") && matches("triage-*", "triage-self-care") && !matches("day-*", "week-day"));
    let css = "/* .gone */ .a, .b:not(.c) > p { x: 1; } @media print { .d .e { y: 2; } @page { margin: 0; } } .f[g=\"h.i\"] { }";
    assert_eq!(selectors(css), [".a", ".b:not(.c) > p", ".d .e", ".f[g=\"h.i\"]"]);
    assert_eq!(selector_classes(".b:not(.c) > p", true).into_iter().collect::<Vec<_>>(), ["b"]);
    assert_eq!(selector_classes(".b:not(.c) > p", false).into_iter().collect::<Vec<_>>(), ["b", "c"]);
}

/// The first load does not grow with the second build's screens: main.css names only classes the
/// first build gives its elements.
#[test]
fn every_class_in_main_css_is_one_the_first_build_uses() {
    let first = classes_of(&first_build());
    let problems: Vec<String> = sheet_classes("style/main.css")
        .into_iter()
        .filter(|class| given_by(&first, class).is_empty())
        .map(|class| format!(".{class}"))
        .collect();
    assert!(
        problems.is_empty(),
        "style/main.css, which every page loads, names classes no first-build screen uses: {}. If the second build's screens use them, \
         their rules go in style/second-build.css; if nothing does, delete them.",
        problems.join(", ")
    );
}

/// No first-build screen needs a rule of the second sheet, which the first load lacks: each of
/// its selectors needs a class the first build never gives an element.
#[test]
fn every_rule_of_the_second_sheet_needs_a_class_no_first_build_screen_uses() {
    let first = classes_of(&first_build());
    let mut problems = Vec::new();
    for selector in selectors(&read("style/second-build.css")) {
        let classes = selector_classes(&selector, true);
        if classes.iter().any(|class| given_by(&first, class).is_empty()) {
            continue;
        }
        let uses: Vec<String> = classes.iter().map(|class| format!(".{class}: {}", given_by(&first, class).join("; "))).collect();
        problems.push(format!(
            "`{selector}` can match on a first-build screen ({})",
            if uses.is_empty() { "it names no class".to_string() } else { uses.join(" | ") }
        ));
    }
    assert!(
        problems.is_empty(),
        "style/second-build.css loads only at the second build's addresses, so these rules belong in style/main.css:\n{}",
        problems.join("\n")
    );
}

/// No dead rules in the second sheet: each class it names is one the second build uses.
#[test]
fn every_class_in_the_second_sheet_is_one_the_second_build_uses() {
    let second = classes_of(&second_build());
    let unused: Vec<String> = sheet_classes("style/second-build.css")
        .into_iter()
        .filter(|class| given_by(&second, class).is_empty())
        .map(|class| format!(".{class}"))
        .collect();
    assert!(unused.is_empty(), "style/second-build.css names classes no screen uses: {}", unused.join(", "));
}
