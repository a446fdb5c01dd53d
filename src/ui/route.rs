//! Everything about addresses: which screen the URL fragment names, the fragment of each screen,
//! going from one to another, and the guard that keeps the safety questions from being skipped.
//! Everything lives in the fragment, so any static host serves the one page and the browser's
//! Back button moves between questions.

use leptos::prelude::*;

use crate::assessment::{is_complete, is_reachable, path, resume_step, screen_of, Answers, History, QuestionId, Step, Timestamp};
use crate::content::questions::BANK;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Landing,
    /// "About this check".
    About,
    /// Pain at each past check, as a chart and a table.
    PainOverTime,
    /// Making an exercise plan from the results.
    PlanNew,
    /// The exercise plan and its next steps.
    Plan,
    /// Logging a session of the plan.
    CheckIn,
    /// Following today's session along, one part at a time.
    Session,
    /// The person's data: save it to a file, load a file, delete it all.
    Data,
    /// The summary for a GP or physiotherapist, to show or print.
    Summary,
    Question(QuestionId),
    Results,
    /// A finished check from this device's history, read-only; named by when it was finished.
    PastResults(Timestamp),
    /// Someone else's results, opened read-only from a share link; holds the code after `#r=`.
    SharedResults(String),
}

/// The parts of the second build, each a build of its own (src/bin/), so an address loads only
/// the part it shows and each stays within the brief's budget. The plan part holds the plan's
/// pages; the session part, following a session along; the records part, the screens about a
/// person's data and checks. Each has the whole app too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondBuild {
    Plan,
    Session,
    Records,
}

impl SecondBuild {
    pub const ALL: [SecondBuild; 3] = [SecondBuild::Plan, SecondBuild::Session, SecondBuild::Records];

    /// The part's name, as the loader and the boot script say it; its files are
    /// `backcheck-<name>…` (its binary in Cargo.toml).
    pub fn name(self) -> &'static str {
        match self {
            SecondBuild::Plan => "plan",
            SecondBuild::Session => "session",
            SecondBuild::Records => "records",
        }
    }

    /// The fragments (without `#`) that this part opens.
    pub fn addresses(self) -> Vec<String> {
        second_build_screens()
            .filter(|screen| screen.second_build() == Some(self))
            .map(|screen| screen.hash().trim_start_matches('#').to_string())
            .collect()
    }

    /// The JavaScript pattern of `addresses`.
    pub fn pattern(self) -> String {
        format!("/^#({})$/", self.addresses().iter().map(|address| address.replace('/', "\\/")).collect::<Vec<_>>().join("|"))
    }
}

/// Writes the one list of the second build's screens as the matches the app asks
/// (`Screen::opening_words`, `Screen::second_build`, so the first load carries no table) and as
/// the list the addresses come from (`second_build_screens`).
macro_rules! second_build {
    ($($screen:ident in $part:ident: $words:literal,)*) => {
        impl Screen {
            /// What the page says while the second build loads for this screen; `None` for the
            /// first build's screens.
            pub fn opening_words(&self) -> Option<&'static str> {
                match self {
                    $(Screen::$screen => Some($words),)*
                    _ => None,
                }
            }

            /// The part of the second build that shows this screen; `None` for the first build's.
            pub fn second_build(&self) -> Option<SecondBuild> {
                match self {
                    $(Screen::$screen => Some(SecondBuild::$part),)*
                    _ => None,
                }
            }
        }

        /// The second build's screens, in the order of the loader's patterns.
        pub fn second_build_screens() -> impl Iterator<Item = Screen> {
            [$(Screen::$screen),*].into_iter()
        }
    };
}

