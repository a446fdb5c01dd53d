//! A person's answers, checked against the question bank. The JSON form (an object from question
//! id to value) is what storage and share links carry; docs/answers-format.md describes it.

use std::collections::BTreeMap;
use std::fmt;

use super::question::{Question, QuestionBank, QuestionId, QuestionKind};

/// One answer. Its JSON form (in `storage::schema`) is plain: `true`, `7`, `"under-6-weeks"`, `["bending"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    YesNo(bool),
    Scale(u8),
    Choice(String),
    Choices(Vec<String>),
}

/// Why an answer was refused. Shown to people who import a file or open a share link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    WrongKind { question: QuestionId },
    UnknownChoice { question: QuestionId, choice: String },
    OutOfRange { question: QuestionId, value: u8 },
    NothingPicked { question: QuestionId },
    ExclusiveMixed { question: QuestionId },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "there is no question \"{id}\""),
            AnswerError::WrongKind { question } => write!(f, "the answer to \"{question}\" is the wrong type"),
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "\"{choice}\" is not a choice of \"{question}\"")
            }
            AnswerError::OutOfRange { question, value } => write!(f, "{value} is outside the scale of \"{question}\""),
            AnswerError::NothingPicked { question } => write!(f, "nothing was picked for \"{question}\""),
            AnswerError::ExclusiveMixed { question } => {
                write!(f, "\"{question}\" mixes \"none\" with other choices")
            }
        }
    }
}

impl Answer {
    /// Checks this answer against its question and returns it in normal form
    /// (multiple choices de-duplicated and in the question's order).
    pub fn validated(self, question: &'static Question) -> Result<Answer, AnswerError> {
        let id = question.id;
        match (question.kind, self) {
            (QuestionKind::YesNo, answer @ Answer::YesNo(_)) => Ok(answer),
            (QuestionKind::Scale { min, max, .. }, Answer::Scale(value)) => {
                if (min..=max).contains(&value) {
                    Ok(Answer::Scale(value))
                } else {
                    Err(AnswerError::OutOfRange { question: id, value })
                }
            }
            (QuestionKind::SingleChoice(_), Answer::Choice(choice)) => match question.choice(&choice) {
                Some(_) => Ok(Answer::Choice(choice)),
                None => Err(AnswerError::UnknownChoice { question: id, choice }),
            },
            (QuestionKind::MultipleChoice(choices), Answer::Choices(picked)) => {
                if let Some(unknown) = picked.iter().find(|pick| question.choice(pick).is_none()) {
                    return Err(AnswerError::UnknownChoice { question: id, choice: unknown.clone() });
                }
                let normal: Vec<String> = choices
                    .iter()
                    .filter(|choice| picked.iter().any(|pick| pick == choice.id))
                    .map(|choice| choice.id.to_string())
                    .collect();
                let exclusive_picked = choices.iter().any(|c| c.exclusive && normal.iter().any(|p| p == c.id));
                if normal.is_empty() {
                    Err(AnswerError::NothingPicked { question: id })
                } else if exclusive_picked && normal.len() > 1 {
                    Err(AnswerError::ExclusiveMixed { question: id })
                } else {
                    Ok(Answer::Choices(normal))
                }
            }
            _ => Err(AnswerError::WrongKind { question: id }),
        }
    }
}

/// All answers given so far, keyed by question id, with the bank they are checked against. Only
/// valid answers get in.
#[derive(Clone, PartialEq, Eq)]
pub struct Answers {
    bank: QuestionBank,
    given: BTreeMap<String, Answer>,
}

impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(&self.given).finish()
    }
}

impl QuestionBank {
    /// No answers yet, to be checked against this bank. Here rather than beside the bank, so
    /// that answers import questions and never the other way round.
    pub fn answers(self) -> Answers {
        Answers::new(self)
    }
}

impl Answers {
    pub fn new(bank: QuestionBank) -> Self {
        Answers { bank, given: BTreeMap::new() }
    }

