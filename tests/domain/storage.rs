//! The saved-data envelope, its migrations, and export/import, natively (the browser side is in
//! tests/browser.rs).

use backcheck::assessment::{History, PastCheck};
use backcheck::storage::{
    aside_items, decode, encode, export_file, merge_import, read_import, with_aside, ImportFile, ImportProblem, LoadProblem, SavedData,
    Source, CURRENT_VERSION,
};

use crate::profiles::{all_good, all_good_but, first_release_all_good};

const DAY: u64 = 24 * 60 * 60 * 1000;
const NOV_1: u64 = 1_793_491_200_000;

fn some_history() -> History {
    History::from_checks([
        PastCheck { completed_at: NOV_1, answers: all_good_but("pain-now", 7u8) },
        PastCheck { completed_at: NOV_1 + 7 * DAY, answers: all_good_but("pain-now", 5u8) },
    ])
}

fn some_data() -> SavedData {
    let mut answers = all_good();
    answers.clear("exercise-worry");
    SavedData { answers, recorded_as: None, history: some_history(), ..SavedData::default() }
}

#[test]
fn data_round_trips_through_the_current_envelope() {
    let stored = encode(&some_data());
    assert!(stored.starts_with(&format!("{{\"version\":{CURRENT_VERSION},\"data\":{{")), "{stored}");
    assert_eq!(decode(&stored), (some_data(), None));
    let recorded = SavedData {
        answers: all_good_but("pain-now", 5u8),
        recorded_as: Some(NOV_1 + 7 * DAY),
        history: some_history(),
        ..SavedData::default()
    };
    assert_eq!(decode(&encode(&recorded)), (recorded, None));
}

#[test]
fn migrations_keep_the_answers_in_progress_and_ask_the_current_safety_check() {
    // Exactly what version 1 of the app stored.
    let v1 = r#"{"version":1,"answers":{"flag-bladder-bowel":false,"pain-now":6,"aggravating-moves":["bending","twisting"]}}"#;
    let (data, problem) = decode(v1);
    assert_eq!(problem, None);
    assert_eq!(data.answers.scale("pain-now"), Some(6));
    assert_eq!(data.answers.len(), 2, "the old yes/no safety answer gives way to the current safety questions");
    assert_eq!(backcheck::assessment::resume_step(&data.answers), backcheck::assessment::Step::Question("emergency-signs"));
    assert!(data.history.is_empty(), "a version-1 check has no date, so it is not put in the history");
    assert_eq!(data.recorded_as, None);
}

#[test]
fn a_finished_but_unrecorded_first_release_check_asks_the_current_safety_check_before_results() {
    let old = first_release_all_good();
    let v1 = format!(r#"{{"version":1,"answers":{}}}"#, serde_json::to_string(&backcheck::storage::AnswersOut(&old)).unwrap());
    let (data, problem) = decode(&v1);
    assert_eq!(problem, None);
    assert!(!backcheck::assessment::answered_first_safety_check(&data.answers));
    assert_eq!(data.answers.scale("pain-now"), old.scale("pain-now"), "the pain and habit answers are kept");
    assert!(!backcheck::assessment::is_complete(&data.answers), "no result before the current safety questions");
}

#[test]
fn a_recorded_first_release_check_keeps_its_answers_and_its_result() {
    let old = SavedData {
        answers: first_release_all_good(),
        recorded_as: Some(NOV_1),
        history: History::from_checks([PastCheck { completed_at: NOV_1, answers: first_release_all_good() }]),
        ..SavedData::default()
    };
    let mut v2: serde_json::Value = serde_json::from_str(&encode(&old)).unwrap();
    v2["version"] = 2.into();
    let (data, problem) = decode(&v2.to_string());
    assert_eq!(problem, None);
    assert_eq!(data, old);
}

#[test]
fn a_version_1_value_with_bad_answers_keeps_the_good_ones() {
    let v1 = r#"{"version":1,"answers":{"pain-now":3,"pain-worst-week":42,"leg-pain":"sideways","flag-age":"yes","nope":true}}"#;
    let (data, problem) = decode(v1);
    assert_eq!(data.answers.scale("pain-now"), Some(3));
    assert_eq!(data.answers.len(), 1);
    // "flag-age" is one of the first release's safety answers, which a check in progress drops anyway.
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 3, checks: 0, plan_entries: 0 }));
    assert!(problem.unwrap().message().contains("3 answers"));
}

#[test]
fn corrupt_or_foreign_values_are_unreadable() {
    for raw in [
        "",
        "{",
        "null",
        "[1,2]",
        "{\"answers\":{}}",
        "{\"version\":\"1\",\"answers\":{}}",
        "{\"version\":0,\"answers\":{}}",
        "{\"version\":1}",
        "{\"version\":2,\"data\":[]}",
        "{\"version\":2}",
    ] {
        let (data, problem) = decode(raw);
        assert!(data.is_empty(), "{raw}");
        assert_eq!(problem, Some(LoadProblem::Unreadable), "{raw}");
    }
}

#[test]
fn a_newer_version_is_not_guessed_at() {
    let (data, problem) = decode(&format!("{{\"version\":{},\"data\":{{\"history\":[]}}}}", CURRENT_VERSION + 1));
    assert!(data.is_empty());
    assert_eq!(problem, Some(LoadProblem::NewerVersion(CURRENT_VERSION + 1)));
}