// The second build's screens, which most visits never open, so the first load goes without them;
// each with the part that shows it (src/bin/plan_build.rs, session_build.rs, records_build.rs) and what the
// page says while that part loads. This is the only list: the app's screen table hands these over
// (`in_second_build`), each part mounts its own (src/ui/second_build.rs), and
// tests/domain/route.rs ties Trunk.toml's loader and index.html's boot script and "Opening …"
// words to it. Each part's screens together, in the order of the loader's patterns.
second_build! {
    Plan in Plan: "Opening your plan…",
    PlanNew in Plan: "Opening your plan…",
    CheckIn in Plan: "Opening your plan…",
    Session in Session: "Opening your session…",
    Data in Records: "Opening your data…",
    About in Records: "Opening the About page…",
    PainOverTime in Records: "Opening your pain chart…",
    Summary in Records: "Opening your summary…",
}

/// The JavaScript expression that Trunk.toml's loader and index.html's boot script write to pick
/// the build for the page's address: a part's name, or "" for the first build.
pub fn second_build_choice() -> String {
    let mut choice = String::new();
    for part in SecondBuild::ALL {
        choice += &format!("{}.test(location.hash) ? \"{}\" : ", part.pattern(), part.name());
    }
    choice + "\"\""
}

impl Screen {
    /// Reads a fragment such as `#q=pain-now`. Anything unknown is the landing screen.
    pub fn from_hash(hash: &str) -> Screen {
        let hash = hash.trim_start_matches('#');
        match hash {
            // The first screen's Start link, which works before the app runs.
            "start" => Screen::first_question(),
            "about" => Screen::About,
            "progress" => Screen::PainOverTime,
            "plan/new" => Screen::PlanNew,
            "plan" => Screen::Plan,
            "check-in" => Screen::CheckIn,
            "session" => Screen::Session,
            "data" => Screen::Data,
            "summary" => Screen::Summary,
            "results" => Screen::Results,
            _ => {
                if let Some(at) = hash.strip_prefix("past=").and_then(|at| at.parse().ok()) {
                    Screen::PastResults(at)
                } else if let Some(code) = hash.strip_prefix("r=") {
                    Screen::SharedResults(trim_link_end(code).to_string())
                } else {
                    match hash.strip_prefix("q=").and_then(|id| BANK.question(id)) {
                        Some(question) => Screen::Question(question.id),
                        None => Screen::Landing,
                    }
                }
            }
        }
    }

    /// The fragment that names this screen (empty for the landing screen).
    pub fn hash(&self) -> String {
        match self {
            Screen::Landing => String::new(),
            Screen::About => "#about".to_string(),
            Screen::PainOverTime => "#progress".to_string(),
            Screen::PlanNew => "#plan/new".to_string(),
            Screen::Plan => "#plan".to_string(),
            Screen::CheckIn => "#check-in".to_string(),
            Screen::Session => "#session".to_string(),
            Screen::Data => "#data".to_string(),
            Screen::Summary => "#summary".to_string(),
            Screen::Question(id) => format!("#q={id}"),
            Screen::Results => "#results".to_string(),
            Screen::PastResults(at) => format!("#past={at}"),
            Screen::SharedResults(code) => format!("#r={code}"),
        }
    }

    /// Shown by a part of the second build, which the loader opens for its addresses.
    pub fn in_second_build(&self) -> bool {
        self.second_build().is_some()
    }

    /// The check's first question.
    pub fn first_question() -> Screen {
        Screen::Question(path(&BANK.answers())[0].id)
    }

    /// Where the flow says to go: a question, or the results.
    pub fn of_step(step: Step) -> Screen {
        match step {
            Step::Question(id) => Screen::Question(id),
            Step::Results => Screen::Results,
        }
    }
}

/// A results code with what chat apps and mail add after a link removed: a full stop, a closing
/// bracket, spaces (also written as `%20`). None of these can end a real code.
fn trim_link_end(code: &str) -> &str {
    let mut code = code;
    loop {
        let trimmed = code.trim_end_matches(['.', ')', ',', ';', '!', '?', '"', '\'']).trim_end();
        let trimmed = trimmed.strip_suffix("%20").unwrap_or(trimmed);
        if trimmed.len() == code.len() {
            return code;
        }
        code = trimmed;
    }
}

