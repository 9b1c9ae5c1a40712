//! Offline use: the banner when a new version is ready, and a line on where offline use stands.

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::i18n::texts;
use crate::offline::{self, Offline};

/// The banner that a new build is ready (`update-ready`, `update-apply`).
pub fn update_notice(app: &AppContext, status: Offline) -> Html {
    if status != Offline::UpdateReady {
        return Html::default();
    }
    update_ready(app)
}

/// The banner itself. Out of line: the service worker starts once the later module is in, so
/// a first visit's first render never shows it (src/components.rs).
#[inline(never)]
fn update_ready(app: &AppContext) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let saved = app.storage.all_saved();
    let onclick = Callback::from(move |_: MouseEvent| {
        if saved || browser::confirm(texts(lang).update_confirm_unsaved) {
            offline::switch_to_new_build();
        }
    });
    html! {
        <div class="notices">
            <div class="callout good" role="status" data-testid="update-ready">
                <h2>{ t.update_heading }</h2>
                <p>{ if saved { t.update_body } else { t.update_unsaved } }</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="update-apply" {onclick}>{ t.update_apply }</button>
                </div>
            </div>
        </div>
    }
}

/// One line on whether the app opens offline here (`offline-status`, `data-state`).
pub fn offline_status(app: &AppContext, status: Offline) -> Html {
    let t = texts(app.doc.lang);
    let (state, text) = match status {
        Offline::Unavailable => ("unavailable", t.offline_unavailable),
        Offline::Preparing => ("preparing", t.offline_preparing),
        Offline::Ready | Offline::UpdateReady => ("ready", t.offline_ready),
    };
    html! {
        <p class="offline-status" data-testid="offline-status" data-state={state}>{ text }</p>
    }
}
