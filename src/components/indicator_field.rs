//! A small per-indicator input (custom weight, ceiling, what-if target) that shows the
//! indicator's name but keeps it out of the field's accessible name, so that the official
//! name labels exactly one field on the page: the score field.

use yew::prelude::*;

use crate::domain::{Indicator, Lang};
use crate::events::on_text;

/// Props of [`IndicatorField`].
#[derive(Properties, PartialEq, Clone)]
pub struct IndicatorFieldProps {
    /// Which indicator.
    pub indicator: Indicator,
    /// Interface language.
    pub lang: Lang,
    /// `weight`, `ceiling` or `whatif`: the field is `{kind}-iN`, its error `{kind}-error-iN`.
    pub kind: &'static str,
    /// What the field holds, for its accessible name: "น้ำหนัก i4".
    pub purpose: AttrValue,
    /// The text as typed.
    pub value: AttrValue,
    /// Shown while empty.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// `decimal` or `numeric`.
    #[prop_or("decimal")]
    pub inputmode: &'static str,
    /// Why the text is refused, if it is.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
}

/// Name on the left, input on the right, the refusal underneath.
#[component]
pub fn IndicatorField(props: &IndicatorFieldProps) -> Html {
    let code = props.indicator.code();
    let id = format!("{}-{code}", props.kind);
    let error_id = format!("{}-error-{code}", props.kind);
    let on_input = props.on_input.clone();
    html! {
        <div class="weight-field">
            <span class="indicator-name" aria-hidden="true">
                { format!("{code} {}", props.indicator.name(props.lang)) }
            </span>
            <label for={id.clone()} class="visually-hidden">{ format!("{} {code}", props.purpose) }</label>
            <input
                id={id.clone()}
                data-testid={id}
                type="text"
                inputmode={props.inputmode}
                autocomplete="off"
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={props.error.is_some().then(|| error_id.clone())}
                value={props.value.clone()}
                oninput={on_text(move |text| on_input.emit(text))}
            />
            if let Some(message) = &props.error {
                <p class="field-error" id={error_id.clone()} data-testid={error_id} role="alert">{ message.clone() }</p>
            }
        </div>
    }
}
