//! The content is data: ids unique and stable, every text present, every reference resolvable.

use std::collections::HashSet;

use backcheck::assessment::{QuestionKind, Section, RED_FLAGS, RULES};
use backcheck::content::guidance::{guidance_text, GUIDANCE};
use backcheck::content::questions::BANK;

/// Stored answers and share links depend on these ids. Adding a question is fine; renaming or
/// removing one breaks people's saved data, so this list changes only with a storage migration.
const STABLE_QUESTION_IDS: &[&str] = &[
    "emergency-signs",
    "who-for",
    "urgent-signs",
    "risk-factors",
    "pain-now",
    "pain-worst-week",
    "pain-duration",
    "pain-course",
    "leg-pain",
    "daily-life",
    "bed-rest-days",
    "pain-with-activity",
    "exercise-worry",
    "aggravating-moves",
    "active-days",
    "exercise-types",
    "warm-up",
    "stretching",
    "toe-touches",
    "push-through-pain",
    "slouching",
    "sitting-hours",
    // The first release's safety check: no longer asked, kept so old checks still read.
    "flag-bladder-bowel",
    "flag-saddle-numbness",
    "flag-leg-weakness",
    "flag-trauma",
    "flag-fever",
    "flag-cancer-history",
    "flag-weight-loss",
    "flag-night-pain",
    "flag-bone-weakness",
    "flag-age",
];

const STABLE_GUIDANCE_IDS: &[&str] = &[
    "keep-moving",
    "find-aggravating-moves",
    "comfortable-intensity",
    "pain-vs-soreness",
    "posture",
    "warm-up",
    "avoid-high-impact",
    "no-overhead-lifting",
    "stretching",
    "low-impact-cardio",
    "skip-toe-touch",
    "strengthen-core",
    "check-with-professional",
];

#[test]
fn question_ids_are_the_stable_ones_in_order() {
    let ids: Vec<&str> = BANK.questions().iter().map(|q| q.id).collect();
    assert_eq!(ids, STABLE_QUESTION_IDS);
}

#[test]
fn questions_asked_together_sit_side_by_side_and_a_list_of_ticks_comes_last() {
    let ids: Vec<&str> = BANK.questions().iter().map(|q| q.id).collect();
    let mut grouped: Vec<&str> = Vec::new();
    for group in BANK.together() {
        assert!(group.questions.len() >= 2, "{}: a group shares a screen", group.title);
        let first = ids.iter().position(|id| *id == group.questions[0]).expect("grouped questions are in the bank");
        assert_eq!(&ids[first..first + group.questions.len()], group.questions, "{}: in bank order, side by side", group.title);
        for (index, id) in group.questions.iter().enumerate() {
            let question = BANK.question(id).unwrap();
            assert_ne!(question.section, Section::Safety, "each safety list keeps a screen of its own");
            let is_list = matches!(question.kind, backcheck::assessment::QuestionKind::MultipleChoice(_));
            assert!(!is_list || index == group.questions.len() - 1, "{id}: ticks come last, or Tab walks through them all");
        }
        grouped.extend(group.questions.iter().copied());
    }
    let unique: std::collections::BTreeSet<_> = grouped.iter().collect();
    assert_eq!(unique.len(), grouped.len(), "a question is in one group at most");
}

#[test]
fn none_of_these_comes_first_on_every_safety_list() {
    for question in BANK.questions().iter().filter(|q| q.section == Section::Safety) {
        let choices = question.choices();
        assert!(choices[0].exclusive, "{}: one key press answers it for a person with no signs", question.id);
        assert!(choices[1..].iter().all(|choice| !choice.exclusive), "{}", question.id);
    }
}

#[test]
fn choice_ids_are_unique_within_each_question_and_every_question_has_choices_or_a_scale() {
    for question in BANK.questions() {
        let ids: HashSet<&str> = question.choices().iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), question.choices().len(), "duplicate choice id in {}", question.id);
        match question.kind {
            QuestionKind::SingleChoice(choices) => {
                assert!(choices.len() >= 2, "{} needs at least two choices", question.id);
                assert!(choices.iter().all(|c| !c.exclusive), "{}: 'exclusive' only means something in multiple choice", question.id);
            }
            QuestionKind::MultipleChoice(choices) => assert!(choices.len() >= 2, "{}", question.id),
            QuestionKind::Scale { min, max, .. } => assert!(min < max, "{}", question.id),
            QuestionKind::YesNo => {}
        }
    }
}

