//! The shape of src/, read from the import graph itself rather than from how imports are spelled.
//!
//! **The graph.** Each file under src/ is a node named by its module path (src/ui/plan/overview.rs
//! is `ui::plan::overview`, a mod.rs is its folder's module, src/lib.rs is `crate`); src/main.rs
//! and src/bin/*.rs are the binaries `main` and `bin::…`, which reach the library as `backcheck::`.
//! An arrow is every path a file names: `use` trees (grouped, nested, over several lines, with
//! `self`, `as` and `*`), and paths in code such as `crate::content::plan::activity(…)` or
//! `super::days::chosen(…)`, written from `crate`, `super`, `self`, a child module or an imported
//! name. Comments (doc comments included) and string literals do not count. A path goes to the
//! deepest module that is a file: `crate::ui::route::Screen` is `ui::route`, and an item path into
//! an inline module (`mod tests { … }`) stays in its file.
//!
//! **How a façade counts.** A mod.rs that re-exports (`pub use child::Item`) does not stand
//! between its children and their users: a path through it goes on to where the item comes from.
//! So `crate::assessment::Answers` is an arrow to `assessment::answers`, and `super::Answers` in
//! assessment/question.rs is an arrow to its sibling, not to the mod.rs. A `pub use` is an arrow of
//! its own only when the file's code also uses the name (storage/mod.rs re-exports `SavedData` and
//! saves it). What a mod.rs defines itself (`SavedData`, `label`) is the mod.rs's node: a child may
//! import it, and it is a circle only if that mod.rs's own code uses the child in turn. This is
//! the rule "a module may import its parent only for items the parent defines, or re-exports from
//! modules that do not import it", made exact per item.
//!
//! **The rules** (each failure names its rule, the file, the line and the import):
//! 1. No circle at any zoom. A zoom is a folder (src/ itself, src/assessment, src/storage,
//!    src/storage/schema, src/ui, src/ui/plan, …): its rooms are its own mod.rs, its files and its
//!    subfolders (a subfolder is one room), the review's measure. Two rooms that reach each other
//!    are a circle. A circle between files is seen at the zoom of their nearest common folder.
//! 2. Layers: `assessment` imports nothing else of the crate; `content` imports only `assessment`;
//!    nothing outside `ui` imports `ui` (the binaries are above it all); the pure modules use no
//!    web crate.
//! 3. Inside `ui`: the shell (where `ui::mount` comes from) is on top, reached only through ui's
//!    `pub use` and by the binaries; ui/mod.rs only lists files; the rest has floors because rule 1
//!    leaves no circle.
//!
//! scripts/import-graph.sh prints every zoom's rooms, floors and arrows, and every file's arrows
//! (`scripts/import-graph.sh dot`: the file arrows for Graphviz).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

/// The modules with no browser side, so they build and are tested natively. src/share.rs,
/// src/backup.rs, src/offline.rs and src/storage/mod.rs call the browser; storage's `schema` does not.
const PURE: [&str; 5] = ["assessment", "content", "calendar", "qr", "storage::schema"];

/// A crate is a web crate if its name starts with one of these (`wasm_bindgen_futures`, `gloo_storage`).
const WEB_CRATES: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