    /// The questions these answers are checked against.
    pub fn bank(&self) -> QuestionBank {
        self.bank
    }

    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.bank.question(id)
    }

    /// Records an answer, replacing any earlier one to the same question.
    pub fn set(&mut self, question_id: &str, answer: Answer) -> Result<(), AnswerError> {
        let question = self.question(question_id).ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_string()))?;
        let answer = answer.validated(question)?;
        self.given.insert(question.id.to_string(), answer);
        Ok(())
    }

    /// Builds answers from untrusted data (storage, a file, a link), keeping every valid answer
    /// and listing what was dropped, so one bad value does not cost the person the rest.
    pub fn from_untrusted(bank: QuestionBank, raw: BTreeMap<String, Answer>) -> (Answers, Vec<AnswerError>) {
        let mut answers = Answers::new(bank);
        let mut problems = Vec::new();
        for (id, answer) in raw {
            if let Err(problem) = answers.set(&id, answer) {
                problems.push(problem);
            }
        }
        (answers, problems)
    }

    /// Ticks or unticks one choice of a multiple-choice question. Ticking an exclusive choice
    /// ("None of these") unticks the rest, and ticking any other unticks the exclusive one.
    /// Unticking the last choice leaves the question unanswered.
    pub fn toggle(&mut self, question_id: &str, choice_id: &str) -> Result<(), AnswerError> {
        let question = self.question(question_id).ok_or_else(|| AnswerError::UnknownQuestion(question_id.to_string()))?;
        let toggled = question
            .choice(choice_id)
            .ok_or_else(|| AnswerError::UnknownChoice { question: question.id, choice: choice_id.to_string() })?;
        let mut picked: Vec<String> = match self.get(question_id) {
            Some(Answer::Choices(picked)) => picked.clone(),
            _ => Vec::new(),
        };
        if picked.iter().any(|pick| pick == choice_id) {
            picked.retain(|pick| pick != choice_id);
        } else {
            picked.retain(|pick| !toggled.exclusive && question.choice(pick).is_some_and(|c| !c.exclusive));
            picked.push(choice_id.to_string());
        }
        if picked.is_empty() {
            self.clear(question_id);
            Ok(())
        } else {
            self.set(question_id, Answer::Choices(picked))
        }
    }

    pub fn clear(&mut self, question_id: &str) {
        self.given.remove(question_id);
    }

    pub fn get(&self, question_id: &str) -> Option<&Answer> {
        self.given.get(question_id)
    }

    pub fn is_answered(&self, question_id: &str) -> bool {
        self.given.contains_key(question_id)
    }

    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }

    pub fn len(&self) -> usize {
        self.given.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.given.iter().map(|(id, answer)| (id.as_str(), answer))
    }

    /// Keeps only the answers to the given questions.
    pub fn restricted_to(&self, question_ids: &[QuestionId]) -> Answers {
        // Inserted one by one, not collected: `BTreeMap`'s `collect` sorts first, and that sort
        // alone cost the first load about 2 KB; these come out of a map already in order.
        let mut given = BTreeMap::new();
        for (id, answer) in self.given.iter().filter(|(id, _)| question_ids.contains(&id.as_str())) {
            given.insert(id.clone(), answer.clone());
        }
        Answers { bank: self.bank, given }
    }

    pub fn is_yes(&self, question_id: &str) -> bool {
        matches!(self.get(question_id), Some(Answer::YesNo(true)))
    }

    pub fn scale(&self, question_id: &str) -> Option<u8> {
        match self.get(question_id) {
            Some(Answer::Scale(value)) => Some(*value),
            _ => None,
        }
    }

    /// The picked choice of a single-choice question.
    pub fn choice(&self, question_id: &str) -> Option<&str> {
        match self.get(question_id) {
            Some(Answer::Choice(choice)) => Some(choice),
            _ => None,
        }
    }

    /// True when the question's answer is, or includes, any of these choices.
    pub fn picked_any(&self, question_id: &str, choices: &[&str]) -> bool {
        self.picked_among(question_id, choices).next().is_some()
    }

    /// Which of these choices the answer is or includes, in the question's order.
    pub fn picked_among<'a>(&'a self, question_id: &str, choices: &'a [&str]) -> impl Iterator<Item = &'a str> + 'a {
        let picked: &[String] = match self.get(question_id) {
            Some(Answer::Choice(choice)) => std::slice::from_ref(choice),
            Some(Answer::Choices(picked)) => picked,
            _ => &[],
        };
        picked.iter().map(String::as_str).filter(move |pick| choices.contains(pick))
    }

    /// The answer in words, as a person would read it back.
    pub fn describe(&self, question_id: &str) -> Option<String> {
        let question = self.question(question_id)?;
        Some(match self.get(question_id)? {
            Answer::YesNo(true) => "Yes".to_string(),
            Answer::YesNo(false) => "No".to_string(),
            Answer::Scale(value) => describe_scale(*value),
            Answer::Choice(choice) => question.choice(choice).map_or_else(|| choice.clone(), |c| c.label.to_string()),
            Answer::Choices(picked) => describe_choices(question, picked.iter().map(String::as_str)),
        })
    }
}

pub fn describe_scale(value: u8) -> String {
    format!("{value} out of 10")
}

/// Joins choice labels the way a sentence would: "Bending forward, Twisting".
pub fn describe_choices<'a>(question: &Question, picked: impl Iterator<Item = &'a str>) -> String {
    picked.filter_map(|pick| question.choice(pick)).map(|choice| choice.label).collect::<Vec<_>>().join(", ")
}

impl From<bool> for Answer {
    fn from(yes: bool) -> Self {
        Answer::YesNo(yes)
    }
}

impl From<u8> for Answer {
    fn from(value: u8) -> Self {
        Answer::Scale(value)
    }
}

impl From<&str> for Answer {
    fn from(choice: &str) -> Self {
        Answer::Choice(choice.to_string())
    }
}

impl<const N: usize> From<[&str; N]> for Answer {
    fn from(choices: [&str; N]) -> Self {
        Answer::Choices(choices.iter().map(|choice| choice.to_string()).collect())
    }
}