#[test]
fn every_question_has_a_prompt_and_a_topic() {
    for question in BANK.questions() {
        assert!(question.prompt.ends_with('?'), "{} prompt should be a question", question.id);
        assert!(!question.topic.is_empty(), "{}", question.id);
        assert!(question.choices().iter().all(|c| !c.label.is_empty()), "{}", question.id);
    }
}

#[test]
fn safety_questions_come_first_and_every_choice_but_none_is_a_red_flag() {
    let safety: Vec<&str> = BANK.questions().iter().take_while(|q| q.section == Section::Safety).map(|q| q.id).collect();
    assert_eq!(safety, ["emergency-signs", "who-for", "urgent-signs", "risk-factors"]);
    assert!(BANK.questions().iter().skip(safety.len()).all(|q| q.section != Section::Safety));
    for question in BANK.questions().iter().filter(|q| q.section == Section::Safety) {
        let QuestionKind::MultipleChoice(choices) = question.kind else { panic!("{} is a tick list", question.id) };
        let exclusive: Vec<&str> = choices.iter().filter(|c| c.exclusive).map(|c| c.id).collect();
        assert_eq!(exclusive.len(), 1, "{} has one explicit “none” choice", question.id);
        for choice in choices.iter().filter(|c| !c.exclusive) {
            assert!(
                RED_FLAGS.iter().any(|flag| flag.question == question.id && flag.choice == Some(choice.id)),
                "{}: {} is not a red flag",
                question.id,
                choice.id
            );
        }
    }
    // The first release's yes/no questions are all still red flags, for the checks made with them.
    for question in BANK.questions().iter().filter(|q| q.section == Section::FirstSafetyCheck) {
        assert_eq!(question.kind, QuestionKind::YesNo);
        assert!(RED_FLAGS.iter().any(|flag| flag.question == question.id && flag.choice.is_none()), "{}", question.id);
    }
    for flag in RED_FLAGS {
        let question = BANK.question(flag.question).unwrap_or_else(|| panic!("{} is in the bank", flag.question));
        if let Some(choice) = flag.choice {
            assert!(question.choice(choice).is_some(), "{} has no choice {choice}", flag.question);
        }
    }
}

#[test]
fn guidance_ids_are_the_stable_ones_and_each_has_a_rule_and_a_text() {
    let texts: HashSet<&str> = GUIDANCE.iter().map(|g| g.id).collect();
    let rules: HashSet<&str> = RULES.iter().map(|(id, _)| *id).collect();
    let stable: HashSet<&str> = STABLE_GUIDANCE_IDS.iter().copied().collect();
    assert_eq!(texts.len(), GUIDANCE.len(), "duplicate guidance text id");
    assert_eq!(rules.len(), RULES.len(), "duplicate rule id");
    assert_eq!(texts, stable);
    assert_eq!(rules, stable);
}

#[test]
fn every_guidance_text_is_complete() {
    for text in GUIDANCE {
        assert!(!text.title.is_empty() && !text.advice.is_empty(), "{}", text.id);
        assert!(!text.article_point.is_empty(), "{} must say which point of the article it comes from", text.id);
        let notes: HashSet<&str> = text.notes.iter().map(|(id, _)| *id).collect();
        assert_eq!(notes.len(), text.notes.len(), "{}: duplicate note id", text.id);
    }
    assert!(guidance_text("no-such-item").is_none());
}

mod answers {
    use backcheck::assessment::{Answer, AnswerError};
    use backcheck::content::questions::BANK;