#[test]
fn values_of_the_wrong_shape_drop_only_their_part() {
    let good = encode(&some_data());
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let history = value["data"]["history"].as_array_mut().unwrap();
    history.push(serde_json::json!({"completed_at": "yesterday", "answers": {}}));
    history.push(serde_json::json!({"completed_at": 5, "answers": {"pain-now": 3}}));
    history.push(serde_json::json!(42));
    value["data"]["current"]["answers"]["pain-now"] = serde_json::json!(-1);
    let (data, problem) = decode(&value.to_string());
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 1, checks: 3, plan_entries: 0 }));
    assert_eq!(data.history, some_history(), "the valid past checks are all kept");
    assert_eq!(data.answers.len(), some_data().answers.len() - 1);
    let message = problem.unwrap().message();
    assert!(message.contains("3 past checks and 1 answer"), "{message}");

    let (data, problem) = decode(r#"{"version":2,"data":{"current":{"answers":{"pain-now":4}},"history":{}}}"#);
    assert_eq!(data.answers.scale("pain-now"), Some(4));
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 1, plan_entries: 0 }));
}

#[test]
fn a_past_check_with_an_unfinished_answer_set_is_dropped_not_trusted() {
    let mut unfinished = all_good();
    unfinished.clear("exercise-worry");
    let raw = format!(
        r#"{{"version":2,"data":{{"history":[{{"completed_at":1,"answers":{}}}]}}}}"#,
        serde_json::to_string(&backcheck::storage::AnswersOut(&unfinished)).unwrap()
    );
    assert_eq!(decode(&raw).1, Some(LoadProblem::PartsDropped { answers: 0, checks: 1, plan_entries: 0 }));
}

#[test]
fn the_aside_list_keeps_every_unreadable_value_once() {
    // Stored as local storage holds it: the list as JSON text.
    let stored = |items: &[String]| serde_json::to_string(items).unwrap();
    assert_eq!(aside_items(None), Vec::<String>::new());
    let one = with_aside(aside_items(None), "{broken");
    assert_eq!(aside_items(Some(&stored(&one))), vec!["{broken"]);
    let two = with_aside(aside_items(Some(&stored(&one))), "{\"version\":9}");
    assert_eq!(with_aside(two.clone(), "{broken"), two, "the same value is not kept twice");
    assert_eq!(aside_items(Some(&stored(&two))), vec!["{broken", "{\"version\":9}"]);
    // Version 1 of the app kept one raw value, not a list.
    assert_eq!(aside_items(Some("{\"version\":1,\"answers\":")), vec!["{\"version\":1,\"answers\":"]);
}

#[test]
fn an_export_imports_back_whole() {
    let file = export_file(&some_data(), &["{broken".to_string()], NOV_1 + 10 * DAY);
    let imported = read_import(&file).unwrap();
    assert_eq!(imported.data, some_data());
    assert_eq!(imported.kept_aside, vec!["{broken"]);
}

#[test]
fn importing_merges_without_duplicates_and_keeps_local_answers() {
    let file = read_import(&export_file(&some_data(), &[], NOV_1)).unwrap();

    let mut empty = SavedData::default();
    let summary = merge_import(&mut empty, &file);
    assert_eq!((summary.added, summary.already_here, summary.took_answers), (2, 0, Some(false)));
    assert_eq!(empty, some_data(), "a new phone gets everything");
    assert_eq!(summary.message(), "Imported 2 past checks. Your unfinished check from the file is ready to continue.");

    let mut local = some_data();
    local.answers = all_good_but("pain-now", 1u8);
    let third = PastCheck { completed_at: NOV_1 + 14 * DAY, answers: all_good_but("pain-now", 3u8) };
    local.history.merge(&History::from_checks([third.clone()]));
    let summary = merge_import(&mut local, &file);
    assert_eq!((summary.added, summary.already_here, summary.took_answers), (0, 2, None));
    assert_eq!(local.history.len(), 3);
    assert_eq!(local.answers, all_good_but("pain-now", 1u8), "answers in progress here are never replaced");
    assert_eq!(summary.message(), "Nothing new: the 2 checks in the file were already here.");
}

#[test]
fn an_import_says_what_came_in_checks_plan_and_sessions_and_calls_a_finished_check_finished() {
    let mut data = some_plan_data();
    data.answers = data.history.checks()[1].answers.clone();
    let file = read_import(&export_file(&data, &[], NOV_1)).unwrap();
    let mut empty = SavedData::default();
    let summary = merge_import(&mut empty, &file);
    assert_eq!((summary.took_plan, summary.sessions_added, summary.took_answers), (true, 2, Some(true)));
    assert_eq!(
        summary.message(),
        "Imported 2 past checks, your exercise plan and 2 sessions. Your finished check from the file is here: see its results from the start page."
    );
    let again = merge_import(&mut empty, &file);
    assert_eq!(again.message(), "Nothing new: the 2 checks in the file were already here.");
}

