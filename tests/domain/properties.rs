//! Random answer sets, valid or not: nothing panics, emergency always wins, and no red flag ever
//! leads to an exercise plan.

use std::collections::BTreeMap;

use backcheck::assessment::{
    evaluate, is_complete, next_step, path, previous_question, progress, relevant_answers, resume_step, screens, triage, Answer, Answers,
    Outcome, Step, RED_FLAGS,
};
use backcheck::content::questions::BANK;
use proptest::prelude::*;

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<bool>().prop_map(Answer::YesNo),
        any::<u8>().prop_map(Answer::Scale),
        "[a-z0-9-]{0,16}".prop_map(Answer::Choice),
        prop::collection::vec("[a-z0-9-]{0,16}", 0..4).prop_map(Answer::Choices),
    ]
}

/// A valid answer for a question, so the sets reach deep into the flow.
fn valid_answer(index: usize) -> BoxedStrategy<Answer> {
    use backcheck::assessment::QuestionKind::*;
    let question = &BANK.questions()[index];
    match question.kind {
        YesNo => any::<bool>().prop_map(Answer::YesNo).boxed(),
        Scale { min, max, .. } => (min..=max).prop_map(Answer::Scale).boxed(),
        SingleChoice(choices) => prop::sample::select(choices).prop_map(|c| Answer::Choice(c.id.to_string())).boxed(),
        // Safety lists: "None of these" half the time, so sets also get past the safety check.
        MultipleChoice(choices) if question.section == backcheck::assessment::Section::Safety => {
            let none = choices.iter().find(|c| c.exclusive).expect("a none choice").id.to_string();
            prop_oneof![
                Just(Answer::Choices(vec![none])),
                prop::sample::subsequence(choices.iter().filter(|c| !c.exclusive).copied().collect::<Vec<_>>(), 1..=2)
                    .prop_map(|picked| Answer::Choices(picked.iter().map(|c| c.id.to_string()).collect())),
            ]
            .boxed()
        }
        MultipleChoice(choices) => prop::sample::subsequence(choices, 1..=choices.len())
            .prop_map(|picked| {
                let exclusive = picked.iter().find(|c| c.exclusive);
                Answer::Choices(match exclusive {
                    Some(only) => vec![only.id.to_string()],
                    None => picked.iter().map(|c| c.id.to_string()).collect(),
                })
            })
            .boxed(),
    }
}

fn valid_answers() -> impl Strategy<Value = Answers> {
    // The first release's questions rarely, as only old checks answer them.
    let weight = |i: usize| if BANK.questions()[i].section == backcheck::assessment::Section::FirstSafetyCheck { 0.1 } else { 0.8 };
    let per_question: Vec<_> = (0..BANK.questions().len()).map(|i| prop::option::weighted(weight(i), valid_answer(i))).collect();
    per_question.prop_map(|answers| {
        let mut set = BANK.answers();
        for (question, answer) in BANK.questions().iter().zip(answers) {
            if let Some(answer) = answer {
                set.set(question.id, answer).expect("valid by construction");
            }
        }
        set
    })
}

fn random_raw() -> impl Strategy<Value = BTreeMap<String, Answer>> {
    let ids: Vec<String> = BANK.questions().iter().map(|q| q.id.to_string()).chain(["junk".to_string()]).collect();
    prop::collection::btree_map(prop::sample::select(ids), any_answer(), 0..30)
}

proptest! {
    #[test]
    fn untrusted_answers_never_panic_and_only_valid_ones_get_in(raw in random_raw()) {
        let (answers, problems) = Answers::from_untrusted(BANK, raw.clone());
        prop_assert_eq!(answers.len() + problems.len(), raw.len());
        for (id, answer) in answers.iter() {
            prop_assert!(answer.clone().validated(BANK.question(id).unwrap()).is_ok());
        }
        let report = evaluate(&answers);
        if !report.triage.outcome.allows_exercise_guidance() {
            prop_assert!(report.cards.is_empty());
        }
    }

    #[test]
    fn emergency_always_wins_and_never_shows_exercise(answers in valid_answers()) {
        let report = evaluate(&answers);
        let emergency_flagged = RED_FLAGS.iter().any(|flag| flag.outcome == Outcome::Emergency && flag.is_raised(&answers));
        if emergency_flagged {
            prop_assert_eq!(triage(&answers).outcome, Outcome::Emergency);
        }
        if report.triage.outcome >= Outcome::Urgent {
            prop_assert!(report.cards.is_empty());
        }
    }

    #[test]
    fn any_emergency_or_urgent_sign_means_no_exercise_plan(answers in valid_answers()) {
        let relevant = relevant_answers(&answers);
        let serious = RED_FLAGS.iter().any(|flag| flag.outcome >= Outcome::NotForThisCheck && flag.is_raised(&relevant));
        let report = evaluate(&answers);
        if serious {
            prop_assert!(report.triage.outcome >= Outcome::NotForThisCheck);
            prop_assert!(report.cards.is_empty(), "an exercise plan under {:?}", report.triage.outcome);
        }
        // The outcome is always at least as serious as every finding.
        for finding in &report.triage.findings {
            prop_assert!(finding.outcome <= report.triage.outcome);
        }
    }

    #[test]
    fn walking_the_flow_always_ends_at_results(answers in valid_answers()) {
        let screens = screens(&answers);
        prop_assert!(!screens.is_empty());
        let flat: Vec<_> = screens.iter().flatten().map(|q| q.id).collect();
        prop_assert_eq!(flat, path(&answers).iter().map(|q| q.id).collect::<Vec<_>>(), "screens hold the path, in order");
        for (i, screen) in screens.iter().enumerate() {
            for question in screen {
                let step = progress(&answers, question.id).unwrap();
                prop_assert_eq!((step.number, step.total), (i + 1, screens.len()));
                let before = i.checked_sub(1).map(|b| screens[b][0].id);
                prop_assert_eq!(previous_question(&answers, question.id), before);
                let all_answered = screen.iter().all(|q| answers.is_answered(q.id));
                let expected = screens.get(i + 1).map_or(Step::Results, |next| Step::Question(next[0].id));
                prop_assert_eq!(next_step(&answers, question.id), all_answered.then_some(expected));
            }
        }
        prop_assert_eq!(is_complete(&answers), resume_step(&answers) == Step::Results);
    }

    #[test]
    fn answers_survive_a_json_round_trip(answers in valid_answers()) {
        let json = serde_json::to_string(&backcheck::storage::AnswersOut(&answers)).unwrap();
        let parsed = serde_json::from_str::<serde_json::Value>(&json).unwrap();
        prop_assert_eq!(backcheck::storage::answers_from_json(&parsed), (answers, 0));
    }
}
