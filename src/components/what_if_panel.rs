//! What-if: target scores per indicator with the projected total and result, live, beside
//! the current ones.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::indicator_field::{FieldKind, IndicatorField};
use crate::domain::{evaluate, Indicator};
use crate::events::on_click_dispatch;
use crate::i18n::texts;
use crate::state::Action;

/// Ten what-if fields (`whatif-i1`…`whatif-i10`) and the projected total (`projected-total`).
pub fn what_if_panel(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let framework = doc.current().framework().ok();
    let current = doc.current().evaluation().ok();
    let projected = framework
        .as_ref()
        .map(|f| evaluate(f, &doc.current().whatif_scores()));
    let not_yet = || t.not_yet.to_owned();
    let total_of = |e: &Option<crate::domain::Evaluation>| {
        e.as_ref()
            .and_then(|e| e.total_rounded())
            .map_or_else(not_yet, |v| v.to_string())
    };
    let result_of = |e: &Option<crate::domain::Evaluation>| {
        e.as_ref()
            .and_then(|e| e.outcome())
            .map_or(t.not_yet, |o| o.label(lang))
    };
    let change = match (
        current.as_ref().and_then(|e| e.total()),
        projected.as_ref().and_then(|e| e.total()),
    ) {
        (Some(now), Some(then)) if then.units() >= now.units() => {
            format!(
                "+{}",
                crate::domain::Fixed::new(then.units() - now.units(), 4).rounded(2)
            )
        }
        (Some(now), Some(then)) => {
            format!(
                "−{}",
                crate::domain::Fixed::new(now.units() - then.units(), 4).rounded(2)
            )
        }
        _ => String::new(),
    };
    let accepted = doc.current().accepted_scores();

    let field = |indicator: Indicator| {
        html! {
            <IndicatorField {indicator} {lang} kind={FieldKind::WhatIf} purpose={t.whatif_purpose}
                placeholder={accepted[indicator.index()].map(|s| s.to_string()).unwrap_or_default()}
                value={doc.current().whatif[indicator.index()].clone()}
                error={doc.current().whatif_input(indicator).err().map(|e| AttrValue::from(e.message(lang)))}
                dispatcher={app.dispatcher()} />
        }
    };
    let on_clear = on_click_dispatch(app, Action::ClearWhatIf);

    html! {
        <section class="whatif" aria-labelledby="whatif-heading">
            <h3 id="whatif-heading">{ t.whatif_heading }</h3>
            <p class="field-note">{ t.whatif_hint }</p>
            <div class="whatif-compare" aria-live="polite">
                <div class="total-block">
                    <span class="label">{ t.current_total }</span>
                    <span class="total small" data-testid="current-total">{ total_of(&current) }</span>
                    <span class="entered">{ result_of(&current) }</span>
                </div>
                <div class="total-block projected">
                    <span class="label">{ t.projected_total }</span>
                    <span class="total small" data-testid="projected-total">{ total_of(&projected) }</span>
                    <span class="entered">
                        <span data-testid="projected-result">{ result_of(&projected) }</span>
                        if !change.is_empty() { { format!(" · {change}") } }
                    </span>
                </div>
            </div>
            <div class="weights-grid">{ for Indicator::ALL.into_iter().map(field) }</div>
            <div class="actions">
                <button type="button" data-testid="clear-whatif" onclick={on_clear}>{ t.clear_whatif }</button>
            </div>
        </section>
    }
}
