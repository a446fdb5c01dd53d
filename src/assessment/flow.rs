//! Which question comes next. The path through the check depends on the answers so far:
//! an emergency sign ends the check at once, an urgent sign (or a person the check is not made
//! for) ends it after the safety check, and people who do no exercise are not asked about
//! their workouts.

use super::answers::Answers;
use super::question::{Question, QuestionId, Section};
use super::triage::{flag_outcome, Outcome};

/// Where the person is in the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Question(QuestionId),
    Results,
}

/// Questions added together with the current safety check: a check made with the first
/// release's questions never had them, and is complete without them.
const ADDED_WITH_THE_SAFETY_LISTS: &[QuestionId] = &["pain-course", "daily-life"];

/// Questions about workouts, skipped for people who said they do no exercise.
const WORKOUT_QUESTIONS: &[QuestionId] = &["warm-up", "push-through-pain"];

fn does_no_exercise(answers: &Answers) -> bool {
    answers.picked_any("exercise-types", &["none"])
}

/// Whether these answers were given to the first release's safety check (ten yes/no questions),
/// which a check, file or link made before the current one holds. Such a check is read with
/// the questions it answered; a new check is always asked the current ones.
pub fn answered_first_safety_check(answers: &Answers) -> bool {
    answers.bank().questions().iter().any(|q| q.section == Section::FirstSafetyCheck && answers.is_answered(q.id))
}

/// The questions to ask, in order, given the answers so far. Unanswered questions count as
/// "no flag", so the path only gets shorter as flags are found.
pub fn path(answers: &Answers) -> Vec<&'static Question> {
    let questions = answers.bank().questions();
    let first_release = answered_first_safety_check(answers);
    let safety = if first_release { Section::FirstSafetyCheck } else { Section::Safety };
    let mut path = Vec::with_capacity(questions.len());
    let mut worst_flag = Outcome::SelfCare;
    for question in questions.iter().filter(|q| q.section == safety) {
        path.push(question);
        worst_flag = worst_flag.max(flag_outcome(answers, question.id).unwrap_or(Outcome::SelfCare));
        // An emergency sign ends the check at once: nothing else could change the advice.
        if worst_flag == Outcome::Emergency {
            return path;
        }
    }
    // Someone who needs a doctor, or whom the check is not made for, gets no questions about
    // their habits.
    if worst_flag > Outcome::SeeClinician {
        return path;
    }
    let skip_workouts = does_no_exercise(answers);
    path.extend(
        questions
            .iter()
            .filter(|q| matches!(q.section, Section::Pain | Section::Habits))
            .filter(|q| !(skip_workouts && WORKOUT_QUESTIONS.contains(&q.id)))
            .filter(|q| !(first_release && ADDED_WITH_THE_SAFETY_LISTS.contains(&q.id))),
    );
    path
}

fn ids(questions: &[&'static Question]) -> Vec<QuestionId> {
    questions.iter().map(|question| question.id).collect()
}

/// The answers that count: those to questions still on the path. An answer given before the
/// person went back and changed course (say, workout habits before picking "no exercise") is
/// kept, so nothing is lost if they change their mind again, but it does not shape the advice.
pub fn relevant_answers(answers: &Answers) -> Answers {
    answers.restricted_to(&ids(&path(answers)))
}

/// Where a person resumes: the first unanswered question on the path, or the results.
pub fn resume_step(answers: &Answers) -> Step {
    path(answers).iter().find(|q| !answers.is_answered(q.id)).map_or(Step::Results, |q| Step::Question(q.id))
}

/// The step after `current`. Moving on is only allowed once `current` is answered.
pub fn next_step(answers: &Answers, current: QuestionId) -> Option<Step> {
    if !answers.is_answered(current) {
        return None;
    }
    let path = path(answers);
    let position = path.iter().position(|q| q.id == current)?;
    Some(path.get(position + 1).map_or(Step::Results, |q| Step::Question(q.id)))
}

/// The question before `current`, or `None` on the first question.
pub fn previous_question(answers: &Answers, current: QuestionId) -> Option<QuestionId> {
    let path = path(answers);
    let position = path.iter().position(|q| q.id == current)?;
    position.checked_sub(1).map(|before| path[before].id)
}

/// "Step X of Y" for a question on the path, counting from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
}

pub fn progress(answers: &Answers, current: QuestionId) -> Option<Progress> {
    let path = path(answers);
    let position = path.iter().position(|q| q.id == current)?;
    Some(Progress { number: position + 1, total: path.len() })
}

/// Whether `question` may be shown now: it is on the path and every question before it is
/// answered. Guards against a hand-edited or stale link skipping the safety check.
pub fn is_reachable(answers: &Answers, question: QuestionId) -> bool {
    let path = path(answers);
    match path.iter().position(|q| q.id == question) {
        Some(position) => path[..position].iter().all(|q| answers.is_answered(q.id)),
        None => false,
    }
}

/// True when every question on the path has an answer.
pub fn is_complete(answers: &Answers) -> bool {
    resume_step(answers) == Step::Results
}
