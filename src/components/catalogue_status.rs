//! Where the catalogue's long texts are, said where something waits for them: nothing once
//! they are loaded, a line while they load, and after a failure why, with "try again".

use yew::prelude::*;

use crate::app::AppContext;
use crate::i18n::texts;
use crate::state::{Action, Catalogue};

/// The `catalogue-status` line (`data-state` loading or failed), or nothing once loaded.
pub fn catalogue_status(app: &AppContext) -> Html {
    let t = texts(app.doc.lang);
    match app.catalogue {
        Catalogue::Loaded => Html::default(),
        Catalogue::Loading => html! {
            <p class="field-note" role="status" data-testid="catalogue-status" data-state="loading">
                { t.catalogue_loading }
            </p>
        },
        Catalogue::Failed => {
            let app = app.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                app.dispatch(Action::SetCatalogue(Catalogue::Loading))
            });
            html! {
                <p class="field-error" role="alert" data-testid="catalogue-status" data-state="failed">
                    { t.catalogue_failed }{ " " }
                    <button type="button" data-testid="catalogue-retry" {onclick}>{ t.catalogue_retry }</button>
                </p>
            }
        }
    }
}
