//! The view the address names, followed through links, back, forward and reload.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::route::Route;

/// The location's hash now.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current hash (the route and, on the work page, the place it points at); updated on
/// every `hashchange`.
#[hook]
pub fn use_route() -> (Route, String) {
    let hash = use_state(current_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| hash.set(current_hash()))
            });
            move || drop(listener)
        });
    }
    (Route::from_hash(&hash), (*hash).clone())
}
