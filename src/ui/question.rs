//! A screen of the check: a heading naming its topic, then one question or a few related ones, a
//! fieldset and legend for each, big choices, Back and Next.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::form::Choice;
use super::heading::{focused_heading, set_title};
use super::route::{go, go_back_to, Screen};
use super::state::app_state;
use crate::assessment::{next_step, previous_question, progress, screen_of, Answer, Question, QuestionId, QuestionKind};
use crate::content::questions::BANK;

/// One input of the question: what it shows and how it reads and writes the answer.
#[derive(Clone, Copy)]
struct ChoiceInput {
    value: &'static str,
    label: &'static str,
    kind: ChoiceKind,
}

#[derive(Clone, Copy)]
enum ChoiceKind {
    Yes(bool),
    Scale(u8),
    Single,
    Multiple,
}

fn options_of(question: &'static Question) -> Vec<ChoiceInput> {
    const SCALE_VALUES: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    match question.kind {
        QuestionKind::YesNo => vec![
            ChoiceInput { value: "yes", label: "Yes", kind: ChoiceKind::Yes(true) },
            ChoiceInput { value: "no", label: "No", kind: ChoiceKind::Yes(false) },
        ],
        QuestionKind::Scale { min, max, .. } => (min..=max)
            .map(|n| ChoiceInput { value: SCALE_VALUES[n as usize], label: SCALE_VALUES[n as usize], kind: ChoiceKind::Scale(n) })
            .collect(),
        QuestionKind::SingleChoice(choices) => {
            choices.iter().map(|c| ChoiceInput { value: c.id, label: c.label, kind: ChoiceKind::Single }).collect()
        }
        QuestionKind::MultipleChoice(choices) => {
            choices.iter().map(|c| ChoiceInput { value: c.id, label: c.label, kind: ChoiceKind::Multiple }).collect()
        }
    }
}

fn is_picked(answer: Option<&Answer>, option: ChoiceInput) -> bool {
    match (answer, option.kind) {
        (Some(Answer::YesNo(yes)), ChoiceKind::Yes(value)) => *yes == value,
        (Some(Answer::Scale(n)), ChoiceKind::Scale(value)) => *n == value,
        (Some(Answer::Choice(choice)), ChoiceKind::Single) => choice == option.value,
        (Some(Answer::Choices(picked)), ChoiceKind::Multiple) => picked.iter().any(|p| p == option.value),
        _ => false,
    }
}

/// One question of a screen: its fieldset, with the question as its legend, hint, choices and
/// message. The screen's heading above names the topic.
/// `show_error`: whether Next was pressed with this question unanswered.
fn question_fields(question: &'static Question, show_error: RwSignal<bool>, first_input: NodeRef<leptos::html::Input>) -> impl IntoView {
    let id = question.id;
    let state = app_state();
    let answers = state.answers;
    let answered = Memo::new(move |_| answers.read().is_answered(id));
    Effect::new(move |_| {
        if answered.get() {
            show_error.set(false);
        }
    });
    let kind_class = match question.kind {
        QuestionKind::Scale { .. } => "choices choices-scale",
        QuestionKind::YesNo => "choices choices-yes-no",
        // "None of these" first, set apart, so a person with none of the signs answers in one key press.
        QuestionKind::MultipleChoice(choices) if choices.first().is_some_and(|c| c.exclusive) => "choices choices-none-first",
        _ => "choices",
    };
    let input_type = if matches!(question.kind, QuestionKind::MultipleChoice(_)) { "checkbox" } else { "radio" };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = match question.hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };

    let options = options_of(question)
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let input_id = format!("{id}-{}", option.value);
            let pick = move || {
                state.change_answers(|answers| {
                    let result = match option.kind {
                        ChoiceKind::Yes(yes) => answers.set(id, Answer::YesNo(yes)),
                        ChoiceKind::Scale(n) => answers.set(id, Answer::Scale(n)),
                        ChoiceKind::Single => answers.set(id, Answer::Choice(option.value.to_string())),
                        ChoiceKind::Multiple => answers.toggle(id, option.value),
                    };
                    debug_assert!(result.is_ok(), "the screen only offers valid answers");
                })
            };
            let node_ref = if index == 0 { first_input } else { NodeRef::new() };
            view! {
                <Choice
                    id=input_id
                    name=id
                    kind=input_type
                    value=option.value
                    node_ref=node_ref
                    checked=Signal::derive(move || is_picked(answers.read().get(id), option))
                    on_pick=pick
                >
                    {option.label}
                </Choice>
            }
        })
        .collect_view();

    let scale_labels = match question.kind {
        QuestionKind::Scale { min_label, max_label, .. } => Some(view! {
            <p class="scale-labels" aria-hidden="true"><span>{min_label}</span><span>{max_label}</span></p>
        }),
        _ => None,
    };

    // "Worst this week" below "right now" is likely a slip: ask gently, never block.
    let pain_check = move || {
        let answers = answers.read();
        match (id, answers.scale("pain-now"), answers.scale("pain-worst-week")) {
            ("pain-worst-week", Some(now), Some(worst)) if worst < now => Some(format!(
                "You said your pain right now is {now} out of 10, but the worst this week is {worst}. Is that right? The worst this week is usually at least as high as now. If it is right, just go on."
            )),
            _ => None,
        }
    };

    view! {
        <fieldset
            aria-describedby=described_by
            aria-invalid=move || if show_error.get() { "true" } else { "false" }
        >
            <legend class="part-prompt">{question.prompt}</legend>
            {question.hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <div class=kind_class>{options}</div>
            {scale_labels}
            <p class="gentle-check" aria-live="polite">{pain_check}</p>
            <p class="error" id=error_id aria-live="assertive">
                {move || show_error.get().then_some("Please choose an answer to go on.")}
            </p>
        </fieldset>
    }
}

