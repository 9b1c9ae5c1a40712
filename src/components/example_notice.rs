//! The example to try: offered on a blank workbook, and while open, said on every view with
//! one click back to the user's own work.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::catalogue_status;
use crate::events::on_click_dispatch;
use crate::i18n::texts;
use crate::state::{Action, Catalogue};

/// "Try with example data" (`try-example`): a welcome card on a blank workbook, or, `quiet`, the
/// link at the foot of every view once there is work (one of the two shows at a time).
pub fn example_offer(app: &AppContext, quiet: bool) -> Html {
    if app.example.is_some() || app.doc.is_blank() == quiet {
        return Html::default();
    }
    let t = texts(app.doc.lang);
    // The example's measures come from the catalogue: it opens once its texts are loaded.
    let waiting = app.catalogue != Catalogue::Loaded;
    let status = catalogue_status(app);
    let failed = app.catalogue == Catalogue::Failed;
    let onclick = on_click_dispatch(app, Action::OpenExample);
    if quiet {
        return html! {
            <>
                <p>
                    <button type="button" class="link" data-testid="try-example" disabled={waiting} {onclick}>{ t.example_try }</button>
                </p>
                // Here at the foot of every view, only a failure is worth a line.
                if failed { { status } }
            </>
        };
    }
    html! {
        <section class="card welcome" aria-labelledby="welcome-heading">
            <h2 id="welcome-heading">{ t.example_welcome_heading }</h2>
            <p>{ t.example_welcome_body }</p>
            <button type="button" class="primary" data-testid="try-example" disabled={waiting} {onclick}>{ t.example_try }</button>
            { status }
        </section>
    }
}

/// While the example is open: a banner on every view (`example-banner`) with the way back
/// (`close-example`).
pub fn example_banner(app: &AppContext) -> Html {
    if app.example.is_none() {
        return Html::default();
    }
    example_open(app)
}

/// The banner itself. Out of line: the example is opened by a click (src/components.rs).
#[inline(never)]
fn example_open(app: &AppContext) -> Html {
    let t = texts(app.doc.lang);
    let onclick = on_click_dispatch(app, Action::CloseExample);
    html! {
        <div class="example-banner" role="status" data-testid="example-banner">
            <span>{ t.example_banner }</span>
            <button type="button" data-testid="close-example" {onclick}>{ t.example_close }</button>
        </div>
    }
}
