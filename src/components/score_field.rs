//! One indicator's score field: label with the official name, weight, input, and either
//! the refusal message or what the score adds to the total.

use yew::prelude::*;

use wasm_bindgen::JsCast;

use crate::components::paste_panel::holds_several_scores;
use crate::domain::{Indicator, IndicatorLine, Lang};
use crate::events::on_text;
use crate::i18n;
use crate::state::{Action, State};

/// Props of [`ScoreField`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScoreFieldProps {
    /// Which indicator.
    pub indicator: Indicator,
    /// Interface language.
    pub lang: Lang,
    /// The weight to show, if any framework is in effect.
    pub weight: Option<u8>,
    /// The text in the field, exactly as typed.
    pub text: AttrValue,
    /// Why the text is refused, if it is.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The indicator's line of the score sheet, for its contribution.
    #[prop_or_default]
    pub line: Option<IndicatorLine>,
    /// Where each keystroke goes; stable across renders, so an unchanged field is skipped.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// A score input, accessible by its official indicator name.
#[component]
pub fn ScoreField(props: &ScoreFieldProps) -> Html {
    let code = props.indicator.code();
    let id = format!("score-{code}");
    let error_id = format!("score-error-{code}");
    let note_id = format!("score-note-{code}");
    let oninput = {
        let (dispatcher, indicator) = (props.dispatcher.clone(), props.indicator);
        on_text(move |text| dispatcher.dispatch(Action::SetScore(indicator, text)))
    };
    // Text holding several scores, pasted into one field, goes to the paste preview instead.
    let onpaste = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |e: Event| {
            let Some(event) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let text = event
                .clipboard_data()
                .and_then(|data| data.get_data("text/plain").ok())
                .unwrap_or_default();
            if holds_several_scores(&text) {
                e.prevent_default();
                dispatcher.dispatch(Action::PreviewPaste(text));
                crate::browser::focus("paste-scores");
            }
        })
    };
    let contribution = props.line.and_then(|line| {
        let gained = line.contribution()?.to_trimmed(2);
        let lost = line.lost()?.to_trimmed(2);
        Some(i18n::contribution(props.lang, &gained, line.weight, &lost))
    });
    let described_by = if props.error.is_some() {
        error_id.clone()
    } else {
        note_id.clone()
    };

    html! {
        <div class={classes!("score-field", props.error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>
                <span class="code">{ code }</span>
                <span class="name">{ props.indicator.name(props.lang) }</span>
            </label>
            <span class="weight">
                { props.weight.map(|w| i18n::weight_badge(props.lang, w)).unwrap_or_default() }
            </span>
            <input
                id={id.clone()}
                data-testid={id}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                placeholder="0–100"
                aria-invalid={props.error.is_some().to_string()}
                aria-describedby={described_by}
                value={props.text.clone()}
                {oninput}
                {onpaste}
            />
            if let Some(message) = &props.error {
                <p class="field-error" id={error_id.clone()} data-testid={error_id} role="alert">
                    { message.clone() }
                </p>
            } else {
                <p class="field-note" id={note_id}>{ contribution.unwrap_or_default() }</p>
            }
        </div>
    }
}