#[test]
fn bad_files_are_refused_whole() {
    assert_eq!(read_import("hello"), Err(ImportProblem::NotBackcheck));
    assert_eq!(read_import("{\"name\":\"something else\"}"), Err(ImportProblem::NotBackcheck));
    assert_eq!(read_import(&format!("{{\"version\":{},\"data\":{{}}}}", CURRENT_VERSION + 1)), Err(ImportProblem::NewerVersion));
    let good = export_file(&some_data(), &[], NOV_1);
    let damaged = good.replacen("\"pain-now\": 7", "\"pain-now\": 70", 1);
    assert_ne!(damaged, good, "the test edits a real answer");
    assert_eq!(read_import(&damaged), Err(ImportProblem::Damaged));
    let bad_aside = good.replacen("{\n", "{\n  \"kept_aside\": [1],\n", 1);
    assert_eq!(read_import(&bad_aside), Err(ImportProblem::Damaged));
    for problem in [ImportProblem::NotBackcheck, ImportProblem::NewerVersion, ImportProblem::Damaged] {
        assert!(problem.message().contains("nothing was imported"), "{problem:?}");
    }
}

/// Written by the release before the serde port (its own JSON writer, schema version 2): every
/// check stored or exported then must read back whole.
const STORED_V2: &str = include_str!("../fixtures/stored-v2.json");
const EXPORTED_V2: &str = include_str!("../fixtures/export-v2.json");
/// `STORED_V2` as the release with the safety lists wrote it (schema version 3).
const STORED_V3: &str = include_str!("../fixtures/stored-v3.json");
/// `STORED_V2` as the release with the exercise plan wrote it (schema version 4).
const STORED_V4: &str = include_str!("../fixtures/stored-v4.json");
/// `STORED_V2` as this release writes it (schema version 5): pinned, so the bytes written stay
/// the same from release to release unless a new schema version says otherwise.
const STORED_V5: &str = include_str!("../fixtures/stored-v5.json");
/// Version 6 (chosen days, a length, pauses; sessions of several activities) with the same data.
const STORED_V6: &str = include_str!("../fixtures/stored-v6.json");
/// Version 7 (lists of ticks in the bank's new order: the kinds of exercise, most common first).
const STORED_V7: &str = include_str!("../fixtures/stored-v7.json");
/// Version 8 (a plan's earlier days, its calendar file's state, flare-ups): the same data, no plan.
const STORED_V8: &str = include_str!("../fixtures/stored-v8.json");
/// Version 9 (plan notes may be ratings of what a person's back makes hard): the same data.
const STORED_V9: &str = include_str!("../fixtures/stored-v9.json");
/// Version 10 (a session may be stopped because of pain): the same data.
const STORED_V10: &str = include_str!("../fixtures/stored-v10.json");

