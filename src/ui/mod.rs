//! A thin Leptos layer over `assessment` and `content`: one file per screen.

mod about;
mod confirm;
mod dates;
mod history;
mod landing;
mod pain_chart;
pub mod plan;
mod question;
mod results;
mod route;
mod share_button;
mod your_data;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::assessment::{is_complete, is_reachable, resume_step, Answers, History, Plan, Session, Step, Timestamp};
use crate::content::questions::BANK;
use crate::content::source::ARTICLE;
use crate::{offline, share, storage};
pub use route::Screen;

/// Said when a link to the results opens on a device whose check is not finished.
const NO_RESULTS_YET: &str = "There are no finished answers on this device yet, so there are no results to show. The check starts where your answers stop.";

/// Shared by every screen.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The check in progress.
    pub answers: RwSignal<Answers>,
    /// The history entry the current answers were recorded as, once finished.
    pub recorded_as: RwSignal<Option<Timestamp>>,
    pub history: RwSignal<History>,
    /// The exercise plan and its sessions.
    pub plan: RwSignal<Option<Plan>>,
    pub sessions: RwSignal<Vec<Session>>,
    /// One plain-words message about saving or loading, shown above the screen.
    pub notice: RwSignal<Option<String>>,
    /// This browser does not let the app save (private mode, blocked site data).
    pub storage_off: bool,
}

impl AppState {
    fn new(data: storage::SavedData, notice: Option<String>, storage_off: bool) -> Self {
        AppState {
            answers: RwSignal::new(data.answers),
            recorded_as: RwSignal::new(data.recorded_as),
            history: RwSignal::new(data.history),
            plan: RwSignal::new(data.plan),
            sessions: RwSignal::new(data.sessions),
            notice: RwSignal::new(notice),
            storage_off,
        }
    }

    /// Everything to save, as it is now.
    pub fn saved_data(&self) -> storage::SavedData {
        storage::SavedData {
            answers: self.answers.get_untracked(),
            recorded_as: self.recorded_as.get_untracked(),
            history: self.history.get_untracked(),
            plan: self.plan.get_untracked(),
            sessions: self.sessions.get_untracked(),
        }
    }

    /// Replaces everything in memory at once (after an import, or a delete-all here or in another tab).
    pub fn replace(&self, data: storage::SavedData) {
        self.answers.set(data.answers);
        self.recorded_as.set(data.recorded_as);
        self.history.set(data.history);
        self.plan.set(data.plan);
        self.sessions.set(data.sessions);
    }
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}

/// The tab's title, which screen readers announce and the history list shows.
pub fn set_title(title: &str) {
    document().set_title(title);
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The page's address for a screen: this page, with the screen in the fragment.
fn address_of(screen: &Screen) -> String {
    let location = window().location();
    location.pathname().unwrap_or_default() + &location.search().unwrap_or_default() + &route::to_hash(screen)
}

/// Tells the app the fragment changed: pushState and replaceState do not fire `hashchange`.
fn announce_hash_change() {
    if let Ok(event) = web_sys::HashChangeEvent::new("hashchange") {
        let _ = window().dispatch_event(&event);
    }
}

/// Goes to a screen, adding a history entry that remembers the screen it came from, so the
/// browser's Back button returns there and the app's Back can use the same entry (`go_back_to`).
pub fn go(screen: Screen) {
    let came_from = wasm_bindgen::JsValue::from_str(&current_hash());
    match window().history() {
        Ok(history) if history.push_state_with_url(&came_from, "", Some(&address_of(&screen))).is_ok() => announce_hash_change(),
        _ => {
            let _ = window().location().set_hash(&route::to_hash(&screen));
        }
    }
}

/// The app's Back: when the person came here from `screen`, it is the browser's Back, so the
/// browser's own Back button afterwards does not walk forward again. Otherwise (a link or a
/// reload brought them here) it replaces this entry with `screen`.
pub fn go_back_to(screen: Screen) {
    let Ok(history) = window().history() else { return go(screen) };
    let came_from = history.state().ok().and_then(|state| state.as_string());
    if came_from.as_deref() == Some(route::to_hash(&screen).as_str()) {
        let _ = history.back();
    } else {
        replace_hash(&screen);
        announce_hash_change();
    }
}

/// Shows `screen` in the address bar without a new history entry, keeping the entry's state.
fn replace_hash(screen: &Screen) {
    let Ok(history) = window().history() else { return };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&address_of(screen)));
}

