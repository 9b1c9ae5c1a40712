//! A labelled text input or text area: the building block of the measure forms.

use yew::prelude::*;

use crate::events::{on_text, on_text_area};

/// Props of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// Element id; also the `data-testid`.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The text, as typed.
    pub value: AttrValue,
    /// Rows of a text area; 0 for a one-line input.
    #[prop_or_default]
    pub rows: u32,
    /// A note under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Called with the new text on every keystroke.
    pub on_input: Callback<String>,
}

/// `<label>` + `<input>` or `<textarea>`, the label bound by `for`.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let described_by = props.hint.as_ref().map(|_| hint_id.clone());
    let on_input = props.on_input.clone();
    let control = if props.rows == 0 {
        html! {
            <input id={props.id.clone()} data-testid={props.id.clone()} type="text"
                value={props.value.clone()} aria-describedby={described_by}
                oninput={on_text(move |text| on_input.emit(text))} />
        }
    } else {
        html! {
            <textarea id={props.id.clone()} data-testid={props.id.clone()} rows={props.rows.to_string()}
                value={props.value.clone()} aria-describedby={described_by}
                oninput={on_text_area(move |text| on_input.emit(text))} />
        }
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            { control }
            if let Some(hint) = &props.hint {
                <p class="field-note" id={hint_id}>{ hint.clone() }</p>
            }
        </div>
    }
}