/// One screen of the check, named by its first question: one question, or a few related ones
/// under one heading (`QuestionBank::together`), with Back and Next.
#[component]
pub fn QuestionScreen(id: QuestionId) -> impl IntoView {
    let state = app_state();
    let answers = state.answers;
    let question = BANK.question(id).expect("the route only names known questions");
    // Every question the screen may ask, in order; a follow-up shows once an answer calls for it.
    let group = BANK.group_of(id);
    let possible: Vec<&'static Question> = match group {
        Some(group) => group.questions.iter().filter_map(|id| BANK.question(id)).collect(),
        None => vec![question],
    };
    let asked = Memo::new(move |_| {
        screen_of(&answers.read(), id).map(|screen| screen.iter().map(|q| q.id).collect::<Vec<_>>()).unwrap_or_default()
    });
    let first = possible[0];
    let title = group.map_or(first.topic, |group| group.title);
    // Counted as if this screen were not answered yet, so ticking a choice that shortens the
    // check does not change "Step X of Y" before Next is pressed.
    let ids: Vec<QuestionId> = possible.iter().map(|q| q.id).collect();
    let step = Memo::new(move |_| {
        let mut before_this = answers.read().clone();
        for id in &ids {
            before_this.clear(id);
        }
        progress(&before_this, id).map(|p| (p.number, p.total)).unwrap_or((1, 1))
    });
    let parts: Vec<_> = possible.iter().map(|&question| (question, RwSignal::new(false), NodeRef::<leptos::html::Input>::new())).collect();
    let heading = focused_heading();

    let go_next = {
        let parts = parts.clone();
        move || match next_step(&answers.read_untracked(), id) {
            Some(step) => go(Screen::of_step(step)),
            None => {
                let answers = answers.read_untracked();
                let asked = asked.get_untracked();
                let unanswered: Vec<_> =
                    parts.iter().filter(|(question, ..)| asked.contains(&question.id) && !answers.is_answered(question.id)).collect();
                for (_, show_error, _) in &unanswered {
                    show_error.set(true);
                }
                if let Some(input) = unanswered.first().and_then(|(_, _, first_input)| first_input.get_untracked()) {
                    let _ = input.focus();
                }
            }
        }
    };
    let go_back = move |_| {
        go_back_to(previous_question(&answers.read_untracked(), id).map_or(Screen::Landing, Screen::Question));
    };
    let on_submit = {
        let go_next = go_next.clone();
        move |ev: ev::SubmitEvent| {
            ev.prevent_default();
            go_next();
        }
    };
    // Enter on a choice moves on, as it would in a text field.
    let on_keydown = move |ev: ev::KeyboardEvent| {
        let on_input = ev.target().is_some_and(|t| t.dyn_into::<web_sys::HtmlInputElement>().is_ok());
        if ev.key() == "Enter" && on_input {
            ev.prevent_default();
            go_next();
        }
    };

    Effect::new(move |_| {
        let (n, total) = step.get();
        set_title(&format!("Step {n} of {total}: {title} - Backcheck"));
    });
    let fields = parts
        .into_iter()
        .map(|(question, show_error, first_input)| {
            // Hidden rather than left out, so a follow-up that appears keeps its place and the
            // choices above it keep focus.
            let hidden = move || !asked.read().contains(&question.id);
            view! {
                <div class="question-part" hidden=hidden>
                    {question_fields(question, show_error, first_input)}
                </div>
            }
        })
        .collect_view();
    view! {
        <main id="main" class="screen">
            <form class="question" novalidate on:submit=on_submit on:keydown=on_keydown>
                <div class="progress" aria-hidden="true">
                    <span class="section-name">{first.section.title()}</span>
                    <progress max=move || step.get().1 value=move || step.get().0></progress>
                </div>
                <h1 tabindex="-1" node_ref=heading>
                    <span class="step">{move || { let (n, total) = step.get(); format!("Step {n} of {total}") }}</span>
                    <span class="prompt">{title}</span>
                </h1>
                {fields}
                <div class="button-row nav-row">
                    <button type="button" class="button button-secondary" on:click=go_back>"Back"</button>
                    <button type="submit" class="button button-primary">"Next"</button>
                </div>
            </form>
        </main>
    }
}