/// Forgets the answers in progress (a finished check stays in the history) and opens the first question.
pub fn start_new_check() {
    let state = app_state();
    state.answers.set(BANK.answers());
    state.recorded_as.set(None);
    go(step_screen(resume_step(&BANK.answers())));
}

fn step_screen(step: Step) -> Screen {
    match step {
        Step::Question(id) => Screen::Question(id),
        Step::Results => Screen::Results,
    }
}

/// The screen to show for a requested one: a question that cannot be reached yet (an old or
/// hand-edited link) or results of an unfinished check show where the person left off instead,
/// so the safety questions can never be skipped. A past check that is not here (deleted, or a
/// link from another device) shows the start page with the list of checks that are.
fn allowed(requested: Screen, answers: &Answers, history: &History) -> Screen {
    match requested {
        Screen::Question(id) if !is_reachable(answers, id) => step_screen(resume_step(answers)),
        Screen::Results if !is_complete(answers) => step_screen(resume_step(answers)),
        Screen::PastResults(at) if history.get(at).is_none() => Screen::Landing,
        screen => screen,
    }
}

/// The plan's screens for a plan address (`plan::screen`), in the build that has them.
pub type PlanScreens = fn(&Screen) -> Option<AnyView>;

/// Replaces the placeholder first screen in index.html with the app: each build's `main`.
pub fn mount(plan_screens: Option<PlanScreens>) {
    let root = document().get_element_by_id("app").expect("index.html has #app");
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), move || view! { <App offline=true plan_screens=plan_screens/> }).forget();
}