/// The fixtures' one list whose order the bank changed (version 7), as the bank orders it now.
fn in_bank_order(json: &str) -> String {
    json.replace(r#""exercise-types":["yoga-pilates","walking"]"#, r#""exercise-types":["walking","yoga-pilates"]"#)
}

/// `in_bank_order` for a file as exports write it, one tick a line.
fn in_bank_order_pretty(json: &str) -> String {
    json.replace("\"yoga-pilates\",\n", "\u{0}").replace("\"walking\"\n", "\"yoga-pilates\"\n").replace('\u{0}', "\"walking\",\n")
}

#[test]
fn data_stored_by_the_earlier_release_loads_unchanged() {
    let (data, problem) = decode(STORED_V2);
    assert_eq!(problem, None);
    assert_eq!(data.answers.scale("pain-now"), Some(4));
    assert!(!data.answers.is_answered("exercise-worry"), "the check in progress stays unfinished");
    assert_eq!(data.history.len(), 2, "both past checks are kept whole");
    let outcomes: Vec<_> = data.history.checks().iter().map(|check| check.outcome()).collect();
    use backcheck::assessment::Outcome::{SeeClinician, SelfCare};
    assert_eq!(outcomes, [SeeClinician, SelfCare], "each read with its own questions: pain 7, then pain 2");
    let v2: serde_json::Value = serde_json::from_str(&in_bank_order(STORED_V2)).unwrap();
    let now: serde_json::Value = serde_json::from_str(&encode(&data)).unwrap();
    assert_eq!(now["data"]["history"], v2["data"]["history"], "past checks are written back exactly, ticks in the bank's order");
    assert_eq!(encode(&data), STORED_V10);
    assert_eq!(decode(STORED_V3), (data.clone(), None), "version 3 reads the same");
    assert_eq!(decode(STORED_V4), (data.clone(), None), "version 4 reads the same");
    assert_eq!(decode(STORED_V5), (data.clone(), None), "version 5 reads the same");
    assert_eq!(decode(STORED_V6), (data.clone(), None), "version 6 reads the same");
    assert_eq!(decode(STORED_V7), (data.clone(), None), "version 7 reads the same");
    assert_eq!(decode(STORED_V8), (data.clone(), None), "version 8 reads the same");
    assert_eq!(decode(STORED_V9), (data, None), "version 9 reads the same");
    assert_eq!(encode(&decode(STORED_V10).0), STORED_V10, "the current version re-encodes byte for byte");
}

#[test]
fn a_file_exported_by_the_earlier_release_loads_unchanged() {
    let file = read_import(EXPORTED_V2).unwrap();
    assert_eq!(file.data.history.len(), 2);
    assert_eq!(file.data.recorded_as, Some(1_794_096_000_000));
    assert_eq!(file.data.answers, file.data.history.checks()[1].answers, "a recorded check keeps its safety answers");
    assert_eq!(file.kept_aside, ["{not json", "quote \" backslash \\ tab \t é 😀 \u{1} end"]);
    let exported_at = 1_794_182_400_000;
    let again = export_file(&file.data, &file.kept_aside, exported_at);
    let as_v2 = again.replacen("\"version\": 10", "\"version\": 2", 1).replacen(
        ",\n    \"plan\": null,\n    \"sessions\": [],\n    \"plan_notes\": []",
        "",
        1,
    );
    assert_eq!(as_v2, in_bank_order_pretty(EXPORTED_V2), "the same file but for its version, the empty plan and the ticks' order");
}

fn some_plan_data() -> SavedData {
    use backcheck::assessment::{BackSince, Done, NextDay, Plan, PlannedActivity, Session};
    let session = |at, next_day| Session {
        at,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 3,
        next_day,
        stopped_for_pain: false,
    };
    let mut plan = Plan::new(NOV_1, vec![1, 3, 5], Some(18 * 60), vec![PlannedActivity { activity: "walking".into(), start: 16 }]);
    plan.pause(NOV_1 + 5 * DAY);
    plan.resume(NOV_1 + 6 * DAY);
    plan.calendar_saved(false);
    SavedData {
        plan: Some(plan),
        sessions: vec![
            session(NOV_1 + DAY, Some(NextDay { settled_by_morning: true, back: BackSince::Same })),
            session(NOV_1 + 3 * DAY, None),
        ],
        ..some_data()
    }
}

#[test]
fn the_plan_and_its_sessions_round_trip_and_are_exported() {
    let data = some_plan_data();
    assert_eq!(decode(&encode(&data)), (data.clone(), None));
    let file = read_import(&export_file(&data, &[], NOV_1)).unwrap();
    assert_eq!((file.data.plan, file.data.sessions), (data.plan, data.sessions));
}

#[test]
fn a_version_5_plan_keeps_its_days_and_start_and_each_session_becomes_one_activity() {
    use backcheck::assessment::{Done, PlannedActivity};
    let v5 = serde_json::json!({"version": 5, "data": {
        "current": {"answers": {}, "recorded_as": null}, "history": [],
        "plan": {"started_at": NOV_1, "days_per_week": 3, "activities": [{"activity": "walking", "recent": 20}, {"activity": "core", "recent": 2}]},
        "sessions": [{"at": NOV_1 + DAY, "activity": "core", "amount": 2, "pain_during": 3, "next_day": null}],
        "plan_notes": []
    }});
    let (data, problem) = decode(&v5.to_string());
    assert_eq!(problem, None);
    let plan = data.plan.unwrap();
    assert_eq!(plan.weekdays, None, "days spread from the day it began, as before");
    assert_eq!((plan.days_per_week, plan.weeks, plan.revision), (3, 6, 0));
    assert_eq!(
        plan.activities,
        [PlannedActivity { activity: "walking".into(), start: 16 }, PlannedActivity { activity: "core".into(), start: 2 }],
        "the start version 5 worked out from what was managed lately"
    );
    assert_eq!(data.sessions[0].done, [Done { activity: "core".into(), amount: 2 }]);
}

#[test]
fn a_bad_session_drops_only_itself_and_a_bad_plan_is_kept_aside_not_guessed() {
    let mut value: serde_json::Value = serde_json::from_str(&encode(&some_plan_data())).unwrap();
    value["data"]["sessions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"at": 9, "done": [{"activity": "juggling", "amount": 3}], "pain_during": 2, "next_day": null}));
    value["data"]["sessions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"at": 10, "done": [{"activity": "walking", "amount": 3}], "pain_during": 11, "next_day": null}));
    let (data, problem) = decode(&value.to_string());
    assert_eq!(data.sessions, some_plan_data().sessions);
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 0, plan_entries: 2 }));
    value["data"]["plan"] = serde_json::json!({"started_at": 1, "days_per_week": 3, "activities": []});
    let (data, problem) = decode(&value.to_string());
    assert_eq!(data.plan, None);
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 0, plan_entries: 3 }));
    assert!(problem.unwrap().message().contains("3 parts of your plan"));
}

#[test]
fn importing_merges_sessions_without_duplicates_and_keeps_the_plan_here() {
    let mut here = some_data();
    let file = read_import(&export_file(&some_plan_data(), &[], NOV_1)).unwrap();
    merge_import(&mut here, &file);
    assert_eq!(here.sessions.len(), 2);
    assert!(here.plan.is_some(), "taken when there is none here");
    merge_import(&mut here, &file);
    assert_eq!(here.sessions.len(), 2, "no duplicates");
    let mut other = some_plan_data();
    other.plan.as_mut().unwrap().days_per_week = 5;
    let before = here.plan.clone();
    merge_import(&mut here, &ImportFile { data: other, kept_aside: vec![] });
    assert_eq!(here.plan, before, "the plan here is not replaced");
}

/// The domain's rule (`assessment::merge_plan`) over the stored data's plan and sessions.
fn merge_plan(
    here: &mut SavedData,
    other_plan: Option<&backcheck::assessment::Plan>,
    other_sessions: &[backcheck::assessment::Session],
) -> bool {
    backcheck::assessment::merge_plan(&mut here.plan, &mut here.sessions, other_plan, other_sessions)
}

