//! The user's own framework: ten weights that must sum to exactly 100, and a result rule.

use yew::prelude::*;

use crate::components::indicator_field::{FieldKind, IndicatorField};
use crate::domain::framework::CustomWeightsError;
use crate::domain::{Indicator, Lang, ResultRule, Weights};
use crate::i18n::{self, texts};
use crate::state::{Action, CustomFramework, State};

/// Ten weight fields with their errors, the running sum, and the result rule. Out of line:
/// a first visit has the framework of its year, not weights of its own (src/components.rs).
#[inline(never)]
pub fn custom_weights(
    custom: &CustomFramework,
    lang: Lang,
    dispatcher: &UseReducerDispatcher<State>,
) -> Html {
    let t = texts(lang);
    let fields: Vec<_> = custom
        .weights
        .iter()
        .map(|text| Weights::parse_field(text))
        .collect();
    let sum: u32 = fields
        .iter()
        .filter_map(|f| f.as_ref().ok())
        .map(|&w| u32::from(w))
        .sum();
    let sum_error = match Weights::parse(&custom.weights) {
        Err(error @ CustomWeightsError::Sum { .. }) => Some(error.message(lang)),
        _ => None,
    };

    let field = |indicator: Indicator| {
        html! {
            <IndicatorField {indicator} {lang} kind={FieldKind::Weight} purpose={t.weight_column}
                value={custom.weights[indicator.index()].clone()}
                error={fields[indicator.index()].as_ref().err().map(|e| AttrValue::from(e.message(lang)))}
                dispatcher={dispatcher.clone()} />
        }
    };
    let rule_option = |rule: ResultRule| {
        let dispatcher = dispatcher.clone();
        let onchange =
            Callback::from(move |_: Event| dispatcher.dispatch(Action::SetCustomRule(rule)));
        let testid = match rule {
            ResultRule::Levels => "custom-rule-levels",
            ResultRule::PassMark => "custom-rule-pass-mark",
        };
        html! {
            <label>
                <input type="radio" name="custom-rule" data-testid={testid}
                    checked={custom.rule == rule} {onchange} />
                { rule.describe(lang) }
            </label>
        }
    };

    html! {
        <div class="custom-framework">
            <fieldset>
                <legend>{ t.custom_weights_legend }</legend>
                <p class="field-note">{ t.custom_weights_hint }</p>
                <div class="weights-grid">{ for Indicator::ALL.into_iter().map(field) }</div>
                <p class={classes!("weights-sum", if sum_error.is_some() { "bad" } else { "good" })}
                    data-testid="weights-sum" aria-live="polite">
                    { i18n::weights_sum(lang, sum) }
                </p>
                if let Some(message) = sum_error {
                    <p class="field-error" data-testid="weights-error" role="alert">{ message }</p>
                }
            </fieldset>
            <fieldset class="choice">
                <legend>{ t.custom_rule_legend }</legend>
                { for ResultRule::ALL.into_iter().map(rule_option) }
            </fieldset>
        </div>
    }
}