// ---------------------------------------------------------------------------------------------
// Tokens: identifiers, `::` and single characters, with comments and literals left out.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    // Skips a quoted string from its opening quote at `i`, escapes included.
    let skip_string = |mut i: usize, line: &mut usize| {
        i += 1;
        while i < chars.len() && chars[i] != '"' {
            if chars[i] == '\\' {
                i += 1;
            }
            if at(i) == '\n' {
                *line += 1;
            }
            i += 1;
        }
        i + 1
    };
    // Skips a raw string whose `#`s start at `i` (r#"…"#), or its quote when it has none.
    let skip_raw = |mut i: usize, line: &mut usize| {
        let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
        i += hashes + 1;
        loop {
            if i >= chars.len() {
                return i;
            }
            if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                return i + 1 + hashes;
            }
            if chars[i] == '\n' {
                *line += 1;
            }
            i += 1;
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(i, &mut line);
        } else if c == '\'' {
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or a label: its name is no path.
                i += 1;
                while is_ident_char(at(i)) {
                    i += 1;
                }
            }
        } else if is_ident_start(c) {
            let start = i;
            while is_ident_char(at(i)) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let raw_prefix = matches!(word.as_str(), "r" | "br" | "cr");
            if raw_prefix && (at(i) == '"' || (at(i) == '#' && chars[i..].iter().find(|&&c| c != '#') == Some(&'"'))) {
                i = skip_raw(i, &mut line);
            } else if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                i = skip_string(i, &mut line);
            } else if word == "b" && at(i) == '\'' {
                i += if at(i + 1) == '\\' { 4 } else { 3 };
                while i < chars.len() && chars[i - 1] != '\'' {
                    i += 1;
                }
            } else if word == "r" && at(i) == '#' && is_ident_start(at(i + 1)) {
                let start = i + 1;
                i += 1;
                while is_ident_char(at(i)) {
                    i += 1;
                }
                out.push(Token { tok: Tok::Ident(chars[start..i].iter().collect()), line });
            } else {
                out.push(Token { tok: Tok::Ident(word), line });
            }
        } else if c.is_ascii_digit() {
            while is_ident_char(at(i)) || (at(i) == '.' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token { tok: Tok::Sep, line });
            i += 2;
        } else {
            out.push(Token { tok: Tok::Punct(c), line });
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// One file: the paths it names, each still as written, with the module it was written in.

#[derive(Debug, Clone)]
struct Named {
    /// The path as written, `self` of a group dropped: `super::schedule::Clock`.
    segments: Vec<String>,
    /// The name a `use` brings in (`Y` for `x::Y`, `Z` for `x::Y as Z`); none for `*` and code paths.
    binds: Option<String>,
    glob: bool,
    /// Written by a `use` (as opposed to a path in code).
    by_use: bool,
    /// A `pub use` at the top of the file: a re-export.
    reexport: bool,
    /// Written at the top of the file, not in an inline module or a block.
    top: bool,
    /// The module the path is written in: the file's, or an inline module's inside it.
    within: Vec<String>,
    line: usize,
}

#[derive(Debug, Default)]
struct FileScan {
    named: Vec<Named>,
    /// Inline modules (`mod tests { … }`), as full module paths.
    inline_modules: BTreeSet<Vec<String>>,
    /// Every identifier outside `use` declarations and `mod` names: what the file's code uses.
    code_words: BTreeSet<String>,
    /// Each web crate named, with its line.
    web: Vec<(String, usize)>,
}

fn ident(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Ident(word)) => Some(word),
        _ => None,
    }
}

fn punct(tokens: &[Token], i: usize, c: char) -> bool {
    tokens.get(i).is_some_and(|t| t.tok == Tok::Punct(c))
}

fn sep(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.tok == Tok::Sep)
}

/// One use tree from `*i` (after `use`, or inside a group), with `prefix` already read.
fn use_tree(tokens: &[Token], i: &mut usize, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>, bool, usize)>) {
    let mut segments = prefix;
    if sep(tokens, *i) {
        *i += 1;
    }
    loop {
        let line = tokens.get(*i).map_or(0, |t| t.line);
        if let Some(word) = ident(tokens, *i) {
            segments.push(word.to_string());
            *i += 1;
            if sep(tokens, *i) {
                *i += 1;
                continue;
            }
            let mut binds = segments.last().cloned();
            if segments.last().is_some_and(|s| s == "self") && segments.len() > 1 {
                segments.pop();
                binds = segments.last().cloned();
            }
            if ident(tokens, *i) == Some("as") {
                binds = ident(tokens, *i + 1).map(str::to_string);
                *i += 2;
            }
            out.push((segments, binds, false, line));
        } else if punct(tokens, *i, '*') {
            *i += 1;
            out.push((segments, None, true, line));
        } else if punct(tokens, *i, '{') {
            *i += 1;
            while *i < tokens.len() && !punct(tokens, *i, '}') {
                let before = *i;
                use_tree(tokens, i, segments.clone(), out);
                if punct(tokens, *i, ',') {
                    *i += 1;
                }
                if *i == before {
                    *i += 1;
                }
            }
            *i += 1;
        }
        return;
    }
}

