//! "Show the working": the formula with the user's numbers, in a collapsible panel.

use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::working;
use crate::i18n::texts;

/// A `<details>` panel that writes out how the total and the tool subtotals are worked out.
/// Out of line, as it comes with the later module, after the sections below the form
/// (src/pages/work.rs).
#[inline(never)]
pub fn working_panel(app: &AppContext) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let Ok(evaluation) = app.doc.current().evaluation() else {
        return Html::default();
    };
    let working = working(&evaluation, lang);
    html! {
        <details class="card working" data-testid="working">
            <summary>{ t.working_summary }</summary>
            <ol class="steps">
                { for working.total.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ol>
            <h3>{ t.working_tools }</h3>
            <ul class="steps">
                { for working.tools.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
            </ul>
        </details>
    }
}
