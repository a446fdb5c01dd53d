//! The stored envelope, decoded natively (the browser side is in tests/browser.rs).

use backcheck::storage::{decode, encode, LoadProblem, CURRENT_VERSION};

use crate::profiles::all_good;

#[test]
fn answers_round_trip_through_the_envelope() {
    let stored = encode(&all_good());
    assert!(stored.starts_with(&format!("{{\"version\":{CURRENT_VERSION},\"answers\":{{")));
    assert_eq!(decode(&stored), (all_good(), None));
}

#[test]
fn corrupt_or_foreign_values_are_unreadable() {
    for raw in ["", "{", "null", "[1,2]", "{\"answers\":{}}", "{\"version\":1,\"answers\":[]}", "{\"version\":\"1\",\"answers\":{}}"] {
        let (answers, problem) = decode(raw);
        assert!(answers.is_empty(), "{raw}");
        assert_eq!(problem, Some(LoadProblem::Unreadable), "{raw}");
    }
}

#[test]
fn a_newer_version_is_not_guessed_at() {
    let (answers, problem) = decode("{\"version\":2,\"answers\":{\"pain-now\":3}}");
    assert!(answers.is_empty());
    assert_eq!(problem, Some(LoadProblem::NewerVersion(2)));
}

#[test]
fn bad_answers_are_dropped_one_by_one_and_counted() {
    let raw = r#"{"version":1,"answers":{"pain-now":3,"pain-worst-week":42,"leg-pain":"sideways","flag-age":"yes","nope":true}}"#;
    let (answers, problem) = decode(raw);
    assert_eq!(answers.scale("pain-now"), Some(3));
    assert_eq!(answers.len(), 1);
    assert_eq!(problem, Some(LoadProblem::SomeAnswersDropped(4)));
    assert!(problem.unwrap().message().contains("4 saved answers"));
}