fn scan(module: &[String], source: &str) -> FileScan {
    let tokens = tokens(source);
    let mut scan = FileScan::default();
    // The inline modules open at this point, each with the brace depth inside it.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut pending_module: Option<String> = None;
    let within = |inline: &[(String, usize)]| {
        let mut path = module.to_vec();
        path.extend(inline.iter().map(|(name, _)| name.clone()));
        path
    };
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        match &token.tok {
            Tok::Punct('{') => {
                depth += 1;
                if let Some(name) = pending_module.take() {
                    inline.push((name, depth));
                    scan.inline_modules.insert(within(&inline));
                }
                i += 1;
            }
            Tok::Punct('}') => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            Tok::Punct(';') => {
                pending_module = None;
                i += 1;
            }
            Tok::Ident(word) if word == "mod" => {
                pending_module = ident(&tokens, i + 1).map(str::to_string);
                i += 2;
            }
            Tok::Ident(word) if word == "use" => {
                let public = ident(&tokens, i.wrapping_sub(1)) == Some("pub")
                    || (punct(&tokens, i.wrapping_sub(1), ')') && {
                        let open = tokens[..i].iter().rposition(|t| t.tok == Tok::Punct('('));
                        open.is_some_and(|o| ident(&tokens, o.wrapping_sub(1)) == Some("pub"))
                    });
                let top = depth == 0;
                let mut trees = Vec::new();
                i += 1;
                use_tree(&tokens, &mut i, Vec::new(), &mut trees);
                for (segments, binds, glob, line) in trees {
                    for web in WEB_CRATES {
                        if segments.first().is_some_and(|s| s.starts_with(web)) {
                            scan.web.push((segments[0].clone(), line));
                        }
                    }
                    let within = within(&inline);
                    scan.named.push(Named { segments, binds, glob, by_use: true, reexport: public && top, top, within, line });
                }
            }
            Tok::Ident(word) => {
                if WEB_CRATES.iter().any(|web| word.starts_with(web)) {
                    scan.web.push((word.clone(), token.line));
                }
                scan.code_words.insert(word.clone());
                let starts_path = !sep(&tokens, i.wrapping_sub(1)) && sep(&tokens, i + 1) && ident(&tokens, i + 2).is_some();
                if starts_path {
                    let mut segments = vec![word.clone()];
                    let mut j = i + 1;
                    while sep(&tokens, j) {
                        let Some(next) = ident(&tokens, j + 1) else { break };
                        scan.code_words.insert(next.to_string());
                        segments.push(next.to_string());
                        j += 2;
                    }
                    let line = tokens[j - 1].line;
                    let within = within(&inline);
                    scan.named.push(Named {
                        segments,
                        binds: None,
                        glob: false,
                        by_use: false,
                        reexport: false,
                        top: depth == 0,
                        within,
                        line,
                    });
                    i = j;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    scan
}

// ---------------------------------------------------------------------------------------------
// The crate: files, their names resolved to nodes, and the arrows.

#[derive(Debug)]
struct File {
    /// `src/ui/plan/overview.rs`
    path: String,
    /// The library's module path; for a binary, its own name (`main`, `bin::plan`).
    module: Vec<String>,
    binary: bool,
    scan: FileScan,
}

#[derive(Debug, Clone)]
struct Arrow {
    from: String,
    to: String,
    /// The path as written, for messages: `super::schedule::Clock`.
    written: String,
    file: String,
    line: usize,
    /// A `pub use` the file's own code does not use: the item passes through, no arrow for rules.
    reexport: bool,
}

impl Arrow {
    fn at(&self) -> String {
        format!("{}:{} `{}`", self.file, self.line, self.written)
    }
}

struct Crate {
    files: Vec<File>,
    /// Library module path → index in `files`.
    modules: BTreeMap<Vec<String>, usize>,
    /// Node name → index in `files`.
    nodes: BTreeMap<String, usize>,
    /// Every module path, inline modules included.
    all_modules: BTreeSet<Vec<String>>,
    arrows: Vec<Arrow>,
}

fn key(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_string()
    } else {
        module.join("::")
    }
}

impl Crate {
    fn read(src: &Path) -> Crate {
        fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    out.push(path);
                }
            }
        }
        let mut paths = Vec::new();
        walk(src, &mut paths);
        paths.sort();
        let sources = paths
            .iter()
            .map(|path| {
                let relative = path.strip_prefix(src).unwrap().to_string_lossy().replace('\\', "/");
                (relative, fs::read_to_string(path).unwrap())
            })
            .collect::<Vec<_>>();
        Crate::from_sources(sources.iter().map(|(p, s)| (p.as_str(), s.as_str())))
    }

    /// `sources`: each file's path under src/ (`ui/plan/mod.rs`) and its text.
    fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Crate {
        let mut files = Vec::new();
        let mut modules = BTreeMap::new();
        for (relative, source) in sources {
            let stem = relative.trim_end_matches(".rs");
            let (module, binary): (Vec<String>, bool) = match stem {
                "lib" => (Vec::new(), false),
                "main" => (vec!["main".to_string()], true),
                _ if stem.starts_with("bin/") => (stem.split('/').map(str::to_string).collect(), true),
                _ => (stem.trim_end_matches("/mod").split('/').map(str::to_string).collect(), false),
            };
            // A binary's own modules are not the library's; its paths into the library start at `backcheck`.
            let scan = scan(if binary { &[] } else { &module }, source);
            if !binary {
                modules.insert(module.clone(), files.len());
            }
            files.push(File { path: format!("src/{relative}"), module, binary, scan });
        }
        let nodes = files.iter().enumerate().map(|(i, f)| (key(&f.module), i)).collect();
        let mut all_modules: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
        all_modules.extend(files.iter().filter(|f| !f.binary).flat_map(|f| f.scan.inline_modules.iter().cloned()));
        let mut krate = Crate { files, modules, nodes, all_modules, arrows: Vec::new() };
        krate.arrows = krate.find_arrows();
        krate
    }

    fn node(&self, file: &File) -> String {
        key(&file.module)
    }

    fn is_module(&self, path: &[String]) -> bool {
        self.all_modules.contains(path)
    }

    /// A path as written, made absolute (from the crate root); `None` for other crates and locals.
    fn absolute(&self, file: &File, named: &Named, aliases: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
        let segments = &named.segments;
        let first = segments.first()?.as_str();
        let mut path: Vec<String>;
        let mut rest = 1;
        match first {
            "backcheck" => path = Vec::new(),
            "crate" if !file.binary => path = Vec::new(),
            "self" if !file.binary => path = named.within.clone(),
            "super" if !file.binary => {
                path = named.within.clone();
                path.pop()?;
                while segments.get(rest).is_some_and(|s| s == "super") {
                    path.pop()?;
                    rest += 1;
                }
            }
            _ => {
                let mut child = named.within.clone();
                child.push(first.to_string());
                if !file.binary && self.is_module(&child) {
                    path = child;
                } else if let Some(target) = aliases.get(first) {
                    path = target.clone();
                } else {
                    return None;
                }
            }
        }
        path.extend(segments[rest..].iter().cloned());
        Some(path)
    }

    /// The file an absolute path ends in: its deepest module with a file, followed through that
    /// file's imports and re-exports when the next name is an item it brings in from elsewhere.
    fn resolve(&self, path: &[String], hops: usize) -> usize {
        let depth = (0..=path.len()).rev().find(|&k| self.modules.contains_key(&path[..k])).unwrap_or(0);
        let index = self.modules[&path[..depth]];
        let Some(name) = path.get(depth) else { return index };
        if hops > 16 {
            return index;
        }
        let file = &self.files[index];
        let brought_in = file.scan.named.iter().find(|n| n.by_use && n.top && n.binds.as_deref() == Some(name.as_str()));
        match brought_in.and_then(|n| self.absolute(file, n, &BTreeMap::new())) {
            Some(mut through) => {
                through.extend(path[depth + 1..].iter().cloned());
                self.resolve(&through, hops + 1)
            }
            None => index,
        }
    }

    fn find_arrows(&self) -> Vec<Arrow> {
        let mut arrows = Vec::new();
        for file in &self.files {
            // The names `use` brings into the file, for paths in code that start with one (`storage::save`).
            let mut aliases = BTreeMap::new();
            for named in file.scan.named.iter().filter(|n| n.by_use && !n.glob) {
                if let (Some(binds), Some(path)) = (&named.binds, self.absolute(file, named, &BTreeMap::new())) {
                    aliases.insert(binds.clone(), path);
                }
            }
            for named in &file.scan.named {
                let Some(path) = self.absolute(file, named, &aliases) else { continue };
                let target = &self.files[self.resolve(&path, 0)];
                let (from, to) = (self.node(file), self.node(target));
                if from == to {
                    continue;
                }
                let used_here = named.binds.as_ref().is_some_and(|b| file.scan.code_words.contains(b));
                arrows.push(Arrow {
                    from,
                    to,
                    written: named.segments.join("::") + if named.glob { "::*" } else { "" },
                    file: file.path.clone(),
                    line: named.line,
                    reexport: named.reexport && !used_here,
                });
            }
        }
        arrows
    }

    /// The arrows the rules read: every import, no pass-through re-export.
    fn imports(&self) -> impl Iterator<Item = &Arrow> {
        self.arrows.iter().filter(|a| !a.reexport)
    }

    /// The folders, as module paths: the crate root and every module with modules under it.
    fn folders(&self) -> Vec<Vec<String>> {
        let mut folders: BTreeSet<Vec<String>> = BTreeSet::new();
        for module in self.modules.keys() {
            for k in 0..module.len() {
                folders.insert(module[..k].to_vec());
            }
        }
        folders.into_iter().collect()
    }

    /// The room a node is in at a folder's zoom: the folder's own mod.rs, a file of it, or a
    /// subfolder; `None` when the node is outside the folder.
    fn room(&self, folder: &[String], node: &str) -> Option<String> {
        let file = &self.files[*self.nodes.get(node)?];
        if file.binary {
            return folder.is_empty().then(|| node.to_string());
        }
        if !file.module.starts_with(folder) {
            return None;
        }
        Some(if file.module.len() == folder.len() {
            if folder.is_empty() { "lib.rs" } else { "mod.rs" }.to_string()
        } else {
            let child = &file.module[..folder.len() + 1];
            let is_folder = self.modules.keys().any(|m| m.len() > child.len() && m.starts_with(child));
            format!("{}{}", child.last().unwrap(), if is_folder { "/" } else { "" })
        })
    }

    /// A folder's rooms and the arrows between two different rooms (room from, room to, the file arrow).
    fn zoom(&self, folder: &[String]) -> (BTreeSet<String>, Vec<(String, String, &Arrow)>) {
        let rooms = self.files.iter().filter_map(|f| self.room(folder, &self.node(f))).collect();
        let arrows = self
            .imports()
            .filter_map(|a| Some((self.room(folder, &a.from)?, self.room(folder, &a.to)?, a)))
            .filter(|(from, to, _)| from != to)
            .collect();
        (rooms, arrows)
    }
}

