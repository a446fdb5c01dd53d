//! The app's types as stored JSON. Borrowed serde types whose field order fixes the bytes
//! written, so the same data always gives the same text (fixtures pin it).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::data::{SavedData, CURRENT_VERSION};
use crate::assessment::{Answer, Answers, PlanNoteKind, Timestamp};

/// The stored envelope as serde writes it; `encode` gives its text.
#[derive(Serialize)]
pub struct Envelope<'a> {
    version: u64,
    data: DataOut<'a>,
}

#[derive(Serialize)]
struct DataOut<'a> {
    current: CurrentOut<'a>,
    history: Vec<PastCheckOut<'a>>,
    plan: Option<PlanOut<'a>>,
    sessions: Vec<SessionOut<'a>>,
    plan_notes: Vec<PlanNoteOut<'a>>,
}

/// `{"at":…,"kind":"signs","signs":{answers}}`, `{"at":…,"kind":"professional-said-go-on"}`,
/// `{"at":…,"kind":"flare-up"}` or
/// `{"at":…,"kind":"ratings","ratings":[{"activity":"Putting on socks and shoes","score":4},…]}`.
#[derive(Serialize)]
struct PlanNoteOut<'a> {
    at: Timestamp,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    signs: Option<AnswersOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ratings: Option<Vec<RatedOut<'a>>>,
}

#[derive(Serialize)]
struct RatedOut<'a> {
    activity: &'a str,
    score: u8,
}

#[derive(Serialize)]
struct PlanOut<'a> {
    started_at: Timestamp,
    weekdays: Option<&'a [u8]>,
    days_per_week: u8,
    time: Option<u16>,
    weeks: u8,
    activities: Vec<PlannedOut<'a>>,
    earlier_days: Vec<EarlierDaysOut<'a>>,
    pauses: Vec<PauseOut>,
    stopped_at: Option<Timestamp>,
    revision: u32,
    calendar_revision: Option<u32>,
    calendar_cancelled: bool,
}

#[derive(Serialize)]
struct EarlierDaysOut<'a> {
    until: Timestamp,
    weekdays: &'a [u8],
}

#[derive(Serialize)]
struct PlannedOut<'a> {
    activity: &'a str,
    start: u16,
}

#[derive(Serialize)]
struct PauseOut {
    from: Timestamp,
    to: Option<Timestamp>,
}

#[derive(Serialize)]
struct SessionOut<'a> {
    at: Timestamp,
    done: Vec<DoneOut<'a>>,
    pain_during: u8,
    next_day: Option<NextDayOut>,
    stopped_for_pain: bool,
}

#[derive(Serialize)]
struct DoneOut<'a> {
    activity: &'a str,
    amount: u16,
}

#[derive(Serialize)]
struct NextDayOut {
    settled_by_morning: bool,
    back: &'static str,
}

#[derive(Serialize)]
struct CurrentOut<'a> {
    answers: AnswersOut<'a>,
    recorded_as: Option<Timestamp>,
}

#[derive(Serialize)]
struct PastCheckOut<'a> {
    completed_at: Timestamp,
    answers: AnswersOut<'a>,
}

/// Answers as one JSON object, question id to value, in id order (see `docs/answers-format.md`).
pub struct AnswersOut<'a>(pub &'a Answers);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, answer) in self.0.iter() {
            map.serialize_entry(id, &AnswerOut::from(answer))?;
        }
        map.end()
    }
}

/// One answer's plain JSON value: `true`, `7`, `"under-6-weeks"`, `["bending"]`.
#[derive(Serialize)]
#[serde(untagged)]
enum AnswerOut<'a> {
    YesNo(bool),
    Scale(u8),
    Choice(&'a str),
    Choices(&'a [String]),
}

impl<'a> From<&'a Answer> for AnswerOut<'a> {
    fn from(answer: &'a Answer) -> Self {
        match answer {
            Answer::YesNo(yes) => AnswerOut::YesNo(*yes),
            Answer::Scale(value) => AnswerOut::Scale(*value),
            Answer::Choice(choice) => AnswerOut::Choice(choice),
            Answer::Choices(picked) => AnswerOut::Choices(picked),
        }
    }
}