#[test]
fn the_newer_plan_wins_and_sessions_stay_with_their_plan() {
    let old = some_plan_data();
    let mut newer = old.clone();
    newer.plan.as_mut().unwrap().started_at = NOV_1 + 10 * DAY;
    newer.sessions.clear();

    // This tab made a new plan; another tab's save still has the old plan and its sessions.
    let mut here = newer.clone();
    assert!(!merge_plan(&mut here, old.plan.as_ref(), &old.sessions), "nothing of the old plan comes back");
    assert_eq!((here.plan.as_ref(), here.sessions.len()), (newer.plan.as_ref(), 0));

    // The tab with the old plan hears of the new one: it takes it, and drops the old sessions.
    let mut there = old.clone();
    assert!(merge_plan(&mut there, newer.plan.as_ref(), &newer.sessions));
    assert_eq!((there.plan.as_ref(), there.sessions.len()), (newer.plan.as_ref(), 0));

    // The same plan in both: sessions from both, once each.
    let mut one = old.clone();
    one.sessions.truncate(1);
    assert!(merge_plan(&mut one, old.plan.as_ref(), &old.sessions));
    assert_eq!(one.sessions, old.sessions);
    assert!(!merge_plan(&mut one, old.plan.as_ref(), &old.sessions), "nothing new the second time");
}

#[test]
fn migration_v3_to_v4_adds_an_empty_plan() {
    let (data, problem) = decode(STORED_V3);
    assert_eq!(problem, None);
    assert_eq!((data.plan, data.sessions.len()), (None, 0));
}

#[test]
fn migration_v4_to_v5_adds_no_plan_notes_and_notes_round_trip() {
    use backcheck::assessment::{PlanNote, PlanNoteKind};
    let (data, problem) = decode(STORED_V4);
    assert_eq!((problem, data.plan_notes.len()), (None, 0));
    let mut signs = backcheck::content::questions::BANK.answers();
    signs.toggle("emergency-signs", "both-legs").unwrap();
    signs.toggle("urgent-signs", "none").unwrap();
    let with_notes = SavedData {
        plan_notes: vec![
            PlanNote { at: NOV_1 + DAY, kind: PlanNoteKind::Signs(signs) },
            PlanNote { at: NOV_1 + 2 * DAY, kind: PlanNoteKind::ProfessionalSaidGoOn },
        ],
        ..some_plan_data()
    };
    assert_eq!(decode(&encode(&with_notes)), (with_notes.clone(), None));
    let file = read_import(&export_file(&with_notes, &[], NOV_1)).unwrap();
    assert_eq!(file.data.plan_notes, with_notes.plan_notes, "exported and imported whole");
    let mut here = some_data();
    merge_import(&mut here, &file);
    merge_import(&mut here, &file);
    assert_eq!(here.plan_notes, with_notes.plan_notes, "imported once, never dropped, never doubled");
}

#[test]
fn a_plan_note_that_cannot_be_read_whole_is_left_out_and_counted() {
    let mut value: serde_json::Value = serde_json::from_str(&encode(&some_plan_data())).unwrap();
    value["data"]["plan_notes"] = serde_json::json!([
        {"at": 5, "kind": "signs", "signs": {"emergency-signs": ["not-a-sign"]}},
        {"at": 6, "kind": "signs", "signs": {"pain-now": 3}},
        {"at": 7, "kind": "something-new"},
        {"at": 8, "kind": "signs", "signs": {"emergency-signs": ["chest-pain"]}}
    ]);
    let (data, problem) = decode(&value.to_string());
    assert_eq!(data.plan_notes.len(), 1, "only the whole, valid note");
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 0, plan_entries: 3 }));
}

#[test]
fn a_time_that_cannot_be_true_is_never_read_so_no_page_shows_an_impossible_date() {
    // Past the end of four-digit years, or past what JavaScript counts exactly (review #22).
    for impossible in ["18446744073709551615", "9007199254740993", "253402300800000"] {
        let stored = encode(&some_plan_data()).replacen(&NOV_1.to_string(), impossible, 1);
        let (data, problem) = decode(&stored);
        assert!(data.history.checks().iter().all(|check| check.completed_at <= backcheck::storage::LATEST_TIME), "{impossible}");
        assert!(matches!(problem, Some(LoadProblem::PartsDropped { .. })), "{impossible}: counted and kept aside");
        let file = export_file(&some_plan_data(), &[], NOV_1 + DAY)
            .replace(&format!("\"completed_at\": {NOV_1}"), &format!("\"completed_at\": {impossible}"));
        assert_eq!(read_import(&file), Err(ImportProblem::Damaged), "{impossible}: a file with it is refused whole");
    }
    let plan_start = export_file(&some_plan_data(), &[], NOV_1 + DAY)
        .replace(&format!("\"started_at\": {NOV_1}"), "\"started_at\": 18446744073709551615");
    assert_eq!(read_import(&plan_start), Err(ImportProblem::Damaged), "a plan that starts at an impossible time");
    let latest = export_file(&some_plan_data(), &[], NOV_1 + DAY)
        .replace(&format!("\"completed_at\": {NOV_1}"), &format!("\"completed_at\": {}", backcheck::storage::LATEST_TIME));
    assert!(read_import(&latest).is_ok(), "the last moment of 9999 is still a date");
}

