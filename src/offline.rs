//! Offline use: registers the service worker `sw.js` (written for each build by
//! `scripts/post-build.mjs`), which keeps this build's files on the device, and reports when a
//! new build has been fetched and waits for the user's go-ahead to switch.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::Callback;

/// Where offline use stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offline {
    /// The browser offers no service worker here: an insecure origin (plain http other than
    /// this computer), a private window of some browsers, or a policy.
    Unavailable,
    /// Fetching this build's files to keep.
    Preparing,
    /// This build is kept: the app opens with no network.
    Ready,
    /// A newer build has been fetched and kept; it starts when the user agrees.
    UpdateReady,
}

thread_local! {
    /// Set when the user asked for the new build: the page reloads once it is in charge.
    static SWITCHING: Cell<bool> = const { Cell::new(false) };
    /// This page's registration, once made.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing where the browser offers none.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Registers the service worker and reports every change of state to `report`.
pub fn start(report: Callback<Offline>) {
    let Some(container) = container() else {
        report.emit(Offline::Unavailable);
        return;
    };
    report.emit(Offline::Preparing);
    // When the new build takes charge because this page asked, load it.
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if SWITCHING.with(Cell::get) {
            crate::browser::reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    // One listener for the page's whole life.
    on_change.forget();

    wasm_bindgen_futures::spawn_local(async move {
        // A release build's later WebAssembly module (scripts/wasm-split.mjs) first: the worker
        // then keeps the browser's copy of it rather than download it a second time.
        crate::later::arrived().await;
        let registered = JsFuture::from(container.register("./sw.js")).await;
        let Ok(registration) = registered.map(ServiceWorkerRegistration::from) else {
            report.emit(Offline::Unavailable);
            return;
        };
        watch(&container, &registration, report.clone());
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));
        check_for_updates_when_shown(&registration);
        // The worker in charge: this build is kept once it is active.
        if let Ok(ready) = container.ready() {
            if JsFuture::from(ready).await.is_ok() && registration.waiting().is_none() {
                report.emit(Offline::Ready);
            }
        }
        if registration.waiting().is_some() && container.controller().is_some() {
            report.emit(Offline::UpdateReady);
        }
    });
}

/// Follows a newly found build until it is installed: ready to switch to if a build is in
/// charge already, else this page's first build is now kept.
fn watch(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    report: Callback<Offline>,
) {
    let (container, registration_for_closure) = (container.clone(), registration.clone());
    let on_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = registration_for_closure.installing() else {
            return;
        };
        let (container, report, worker) = (container.clone(), report.clone(), installing.clone());
        let on_state = Closure::<dyn FnMut()>::new(move || match worker.state() {
            ServiceWorkerState::Installed if container.controller().is_some() => {
                report.emit(Offline::UpdateReady)
            }
            ServiceWorkerState::Activated => report.emit(Offline::Ready),
            _ => {}
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// A tab left open for days looks for a newer build whenever it is shown again.
fn check_for_updates_when_shown(registration: &ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (registration, shown) = (registration.clone(), document.clone());
    let on_visible = Closure::<dyn FnMut()>::new(move || {
        if shown.visibility_state() == web_sys::VisibilityState::Visible {
            // Offline, the check fails quietly and the kept build carries on.
            if let Ok(promise) = registration.update() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    });
    document.set_onvisibilitychange(Some(on_visible.as_ref().unchecked_ref()));
    on_visible.forget();
}

/// Switches to the waiting build: the page reloads once it is in charge.
pub fn switch_to_new_build() {
    let waiting = REGISTRATION.with(|r| {
        r.borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::waiting)
    });
    if let Some(waiting) = waiting {
        SWITCHING.with(|s| s.set(true));
        post(&waiting, "skip-waiting");
    }
}

fn post(worker: &ServiceWorker, message: &str) {
    // If the message cannot be posted, the banner stays and the user can try again.
    let _ = worker.post_message(&JsValue::from_str(message));
}
