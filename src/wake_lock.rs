//! Keeps the screen on while a session is followed, with the Screen Wake Lock API where the
//! browser has it. The browser lets the lock go whenever the page is hidden, so the session screen
//! asks again when it shows. Where the API is missing, or the browser refuses (low battery, a
//! frame, no secure context), nothing breaks: the screen says it may dim.
//!
//! Read through `Reflect`, not web-sys, whose wake-lock bindings need an unstable cfg flag.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The lock held now (a `WakeLockSentinel`), to release at the end.
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Whether the screen stays on, or why it may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenOn {
    Held,
    /// The browser has no Screen Wake Lock API.
    Missing,
    /// The browser has it and said no.
    Refused,
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).ok().filter(|value| !value.is_undefined() && !value.is_null())
}

/// Asks the browser to keep the screen on; keeps the lock for `release`.
pub async fn keep_screen_on() -> ScreenOn {
    let Some(window) = web_sys::window() else { return ScreenOn::Missing };
    let Some(wake_lock) = get(&window.navigator(), "wakeLock") else { return ScreenOn::Missing };
    let Some(request) = get(&wake_lock, "request").and_then(|request| request.dyn_into::<js_sys::Function>().ok()) else {
        return ScreenOn::Missing;
    };
    let Ok(promise) = request.call1(&wake_lock, &JsValue::from_str("screen")) else { return ScreenOn::Refused };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(sentinel) => {
            // One lock at a time: a lock taken again after the page showed replaces the old one.
            if let Some(old) = SENTINEL.with(|held| held.borrow_mut().replace(sentinel)) {
                release_sentinel(&old);
            }
            ScreenOn::Held
        }
        Err(_) => ScreenOn::Refused,
    }
}

fn release_sentinel(sentinel: &JsValue) {
    if let Some(release) = get(sentinel, "release").and_then(|release| release.dyn_into::<js_sys::Function>().ok()) {
        // Its promise settles by itself; a lock the browser already let go rejects nothing.
        let _ = release.call0(sentinel);
    }
}

/// Lets the screen dim again, at the end of the session or when the person leaves it.
pub fn release() {
    if let Some(sentinel) = SENTINEL.with(|held| held.borrow_mut().take()) {
        release_sentinel(&sentinel);
    }
}