    #[test]
    fn set_checks_the_answer_against_its_question() {
        let mut answers = BANK.answers();
        assert_eq!(answers.set("pain-now", 11u8.into()), Err(AnswerError::OutOfRange { question: "pain-now", value: 11 }));
        assert_eq!(answers.set("pain-now", true.into()), Err(AnswerError::WrongKind { question: "pain-now" }));
        assert!(matches!(answers.set("leg-pain", "sideways".into()), Err(AnswerError::UnknownChoice { .. })));
        assert!(matches!(answers.set("nope", true.into()), Err(AnswerError::UnknownQuestion(_))));
        assert_eq!(answers.set("exercise-types", Answer::Choices(vec![])), Err(AnswerError::NothingPicked { question: "exercise-types" }));
        assert_eq!(
            answers.set("exercise-types", ["none", "walking"].into()),
            Err(AnswerError::ExclusiveMixed { question: "exercise-types" })
        );
        assert!(answers.is_empty(), "nothing invalid got in");
        answers.set("exercise-types", ["walking", "hiit", "walking"].into()).unwrap();
        assert_eq!(answers.get("exercise-types"), Some(&["walking", "hiit"].into()), "normal form: bank order, no repeats");
    }

    #[test]
    fn toggling_handles_the_exclusive_choice() {
        let mut answers = BANK.answers();
        answers.toggle("exercise-types", "walking").unwrap();
        answers.toggle("exercise-types", "hiit").unwrap();
        assert_eq!(answers.describe("exercise-types").unwrap(), "Walking, CrossFit, HIIT or boot camp classes");
        answers.toggle("exercise-types", "none").unwrap();
        assert_eq!(answers.get("exercise-types"), Some(&["none"].into()));
        answers.toggle("exercise-types", "yoga-pilates").unwrap();
        assert_eq!(answers.get("exercise-types"), Some(&["yoga-pilates"].into()));
        answers.toggle("exercise-types", "yoga-pilates").unwrap();
        assert!(!answers.is_answered("exercise-types"), "unticking the last choice leaves it unanswered");
        assert!(answers.toggle("exercise-types", "knitting").is_err());
    }

    #[test]
    fn the_json_form_is_the_documented_one() {
        let mut answers = BANK.answers();
        answers.set("flag-age", false.into()).unwrap();
        answers.set("pain-now", 6u8.into()).unwrap();
        answers.set("leg-pain", "none".into()).unwrap();
        answers.set("aggravating-moves", ["bending", "sitting"].into()).unwrap();
        let json = serde_json::to_string(&backcheck::storage::AnswersOut(&answers)).unwrap();
        assert_eq!(json, r#"{"aggravating-moves":["bending","sitting"],"flag-age":false,"leg-pain":"none","pain-now":6}"#);
        let out_of_range = serde_json::from_str::<serde_json::Value>(r#"{"pain-now": 60, "leg-pain": "none"}"#).unwrap();
        assert_eq!(backcheck::storage::answers_from_json(&out_of_range).1, 1, "the bad answer is dropped, the other kept");
    }
}

#[test]
fn the_first_screen_in_index_html_lists_every_emergency_sign_in_the_bank_s_words() {
    // index.html paints before the app runs; its list must not drift from the question bank.
    let html = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    let listed: String = backcheck::content::questions::EMERGENCY_SIGNS
        .iter()
        .filter(|sign| !sign.exclusive)
        .map(|sign| format!("<li>{}</li>", sign.label))
        .collect();
    assert!(html.contains(&format!("<ul>{listed}</ul>")), "index.html's emergency list differs from content::questions");
}

/// One way to say a list, for every list the app writes ("Monday, Wednesday and Friday").
#[test]
fn a_list_reads_a_b_and_c() {
    use backcheck::content::words::{and_list, count};
    assert_eq!(and_list::<&str>(&[]), "");
    assert_eq!(and_list(&["walking"]), "walking");
    assert_eq!(and_list(&["walking", "swimming"]), "walking and swimming");
    assert_eq!(and_list(&["walking".to_string(), "swimming".to_string(), "cycling".to_string()]), "walking, swimming and cycling");
    assert_eq!(count(1, "past check", "past checks"), "1 past check");
    assert_eq!(count(0, "past check", "past checks"), "0 past checks");
    assert_eq!(count(2, "session", "sessions"), "2 sessions");
}
