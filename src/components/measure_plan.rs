//! The year's measures plan: adopted and own measures, with removal that can be undone.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::PlannedMeasureCard;
use crate::events::on_click_dispatch;
use crate::i18n::{self, texts};
use crate::state::Action;

/// Every planned measure as an editable card, the "write your own" button, and an undo
/// bar after a removal.
pub fn measure_plan(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let on_add = on_click_dispatch(app, Action::AddOwnMeasure);
    let on_undo = on_click_dispatch(app, Action::UndoRemoveMeasure);

    html! {
        <section class="plan" id="plan" aria-labelledby="plan-heading" data-testid="plan">
            <h3 id="plan-heading">{ i18n::plan_heading(lang, doc.current().fiscal_year, doc.current().plan_year()) }</h3>
            if let Some(removed) = &app.removed {
                <p class="callout" role="status" data-testid="removed-measure">
                    { i18n::removed_measure(lang, &removed.measure.name) }{ " " }
                    <button type="button" data-testid="undo-remove" onclick={on_undo}>{ t.undo }</button>
                </p>
            }
            if doc.current().measures.is_empty() {
                <p class="empty-note">{ t.plan_empty }</p>
            }
            { for doc.current().measures.iter().map(|measure| html! {
                <PlannedMeasureCard key={measure.id.clone()} measure={measure.clone()} {lang}
                    dispatcher={app.dispatcher()} />
            }) }
            <button type="button" class="add" data-testid="add-own-measure" onclick={on_add}>{ t.add_own }</button>
        </section>
    }
}
