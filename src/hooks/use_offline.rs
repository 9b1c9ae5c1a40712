//! Offline use of the app, as the page shows it.

use yew::prelude::*;

use crate::offline::{self, Offline};

/// Registers the service worker once and returns where offline use stands.
#[hook]
pub fn use_offline() -> Offline {
    let status = use_state(|| Offline::Preparing);
    {
        let status = status.clone();
        use_effect_with((), move |()| {
            offline::start(Callback::from(move |next| status.set(next)));
        });
    }
    *status
}