#[component]
pub fn App(
    /// Register the service worker (the shipped app); tests that mount the app leave it off.
    #[prop(optional)]
    offline: bool,
    /// The plan's screens (`plan::screen`), in the build that has them. Without them, a plan
    /// address reloads the page, and the loader (Trunk.toml) opens that build (see `open_plan_build`).
    #[prop(default = None)]
    plan_screens: Option<PlanScreens>,
) -> impl IntoView {
    let (saved, load_problem) = storage::load();
    // Storage that is switched off is said at once, not at the first failed save.
    let storage_off = !storage::is_available();
    let first_notice = if storage_off { Some(storage::SaveProblem::Unavailable.message().to_string()) } else { load_problem.map(|problem| problem.message()) };
    let state = AppState::new(saved, first_notice, storage_off);
    provide_context(state);

    let update_ready = RwSignal::new(false);
    if offline {
        offline::register(move || update_ready.set(true));
    }

    let loaded_at = current_hash();
    let requested = RwSignal::new(route::parse(&loaded_at));
    let _ = window_event_listener(ev::hashchange, move |_| requested.set(route::parse(&current_hash())));
    // A memo, so that answering a question does not rebuild the screen unless the screen changes.
    let screen = Memo::new(move |_| allowed(requested.get(), &state.answers.read(), &state.history.read()));
    // Keep the address bar honest when a request was redirected (or named the first screen's
    // `#start`), without adding a history entry.
    Effect::new(move |_| {
        let shown = screen.get();
        if requested.get() == Screen::Results && shown != Screen::Results {
            state.notice.set(Some(NO_RESULTS_YET.to_string()));
        }
        if shown != requested.get() || current_hash() != route::to_hash(&shown) {
            replace_hash(&shown);
            requested.set(shown);
        }
    });

    // Opening the results of a finished check records it in the history (once; changed answers
    // update the same entry).
    Effect::new(move |_| {
        if screen.get() == Screen::Results {
            let answers = state.answers.read();
            let mut history = state.history.get_untracked();
            let recorded = history.record(&answers, js_sys::Date::now() as Timestamp, state.recorded_as.get_untracked());
            if state.history.with_untracked(|current| *current != history) {
                state.history.set(history);
            }
            if recorded != state.recorded_as.get_untracked() {
                state.recorded_as.set(recorded);
            }
        }
    });

    let save_failed_once = StoredValue::new(storage_off);
    Effect::new(move |first_run: Option<()>| {
        state.answers.track();
        state.recorded_as.track();
        state.history.track();
        state.plan.track();
        state.sessions.track();
        if first_run.is_none() {
            return; // just loaded: nothing new to save
        }
        match storage::save(&state.saved_data()) {
            Ok(Some(merged)) => {
                state.history.set(merged.history);
                state.sessions.set(merged.sessions);
                state.plan.set(merged.plan);
            }
            Ok(None) => {}
            Err(problem) => {
                if !save_failed_once.get_value() {
                    save_failed_once.set_value(true);
                    state.notice.set(Some(problem.message().to_string()));
                }
            }
        }
    });

    // Another tab saved or deleted: show its past checks here too, so neither tab's next save
    // loses them, and honour a delete-all made there.
    let _ = window_event_listener(ev::storage, move |event| {
        if !storage::is_saved_data_key(event.key().as_deref()) {
            return;
        }
        if event.new_value().is_none() {
            state.replace(storage::SavedData::default());
            return;
        }
        // The other tab's versions win (it may have updated a check); checks only here are kept.
        let (stored, _) = storage::load();
        let mut history = stored.history;
        state.history.with_untracked(|here| history.merge(here));
        if state.history.with_untracked(|current| *current != history) {
            state.history.set(history);
        }
        let mut here = storage::SavedData { plan: state.plan.get_untracked(), sessions: state.sessions.get_untracked(), ..Default::default() };
        if storage::merge_plan(&mut here, stored.plan.as_ref(), &stored.sessions) {
            state.plan.set(here.plan);
            state.sessions.set(here.sessions);
        }
    });

    // Tips are folded on screen; a printout (for a doctor, say) shows every one unfolded.
    let _ = window_event_listener(ev::beforeprint, |_| unfold_for_print(true));
    let _ = window_event_listener(ev::afterprint, |_| unfold_for_print(false));

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>"Skip to main content"</a>
        <header class="site-header"><p class="brand">"Backcheck"</p></header>
        <Notice update_ready=update_ready mid_check=Signal::derive(move || matches!(screen.get(), Screen::Question(_)))/>
        {move || match screen.get() {
            Screen::Landing => view! { <landing::Landing/> }.into_any(),
            Screen::About => view! { <about::About/> }.into_any(),
            plan_screen @ (Screen::PlanNew | Screen::Plan | Screen::CheckIn) => match plan_screens.and_then(|screens| screens(&plan_screen)) {
                Some(view) => view,
                None => {
                    let opening = open_plan_build(&plan_screen, &loaded_at);
                    view! {
                        <main id="main" class="screen">
                            {if opening {
                                view! { <p class="lead" role="status">"Opening your plan…"</p> }.into_any()
                            } else {
                                view! { <p class="notice notice-warning" role="alert">{PLAN_NOT_OPENED}</p> }.into_any()
                            }}
                        </main>
                    }.into_any()
                }
            },
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
        }}
        <footer class="site-footer">
            <p>
                "Advice based on the article “" {ARTICLE.title} "” (" {ARTICLE.author} ", " {ARTICLE.date}
                "), rewritten in plain words, and on NHS and NICE guidance for when to get care."
            </p>
            <p><a href="#about">"About this check"</a></p>
        </footer>
    }
}

const PLAN_NOT_OPENED: &str = "Your plan could not be opened here. Reload the page to try again.";

/// The plan's screens are in a second build (`backcheck-plan`), so the first load stays small.
/// The loader (Trunk.toml) picks the build by the address, so a reload at the plan's address
/// opens it; what the app knows is saved already, as it changes. Reloads only if this page was
/// not itself loaded at that address: if the loader ever chose this build for it, a reload
/// would repeat forever. Returns whether it reloads.
fn open_plan_build(screen: &Screen, loaded_at: &str) -> bool {
    let address = route::to_hash(screen);
    if loaded_at == address {
        return false;
    }
    replace_hash(screen);
    window().location().reload().is_ok()
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
fn Notice(
    update_ready: RwSignal<bool>,
    /// A question is on screen: the update notice waits, so nothing pushes the question down.
    mid_check: Signal<bool>,
) -> impl IntoView {
    let notice = app_state().notice;
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
            {move || notice.get().map(|message| view! {
                <div class="notice notice-warning">
                    <p>{message}</p>
                    <button type="button" class="button button-quiet" on:click=move |_| notice.set(None)>"OK, got it"</button>
                </div>
            })}
        </div>
    }
}