#[test]
fn a_check_in_progress_recorded_as_an_impossible_time_is_refused_and_never_recorded_twice() {
    let latest = some_history().checks()[1].clone();
    let recorded = SavedData { answers: latest.answers.clone(), recorded_as: Some(latest.completed_at), ..some_data() };
    let later = NOV_1 + 30 * DAY;
    // "See your latest results" finds the check's history entry and adds none, stored or imported.
    let (mut stored, problem) = decode(&encode(&recorded));
    assert_eq!(problem, None);
    assert_eq!(stored.history.record(&stored.answers, later, stored.recorded_as), Some(latest.completed_at));
    assert_eq!(stored.history, some_history());
    let mut here = SavedData::default();
    merge_import(&mut here, &read_import(&export_file(&recorded, &[], later)).unwrap());
    assert_eq!(here.history.record(&here.answers, later, here.recorded_as), Some(latest.completed_at));
    assert_eq!(here.history, some_history());

    for impossible in ["18446744073709551615", "9007199254740993", "253402300800000", "-1", "1.5", "\"1794096000000\"", "true"] {
        let with_impossible = |written: String, separator: &str| {
            let link = format!("\"recorded_as\":{separator}{}", latest.completed_at);
            assert!(written.contains(&link), "{written}");
            written.replacen(&link, &format!("\"recorded_as\":{separator}{impossible}"), 1)
        };
        let file = with_impossible(export_file(&recorded, &[], later), " ");
        assert_eq!(read_import(&file), Err(ImportProblem::Damaged), "{impossible}: a file with it is refused whole");

        let (mut data, problem) = decode(&with_impossible(encode(&recorded), ""));
        let answers = recorded.answers.len();
        assert_eq!(
            problem,
            Some(LoadProblem::PartsDropped { answers, checks: 0, plan_entries: 0 }),
            "{impossible}: counted and kept aside"
        );
        assert_eq!((data.answers.is_empty(), data.recorded_as), (true, None), "{impossible}: the check in progress is not read");
        assert_eq!(data.history, some_history(), "{impossible}: the finished check stays in the history");
        assert_eq!(data.history.record(&data.answers, later, data.recorded_as), None, "{impossible}");
        assert_eq!(data.history, some_history(), "{impossible}: its results never record it a second time");
    }
}

#[test]
fn two_entries_with_one_time_refuse_a_file_whichever_kind_and_stored_ones_keep_the_first() {
    let two_checks = export_file(&some_plan_data(), &[], NOV_1 + DAY);
    let mut value: serde_json::Value = serde_json::from_str(&two_checks).unwrap();
    let first = value["data"]["history"][0].clone();
    value["data"]["history"].as_array_mut().unwrap().push(first);
    assert_eq!(read_import(&value.to_string()), Err(ImportProblem::Duplicates), "two checks with one time");
    let mut sessions: serde_json::Value = serde_json::from_str(&two_checks).unwrap();
    let session = sessions["data"]["sessions"][0].clone();
    sessions["data"]["sessions"].as_array_mut().unwrap().push(session);
    assert_eq!(read_import(&sessions.to_string()), Err(ImportProblem::Duplicates), "two sessions with one time: the same rule");
    assert!(ImportProblem::Duplicates.message().contains("nothing was imported"));
    // Stored data: the first is kept, the other counted and kept aside, not dropped silently.
    let stored = serde_json::json!({"version": 6, "data": value["data"].clone()});
    let (data, problem) = decode(&stored.to_string());
    assert_eq!(data.history.len(), 2);
    assert_eq!(problem, Some(LoadProblem::PartsDropped { answers: 0, checks: 1, plan_entries: 0 }));
}

/// Every place two copies of the data meet: a save after another tab's, another tab's save, an import.
const EVERY_SOURCE: [Source; 3] = [Source::StoredBeforeSave, Source::OtherTabSaved, Source::File];

/// Two copies of one plan, each with a past check, a session and a plan note the other lacks.
fn two_copies() -> (SavedData, SavedData) {
    use backcheck::assessment::{PlanNote, PlanNoteKind};
    let plan = some_plan_data();
    let checks = plan.history.checks().to_vec();
    let note = |at| PlanNote { at, kind: PlanNoteKind::ProfessionalSaidGoOn };
    let here = SavedData {
        history: History::from_checks([checks[0].clone()]),
        sessions: plan.sessions[..1].to_vec(),
        plan_notes: vec![note(NOV_1 + 2 * DAY)],
        ..plan.clone()
    };
    let there = SavedData {
        history: History::from_checks([checks[1].clone()]),
        sessions: plan.sessions[1..].to_vec(),
        plan_notes: vec![note(NOV_1 + 4 * DAY)],
        ..plan
    };
    (here, there)
}

#[test]
fn wherever_two_copies_meet_past_checks_sessions_and_notes_from_both_are_kept_once() {
    for from in EVERY_SOURCE {
        let (mut here, there) = two_copies();
        let merged = here.merge_from(&there, from);
        assert_eq!(here.history, some_plan_data().history, "{from:?}: past checks from both");
        assert_eq!(here.sessions, some_plan_data().sessions, "{from:?}: sessions from both, in order");
        assert_eq!(here.plan_notes.iter().map(|note| note.at).collect::<Vec<_>>(), [NOV_1 + 2 * DAY, NOV_1 + 4 * DAY], "{from:?}: notes");
        assert_eq!((merged.checks.added, merged.checks.already_here, merged.sessions_added), (1, 0, 1), "{from:?}");
        assert!(merged.changed, "{from:?}");

        let again = here.clone();
        let merged = here.merge_from(&there, from);
        assert_eq!(here, again, "{from:?}: nothing doubled the second time");
        assert_eq!((merged.checks.added, merged.checks.already_here, merged.changed), (0, 1, false), "{from:?}");
    }
}

