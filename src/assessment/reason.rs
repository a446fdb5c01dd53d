//! "Why you see this": the answers that led to a triage finding or a guidance card.

use super::answers::{describe_choices, question, Answers};
use super::question::QuestionId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub question: QuestionId,
    /// The answer (or the part of it that mattered) in words.
    pub answer: String,
}

impl Reason {
    pub fn new(question: QuestionId, answer: impl Into<String>) -> Self {
        Reason { question, answer: answer.into() }
    }

    /// The whole answer to a question, in words.
    pub fn of_answer(answers: &Answers, question: QuestionId) -> Self {
        Reason::new(question, answers.describe(question).unwrap_or_default())
    }

    /// Only the picked choices among `choices`, so a card about CrossFit does not also cite walking.
    pub fn of_choices(answers: &Answers, question_id: QuestionId, choices: &[&str]) -> Self {
        let answer = question(question_id)
            .map(|q| describe_choices(q, answers.picked_among(question_id, choices)))
            .unwrap_or_default();
        Reason::new(question_id, answer)
    }

    /// The question's short name, for display: "Kinds of exercise".
    pub fn topic(&self) -> &'static str {
        question(self.question).map_or(self.question, |q| q.topic)
    }
}
