//! Where the release build's later WebAssembly module is, followed as it comes.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::later::{self, Later};

/// [`later::state`] now, and again at every change the start-up script announces.
#[hook]
pub fn use_later() -> Later {
    let state = use_state_eq(later::state);
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            // A change between the first render and this effect is read here.
            state.set(later::state());
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, later::EVENT, move |_| state.set(later::state()))
            });
            move || drop(listener)
        });
    }
    *state
}
