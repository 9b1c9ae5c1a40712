//! The settings panel for the analysis thresholds, with the rule stated in words.

use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::Thresholds;
use crate::events::{on_check, on_text};
use crate::i18n::texts;
use crate::state::{Action, ThresholdField, ThresholdProblem};

/// Three lines (strength, excellent, urgent) and the "lowest is urgent" switch, saved with
/// the work; the current rule is written out in full above them.
pub fn threshold_settings(app: &AppContext) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let inputs = &app.doc.thresholds;
    let checked = inputs.thresholds();
    // While a field is wrong no rule is in effect, so none is stated: only the problem.
    let rule = checked
        .as_ref()
        .map(|th: &Thresholds| th.describe(lang))
        .ok();
    let order_error = match &checked {
        Err(ThresholdProblem::Order(error)) => Some(error.message(lang)),
        _ => None,
    };

    let field = |field: ThresholdField, label: &'static str| {
        let code = match field {
            ThresholdField::Strength => "strength",
            ThresholdField::Excellent => "excellent",
            ThresholdField::Urgent => "urgent",
        };
        let id = format!("threshold-{code}");
        let error = inputs.field(field).err().map(|e| e.message(lang));
        let oninput = {
            let app = app.clone();
            on_text(move |text| app.dispatch(Action::SetThreshold(field, text)))
        };
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} data-testid={id.clone()} type="text" inputmode="decimal"
                    autocomplete="off" value={inputs.get(field).to_owned()}
                    aria-invalid={error.is_some().to_string()} {oninput} />
                if let Some(message) = error {
                    <p class="field-error" role="alert" data-testid={format!("{id}-error")}>{ message }</p>
                }
            </div>
        }
    };
    let on_lowest = {
        let app = app.clone();
        on_check(move |on| app.dispatch(Action::SetLowestIsUrgent(on)))
    };
    let on_reset = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::ResetThresholds))
    };

    html! {
        <div class="rule" data-testid="analysis-rule">
            <h3>{ t.rule_heading }</h3>
            if let Some(lines) = rule {
                <ul class="rule-lines">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            } else {
                <p class="callout warn" role="status">{ t.analysis_bad_thresholds }</p>
            }
            <details class="settings" open={checked.is_err()}>
                <summary>{ t.settings_summary }</summary>
                <div class="grid-3">
                    { field(ThresholdField::Strength, t.strength_line) }
                    { field(ThresholdField::Excellent, t.excellent_line) }
                    { field(ThresholdField::Urgent, t.urgent_line) }
                </div>
                if let Some(message) = order_error {
                    <p class="field-error" role="alert" data-testid="threshold-order-error">{ message }</p>
                }
                <label class="check">
                    <input type="checkbox" data-testid="threshold-lowest" checked={inputs.lowest_is_urgent} onchange={on_lowest} />
                    { t.lowest_urgent }
                </label>
                <div class="actions">
                    <button type="button" onclick={on_reset}>{ t.reset_thresholds }</button>
                </div>
            </details>
        </div>
    }
}