/// The screen to show for a requested one: a question that cannot be reached yet (an old or
/// hand-edited link) or results of an unfinished check show where the person left off instead,
/// so the safety questions can never be skipped. A past check that is not here (deleted, or a
/// link from another device) shows the start page with the list of checks that are.
pub fn guard(requested: Screen, answers: &Answers, history: &History) -> Screen {
    match requested {
        Screen::Question(id) if !is_reachable(answers, id) => Screen::of_step(resume_step(answers)),
        // A screen of several questions is named by its first (an older link may name another).
        Screen::Question(id) => Screen::Question(screen_of(answers, id).map_or(id, |screen| screen[0].id)),
        Screen::Results if !is_complete(answers) => Screen::of_step(resume_step(answers)),
        Screen::PastResults(at) if history.get(at).is_none() => Screen::Landing,
        screen => screen,
    }
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's address for a screen: this page, with the screen in the fragment.
fn address_of(screen: &Screen) -> String {
    let location = window().location();
    location.pathname().unwrap_or_default() + &location.search().unwrap_or_default() + &screen.hash()
}

/// Tells the app the fragment changed: pushState and replaceState do not fire `hashchange`.
pub fn announce_hash_change() {
    if let Ok(event) = web_sys::HashChangeEvent::new("hashchange") {
        let _ = window().dispatch_event(&event);
    }
}

/// Goes to a screen, adding a history entry that remembers the screen it came from, so the
/// browser's Back button returns there and the app's Back can use the same entry (`go_back_to`).
pub fn go(screen: Screen) {
    let came_from = wasm_bindgen::JsValue::from_str(&current_hash());
    match window().history() {
        Ok(history) if history.push_state_with_url(&came_from, "", Some(&address_of(&screen))).is_ok() => announce_hash_change(),
        _ => {
            let _ = window().location().set_hash(&screen.hash());
        }
    }
}

/// The app's Back: when the person came here from `screen`, it is the browser's Back, so the
/// browser's own Back button afterwards does not walk forward again. Otherwise (a link or a
/// reload brought them here) it replaces this entry with `screen`.
pub fn go_back_to(screen: Screen) {
    let Ok(history) = window().history() else { return go(screen) };
    let came_from = history.state().ok().and_then(|state| state.as_string());
    if came_from.as_deref() == Some(screen.hash().as_str()) {
        let _ = history.back();
    } else {
        replace_hash(&screen);
        announce_hash_change();
    }
}

/// Shows `screen` in the address bar without a new history entry, keeping the entry's state.
pub fn replace_hash(screen: &Screen) {
    let Ok(history) = window().history() else { return };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&address_of(screen)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(hash: &str) -> Screen {
        Screen::from_hash(hash)
    }

    fn to_hash(screen: &Screen) -> String {
        screen.hash()
    }

    #[test]
    fn fragments_round_trip() {
        for screen in [
            Screen::Landing,
            Screen::Question("pain-now"),
            Screen::Results,
            Screen::PastResults(1_795_000_000_000),
            Screen::SharedResults("1.AB".into()),
        ] {
            assert_eq!(parse(&to_hash(&screen)), screen);
        }
        assert_eq!(parse("#q=not-a-question"), Screen::Landing);
        assert_eq!(parse("#garbage"), Screen::Landing);
        assert_eq!(parse("#past=yesterday"), Screen::Landing);
        assert_eq!(parse(""), Screen::Landing);
        assert_eq!(parse("#about"), Screen::About);
        assert_eq!(parse("#progress"), Screen::PainOverTime);
        for screen in [Screen::PlanNew, Screen::Plan, Screen::CheckIn, Screen::Session, Screen::Data, Screen::Summary] {
            assert_eq!(parse(&to_hash(&screen)), screen);
        }
    }

    #[test]
    fn a_results_link_ignores_what_chat_apps_and_mail_add_after_it() {
        for pasted in ["#r=2.AB.", "#r=2.AB)", "#r=2.AB ", "#r=2.AB%20", "#r=2.AB).", "#r=2.AB,%20"] {
            assert_eq!(parse(pasted), Screen::SharedResults("2.AB".into()), "{pasted}");
        }
    }
}
