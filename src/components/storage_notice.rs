//! Tells the user when saved work could not be read or work cannot be saved.

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::i18n::{self, texts};
use crate::state::Action;
use crate::storage;

/// One banner per piece of unreadable stored data (download, then discard), and one when
/// saving fails.
#[component]
pub fn StorageNotice() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let lang = app.doc.lang;
    let t = texts(lang);
    let download_error = use_state(|| None::<String>);

    let unreadable = app.storage.unreadable.iter().enumerate().map(|(position, item)| {
        let on_download = {
            let item = item.clone();
            let download_error = download_error.clone();
            Callback::from(move |_: MouseEvent| {
                let suffix = item.key.as_deref().and_then(|k| k.strip_prefix(storage::UNREADABLE_PREFIX));
                let name = format!("ita-selfcheck-unreadable-{}.txt", suffix.unwrap_or("data"));
                download_error.set(browser::download_text(&name, "text/plain;charset=utf-8", &item.text).err());
            })
        };
        let on_discard = {
            let app = app.clone();
            let item = item.clone();
            Callback::from(move |_: MouseEvent| {
                if browser::confirm(texts(app.doc.lang).unreadable_discard_confirm) {
                    storage::discard(&item);
                    app.dispatch(Action::DiscardUnreadable(position));
                }
            })
        };
        html! {
            <div class="callout error" role="alert" data-testid="storage-unreadable">
                <h2>{ t.unreadable_heading }</h2>
                <p>{ t.unreadable_body }</p>
                <p class="field-note">{ format!("({})", item.reason.message(lang)) }</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="download-unreadable" onclick={on_download}>
                        { t.unreadable_download }
                    </button>
                    <button type="button" data-testid="discard-unreadable" onclick={on_discard}>
                        { t.unreadable_discard }
                    </button>
                </div>
            </div>
        }
    });

    html! {
        <div class="notices">
            { for unreadable }
            if let Some(error) = &*download_error {
                <p class="callout error" role="alert">{ error.clone() }</p>
            }
            if let Some(reason) = &app.storage.save_error {
                <div class="callout error" role="alert" data-testid="save-error">
                    <h2>{ t.save_failed_heading }</h2>
                    <p>{ t.save_failed_body }</p>
                    <p class="field-note">{ i18n::save_failed_reason(lang, reason) }</p>
                </div>
            }
        </div>
    }
}
