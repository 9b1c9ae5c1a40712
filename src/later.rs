//! The later WebAssembly module of a release build, as the app sees it.
//!
//! The release build splits the app's code in two (scripts/wasm-split.mjs): the first module
//! holds what a first visit runs before the later one has come (the form, the result, the
//! banners, and the edits of the scores), the later one the rest, fetched once the app has
//! started. The page's start-up
//! script (scripts/post-build.mjs) says where that module is in `window.itaLaterState`, with
//! an `italater` event at each change. A build that is not split (a debug build) says
//! nothing, and everything is in.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the later module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Later {
    /// Being fetched: calling into it now would wait for the whole download.
    Loading,
    /// In (or compiled, to be instantiated at the first call): its functions run at once.
    In,
    /// Its last fetch failed; the page tries again on its own, and on [`try_again`].
    Failed,
}

/// The name of the event the start-up script sends at each change of [`state`].
pub const EVENT: &str = "italater";

fn global(name: &str) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &name.into())
        .ok()
        .filter(|value| !value.is_undefined())
}

/// Where the later module is now.
pub fn state() -> Later {
    match global("itaLaterState")
        .and_then(|state| state.as_string())
        .as_deref()
    {
        Some("loading") => Later::Loading,
        Some("failed") => Later::Failed,
        _ => Later::In,
    }
}

/// Fetches the later module again, at once.
pub fn try_again() {
    if let Some(again) = global("itaLaterAgain").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        // A page whose start-up script cannot be called leaves the tries to that script.
        let _ = again.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Settles once the later module is in (at once where the build is not split).
pub async fn arrived() {
    if let Some(promise) = global("itaLater").and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        let _ = JsFuture::from(promise).await;
    }
}
