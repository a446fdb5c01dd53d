//! Which question comes next. The path through the check depends on the answers so far:
//! an emergency sign ends the check at once, an urgent sign (or a person the check is not made
//! for) ends it after the safety check, and people who do no exercise are not asked about
//! their workouts.

use super::answers::Answers;
use super::question::{Question, QuestionId, Section, Together};
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

/// Follow-ups asked only when an earlier answer makes them count: the hours a person sits change
/// the advice only for someone who slouches (`guidance::posture`).
const ASKED_ONLY_AFTER: &[(QuestionId, QuestionId, &[&str])] = &[("sitting-hours", "slouching", &["often", "sometimes"])];

fn is_follow_up_needed(answers: &Answers, id: QuestionId) -> bool {
    ASKED_ONLY_AFTER.iter().filter(|(follow_up, ..)| *follow_up == id).all(|(_, earlier, counting)| answers.picked_any(earlier, counting))
}

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
            .filter(|q| !(first_release && ADDED_WITH_THE_SAFETY_LISTS.contains(&q.id)))
            .filter(|q| is_follow_up_needed(answers, q.id)),
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

/// The screens of the check, in order: the questions on the path, with the ones the bank asks
/// together sharing a screen. A question left off the path (say, workouts for someone who does
/// none) leaves its screen's other questions in place.
pub fn screens(answers: &Answers) -> Vec<Vec<&'static Question>> {
    let bank = answers.bank();
    let mut screens: Vec<Vec<&'static Question>> = Vec::new();
    let mut previous_group = None;
    for question in path(answers) {
        let group = bank.group_of(question.id);
        match screens.last_mut() {
            Some(screen) if group.is_some() && same_group(group, previous_group) => screen.push(question),
            _ => screens.push(vec![question]),
        }
        previous_group = group;
    }
    screens
}

fn same_group(a: Option<&'static Together>, b: Option<&'static Together>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if std::ptr::eq(a, b))
}

/// The screens, and the position of the one that asks `id` (`None` when `id` is not on the path).
fn locate(answers: &Answers, id: QuestionId) -> (Vec<Vec<&'static Question>>, Option<usize>) {
    let screens = screens(answers);
    let position = screens.iter().position(|screen| screen.iter().any(|q| q.id == id));
    (screens, position)
}

fn all_answered(answers: &Answers, screen: &[&'static Question]) -> bool {
    screen.iter().all(|q| answers.is_answered(q.id))
}

/// The questions on the screen that asks `id`, now; `None` when `id` is not on the path.
pub fn screen_of(answers: &Answers, id: QuestionId) -> Option<Vec<&'static Question>> {
    let (mut screens, position) = locate(answers, id);
    Some(screens.swap_remove(position?))
}

/// Where a person resumes: the first screen with a question unanswered, or the results. A screen
/// is named by its first question.
pub fn resume_step(answers: &Answers) -> Step {
    screens(answers).iter().find(|screen| !all_answered(answers, screen)).map_or(Step::Results, |screen| Step::Question(screen[0].id))
}

/// The step after the screen that asks `current`. Moving on is only allowed once every question
/// on that screen is answered.
pub fn next_step(answers: &Answers, current: QuestionId) -> Option<Step> {
    let (screens, position) = locate(answers, current);
    let position = position.filter(|at| all_answered(answers, &screens[*at]))?;
    Some(screens.get(position + 1).map_or(Step::Results, |screen| Step::Question(screen[0].id)))
}

/// The first question of the screen before the one that asks `current`, or `None` on the first.
pub fn previous_question(answers: &Answers, current: QuestionId) -> Option<QuestionId> {
    let (screens, position) = locate(answers, current);
    position?.checked_sub(1).map(|before| screens[before][0].id)
}

/// "Step X of Y" for a screen of the check, counting from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub total: usize,
}

pub fn progress(answers: &Answers, current: QuestionId) -> Option<Progress> {
    let (screens, position) = locate(answers, current);
    Some(Progress { number: position? + 1, total: screens.len() })
}

/// Whether the screen that asks `question` may be shown now: it is on the path and every screen
/// before it is answered. Guards against a hand-edited or stale link skipping the safety check.
pub fn is_reachable(answers: &Answers, question: QuestionId) -> bool {
    let (screens, position) = locate(answers, question);
    position.is_some_and(|at| screens[..at].iter().all(|screen| all_answered(answers, screen)))
}

/// True when every question on the path has an answer.
pub fn is_complete(answers: &Answers) -> bool {
    resume_step(answers) == Step::Results
}
