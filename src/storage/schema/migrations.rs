//! Every past version of the stored data, upgraded one step at a time to the current one.
//! Each step is named by both its versions; `docs/answers-format.md` describes each version and
//! `tests/fixtures/stored-vN.json` holds data as each version stored it.

use serde_json::{json, Map, Value};

use super::data::{LoadProblem, CURRENT_VERSION};

/// One step: the envelope of one version to the next, or `None` when it is not that version's shape.
type Step = fn(Value) -> Option<Value>;

/// (from version, the step to the next one). Never edit a released step: people's devices hold
/// data in every past version. Add one for every change to the stored data.
const MIGRATIONS: &[(u64, Step)] = &[
    (1, v1_to_v2),
    (2, v2_to_v3),
    (3, v3_to_v4),
    (4, v4_to_v5),
    (5, v5_to_v6),
    (6, v6_to_v7),
    (7, v7_to_v8),
    (8, v8_to_v9),
    (9, v9_to_v10),
];

/// Version 1 kept only the answers of the check in progress: `{"version":1,"answers":{...}}`.
/// A finished version-1 check has no date, so it stays the check in progress; it joins the
/// history, dated, the next time its results are opened.
fn v1_to_v2(mut envelope: Value) -> Option<Value> {
    let answers = envelope.get_mut("answers")?.take();
    Some(json!({
        "version": 2,
        "data": { "current": { "answers": answers, "recorded_as": null }, "history": [] },
    }))
}

/// Version 3 asks the safety check as tick lists (new question ids), which version 2 cannot read.
/// Finished checks keep the first release's yes/no safety answers and are read with them. An
/// unfinished check in progress drops them, so the person answers the current safety questions
/// (which ask about more signs) before any result; every other answer is kept.
fn v2_to_v3(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = json!(3);
    let current = envelope.get_mut("data")?.get_mut("current");
    if let Some(current) = current.filter(|current| current.get("recorded_as").is_none_or(Value::is_null)) {
        if let Some(Value::Object(answers)) = current.get_mut("answers") {
            answers.retain(|id, _| !id.starts_with("flag-"));
        }
    }
    Some(envelope)
}

/// Version 4 adds the exercise plan and its sessions; older data has neither.
fn v3_to_v4(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = json!(4);
    let data = envelope.get_mut("data")?.as_object_mut()?;
    data.insert("plan".to_string(), Value::Null);
    data.insert("sessions".to_string(), json!([]));
    Some(envelope)
}

/// Version 5 adds the plan's notes (signs ticked at a check-in, a professional's word); older data has none.
fn v4_to_v5(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = json!(5);
    envelope.get_mut("data")?.as_object_mut()?.insert("plan_notes".to_string(), json!([]));
    Some(envelope)
}

/// Version 6: a plan has chosen days, a time, a length, pauses and an end, and starts from a
/// stored amount; a session holds every activity done in it. A version-5 plan keeps its days
/// (spread from the day it began: `weekdays` is null), gets the six weeks every plan has, and its
/// start is what version 5 worked out from `recent`; each session becomes a session of one activity.
fn v5_to_v6(mut envelope: Value) -> Option<Value> {
    // Written with plain inserts, not json!: this runs in the first load, where bytes count.
    *envelope.get_mut("version")? = Value::from(6);
    let data = envelope.get_mut("data")?;
    if let Some(Value::Object(plan)) = data.get_mut("plan") {
        for activity in plan.get_mut("activities")?.as_array_mut()? {
            let activity = activity.as_object_mut()?;
            let recent = activity.remove("recent")?.as_u64()?;
            activity.insert("start".into(), Value::from(((recent * 8 + 5) / 10).max(1)));
        }
        for key in ["weekdays", "time", "stopped_at", "calendar_revision"] {
            plan.insert(key.into(), Value::Null);
        }
        plan.insert("weeks".into(), Value::from(6));
        plan.insert("pauses".into(), Value::Array(Vec::new()));
        plan.insert("revision".into(), Value::from(0));
    }
    for session in data.get_mut("sessions").and_then(Value::as_array_mut).into_iter().flatten().filter_map(Value::as_object_mut) {
        // A session missing either stays unreadable, as it was: counted and kept aside.
        if let (Some(activity), Some(amount)) = (session.remove("activity"), session.remove("amount")) {
            let mut done = Map::new();
            done.insert("activity".into(), activity);
            done.insert("amount".into(), amount);
            session.insert("done".into(), Value::Array(vec![Value::Object(done)]));
        }
    }
    Some(envelope)
}

/// Version 7: the same fields. A list of ticks is written in the bank's order, which changed (the
/// kinds of exercise, most common first); every reader since version 1 puts a list into its own
/// bank's order as it reads it, so only the number changes. The number tells a tab still open on
/// the release before that these bytes are newer than it.
fn v6_to_v7(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = Value::from(7);
    Some(envelope)
}

/// Version 8 keeps a plan's days before each change of days (`earlier_days`), whether the last
/// calendar file took the reminders away (`calendar_cancelled`), and a person's flare-ups as plan
/// notes. A plan from version 7 had no change of days kept, and its calendar files were taken
/// away only when it was paused or ended: it starts with none and `false`.
fn v7_to_v8(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = Value::from(8);
    if let Some(Value::Object(plan)) = envelope.get_mut("data")?.get_mut("plan") {
        plan.insert("earlier_days".into(), json!([]));
        plan.insert("calendar_cancelled".into(), json!(false));
    }
    Some(envelope)
}

/// Version 9: the same fields. Plan notes have a new kind, `ratings` (what the person's back makes
/// hard, rated 0 to 10), which a version-8 reader would drop as unreadable; the number tells a tab
/// still open on version 8 that these bytes are newer than it, so it leaves them alone.
fn v8_to_v9(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = Value::from(9);
    Some(envelope)
}

/// Version 10 keeps whether a session was stopped because of pain (`stopped_for_pain`), which
/// makes it too much at once. Sessions before it were not: each gets `false`.
fn v9_to_v10(mut envelope: Value) -> Option<Value> {
    *envelope.get_mut("version")? = Value::from(10);
    if let Some(Value::Array(sessions)) = envelope.get_mut("data")?.get_mut("sessions") {
        for session in sessions.iter_mut() {
            if let Value::Object(session) = session {
                session.insert("stopped_for_pain".into(), json!(false));
            }
        }
    }
    Some(envelope)
}

/// Migrates an envelope of any known version to the current one; returns its data.
pub(super) fn upgraded(mut envelope: Value) -> Result<Value, LoadProblem> {
    let mut version = envelope.get("version").and_then(Value::as_u64).ok_or(LoadProblem::Unreadable)?;
    if version > CURRENT_VERSION {
        return Err(LoadProblem::NewerVersion(version));
    }
    while version < CURRENT_VERSION {
        let (_, migrate) = MIGRATIONS.iter().find(|(from, _)| *from == version).ok_or(LoadProblem::Unreadable)?;
        envelope = migrate(envelope).ok_or(LoadProblem::Unreadable)?;
        version += 1;
    }
    match envelope.get_mut("data") {
        Some(data @ Value::Object(_)) => Ok(data.take()),
        _ => Err(LoadProblem::Unreadable),
    }
}