fn folder_name(folder: &[String]) -> String {
    if folder.is_empty() {
        "src".to_string()
    } else {
        format!("src/{}", folder.join("/"))
    }
}

/// The circles among rooms: each group of two or more rooms that all reach each other.
fn circles(rooms: &BTreeSet<String>, arrows: &[(String, String, &Arrow)]) -> Vec<BTreeSet<String>> {
    let next = |room: &String| arrows.iter().filter(|(from, _, _)| from == room).map(|(_, to, _)| to.clone()).collect::<Vec<_>>();
    let reach = |start: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = next(start);
        while let Some(room) = todo.pop() {
            if seen.insert(room.clone()) {
                todo.extend(next(&room));
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> = rooms.iter().map(|r| (r, reach(r))).collect();
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for room in rooms {
        let group: BTreeSet<String> = rooms.iter().filter(|o| reached[room].contains(*o) && reached[*o].contains(room)).cloned().collect();
        if group.len() > 1 && !found.contains(&group) {
            found.push(group);
        }
    }
    found
}

/// Each room's floor: 0 for a room that imports no other room of the zoom, else one above the
/// highest room it imports. Only meaningful without circles.
fn floors(rooms: &BTreeSet<String>, arrows: &[(String, String, &Arrow)]) -> BTreeMap<String, usize> {
    fn floor(room: &String, arrows: &[(String, String, &Arrow)], seen: &mut BTreeMap<String, usize>, path: &mut Vec<String>) -> usize {
        if let Some(&f) = seen.get(room) {
            return f;
        }
        if path.contains(room) {
            return 0;
        }
        path.push(room.clone());
        let targets: BTreeSet<&String> = arrows.iter().filter(|(from, _, _)| from == room).map(|(_, to, _)| to).collect();
        let f = targets.into_iter().map(|t| floor(t, arrows, seen, path) + 1).max().unwrap_or(0);
        path.pop();
        seen.insert(room.clone(), f);
        f
    }
    let mut seen = BTreeMap::new();
    for room in rooms {
        floor(room, arrows, &mut seen, &mut Vec::new());
    }
    seen
}

/// src/, read once for all the tests.
fn src() -> &'static Crate {
    static SRC: OnceLock<Crate> = OnceLock::new();
    let krate = SRC.get_or_init(|| Crate::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")));
    for module in ["assessment", "content", "storage", "ui"] {
        assert!(krate.modules.contains_key(&vec![module.to_string()]), "src/{module} is gone: the architecture test needs updating");
    }
    assert!(krate.arrows.len() > 100, "only {} arrows found: is the parser still reading src/?", krate.arrows.len());
    krate
}

/// The files under src/ that a binary (`main`, `bin::plan_build`, `bin::records_build`) reaches through its imports,
/// its own file included: what goes into that build. tests/domain/style.rs reads it.
pub(crate) fn files_reached_from(binary: &str) -> BTreeSet<String> {
    let krate = src();
    assert!(krate.nodes.contains_key(binary), "no binary {binary}");
    let mut reached = BTreeSet::from([binary.to_string()]);
    let mut next = vec![binary.to_string()];
    while let Some(node) = next.pop() {
        for arrow in krate.imports().filter(|arrow| arrow.from == node) {
            if reached.insert(arrow.to.clone()) {
                next.push(arrow.to.clone());
            }
        }
    }
    reached.iter().map(|node| krate.files[krate.nodes[node]].path.clone()).collect()
}

fn under(node: &str, module: &str) -> bool {
    node == module || node.starts_with(&format!("{module}::"))
}

fn fail_if_any(rule: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{rule}\n{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Rule 1: no circle, at any zoom.

#[test]
fn no_circle_at_any_zoom() {
    let krate = src();
    let mut problems = Vec::new();
    for folder in krate.folders() {
        let (rooms, arrows) = krate.zoom(&folder);
        for group in circles(&rooms, &arrows) {
            let names: Vec<&str> = group.iter().map(String::as_str).collect();
            problems.push(format!("circle in {}: {}", folder_name(&folder), names.join(" ⇄ ")));
            let mut by_pair: BTreeMap<(&str, &str), Vec<&Arrow>> = BTreeMap::new();
            for (from, to, arrow) in arrows.iter().filter(|(f, t, _)| group.contains(f) && group.contains(t)) {
                by_pair.entry((from.as_str(), to.as_str())).or_default().push(arrow);
            }
            for ((from, to), found) in by_pair {
                let at: Vec<String> = found.iter().take(3).map(|a| a.at()).collect();
                let more = if found.len() > 3 { format!(" and {} more", found.len() - 3) } else { String::new() };
                problems.push(format!("  {from} -> {to}: {}{more}", at.join(", ")));
            }
        }
    }
    fail_if_any(
        "Rule 1, no circle: these rooms import each other (an import of a re-exported item counts where the item is defined).",
        problems,
    );
}

// ---------------------------------------------------------------------------------------------
// Rule 2: layers.

#[test]
fn the_domain_imports_nothing_else_of_the_crate() {
    let krate = src();
    let problems = krate
        .imports()
        .filter(|a| under(&a.from, "assessment") && !under(&a.to, "assessment"))
        .map(|a| format!("{} reaches {} (the domain stands on nothing)", a.at(), a.to))
        .collect();
    fail_if_any("Rule 2, layers: `assessment` imports no other module of the crate.", problems);
}

#[test]
fn content_imports_only_the_domain() {
    let krate = src();
    let problems = krate
        .imports()
        .filter(|a| under(&a.from, "content") && !under(&a.to, "content") && !under(&a.to, "assessment"))
        .map(|a| format!("{} reaches {}", a.at(), a.to))
        .collect();
    fail_if_any("Rule 2, layers: `content` imports only `assessment`.", problems);
}

#[test]
fn nothing_below_the_ui_imports_it() {
    let krate = src();
    let binaries: BTreeSet<String> = krate.files.iter().filter(|f| f.binary).map(|f| krate.node(f)).collect();
    let problems = krate
        .imports()
        .filter(|a| !under(&a.from, "ui") && !binaries.contains(&a.from) && under(&a.to, "ui"))
        .map(|a| format!("{} reaches {}", a.at(), a.to))
        .collect();
    fail_if_any("Rule 2, layers: nothing outside `ui` imports it (only the binaries stand above it).", problems);
}

#[test]
fn the_pure_modules_use_no_web_crate() {
    let krate = src();
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in krate.files.iter().filter(|f| !f.binary && PURE.iter().any(|p| under(&key(&f.module), p))) {
        checked += 1;
        for (word, line) in &file.scan.web {
            problems.push(format!("{}:{line} names `{word}`", file.path));
        }
    }
    assert!(checked >= 15, "only {checked} pure files found: did the folders move?");
    fail_if_any(&format!("Rule 2, layers: the pure modules ({}) use no web crate.", PURE.join(", ")), problems);
}

// ---------------------------------------------------------------------------------------------
// Rule 3: inside the UI.

#[test]
fn only_the_entry_points_reach_the_ui_shell() {
    let krate = src();
    let shell = key(&krate.files[krate.resolve(&["ui".to_string(), "mount".to_string()], 0)].module);
    assert_ne!(shell, "ui", "`ui::mount` should be re-exported from the shell's file");
    let binaries: BTreeSet<String> = krate.files.iter().filter(|f| f.binary).map(|f| krate.node(f)).collect();
    let problems = krate
        .imports()
        .filter(|a| a.to == shell && !binaries.contains(&a.from))
        .map(|a| format!("{} imports the shell {shell}", a.at()))
        .collect();
    fail_if_any("Rule 3, the UI: the shell is on top; only ui/mod.rs's `pub use` and the binaries reach it.", problems);
}

#[test]
fn the_ui_root_only_lists_files() {
    let krate = src();
    let file = &krate.files[krate.modules[&vec!["ui".to_string()]]];
    let source = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&file.path)).unwrap();
    let tokens = tokens(&source);
    let mut problems = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let line = tokens[i].line;
        let mut j = i + usize::from(ident(&tokens, i) == Some("pub"));
        let listed = match ident(&tokens, j) {
            Some("mod") => ident(&tokens, j + 1).is_some() && punct(&tokens, j + 2, ';'),
            Some("use") if j > i => true,
            _ => false,
        };
        while j < tokens.len() && !punct(&tokens, j, ';') {
            j += 1;
        }
        if !listed {
            problems.push(format!("{}:{line} holds more than a list of files (`mod`, `pub mod`, `pub use`)", file.path));
        }
        i = j + 1;
    }
    fail_if_any("Rule 3, the UI: ui/mod.rs only lists the files.", problems);
}

// ---------------------------------------------------------------------------------------------
// The parser, on small examples.

fn written(module: &[&str], source: &str) -> Vec<String> {
    let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
    scan(&module, source).named.iter().map(|n| n.segments.join("::") + if n.glob { "::*" } else { "" }).collect()
}

#[test]
fn the_parser_reads_grouped_nested_and_renamed_imports() {
    let source = "use crate::b::{c, d::{e, f as g}, self};\npub(crate) use super::{\n    h,\n    i::*,\n};\nuse leptos::prelude::*;";
    assert_eq!(
        written(&["a", "x"], source),
        ["crate::b::c", "crate::b::d::e", "crate::b::d::f", "crate::b", "super::h", "super::i::*", "leptos::prelude::*"]
    );
    let scanned = scan(&["a".to_string()], source);
    assert_eq!(scanned.named[2].binds.as_deref(), Some("g"));
    assert_eq!(scanned.named[3].binds.as_deref(), Some("b"));
    assert!(scanned.named[4].reexport && !scanned.named[0].reexport);
    assert_eq!(scanned.web, [("leptos".to_string(), 6)]);
}

#[test]
fn the_parser_reads_paths_in_code() {
    let source = "fn f() -> crate::assessment::Clock {\n    super::super::z::w();\n    let v = Vec::<u8>::new();\n    view! { <crate::ui::about::About/> }\n    crate::content::plan::activity(\"x\")\n}";
    assert_eq!(
        written(&["a", "x", "y"], source),
        ["crate::assessment::Clock", "super::super::z::w", "crate::ui::about::About", "crate::content::plan::activity"]
    );
}

#[test]
fn comments_and_strings_do_not_count() {
    let source = "//! use crate::ui::Doc;\n/// See crate::ui::App.\n// crate::ui::x\n/* crate::ui::y /* nested */ crate::ui::z */\n\
                  fn f<'a>(s: &'a str) { let t = \"crate::ui::s \\\" crate::ui::t\"; let r = r#\"crate::ui::raw\"#; let c = '\"'; let q = '\\''; crate::ok::x(); }";
    assert_eq!(written(&["a"], source), ["crate::ok::x"]);
}

#[test]
fn a_facade_passes_its_reexports_through() {
    let krate = Crate::from_sources([
        ("lib.rs", "pub mod a;\npub mod ui;"),
        // A façade that also defines an item of its own, used by its children.
        ("a/mod.rs", "mod x;\nmod y;\npub use x::{X, helper as h};\npub use y::Y;\npub struct Own;"),
        ("a/x.rs", "use super::{Own, Y};\npub struct X;\npub fn helper() {}\nmod tests { use super::*; }"),
        ("a/y.rs", "pub struct Y;\nfn f() { super::h(); }"),
        ("ui/mod.rs", "mod app;\nmod screen;\npub use app::mount;"),
        ("ui/app.rs", "use super::screen;\npub fn mount() { screen::show(crate::a::X); }"),
        ("ui/screen.rs", "pub fn show() { let _ = crate::a::Own; }"),
        ("main.rs", "fn main() { backcheck::ui::mount(); }"),
    ]);
    let arrows: BTreeSet<String> =
        krate.arrows.iter().map(|a| format!("{} -> {}{}", a.from, a.to, if a.reexport { " (pub use)" } else { "" })).collect();
    let expected = [
        "a -> a::x (pub use)",
        "a -> a::y (pub use)",
        "a::x -> a",
        "a::x -> a::y",
        "a::y -> a::x",
        "main -> ui::app",
        "ui -> ui::app (pub use)",
        "ui::app -> a::x",
        "ui::app -> ui::screen",
        "ui::screen -> a",
    ];
    assert_eq!(arrows, expected.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>());
    // x and y reach each other through the façade's re-exports; the façade itself is in no circle.
    let (rooms, zoomed) = krate.zoom(&["a".to_string()]);
    assert_eq!(circles(&rooms, &zoomed), [["x", "y"].iter().map(|s| s.to_string()).collect::<BTreeSet<_>>()]);
    let (rooms, zoomed) = krate.zoom(&["ui".to_string()]);
    assert!(circles(&rooms, &zoomed).is_empty());
    assert_eq!(
        floors(&rooms, &zoomed),
        [("app".to_string(), 1), ("mod.rs".to_string(), 0), ("screen".to_string(), 0)].into_iter().collect()
    );
}

// ---------------------------------------------------------------------------------------------
// The drawing, for notes: scripts/import-graph.sh sets BACKCHECK_PRINT_GRAPH to `list` or `dot`.

#[test]
fn print_the_import_graph() {
    let Some(format) = std::env::var_os("BACKCHECK_PRINT_GRAPH") else { return };
    let krate = src();
    if format == "dot" {
        println!("digraph backcheck {{\n  rankdir=BT;\n  node [shape=box];");
        let pairs: BTreeSet<(&str, &str)> = krate.imports().map(|a| (a.from.as_str(), a.to.as_str())).collect();
        for (from, to) in pairs {
            println!("  \"{from}\" -> \"{to}\";");
        }
        println!("}}");
        return;
    }
    for folder in krate.folders() {
        let (rooms, arrows) = krate.zoom(&folder);
        let pairs: BTreeSet<(&str, &str)> = arrows.iter().map(|(f, t, _)| (f.as_str(), t.as_str())).collect();
        let found = circles(&rooms, &arrows);
        println!("== {}: {} rooms, {} arrows, {} circles", folder_name(&folder), rooms.len(), pairs.len(), found.len());
        if found.is_empty() {
            let floors = floors(&rooms, &arrows);
            for floor in (0..=floors.values().copied().max().unwrap_or(0)).rev() {
                let on: Vec<&str> = floors.iter().filter(|(_, f)| **f == floor).map(|(r, _)| r.as_str()).collect();
                println!("   floor {floor}: {}", on.join(", "));
            }
        }
        for (from, to) in pairs {
            println!("   {from} -> {to}");
        }
    }
    println!("== every file's arrows (re-exports that pass through marked)");
    let pairs: BTreeSet<(String, String, bool)> = krate.arrows.iter().map(|a| (a.from.clone(), a.to.clone(), a.reexport)).collect();
    for (from, to, reexport) in pairs {
        println!("   {from} -> {to}{}", if reexport { "  (pub use)" } else { "" });
    }
}
