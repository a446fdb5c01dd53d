//! Browser tests (wasm-bindgen-test in headless Chromium): the real local storage and the app's
//! components in a real DOM. Run alone with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use backcheck::assessment::{Answers, History, PastCheck};
use backcheck::content::questions::BANK;
use backcheck::storage::{self, LoadProblem, SaveProblem, SavedData, KEY, UNREADABLE_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn reset() {
    local_storage().clear().unwrap();
}

fn some_answers() -> Answers {
    let mut answers = BANK.answers();
    answers.set("flag-bladder-bowel", false.into()).unwrap();
    answers.set("pain-now", 6u8.into()).unwrap();
    answers.set("aggravating-moves", ["bending", "twisting"].into()).unwrap();
    answers
}

/// A finished check: an emergency answer ends it at the first question.
fn finished_at(at: u64) -> PastCheck {
    let mut answers = BANK.answers();
    answers.set("flag-bladder-bowel", true.into()).unwrap();
    PastCheck { completed_at: at, answers }
}

fn some_data() -> SavedData {
    SavedData { answers: some_answers(), recorded_as: None, history: History::from_checks([finished_at(1_000)]), ..SavedData::default() }
}

#[wasm_bindgen_test]
fn saved_data_comes_back_from_local_storage() {
    reset();
    assert_eq!(storage::load(), (SavedData::default(), None), "nothing saved yet");
    assert_eq!(storage::save(&some_data()), Ok(None));
    let raw = local_storage().get_item(KEY).unwrap().unwrap();
    assert!(raw.contains("\"version\":10"), "{raw}");
    assert_eq!(storage::load(), (some_data(), None));
    reset();
}

#[wasm_bindgen_test]
fn delete_all_leaves_no_key_behind() {
    reset();
    local_storage().set_item(KEY, "{broken").unwrap();
    let _ = storage::load();
    storage::save(&some_data()).unwrap();
    assert_eq!(local_storage().length().unwrap(), 2, "the data and the unreadable value kept aside");
    local_storage().set_item("someone-else", "theirs").unwrap();
    storage::delete_all().unwrap();
    assert_eq!(local_storage().get_item(KEY).unwrap(), None);
    assert_eq!(local_storage().get_item(UNREADABLE_KEY).unwrap(), None);
    assert_eq!(local_storage().get_item("someone-else").unwrap().as_deref(), Some("theirs"), "only Backcheck's own keys go");
    // The app saves its now empty data next: that removes rather than writes an empty envelope.
    storage::save(&SavedData::default()).unwrap();
    assert_eq!(local_storage().length().unwrap(), 1, "no key of Backcheck's left behind");
    reset();
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_kept_aside_and_never_lost() {
    reset();
    local_storage().set_item(KEY, "{\"version\":2,\"data\":").unwrap();
    let (data, problem) = storage::load();
    assert!(data.is_empty());
    assert_eq!(problem, Some(LoadProblem::Unreadable));
    assert_eq!(storage::kept_aside(), vec!["{\"version\":2,\"data\":"]);
    // A later save does not touch what is aside.
    storage::save(&some_data()).unwrap();
    assert_eq!(storage::kept_aside(), vec!["{\"version\":2,\"data\":"]);
    // Data from a newer version is left where it is, and a file saved now carries it beside the first.
    local_storage().set_item(KEY, "{\"version\":99,\"data\":{}}").unwrap();
    assert_eq!(storage::load().1, Some(LoadProblem::NewerVersion(99)));
    assert_eq!(storage::kept_aside(), vec!["{\"version\":2,\"data\":", "{\"version\":99,\"data\":{}}"]);
    reset();
}

#[wasm_bindgen_test]
fn a_save_merges_the_past_checks_another_tab_stored() {
    reset();
    storage::save(&some_data()).unwrap();
    // Another tab finishes a check and saves its own history.
    let other_tab = SavedData {
        answers: BANK.answers(),
        recorded_as: None,
        history: History::from_checks([finished_at(1_000), finished_at(2_000)]),
        ..SavedData::default()
    };
    storage::save(&other_tab).unwrap();
    // This tab, which has not seen it, saves next: the other tab's check is kept, and returned to show.
    let merged = storage::save(&some_data()).unwrap().expect("the history grew").history;
    assert_eq!(merged, History::from_checks([finished_at(1_000), finished_at(2_000)]));
    assert_eq!(storage::load().0.history, merged);
    assert_eq!(storage::load().0.answers, some_answers(), "this tab's answers in progress are what it saved");
    reset();
}

#[wasm_bindgen_test]
fn a_save_merges_the_plan_and_sessions_another_tab_stored() {
    use backcheck::assessment::{Done, Plan, PlannedActivity, Session};
    reset();
    let session = |at| Session {
        at,
        done: vec![Done { activity: "walking".into(), amount: 16 }],
        pain_during: 3,
        next_day: None,
        stopped_for_pain: false,
    };
    let plan = Plan::new(500, vec![1, 3, 5], None, vec![PlannedActivity { activity: "walking".into(), start: 16 }]);
    // Another tab made the plan and logged a session.
    storage::save(&SavedData { plan: Some(plan.clone()), sessions: vec![session(1_000)], ..SavedData::default() }).unwrap();
    // This tab, which has not seen them, logs its own session: both are kept, once each.
    let merged =
        storage::save(&SavedData { sessions: vec![session(2_000)], ..some_data() }).unwrap().expect("more came from the other tab");
    assert_eq!(merged.plan, Some(plan));
    assert_eq!(merged.sessions.iter().map(|s| s.at).collect::<Vec<_>>(), [1_000, 2_000]);
    assert_eq!(storage::save(&merged).unwrap(), None, "nothing new the second time");
    assert_eq!(storage::load().0.sessions.len(), 2);
    reset();
}

#[wasm_bindgen_test]
fn a_sign_another_tab_kept_at_a_check_in_is_never_lost_by_this_tab_s_save() {
    use backcheck::assessment::{PlanNote, PlanNoteKind};
    reset();
    let mut signs = BANK.answers();
    signs.toggle("emergency-signs", "both-legs").unwrap();
    let note = PlanNote { at: 3_000, kind: PlanNoteKind::Signs(signs) };
    // Another tab kept a sign; this tab, which has not seen it, saves its own data.
    storage::save(&SavedData { plan_notes: vec![note.clone()], ..SavedData::default() }).unwrap();
    let merged = storage::save(&some_data()).unwrap().expect("the other tab's note came in");
    assert_eq!(merged.plan_notes, [note.clone()]);
    assert_eq!(storage::load().0.plan_notes, [note]);
    reset();
}

/// Makes `window.localStorage` throw, as blocked site data and some private modes do, for the
/// length of `body`.
fn with_storage_blocked(body: impl FnOnce()) {
    let block = js_sys::Function::new_no_args(
        "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
    );
    let unblock = js_sys::Function::new_no_args("Object.defineProperty(window, 'localStorage', window.__savedStorage);");
    block.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    assert!(web_sys::window().unwrap().local_storage().is_err(), "storage is blocked");
    body();
    unblock.call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_not_thrown() {
    reset();
    storage::save(&some_data()).unwrap();
    with_storage_blocked(|| {
        assert_eq!(storage::load(), (SavedData::default(), None), "nothing can be read, and nothing throws");
        assert_eq!(storage::save(&some_data()), Err(SaveProblem::Unavailable));
        assert_eq!(storage::kept_aside(), Vec::<String>::new());
        assert_eq!(storage::delete_all(), Err(storage::DeleteProblem::Unavailable));
    });
    assert_eq!(storage::load(), (some_data(), None), "what was saved before is untouched");
    reset();
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_not_thrown() {
    reset();
    fill_storage();
    assert_eq!(storage::save(&some_data()), Err(SaveProblem::Full));
    // What was saved before is still readable while storage is full.
    local_storage().remove_item("f0").unwrap();
    storage::save(&some_data()).unwrap();
    assert!(local_storage().set_item("f0", &"x".repeat(512 * 1024)).is_err(), "still full");
    assert_eq!(storage::load().0, some_data());
    reset();
}

/// Fills the origin's real quota until the browser refuses even one more character, largest
/// pieces first so it takes few writes (no mocked quota).
fn fill_storage() {
    let chunk = "x".repeat(512 * 1024);
    let mut writes = 0;
    for size in [512 * 1024, 16 * 1024, 512, 16, 1] {
        let piece = &chunk[..size];
        while local_storage().set_item(&format!("f{writes}"), piece).is_ok() {
            writes += 1;
            assert!(writes < 2_000, "local storage never filled up");
        }
    }
}

/// About 2.7 million characters: the value and a copy of it do not both fit in the quota
/// (5,242,880 characters in Chromium), which is where keeping it aside used to fail silently.
const BIG: usize = 2_700_000;

#[wasm_bindgen_test]
fn an_unreadable_value_too_big_to_keep_aside_is_left_as_it_is_and_never_overwritten() {
    reset();
    let unreadable = format!("{{not json {}", "x".repeat(BIG));
    local_storage().set_item(KEY, &unreadable).unwrap();
    assert_eq!(storage::load(), (SavedData::default(), Some(LoadProblem::Unreadable)));
    assert_eq!(storage::holding(), Some(SaveProblem::HoldingUnreadable), "there was no room to keep it aside");
    assert_eq!(storage::save(&some_data()), Err(SaveProblem::HoldingUnreadable), "the first save used to overwrite it");
    assert_eq!(local_storage().get_item(KEY).unwrap().unwrap(), unreadable, "left byte for byte");
    assert!(storage::kept_aside().contains(&unreadable), "a file saved now carries it");
    assert!(SaveProblem::HoldingUnreadable.message().contains("saves nothing new"));
    // Delete-all still removes everything.
    storage::delete_all().unwrap();
    assert_eq!(local_storage().length().unwrap(), 0);
    assert_eq!(storage::holding(), None);
    assert_eq!(storage::save(&some_data()), Ok(None), "and saving works again");
    reset();
}

/// The case an older cached build meets when a newer one, maybe in another tab, wrote the data:
/// that tab may still be open, so its data is left as it is, and a file saved here carries it.
#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_overwritten() {
    reset();
    for newer in ["{\"version\":99,\"data\":{}}".to_string(), format!("{{\"version\":99,\"data\":{{\"pad\":\"{}\"}}}}", "x".repeat(BIG))] {
        local_storage().set_item(KEY, &newer).unwrap();
        assert_eq!(storage::load().1, Some(LoadProblem::NewerVersion(99)));
        assert_eq!(storage::save(&some_data()), Err(SaveProblem::NewerVersionOpen));
        assert_eq!(local_storage().get_item(KEY).unwrap().unwrap(), newer);
        assert_eq!(storage::kept_aside(), vec![newer]);
        assert!(SaveProblem::NewerVersionOpen.message().contains("Reload"));
    }
    reset();
}

#[wasm_bindgen_test]
fn an_import_that_does_not_fit_changes_nothing_and_says_so() {
    reset();
    storage::save(&some_data()).unwrap();
    let before = local_storage().get_item(KEY).unwrap();
    let many = SavedData { history: History::from_checks((2..=201).map(|n| finished_at(n * 1_000))), ..SavedData::default() };
    let file = storage::read_import(&storage::export_file(&many, &[], 9_000)).unwrap();
    fill_storage();
    assert_eq!(storage::import(&some_data(), &file), storage::Imported::DoesNotFit);
    assert_eq!(local_storage().get_item(KEY).unwrap(), before, "what was stored is unchanged");
    reset();
    // With room, the same file is saved, and what came in is said.
    storage::save(&some_data()).unwrap();
    match storage::import(&some_data(), &file) {
        storage::Imported::Saved(data, summary) => {
            assert_eq!((data.history.len(), summary.added), (201, 200));
            assert_eq!(storage::load().0.history.len(), 201, "saved, not only merged in memory");
        }
        other => panic!("{other:?}"),
    }
    reset();
}

#[wasm_bindgen_test]
fn impossible_dates_and_duplicate_times_are_refused_with_a_clear_message() {
    let data = SavedData { history: History::from_checks([finished_at(1_000), finished_at(2_000)]), ..SavedData::default() };
    let file = storage::export_file(&data, &[], 3_000);
    for impossible in ["18446744073709551615", "9007199254740993"] {
        let edited = file.replacen("\"completed_at\": 1000", &format!("\"completed_at\": {impossible}"), 1);
        assert_ne!(edited, file);
        assert_eq!(storage::read_import(&edited), Err(storage::ImportProblem::Damaged), "{impossible}");
    }
    let twice = file.replacen("\"completed_at\": 2000", "\"completed_at\": 1000", 1);
    assert_eq!(storage::read_import(&twice), Err(storage::ImportProblem::Duplicates));
    assert!(storage::ImportProblem::Duplicates.message().contains("same date and time"));
}

async fn settle() {
    // Leptos updates the DOM asynchronously, and hash changes arrive as events.
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// The app (without the service worker: this test page is not the shipped app, and without the
/// plan's screens, as in the first-load build) mounted in a new element, opened at `hash`.
async fn mount_app_at(hash: &str) -> (web_sys::Element, impl Drop) {
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = leptos::mount::mount_to(root.clone().unchecked_into(), || leptos::view! { <backcheck::ui::App/> });
    settle().await;
    (root, app)
}

#[wasm_bindgen_test]
async fn the_app_starts_on_the_landing_screen_and_opens_the_first_question() {
    reset();
    let window = web_sys::window().unwrap();
    let (root, _app) = mount_app_at("").await;

    let heading = root.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.text_content().unwrap(), "Should I exercise with low back pain?");
    let start = root.query_selector("a.start-link").unwrap().unwrap();
    assert_eq!(start.text_content().unwrap(), "Start the check");
    start.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;

    assert_eq!(window.location().hash().unwrap(), "#q=emergency-signs");
    let heading = root.query_selector("form.question h1").unwrap().expect("the first question shows");
    assert!(heading.text_content().unwrap().starts_with("Step 1 of 11"));
    let legend = root.query_selector("form.question legend").unwrap().expect("with its question as the legend");
    assert!(legend.text_content().unwrap().starts_with("Do you have any of these"));
    let no = root.query_selector("#emergency-signs-none").unwrap().unwrap();
    no.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    // The answer is saved at once, so a reload would keep it.
    let saved = local_storage().get_item(KEY).unwrap().unwrap();
    assert_eq!(
        saved,
        r#"{"version":10,"data":{"current":{"answers":{"emergency-signs":["none"]},"recorded_as":null},"history":[],"plan":null,"sessions":[],"plan_notes":[]}}"#
    );
    window.location().set_hash("").unwrap();
    reset();
}

#[wasm_bindgen_test]
async fn without_the_second_build_a_page_loaded_at_its_address_says_so_and_does_not_reload() {
    // The loader (Trunk.toml) opens the second build for this address. Should the first build
    // ever run here, reloading would open it again, forever: it explains instead. (A reload
    // would end this test run, so reaching the asserts is part of the test.)
    reset();
    let window = web_sys::window().unwrap();
    let (root, _app) = mount_app_at("#plan").await;

    let alert = root.query_selector("main [role=alert]").unwrap().expect("a message, not a blank screen");
    assert!(alert.text_content().unwrap().contains("could not be opened"), "{:?}", alert.text_content());
    assert_eq!(window.location().hash().unwrap(), "#plan");
    window.location().set_hash("").unwrap();
    root.remove();
    reset();
}

/// Makes `Storage.prototype[method]` throw, for `key` only or for every key, as Firefox's
/// `getItem` does when its storage file is corrupted, until dropped.
struct Throwing(&'static str);

impl Throwing {
    fn new(method: &'static str, key: Option<&str>, error_name: &str) -> Self {
        let make_throw = js_sys::Function::new_with_args(
            "method, key, name",
            "window.__unbroken = window.__unbroken || {};
             window.__unbroken[method] = Storage.prototype[method];
             Storage.prototype[method] = function (k, ...rest) {
                 if (key === null || k === key) throw new DOMException('storage misbehaves', name);
                 return window.__unbroken[method].call(this, k, ...rest);
             };",
        );
        let key = key.map_or(wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::from_str);
        make_throw.call3(&wasm_bindgen::JsValue::NULL, &method.into(), &key, &error_name.into()).unwrap();
        Throwing(method)
    }
}

impl Drop for Throwing {
    fn drop(&mut self) {
        let mend = js_sys::Function::new_with_args("method", "Storage.prototype[method] = window.__unbroken[method];");
        mend.call1(&wasm_bindgen::JsValue::NULL, &self.0.into()).unwrap();
    }
}

const FIREFOX_CORRUPTED: &str = "NS_ERROR_FILE_CORRUPTED";

#[wasm_bindgen_test]
fn reading_that_throws_is_reported_and_nothing_is_saved_over_what_cannot_be_read() {
    reset();
    storage::save(&some_data()).unwrap();
    let stored = local_storage().get_item(KEY).unwrap();
    {
        let _broken = Throwing::new("getItem", None, FIREFOX_CORRUPTED);
        assert_eq!(storage::load(), (SavedData::default(), None), "nothing can be read, and nothing throws");
        assert_eq!(storage::holding(), Some(SaveProblem::CannotRead));
        assert_eq!(storage::save(&SavedData::default()), Err(SaveProblem::CannotRead), "never written over unseen");
        assert_eq!(storage::kept_aside(), Vec::<String>::new());
        assert!(SaveProblem::CannotRead.message().contains("kept on this page only"));
    }
    assert_eq!(local_storage().get_item(KEY).unwrap(), stored, "what was saved before is untouched");
    assert_eq!(storage::load(), (some_data(), None), "and comes back once reading works");
    assert_eq!(storage::holding(), None);
    reset();
}

#[wasm_bindgen_test]
fn deleting_that_throws_says_what_is_still_stored() {
    use storage::DeleteProblem;
    reset();
    local_storage().set_item(KEY, "{broken").unwrap();
    let _ = storage::load();
    storage::save(&some_data()).unwrap();
    {
        let _broken = Throwing::new("removeItem", None, "SecurityError");
        assert_eq!(storage::delete_all(), Err(DeleteProblem::Data));
        assert!(DeleteProblem::Data.message().contains("still on this device"));
    }
    assert_eq!(storage::load().0, some_data(), "nothing was deleted, and the app was not told otherwise");
    {
        let _broken = Throwing::new("removeItem", Some(UNREADABLE_KEY), "SecurityError");
        assert_eq!(storage::delete_all(), Err(DeleteProblem::KeptAside));
        assert!(DeleteProblem::KeptAside.message().contains("kept aside"));
    }
    assert_eq!((local_storage().get_item(KEY).unwrap(), storage::kept_aside()), (None, vec!["{broken".to_string()]));
    assert_eq!(storage::delete_all(), Ok(()));
    assert_eq!(local_storage().length().unwrap(), 0);
    // Emptied data (a check in progress cleared) is removed rather than written; a throw there is
    // a failed save, not a panic.
    storage::save(&SavedData { answers: some_answers(), ..SavedData::default() }).unwrap();
    {
        let _broken = Throwing::new("removeItem", None, "SecurityError");
        assert_eq!(storage::save(&SavedData::default()), Err(SaveProblem::Unavailable));
    }
    reset();
}

/// A lone UTF-16 surrogate cannot be in a Rust string, so no copy of the value can be exact:
/// it stays where it is, unchanged, and nothing is saved over it.
#[wasm_bindgen_test]
fn an_unreadable_value_with_a_lone_surrogate_is_left_byte_for_byte() {
    reset();
    let store_and_compare = js_sys::Function::new_with_args(
        "store",
        "const value = '{not json \\uD800 here'; if (store) localStorage.setItem('backcheck', value);
         return localStorage.getItem('backcheck') === value && localStorage.getItem('backcheck.unreadable') === null;",
    );
    let unchanged = |store: bool| store_and_compare.call1(&wasm_bindgen::JsValue::NULL, &store.into()).unwrap().as_bool().unwrap();
    assert!(unchanged(true));
    assert_eq!(storage::load(), (SavedData::default(), Some(LoadProblem::Unreadable)));
    assert_eq!(storage::holding(), Some(SaveProblem::HoldingUnreadable));
    assert_eq!(storage::save(&some_data()), Err(SaveProblem::HoldingUnreadable));
    assert!(unchanged(false), "not replaced, and no altered copy kept aside");
    reset();
}

fn notice_texts(root: &web_sys::Element) -> String {
    root.query_selector(".notice-area").unwrap().and_then(|area| area.text_content()).unwrap_or_default()
}

async fn answer_first_question(root: &web_sys::Element, choice: &str) {
    root.query_selector(&format!("#emergency-signs-{choice}")).unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_app_starts_when_reading_storage_throws_and_says_so() {
    reset();
    storage::save(&some_data()).unwrap();
    let broken = Throwing::new("getItem", None, FIREFOX_CORRUPTED);
    let (root, app) = mount_app_at("").await;
    assert_eq!(root.query_selector("h1").unwrap().unwrap().text_content().unwrap(), "Should I exercise with low back pain?");
    assert!(notice_texts(&root).contains("cannot be read on this device"), "{}", notice_texts(&root));
    // It works for this visit: a question opens and takes an answer.
    web_sys::window().unwrap().location().set_hash("#q=emergency-signs").unwrap();
    settle().await;
    answer_first_question(&root, "none").await;
    assert!(root.query_selector("#emergency-signs-none:checked").unwrap().is_some());
    drop(broken);
    assert_eq!(storage::load(), (some_data(), None), "what was saved before was not written over");
    drop(app);
    root.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    reset();
}

/// Saving starts failing in the middle of a check (reading throws, or storage fills up): the
/// person is told at once, and the notice goes when a save works again, with every answer saved.
#[wasm_bindgen_test]
async fn a_save_problem_in_the_middle_of_a_check_is_said_and_goes_when_saving_works_again() {
    reset();
    let (root, app) = mount_app_at("#q=emergency-signs").await;
    answer_first_question(&root, "none").await;
    assert_eq!(notice_texts(&root), "", "saved, nothing to say");

    let only_none = {
        let mut answers = BANK.answers();
        answers.set("emergency-signs", ["none"].into()).unwrap();
        answers
    };
    let broken = Throwing::new("getItem", None, FIREFOX_CORRUPTED);
    answer_first_question(&root, "both-legs").await;
    assert!(notice_texts(&root).contains("kept on this page only"), "{}", notice_texts(&root));
    drop(broken);
    answer_first_question(&root, "none").await;
    assert_eq!(notice_texts(&root), "", "saving works again");
    assert_eq!(storage::load().0.answers, only_none, "the latest answers are saved");

    fill_storage();
    answer_first_question(&root, "both-legs").await;
    assert!(notice_texts(&root).contains("storage is full"), "{}", notice_texts(&root));
    for n in 0..4 {
        let _ = local_storage().remove_item(&format!("f{n}"));
    }
    answer_first_question(&root, "none").await;
    assert_eq!(notice_texts(&root), "", "\"storage is full\" goes when a save works");
    assert_eq!(storage::load().0.answers, only_none);
    drop(app);
    root.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    reset();
}

/// Another tab's check in progress that this tab has not heard of yet (its `storage` event still
/// on the way: a page never hears its own writes, as here): starting a check does not replace
/// it, but takes it in and says so.
#[wasm_bindgen_test]
async fn starting_a_check_over_another_tab_s_unheard_check_takes_it_in_and_says_so() {
    reset();
    let (root, app) = mount_app_at("").await;
    storage::save(&SavedData { answers: some_answers(), ..SavedData::default() }).unwrap();
    root.query_selector("a.start-link").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "", "still on the start page");
    assert!(notice_texts(&root).contains("A check was started in another tab"), "{}", notice_texts(&root));
    assert!(root.text_content().unwrap().contains("Continue where you left off"));
    assert_eq!(storage::load().0.answers, some_answers(), "nothing replaced");
    drop(app);
    root.remove();
    reset();
}

/// Another tab saves other answers in progress while this tab has its own unfinished check: this
/// tab keeps its own, and is told once that only the check answered last is kept.
#[wasm_bindgen_test]
async fn two_different_checks_in_progress_are_said_once() {
    reset();
    let (root, app) = mount_app_at("#q=emergency-signs").await;
    answer_first_question(&root, "none").await;
    let mut theirs = BANK.answers();
    theirs.set("emergency-signs", ["both-legs"].into()).unwrap();
    let before = local_storage().get_item(KEY).unwrap().unwrap();
    storage::save(&SavedData { answers: theirs.clone(), ..SavedData::default() }).unwrap();
    let after = local_storage().get_item(KEY).unwrap().unwrap();
    // Their save names answers stored before that are not this tab's: both differ.
    let before = before.replace("[\"none\"]", "[\"none\",\"changed-since\"]");
    let dispatch = js_sys::Function::new_with_args(
        "oldValue, newValue",
        "window.dispatchEvent(new StorageEvent('storage', { key: 'backcheck', oldValue, newValue }));",
    );
    dispatch.call2(&wasm_bindgen::JsValue::NULL, &before.into(), &after.clone().into()).unwrap();
    settle().await;
    assert!(notice_texts(&root).contains("in the middle of a check in another tab too"), "{}", notice_texts(&root));
    assert!(root.query_selector("#emergency-signs-none:checked").unwrap().is_some(), "this tab's own answer stays");
    drop(app);
    root.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    reset();
}

/// A session being followed (`storage::following`): kept in this tab's session storage, so a
/// reload goes on where it was; a value it cannot read, or a session storage that is blocked,
/// starts afresh without a panic.
mod following {
    use backcheck::assessment::{EndedBy, FollowChange, Following, NextStep, Why};
    use backcheck::content::plan::how_to_follow;
    use backcheck::storage::following::{begun, forget_followed, load_followed, load_following, save_followed, save_following};
    use wasm_bindgen_test::*;

    fn session_storage() -> web_sys::Storage {
        web_sys::window().unwrap().session_storage().unwrap().unwrap()
    }

    fn step(activity: &str, amount: u16) -> NextStep {
        NextStep { activity: activity.into(), amount, why: Why::FirstSession, after: None, too_much: None }
    }

    fn following() -> Following {
        let mut following = Following::start(1_000, &[step("walking", 12), step("back-stretches", 5)], how_to_follow, 10_000);
        following.apply(FollowChange::StartTimer, 10_000);
        following.apply(FollowChange::Next, 70_000);
        following.apply(FollowChange::CountOne, 75_000);
        following.apply(FollowChange::StartAutoCount, 76_000);
        following
    }

    #[wasm_bindgen_test]
    fn a_session_being_followed_comes_back_as_it_was() {
        session_storage().clear().unwrap();
        assert_eq!(load_following(how_to_follow), None);
        let following = following();
        assert!(save_following(&following));
        assert_eq!(load_following(how_to_follow), Some(following.clone()));
        assert_eq!(begun(), Some((1_000, 10_000)));
        // Its end: what the check-in starts from; the session being followed is forgotten.
        let followed = following.end(EndedBy::Pain, 100_000);
        assert!(save_followed(&followed));
        assert_eq!(load_followed(), Some(followed));
        assert_eq!(load_following(how_to_follow), None);
        forget_followed();
        assert_eq!(load_followed(), None);
    }

    #[wasm_bindgen_test]
    fn a_value_it_cannot_read_or_that_no_longer_fits_starts_afresh() {
        session_storage().clear().unwrap();
        session_storage().set_item("backcheck.following", "{not json").unwrap();
        assert_eq!(load_following(how_to_follow), None);
        assert_eq!(begun(), None);
        // Its steps now make more parts than it has progress for (a changed how-to, say).
        let mut following = following();
        following.progress.pop();
        following.pace_ms.pop();
        following.current = 0;
        assert!(save_following(&following));
        assert_eq!(load_following(how_to_follow), None);
        session_storage().set_item("backcheck.followed", r#"{"plan":1,"ended_at":2,"ended_by":"bored","done":[]}"#).unwrap();
        assert_eq!(load_followed(), None, "an end this version does not know");
        session_storage().clear().unwrap();
    }

    #[wasm_bindgen_test]
    fn blocked_session_storage_keeps_nothing_and_throws_nothing() {
        let block = js_sys::Function::new_no_args(
            "window.__savedSession = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
             Object.defineProperty(window, 'sessionStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });",
        );
        let unblock = js_sys::Function::new_no_args("Object.defineProperty(window, 'sessionStorage', window.__savedSession);");
        block.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        assert!(!save_following(&following()), "says it kept nothing");
        assert_eq!(load_following(how_to_follow), None);
        assert!(!save_followed(&following().end(EndedBy::Finished, 1)));
        assert_eq!(load_followed(), None);
        forget_followed();
        unblock.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    }
}
