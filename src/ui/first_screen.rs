//! The first question in index.html, which a person can answer before the app runs (its script
//! is in index.html). The app takes it over as it starts: the ticks, and Next if it was pressed,
//! so the person goes on from where they are; or the focus, so nothing moves.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::route::{current_hash, replace_hash, Screen};
use super::state::AppState;
use crate::assessment::{next_step, Answer};
use crate::content::questions::BANK;

/// What the person did on the first question before the app started.
pub struct Answered {
    ticks: Vec<String>,
    next_pressed: bool,
    focused: String,
}

fn first_question() -> &'static crate::assessment::Question {
    &BANK.questions()[0]
}

/// Reads the first question in index.html, if it is showing; call it before the app replaces it.
pub fn read() -> Option<Answered> {
    let form = document().get_element_by_id("first-question").filter(|_| current_hash() == "#start")?;
    let id = first_question().id;
    let ticks = first_question()
        .choices()
        .iter()
        .filter(|choice| {
            let input = document().get_element_by_id(&format!("{id}-{}", choice.id));
            input.is_some_and(|input| input.unchecked_into::<web_sys::HtmlInputElement>().checked())
        })
        .map(|choice| choice.id.to_string())
        .collect();
    Some(Answered {
        ticks,
        next_pressed: form.has_attribute("data-next"),
        focused: document().active_element().map(|element| element.id()).unwrap_or_default(),
    })
}

impl Answered {
    /// Keeps the ticks as the check's answer and opens the screen the person is on: the next one
    /// if they pressed Next (the emergency advice, for a sign), else this question.
    pub fn take_over(self, state: AppState) {
        let id = first_question().id;
        if !self.ticks.is_empty() {
            if state.recorded_as.get_untracked().is_some() {
                // Start on the page began a new check.
                state.forget_answers_in_progress();
            }
            state.change_answers(|answers| {
                let _ = answers.set(id, Answer::Choices(self.ticks));
            });
        }
        let next = self.next_pressed.then(|| next_step(&state.answers.read_untracked(), id)).flatten();
        replace_hash(&next.map_or(Screen::Question(id), Screen::of_step));
        if next.is_none() {
            // The page keeps its scroll: the app's screen is laid out as the question was.
            state.focus_instead(self.focused);
        }
    }
}
