//! The app's shell: mounting, the list of what the app does at start, the screen table, and what
//! stands around every screen (skip link, header, notices, footer).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::route::{current_hash, guard, replace_hash, Screen};
use super::state::{app_state, AppState};
use super::{first_screen, landing, question, results};
use crate::content::questions::BANK;
use crate::content::source::ARTICLE;
use crate::storage::SaveProblem;
use crate::{offline, share};

/// Said when a link to the results opens on a device whose check is not finished.
const NO_RESULTS_YET: &str =
    "There are no finished answers on this device yet, so there are no results to show. The check starts where your answers stop.";

/// Said if the first build is ever loaded at a second-build address (see `second_build_or_reload`).
const NOT_OPENED_HERE: &str = "This page could not be opened here. Reload the page to try again.";

/// The screen table of a part of the second build (`second_build::plan_screens`,
/// `second_build::records_screens`), in the build that has it.
pub type SecondBuildScreens = fn(&Screen) -> Option<AnyView>;

/// Replaces the placeholder first screen in index.html with the app: each build's `main`.
pub fn mount(second_build: Option<SecondBuildScreens>) {
    let root = document().get_element_by_id("app").expect("index.html has #app");
    let first_answered = first_screen::read();
    root.set_inner_html("");
    leptos::mount::mount_to(
        root.unchecked_into(),
        move || view! { <App offline=true second_build=second_build first_answered=first_answered/> },
    )
    .forget();
}

#[component]
pub fn App(
    /// Register the service worker (the shipped app); tests that mount the app leave it off.
    #[prop(optional)]
    offline: bool,
    /// The screens of this build's part of the second build, in the builds that have them. A
    /// second-build address this build has no screen for reloads the page, and the loader
    /// (Trunk.toml) opens the build that has it (see `second_build_or_reload`).
    #[prop(default = None)]
    second_build: Option<SecondBuildScreens>,
    /// What the person did on index.html's first question before the app started.
    #[prop(default = None)]
    first_answered: Option<first_screen::Answered>,
) -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.persist();
    state.sync_tabs();
    if let Some(answered) = first_answered {
        answered.take_over(state);
    }

    let update_ready = RwSignal::new(false);
    if offline {
        offline::register(move || update_ready.set(true));
    }

    let loaded_at = current_hash();
    let screen = current_screen(state, &loaded_at);
    Effect::new(move |_| {
        if screen.get() == Screen::Results {
            state.record_results(super::dates::now());
        }
    });

    // Tips are folded on screen; a printout (for a doctor, say) shows every one unfolded.
    let _ = window_event_listener(ev::beforeprint, |_| unfold_for_print(true));
    let _ = window_event_listener(ev::afterprint, |_| unfold_for_print(false));

    view! {
        <SkipLink/>
        // The name goes to the start page from every other screen, the plan's too. On the start
        // page it stays plain text: a link to the page itself would only add a Tab stop.
        <header class="site-header">
            <p class="brand">
                {move || if screen.get() == Screen::Landing {
                    view! { "Backcheck" }.into_any()
                } else {
                    view! { <a href="#">"Backcheck"</a> }.into_any()
                }}
            </p>
        </header>
        <Notice update_ready=update_ready mid_check=Signal::derive(move || matches!(screen.get(), Screen::Question(_)))/>
        {move || screen_view(screen.get(), second_build, &loaded_at)}
        <Footer/>
    }
}

/// The screen the address asks for, through the guard, following the address as it changes.
/// A memo, so that answering a question does not rebuild the screen unless the screen changes.
fn current_screen(state: AppState, loaded_at: &str) -> Memo<Screen> {
    let requested = RwSignal::new(Screen::from_hash(loaded_at));
    let _ = window_event_listener(ev::hashchange, move |_| requested.set(Screen::from_hash(&current_hash())));
    let screen = Memo::new(move |_| guard(requested.get(), &state.answers.read(), &state.history.read()));
    // Keep the address bar honest when a request was redirected (or named the first screen's
    // `#start`), without adding a history entry.
    Effect::new(move |_| {
        let shown = screen.get();
        if requested.get() == Screen::Results && shown != Screen::Results {
            state.say(NO_RESULTS_YET);
        }
        if shown != requested.get() || current_hash() != shown.hash() {
            replace_hash(&shown);
            requested.set(shown);
        }
    });
    screen
}