/// The stored form of `data`, for local storage.
pub fn envelope(data: &SavedData) -> Envelope<'_> {
    let history = data.history.checks().iter();
    Envelope {
        version: CURRENT_VERSION,
        data: DataOut {
            current: CurrentOut { answers: AnswersOut(&data.answers), recorded_as: data.recorded_as },
            history: history.map(|check| PastCheckOut { completed_at: check.completed_at, answers: AnswersOut(&check.answers) }).collect(),
            plan: data.plan.as_ref().map(|plan| PlanOut {
                started_at: plan.started_at,
                weekdays: plan.weekdays.as_deref(),
                days_per_week: plan.days_per_week,
                time: plan.time,
                weeks: plan.weeks,
                activities: plan.activities.iter().map(|a| PlannedOut { activity: &a.activity, start: a.start }).collect(),
                earlier_days: plan.earlier_days.iter().map(|e| EarlierDaysOut { until: e.until, weekdays: &e.weekdays }).collect(),
                // Holds are worked out from the log, never stored.
                pauses: plan.pauses.iter().filter(|pause| !pause.held).map(|pause| PauseOut { from: pause.from, to: pause.to }).collect(),
                stopped_at: plan.stopped_at,
                revision: plan.revision,
                calendar_revision: plan.calendar_revision,
                calendar_cancelled: plan.calendar_cancelled,
            }),
            sessions: data
                .sessions
                .iter()
                .map(|s| SessionOut {
                    at: s.at,
                    done: s.done.iter().map(|done| DoneOut { activity: &done.activity, amount: done.amount }).collect(),
                    pain_during: s.pain_during,
                    next_day: s.next_day.map(|n| NextDayOut { settled_by_morning: n.settled_by_morning, back: n.back.id() }),
                    stopped_for_pain: s.stopped_for_pain,
                })
                .collect(),
            plan_notes: data
                .plan_notes
                .iter()
                .map(|note| match &note.kind {
                    PlanNoteKind::Signs(answers) => {
                        PlanNoteOut { at: note.at, kind: SIGNS_NOTE, signs: Some(AnswersOut(answers)), ratings: None }
                    }
                    PlanNoteKind::ProfessionalSaidGoOn => PlanNoteOut { at: note.at, kind: PROFESSIONAL_NOTE, signs: None, ratings: None },
                    PlanNoteKind::FlareUp => PlanNoteOut { at: note.at, kind: FLARE_UP_NOTE, signs: None, ratings: None },
                    PlanNoteKind::Ratings(ratings) => PlanNoteOut {
                        at: note.at,
                        kind: RATINGS_NOTE,
                        signs: None,
                        ratings: Some(ratings.iter().map(|rated| RatedOut { activity: &rated.activity, score: rated.score }).collect()),
                    },
                })
                .collect(),
        },
    }
}

/// The stored names of the kinds of plan note (`read.rs` reads the same).
pub(super) const SIGNS_NOTE: &str = "signs";
pub(super) const PROFESSIONAL_NOTE: &str = "professional-said-go-on";
pub(super) const FLARE_UP_NOTE: &str = "flare-up";
pub(super) const RATINGS_NOTE: &str = "ratings";

/// The stored form of `data` as text: what local storage holds.
pub fn encode(data: &SavedData) -> String {
    serde_json::to_string(&envelope(data)).expect("the envelope has only string keys")
}

/// Writes each key's new value in turn (`None` removes the key) and, when one write fails, puts
/// back what each key written before it held (the third item), so either every key is written or
/// none is: an import whose data fits but whose kept-aside values do not changes nothing.
/// Putting back a value that was stored a moment ago fits where it fitted before.
pub fn write_all_or_nothing<E>(
    writes: &[(&str, Option<String>, Option<String>)],
    mut write: impl FnMut(&str, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    for (done, (key, value, _)) in writes.iter().enumerate() {
        if let Err(error) = write(key, value.as_deref()) {
            for (key, _, before) in writes[..done].iter().rev() {
                let _ = write(key, before.as_deref());
            }
            return Err(error);
        }
    }
    Ok(())
}
