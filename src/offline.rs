//! Offline support: registers the service worker (`sw.js`, which precaches the whole build) and
//! says when a newer version is waiting, so the person can reload when it suits them rather than
//! being left on an old version or reloaded in the middle of the check.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing on old browsers and on pages that are not a secure context.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Registers `sw.js` next to the page, so its scope is the page's own folder (sub-paths work),
/// and calls `on_update_ready` once a new version has installed behind the running one.
pub fn register(on_update_ready: impl Fn() + Clone + 'static) {
    let Some(workers) = service_workers() else { return };
    spawn_local(async move {
        let registration = match JsFuture::from(workers.register("./sw.js")).await {
            // Offline use is a bonus: the app works the same without it. A browser that blocks
            // service workers may answer with nothing at all.
            Ok(registration) if registration.is_object() => registration,
            _ => return,
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let has_controller = move || service_workers().and_then(|w| w.controller()).is_some();

        // A version that installed while no page was open is already waiting.
        if registration.waiting().is_some() && has_controller() {
            on_update_ready();
        }
        let watched = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else { return };
            let worker = installing.clone();
            let ready = on_update_ready.clone();
            let on_state_change = Closure::<dyn Fn()>::new(move || {
                // With no controller this is the first install, not an update.
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}

/// Lets the waiting version take over, then reloads the page once it has. In a second tab the
/// new version may have taken over already (from the first tab): then it just reloads.
/// The answers are saved on every change, so the reload loses nothing.
pub fn apply_update() {
    let Some(workers) = service_workers() else { return };
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    workers.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(workers.get_registration()).await else { return };
        let Some(waiting) = registration.dyn_into::<ServiceWorkerRegistration>().ok().and_then(|r| r.waiting()) else {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
            return;
        };
        let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
    });
}

/// Asks the service worker to keep the second build's plan part now: called where results offer a
/// plan, so the plan opens offline later. A first visit that never gets that far does not
/// download it (see public/sw.js).
pub fn keep_second_build() {
    tell_workers("keep-second-build");
}

/// Asks the service worker to keep the rest of the second build (the session part with its
/// pictures, and the records part): called once a plan is made, from the plan's page, so a session
/// and the summary open offline later. What is kept already is not fetched again.
pub fn keep_after_plan() {
    tell_workers("keep-after-plan");
}

fn tell_workers(message: &'static str) {
    let Some(workers) = service_workers() else { return };
    let Ok(ready) = workers.ready() else { return };
    spawn_local(async move {
        // Never settles without a worker (a test page, a blocked one): nothing to keep then.
        let Ok(registration) = JsFuture::from(ready).await else { return };
        if !registration.is_object() {
            return;
        }
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A version waiting to take over keeps its own too, so the plan opens offline after the
        // update, when the running version's files may be gone from the server.
        for worker in [registration.active(), registration.waiting()].into_iter().flatten() {
            let _ = worker.post_message(&JsValue::from_str(message));
        }
    });
}
