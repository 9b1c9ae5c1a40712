//! Where something the page fetches after it starts is, said where something waits for it:
//! nothing once it is in, a line while it loads, and after a failure why, with "try again".
//! The catalogue's long texts and the release build's later module (src/later.rs) say it so.

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;
use crate::state::{Action, Catalogue};

/// The `{name}-status` line (`data-state` loading or failed) with, after a failure, its
/// `{name}-retry` button; what it says is `loading` or `failed` in the user's language.
pub fn load_status(
    name: &str,
    failed: Option<Callback<MouseEvent>>,
    loading_text: &'static str,
    failed_text: &'static str,
    retry_text: &'static str,
) -> Html {
    let status = format!("{name}-status");
    match failed {
        None => html! {
            <p class="field-note loading" role="status" data-testid={status} data-state="loading">
                { loading_text }
            </p>
        },
        Some(onclick) => html! {
            <p class="field-error" role="alert" data-testid={status} data-state="failed">
                { failed_text }{ " " }
                <button type="button" data-testid={format!("{name}-retry")} {onclick}>{ retry_text }</button>
            </p>
        },
    }
}

/// The `catalogue-status` line, or nothing once the catalogue's texts are loaded.
pub fn catalogue_status(app: &AppContext) -> Html {
    let t = texts(app.doc.lang);
    let failed = match app.catalogue {
        Catalogue::Loaded => return Html::default(),
        Catalogue::Loading => None,
        Catalogue::Failed => {
            let app = app.clone();
            Some(Callback::from(move |_: MouseEvent| {
                app.dispatch(Action::SetCatalogue(Catalogue::Loading))
            }))
        }
    };
    load_status(
        "catalogue",
        failed,
        t.catalogue_loading,
        t.catalogue_failed,
        t.try_again,
    )
}