#[test]
fn of_one_past_check_in_two_versions_the_copy_changed_last_wins_and_a_file_replaces_nothing() {
    let mine = some_data();
    let mut theirs = some_data();
    let changed = PastCheck { answers: all_good_but("pain-now", 2u8), ..theirs.history.checks()[0].clone() };
    theirs.history = History::from_checks([changed.clone(), theirs.history.checks()[1].clone()]);

    for (from, wins) in [(Source::StoredBeforeSave, &mine), (Source::OtherTabSaved, &theirs), (Source::File, &mine)] {
        let mut here = mine.clone();
        let merged = here.merge_from(&theirs, from);
        assert_eq!(here.history, wins.history, "{from:?}");
        assert_eq!(merged.changed, from == Source::OtherTabSaved, "{from:?}");
        assert_eq!((merged.checks.added, merged.checks.already_here), (0, 2), "{from:?}");
    }
}

#[test]
fn between_tabs_the_newer_plan_wins_and_a_file_s_plan_only_fills_an_empty_place() {
    let old = some_plan_data();
    let mut newer = old.clone();
    newer.plan.as_mut().unwrap().started_at = NOV_1 + 10 * DAY;
    newer.sessions.clear();

    for from in EVERY_SOURCE {
        let mut here = old.clone();
        let merged = here.merge_from(&newer, from);
        if from == Source::File {
            assert_eq!((here.plan, here.sessions.len(), merged.took_plan), (old.plan.clone(), 2, false), "{from:?}: nothing here replaced");
        } else {
            assert_eq!((here.plan, here.sessions.len(), merged.took_plan), (newer.plan.clone(), 0, true), "{from:?}: old sessions go");
        }

        let mut none_here = SavedData { plan: None, sessions: Vec::new(), ..old.clone() };
        let merged = none_here.merge_from(&newer, from);
        assert_eq!((none_here.plan, merged.took_plan), (newer.plan.clone(), true), "{from:?}: an empty place is filled");
    }
}

/// A file, or another tab, brings its check in progress only where there is none here; the
/// stored copy read back before a save never does, as this tab may just have cleared its own.
#[test]
fn answers_in_progress_come_only_where_there_are_none_here_and_never_from_before_a_save() {
    let mut theirs = some_data();
    let finished = theirs.history.checks()[1].clone();
    (theirs.answers, theirs.recorded_as) = (finished.answers.clone(), Some(finished.completed_at));

    for from in EVERY_SOURCE {
        let mut here = SavedData::default();
        let merged = here.merge_from(&theirs, from);
        if from == Source::StoredBeforeSave {
            let as_this_tab_left_them = (SavedData::default().answers, None, false);
            assert_eq!((here.answers, here.recorded_as, merged.took_answers), as_this_tab_left_them, "{from:?}");
        } else {
            assert_eq!((&here.answers, here.recorded_as, merged.took_answers), (&theirs.answers, theirs.recorded_as, true), "{from:?}");
        }

        let mut busy = SavedData { answers: all_good_but("pain-now", 1u8), ..SavedData::default() };
        let merged = busy.merge_from(&theirs, from);
        assert_eq!((busy.answers, merged.took_answers), (all_good_but("pain-now", 1u8), false), "{from:?}: never replaced");
    }

    // The file's check is linked to its history entry only when that entry holds the same answers.
    let mut unlinked = theirs.clone();
    unlinked.recorded_as = Some(theirs.history.checks()[0].completed_at);
    let mut here = SavedData::default();
    here.merge_from(&unlinked, Source::File);
    assert_eq!(here.recorded_as, None);
}

/// The next morning's answer given in one tab is kept when the other tab, which has the session
/// without it, saves or hears of the save, whichever copy is merged into which.
#[test]
fn a_morning_answer_given_in_one_copy_is_kept_by_every_merge() {
    let answered = some_plan_data();
    let mut unanswered = answered.clone();
    unanswered.sessions[0].next_day = None;
    for from in EVERY_SOURCE {
        let mut here = unanswered.clone();
        let merged = here.merge_from(&answered, from);
        assert_eq!((here.sessions.clone(), merged.changed), (answered.sessions.clone(), true), "{from:?}: taken from the other copy");
        let mut here = answered.clone();
        let merged = here.merge_from(&unanswered, from);
        assert_eq!((here.sessions, merged.changed), (answered.sessions.clone(), false), "{from:?}: kept here");
    }
}

