//! "Why you see this": the answers that led to a triage finding or a guidance card.

use super::answers::{describe_choices, Answers};
use super::question::QuestionId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub question: QuestionId,
    /// The question's short name, for display: "Kinds of exercise".
    pub topic: &'static str,
    /// The answer (or the part of it that mattered) in words.
    pub answer: String,
}

impl Reason {
    /// A reason with the answer put in words by the caller.
    pub fn new(answers: &Answers, question: QuestionId, answer: impl Into<String>) -> Self {
        let topic = answers.bank().question(question).map_or(question, |q| q.topic);
        Reason { question, topic, answer: answer.into() }
    }

    /// The whole answer to a question, in words.
    pub fn of_answer(answers: &Answers, question: QuestionId) -> Self {
        Reason::new(answers, question, answers.describe(question).unwrap_or_default())
    }

    /// Only the picked choices among `choices`, so a card about CrossFit does not also cite walking.
    pub fn of_choices(answers: &Answers, question_id: QuestionId, choices: &[&str]) -> Self {
        let answer = answers
            .bank()
            .question(question_id)
            .map(|q| describe_choices(q, answers.picked_among(question_id, choices)))
            .unwrap_or_default();
        Reason::new(answers, question_id, answer)
    }
}
