//! A thin Leptos layer over `assessment` and `content`: one file per screen.

mod landing;
mod question;
mod results;
mod route;
mod share_button;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_meta::provide_meta_context;

use crate::assessment::{is_complete, is_reachable, resume_step, Answers, Step};
use crate::content::source::ARTICLE;
use crate::{offline, share, storage};
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
    let _ = window().location().set_hash(&route::to_hash(&screen));
}

fn replace_hash(screen: &Screen) {
    let url = match route::to_hash(screen) {
        hash if hash.is_empty() => window().location().pathname().unwrap_or_default() + &window().location().search().unwrap_or_default(),
        hash => hash,
    };
    let _ = window().history().and_then(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
}

/// Forgets the person's in-progress answers and opens the first question.
pub fn start_new_check(answers: RwSignal<Answers>) {
    answers.set(Answers::new());
    go(step_screen(resume_step(&Answers::new())));
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
pub fn App(
    /// Register the service worker (the shipped app); tests that mount the app leave it off.
    #[prop(optional)]
    offline: bool,
) -> impl IntoView {
    provide_meta_context();
    let (saved, load_problem) = storage::load();
    let state = AppState { answers: RwSignal::new(saved), notice: RwSignal::new(load_problem.map(|p| p.message())) };
    provide_context(state);

    let update_ready = RwSignal::new(false);
    if offline {
        offline::register(move || update_ready.set(true));
    }

    let requested = RwSignal::new(route::parse(&current_hash()));
    let _ = window_event_listener(ev::hashchange, move |_| requested.set(route::parse(&current_hash())));
    // A memo, so that answering a question does not rebuild the screen unless the screen changes.
    let screen = Memo::new(move |_| allowed(requested.get(), &state.answers.read()));
    // Keep the address bar honest when a request was redirected, without adding a history entry.
    Effect::new(move |_| {
        let shown = screen.get();
        if shown != requested.get() {
            replace_hash(&shown);
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
        <Notice update_ready=update_ready/>
        {move || match screen.get() {
            Screen::Landing => view! { <landing::Landing/> }.into_any(),
            Screen::Question(id) => view! { <question::QuestionScreen id=id/> }.into_any(),
            Screen::Results => view! { <results::Results answers=state.answers.get_untracked()/> }.into_any(),
            Screen::SharedResults(code) => match share::decode(&code) {
                Ok(answers) => view! { <results::Results answers=answers shared=true/> }.into_any(),
                Err(problem) => view! { <landing::Landing link_problem=problem/> }.into_any(),
            },
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
fn Notice(update_ready: RwSignal<bool>) -> impl IntoView {
    let notice = app_state().notice;
    view! {
        <div class="notice-area" role="status">
            {move || update_ready.get().then(|| view! {
                <div class="notice notice-update">
                    <p>"A new version of Backcheck is ready. Reload to use it. Your answers are kept."</p>
                    <button type="button" class="button button-primary" on:click=|_| offline::apply_update()>"Reload"</button>
                </div>
            })}
            {move || notice.get().map(|message| view! {
                <div class="notice notice-warning">
                    <p>{message}</p>
                    <button type="button" class="button button-quiet" on:click=move |_| notice.set(None)>"OK, got it"</button>
                </div>
            })}
        </div>
    }
}