/// Every screen and what draws it.
fn screen_view(screen: Screen, second_build: Option<SecondBuildScreens>, loaded_at: &str) -> AnyView {
    let state = app_state();
    match screen {
        second if second.in_second_build() => second_build_or_reload(&second, second_build, loaded_at),
        Screen::Question(id) => view! { <question::QuestionScreen id=id/> }.into_any(),
        Screen::Results => view! { <results::Results answers=state.answers.get_untracked()/> }.into_any(),
        Screen::PastResults(at) => {
            let answers = state.history.read_untracked().get(at).map(|check| check.answers.clone()).unwrap_or_else(|| BANK.answers());
            view! { <results::Results answers=answers kind=results::Kind::Past(at)/> }.into_any()
        }
        Screen::SharedResults(code) => match share::decode(&code) {
            Ok(answers) => view! { <results::Results answers=answers kind=results::Kind::Shared/> }.into_any(),
            Err(problem) => view! { <landing::Landing link_problem=problem/> }.into_any(),
        },
        // The start page; the second build's screens are taken by the first arm.
        _ => view! { <landing::Landing/> }.into_any(),
    }
}

/// A screen of the second build (`Screen::in_second_build`), in the build that has it. The first
/// build does not, so the first load stays small, and each of the second build's two parts has
/// only its own (`Screen::second_build`). The loader (Trunk.toml) picks the build by the address, so a reload at the screen's
/// address opens it; what the app knows is saved already, as it changes. Reloads only if this page
/// was not itself loaded at that address: if the loader ever chose this build for it, a reload
/// would repeat forever.
fn second_build_or_reload(screen: &Screen, second_build: Option<SecondBuildScreens>, loaded_at: &str) -> AnyView {
    if let Some(view) = second_build.and_then(|screens| screens(screen)) {
        return view;
    }
    let opening = loaded_at != screen.hash() && {
        replace_hash(screen);
        window().location().reload().is_ok()
    };
    view! {
        <main id="main" class="screen">
            {if opening {
                view! { <p class="lead" role="status">{screen.opening_words().unwrap_or_default()}</p> }.into_any()
            } else {
                view! { <p class="notice notice-warning" role="alert">{NOT_OPENED_HERE}</p> }.into_any()
            }}
        </main>
    }
    .into_any()
}

/// Opens every folded tip before printing (marking the ones it opened), or folds those back after.
fn unfold_for_print(printing: bool) {
    let selector = if printing { "details:not([open])" } else { "details[data-opened-for-print]" };
    let Ok(list) = document().query_selector_all(selector) else { return };
    for index in 0..list.length() {
        let Some(details) = list.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else { continue };
        if printing {
            let _ = details.set_attribute("open", "");
            let _ = details.set_attribute("data-opened-for-print", "");
        } else {
            let _ = details.remove_attribute("open");
            let _ = details.remove_attribute("data-opened-for-print");
        }
    }
}

#[component]
fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>"Skip to main content"</a>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Advice based on the article “" {ARTICLE.title} "” (" {ARTICLE.author} ", " {ARTICLE.date}
                "), rewritten in plain words, and on NHS and NICE guidance for when to get care."
            </p>
            <p><a href="#about">"About this check"</a></p>
        </footer>
    }
}

#[component]
fn Notice(
    update_ready: RwSignal<bool>,
    /// A question is on screen: the update notice waits, so nothing pushes the question down.
    mid_check: Signal<bool>,
) -> impl IntoView {
    let state = app_state();
    let later = RwSignal::new(false);
    view! {
        <div class="notice-area" role="status">
            {move || (update_ready.get() && !later.get() && !mid_check.get()).then(|| view! {
                <div class="notice notice-update">
                    <p>"A new version of Backcheck is ready. Reload to use it. Your answers are kept."</p>
                    <div class="button-row">
                        <button type="button" class="button button-primary" on:click=|_| offline::apply_update()>"Reload"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| later.set(true)>"Later"</button>
                    </div>
                </div>
            })}
            // One warning at a time: why saving does not work comes first, being the more urgent.
            {move || {
                let save_problem = state.save_problem.get();
                let reload = save_problem.as_deref() == Some(SaveProblem::NewerVersionOpen.message());
                let dismiss_save_problem = save_problem.is_some();
                let message = save_problem.or_else(|| state.notice.get())?;
                Some(view! {
                    <div class="notice notice-warning">
                        <p>{message}</p>
                        <div class="button-row">
                            {reload.then(|| view! {
                                <button type="button" class="button button-primary" on:click=|_| offline::apply_update()>"Reload"</button>
                            })}
                            <button type="button" class="button button-quiet" on:click=move |_| match dismiss_save_problem {
                                true => state.dismiss_save_problem(),
                                false => state.dismiss_notice(),
                            }>"OK, got it"</button>
                        </div>
                    </div>
                })
            }}
        </div>
    }
}
