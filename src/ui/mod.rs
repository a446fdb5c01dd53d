//! A thin Leptos layer over `assessment` and `content`: one file per screen.

mod landing;
mod question;
mod results;
mod route;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_meta::provide_meta_context;

use crate::assessment::{is_complete, is_reachable, resume_step, Answers, Step};
use crate::content::source::ARTICLE;
use crate::storage;
pub use route::Screen;

/// Shared by every screen.
#[derive(Clone, Copy)]
pub struct AppState {
    pub answers: RwSignal<Answers>,
    /// One plain-words message about saving or loading, shown above the screen.
    pub notice: RwSignal<Option<String>>,
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to a screen, adding a history entry so the browser's Back button returns here.
pub fn go(screen: Screen) {
    let _ = window().location().set_hash(&route::to_hash(screen));
}

fn replace_hash(screen: Screen) {
    let url = match route::to_hash(screen) {
        hash if hash.is_empty() => window().location().pathname().unwrap_or_default() + &window().location().search().unwrap_or_default(),
        hash => hash,
    };
    let _ = window().history().and_then(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
}

fn step_screen(step: Step) -> Screen {
    match step {
        Step::Question(id) => Screen::Question(id),
        Step::Results => Screen::Results,
    }
}

/// The screen to show for a requested one: a question that cannot be reached yet (an old or
/// hand-edited link) or results of an unfinished check show where the person left off instead,
/// so the safety questions can never be skipped.
fn allowed(requested: Screen, answers: &Answers) -> Screen {
    match requested {
        Screen::Question(id) if !is_reachable(answers, id) => step_screen(resume_step(answers)),
        Screen::Results if !is_complete(answers) => step_screen(resume_step(answers)),
        screen => screen,
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let (saved, load_problem) = storage::load();
    let state = AppState { answers: RwSignal::new(saved), notice: RwSignal::new(load_problem.map(|p| p.message())) };
    provide_context(state);

    let requested = RwSignal::new(route::parse(&current_hash()));
    let _ = window_event_listener(ev::hashchange, move |_| requested.set(route::parse(&current_hash())));
    // A memo, so that answering a question does not rebuild the screen unless the screen changes.
    let screen = Memo::new(move |_| allowed(requested.get(), &state.answers.read()));
    // Keep the address bar honest when a request was redirected, without adding a history entry.
    Effect::new(move |_| {
        let shown = screen.get();
        if shown != requested.get() {
            replace_hash(shown);
            requested.set(shown);
        }
    });

    let save_failed_once = StoredValue::new(false);
    Effect::new(move |first_run: Option<()>| {
        let answers = state.answers.read();
        if first_run.is_none() {
            return; // just loaded: nothing new to save
        }
        let result = if answers.is_empty() { storage::clear(); Ok(()) } else { storage::save(&answers) };
        if let Err(problem) = result {
            if !save_failed_once.get_value() {
                save_failed_once.set_value(true);
                state.notice.set(Some(problem.message().to_string()));
            }
        }
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>"Skip to main content"</a>
        <header class="site-header"><p class="brand">"Backcheck"</p></header>
        <Notice/>
        {move || match screen.get() {
            Screen::Landing => view! { <landing::Landing/> }.into_any(),
            Screen::Question(id) => view! { <question::QuestionScreen id=id/> }.into_any(),
            Screen::Results => view! { <results::Results/> }.into_any(),
        }}
        <footer class="site-footer">
            <p>
                "Advice based on the article “" {ARTICLE.title} "” (" {ARTICLE.author} ", " {ARTICLE.date}
                "), rewritten in plain words, and on NHS and NICE guidance for when to get care."
            </p>
        </footer>
    }
}

#[component]
fn Notice() -> impl IntoView {
    let notice = app_state().notice;
    view! {
        <div class="notice-area" role="status">
            {move || notice.get().map(|message| view! {
                <div class="notice notice-warning">
                    <p>{message}</p>
                    <button type="button" class="button button-quiet" on:click=move |_| notice.set(None)>"OK, got it"</button>
                </div>
            })}
        </div>
    }
}
