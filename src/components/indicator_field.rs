//! A small per-indicator input (custom weight, ceiling, what-if target) that shows the
//! indicator's name but keeps it out of the field's accessible name, so that the official
//! name labels exactly one field on the page: the score field.

use yew::prelude::*;

use crate::domain::{Indicator, Lang};
use crate::events::on_text;
use crate::state::{Action, State};

/// What a per-indicator field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// A custom framework weight (`weight-iN`).
    Weight,
    /// A target ceiling (`ceiling-iN`).
    Ceiling,
    /// A what-if target (`whatif-iN`).
    WhatIf,
}

impl FieldKind {
    fn prefix(self) -> &'static str {
        match self {
            FieldKind::Weight => "weight",
            FieldKind::Ceiling => "ceiling",
            FieldKind::WhatIf => "whatif",
        }
    }

    fn action(self, indicator: Indicator, text: String) -> Action {
        match self {
            FieldKind::Weight => Action::SetCustomWeight(indicator, text),
            FieldKind::Ceiling => Action::SetCeiling(indicator, text),
            FieldKind::WhatIf => Action::SetWhatIf(indicator, text),
        }
    }
}

/// Props of [`IndicatorField`].
#[derive(Properties, PartialEq, Clone)]
pub struct IndicatorFieldProps {
    /// Which indicator.
    pub indicator: Indicator,
    /// Interface language.
    pub lang: Lang,
    /// What it holds: the field is `{kind}-iN`, its error `{kind}-error-iN`.
    pub kind: FieldKind,
    /// What the field holds, for its accessible name: "น้ำหนัก i4".
    pub purpose: AttrValue,
    /// The text as typed.
    pub value: AttrValue,
    /// Shown while empty.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Why the text is refused, if it is.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Where each keystroke goes; stable across renders, so an unchanged field is skipped.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// Name on the left, input on the right, the refusal underneath.
#[component]
pub fn IndicatorField(props: &IndicatorFieldProps) -> Html {
    let code = props.indicator.code();
    let id = format!("{}-{code}", props.kind.prefix());
    let error_id = format!("{}-error-{code}", props.kind.prefix());
    let (dispatcher, kind, indicator) = (props.dispatcher.clone(), props.kind, props.indicator);
    let inputmode = if kind == FieldKind::Weight {
        "numeric"
    } else {
        "decimal"
    };
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
                {inputmode}
                autocomplete="off"
                placeholder={props.placeholder.clone()}
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={props.error.is_some().then(|| error_id.clone())}
                value={props.value.clone()}
                oninput={on_text(move |text| dispatcher.dispatch(kind.action(indicator, text)))}
            />
            if let Some(message) = &props.error {
                <p class="field-error" id={error_id.clone()} data-testid={error_id} role="alert">{ message.clone() }</p>
            }
        </div>
    }
}
