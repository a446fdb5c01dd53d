//! Which screen the URL fragment names. Everything lives in the fragment, so any static host
//! serves the one page and the browser's Back button moves between questions.

use crate::assessment::{QuestionId, Timestamp};
use crate::content::questions::BANK;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Landing,
    /// "About this check".
    About,
    /// Making an exercise plan from the results.
    PlanNew,
    /// The exercise plan and its next steps.
    Plan,
    /// Logging a session of the plan.
    CheckIn,
    Question(QuestionId),
    Results,
    /// A finished check from this device's history, read-only; named by when it was finished.
    PastResults(Timestamp),
    /// Someone else's results, opened read-only from a share link; holds the code after `#r=`.
    SharedResults(String),
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

/// Reads a fragment such as `#q=pain-now`. Anything unknown is the landing screen.
pub fn parse(hash: &str) -> Screen {
    let hash = hash.trim_start_matches('#');
    // The first screen's Start link, which works before the app runs: it means the first question.
    if hash == "start" {
        return Screen::Question(crate::assessment::path(&BANK.answers())[0].id);
    }
    match hash {
        "about" => return Screen::About,
        "plan/new" => return Screen::PlanNew,
        "plan" => return Screen::Plan,
        "check-in" => return Screen::CheckIn,
        _ => {}
    }
    if hash == "results" {
        return Screen::Results;
    }
    if let Some(at) = hash.strip_prefix("past=").and_then(|at| at.parse().ok()) {
        return Screen::PastResults(at);
    }
    if let Some(code) = hash.strip_prefix("r=") {
        return Screen::SharedResults(trim_link_end(code).to_string());
    }
    match hash.strip_prefix("q=").and_then(|id| BANK.question(id)) {
        Some(question) => Screen::Question(question.id),
        None => Screen::Landing,
    }
}

pub fn to_hash(screen: &Screen) -> String {
    match screen {
        Screen::Landing => String::new(),
        Screen::About => "#about".to_string(),
        Screen::PlanNew => "#plan/new".to_string(),
        Screen::Plan => "#plan".to_string(),
        Screen::CheckIn => "#check-in".to_string(),
        Screen::Question(id) => format!("#q={id}"),
        Screen::Results => "#results".to_string(),
        Screen::PastResults(at) => format!("#past={at}"),
        Screen::SharedResults(code) => format!("#r={code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for screen in [Screen::Landing, Screen::Question("pain-now"), Screen::Results, Screen::PastResults(1_795_000_000_000), Screen::SharedResults("1.AB".into())] {
            assert_eq!(parse(&to_hash(&screen)), screen);
        }
        assert_eq!(parse("#q=not-a-question"), Screen::Landing);
        assert_eq!(parse("#garbage"), Screen::Landing);
        assert_eq!(parse("#past=yesterday"), Screen::Landing);
        assert_eq!(parse(""), Screen::Landing);
        assert_eq!(parse("#about"), Screen::About);
        for screen in [Screen::PlanNew, Screen::Plan, Screen::CheckIn] {
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
