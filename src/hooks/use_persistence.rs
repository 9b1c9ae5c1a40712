//! Saves the work on the device after every change.

use yew::prelude::*;

use crate::state::{Action, State};
use crate::storage;

/// Writes the doc to storage whenever it changes, and reports success or failure into the
/// state so that the page can say when work is not being saved.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let paused = state.storage.saving_paused();
    use_effect_with((state.doc.clone(), paused), move |(doc, paused)| {
        if !*paused {
            dispatcher.dispatch(match storage::save(doc) {
                Ok(()) => Action::Saved,
                Err(reason) => Action::SaveFailed(reason),
            });
        }
    });
}