#[test]
fn another_check_in_progress_is_one_unfinished_and_not_this_copys() {
    let unfinished = |pain: u8| {
        let mut answers = all_good_but("pain-now", pain);
        answers.clear("exercise-worry");
        SavedData { answers, ..SavedData::default() }
    };
    let finished = SavedData { answers: all_good(), ..SavedData::default() };
    let nothing = SavedData::default();
    assert!(nothing.other_check_in_progress(&unfinished(3)), "starting one here would replace it");
    assert!(finished.other_check_in_progress(&unfinished(3)));
    assert!(unfinished(5).other_check_in_progress(&unfinished(3)), "two different checks");
    assert!(!unfinished(3).other_check_in_progress(&unfinished(3)), "the same check: this tab's own");
    assert!(!unfinished(3).other_check_in_progress(&finished), "a finished check is in the history");
    assert!(!unfinished(3).other_check_in_progress(&nothing));
}

/// Local storage as browsers keep it, for `write_all_or_nothing`: a quota over all values.
struct Quota {
    values: std::collections::BTreeMap<String, String>,
    bytes: usize,
}

impl Quota {
    fn write(&mut self, key: &str, value: Option<&str>) -> Result<(), &'static str> {
        let others: usize = self.values.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
        match value {
            Some(value) if others + key.len() + value.len() > self.bytes => Err("QuotaExceededError"),
            Some(value) => {
                self.values.insert(key.to_string(), value.to_string());
                Ok(())
            }
            None => {
                self.values.remove(key);
                Ok(())
            }
        }
    }
}

/// An import writes the kept-aside values, then the data: when the data does not fit, the
/// kept-aside values go back to what they were, and when the kept-aside values do not fit, the
/// data is not written. Either way nothing changed, which is what the person is told.
#[test]
fn an_import_is_written_all_or_nothing() {
    use backcheck::storage::write_all_or_nothing;
    let stored = |aside: &str, data: &str| -> std::collections::BTreeMap<String, String> {
        [("backcheck.unreadable", aside), ("backcheck", data)].map(|(k, v)| (k.to_string(), v.to_string())).into_iter().collect()
    };
    let writes = |aside: &str, data: &str| {
        [("backcheck.unreadable", Some(aside.to_string()), Some("[\"old\"]".to_string())), ("backcheck", Some(data.to_string()), None)]
    };
    let before = stored("[\"old\"]", "checks");
    for (aside, data, fits) in [
        ("[\"old\",\"new\"]", "more checks", true),
        ("[\"old\",\"new\"]", &*"c".repeat(100), false),
        (&*format!("[\"old\",\"{}\"]", "n".repeat(100)), "more checks", false),
    ] {
        let mut storage = Quota { values: before.clone(), bytes: 80 };
        let result = write_all_or_nothing(&writes(aside, data), |key, value| storage.write(key, value));
        if fits {
            assert_eq!((result, storage.values), (Ok(()), stored(aside, data)));
        } else {
            assert_eq!((result, storage.values), (Err("QuotaExceededError"), before.clone()), "nothing changed");
        }
    }
}

/// Another tab's save: a tab that still has the answers stored before it follows the check the
/// other tab carried on; a tab with answers of its own keeps them, and is told of the other check.
#[test]
fn a_tab_follows_the_check_another_tab_carried_on_and_keeps_its_own() {
    let answered = |questions: &[&str]| {
        let mut answers = SavedData::default().answers;
        for &id in questions {
            answers.set(id, all_good().get(id).unwrap().clone()).unwrap();
        }
        SavedData { answers, history: some_history(), ..SavedData::default() }
    };
    let (two, three) = (answered(&["emergency-signs", "who-for"]), answered(&["emergency-signs", "who-for", "urgent-signs"]));

    let mut following = two.clone();
    assert!(!following.take_other_tab_save(&three, Some(&two.answers)), "the same check, carried on");
    assert_eq!(following.answers, three.answers);

    let mut own = answered(&["emergency-signs"]);
    assert!(own.take_other_tab_save(&three, Some(&two.answers)), "two checks in progress");
    assert_eq!(own.answers, answered(&["emergency-signs"]).answers, "this tab's own stays");

    let mut none = SavedData { history: some_history(), ..SavedData::default() };
    assert!(!none.take_other_tab_save(&three, None));
    assert_eq!(none.answers, three.answers, "nothing here: the other tab's check is this tab's too");

    let mut finished = SavedData { answers: all_good(), ..some_data() };
    assert!(!finished.take_other_tab_save(&three, Some(&two.answers)), "a finished check is in the history, not in progress");
    assert_eq!(finished.answers, all_good());
}

#[test]
fn version_9_sessions_come_in_as_not_stopped_for_pain_and_version_10_keeps_it() {
    let data = some_plan_data();
    assert!(!data.sessions.is_empty());
    let v10 = encode(&data);
    assert!(v10.contains("\"stopped_for_pain\":false"), "{v10}");
    let v9 = v10.replace(",\"stopped_for_pain\":false", "").replacen("{\"version\":10,", "{\"version\":9,", 1);
    assert!(!v9.contains("stopped_for_pain"));
    assert_eq!(decode(&v9), (data.clone(), None), "each session gets false");
    let mut stopped = data.clone();
    stopped.sessions[0].stopped_for_pain = true;
    assert_eq!(decode(&encode(&stopped)), (stopped, None));
    // A version-10 session without it is not this version's: it is dropped, not guessed.
    let (without, problem) = decode(&v10.replacen(",\"stopped_for_pain\":false", "", 1));
    assert_eq!(without.sessions.len(), data.sessions.len() - 1);
    assert!(problem.is_some(), "and said");
}
