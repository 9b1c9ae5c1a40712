//! Saves the work on the device after every change, and keeps an eye on other tabs.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, State, STORAGE_KEY};
use crate::storage::{self, Change, NotSaved};

/// Writes the doc to storage whenever the user changes it, and reports success, failure or a
/// conflict with another tab into the state, so that the page can say when work is not being
/// saved. Listens for other tabs saving the same work.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let paused = state.saving_paused();
    let doc = state.doc.clone();
    use_effect_with((state.edits, paused), move |(_, paused)| {
        if !*paused {
            dispatcher.dispatch(match storage::save(&doc) {
                Ok(()) => Action::Saved,
                Err(NotSaved::Fault(fault)) => Action::SaveFailed(fault),
                Err(NotSaved::OtherTab) => Action::SaveConflict,
            });
        }
    });

    let dispatcher = state.dispatcher();
    use_effect_with((), move |()| {
        // The browser tells every other tab of the same site when one writes local storage.
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // A key of `None` means the other tab cleared all of the site's storage.
                let ours = event.key().is_none_or(|key| key == STORAGE_KEY);
                if !ours {
                    return;
                }
                match storage::other_tab_stored(event.new_value()) {
                    None => {}
                    Some(Change::Work(doc)) => dispatcher.dispatch(Action::OtherTabSaved(doc)),
                    Some(Change::Unreadable(error)) => {
                        dispatcher.dispatch(Action::OtherTabUnreadable(error))
                    }
                    Some(Change::Cleared) => dispatcher.dispatch(Action::OtherTabCleared),
                }
            })
        });
        move || drop(listener)
    });
}
