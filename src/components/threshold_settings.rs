//! The settings panel for the analysis thresholds, with the rule stated in words.

use yew::prelude::*;

use crate::domain::{Lang, Thresholds};
use crate::events::{on_check, on_text};
use crate::i18n::texts;
use crate::state::{Action, State, ThresholdField, ThresholdInputs, ThresholdProblem};

/// Props of [`ThresholdSettings`]: only what it shows, so that a score edit passes it by.
#[derive(Properties, PartialEq, Clone)]
pub struct ThresholdSettingsProps {
    /// The three lines and the switch, as typed.
    pub inputs: ThresholdInputs,
    /// Interface language.
    pub lang: Lang,
    /// Where the changes go.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// Three lines (strength, excellent, urgent) and the "lowest is urgent" switch, saved with
/// the work; the current rule is written out in full above them.
#[component]
pub fn ThresholdSettings(props: &ThresholdSettingsProps) -> Html {
    let (inputs, lang) = (&props.inputs, props.lang);
    let t = texts(lang);
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
            let dispatcher = props.dispatcher.clone();
            on_text(move |text| dispatcher.dispatch(Action::SetThreshold(field, text)))
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
        let dispatcher = props.dispatcher.clone();
        on_check(move |on| dispatcher.dispatch(Action::SetLowestIsUrgent(on)))
    };
    let on_reset = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::ResetThresholds))
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
