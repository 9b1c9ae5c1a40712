//! The paragraphs the app drafts for a document, each in a text area the user can rewrite,
//! with "back to the app's text".

use yew::prelude::*;

use crate::documents::Draft;
use crate::domain::Lang;
use crate::events::on_text_area;
use crate::i18n::texts;
use crate::state::{Action, State};

/// Props of [`DraftEditor`].
#[derive(Properties, PartialEq, Clone)]
pub struct DraftEditorProps {
    /// The document's drafts, in the order it shows them.
    pub drafts: Vec<Draft>,
    /// Interface language.
    pub lang: Lang,
    /// Where edits go.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// The element id of a draft's text area.
pub fn draft_field_id(id: &str) -> String {
    format!("draft-{}", id.replace('.', "-"))
}

/// One text area per draft.
#[component]
pub fn DraftEditor(props: &DraftEditorProps) -> Html {
    let t = texts(props.lang);
    html! {
        <details class="drafts" open=true>
            <summary>{ t.docs_drafts_heading }</summary>
            <p class="field-note">{ t.docs_drafts_hint }</p>
            { for props.drafts.iter().map(|draft| {
                let field = draft_field_id(draft.id);
                let oninput = {
                    let (dispatcher, id) = (props.dispatcher.clone(), draft.id);
                    on_text_area(move |text| dispatcher.dispatch(Action::SetDocText(id.to_owned(), text)))
                };
                let on_reset = {
                    let (dispatcher, id) = (props.dispatcher.clone(), draft.id);
                    Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::ResetDocText(id.to_owned())))
                };
                let rows = (draft.current.chars().count() / 70 + 2).clamp(3, 12);
                html! {
                    <div class="field draft" data-draft={draft.id}>
                        <label for={field.clone()}>
                            { draft.label }
                            if draft.edited() {
                                { " " }<span class="badge warn">{ t.docs_draft_edited }</span>
                            }
                        </label>
                        <textarea id={field.clone()} data-testid={field} rows={rows.to_string()}
                            value={draft.current.clone()} {oninput} />
                        if draft.edited() {
                            <div class="actions">
                                <button type="button" data-testid={format!("reset-{}", draft_field_id(draft.id))}
                                    onclick={on_reset}>{ t.docs_draft_reset }</button>
                            </div>
                        }
                    </div>
                }
            }) }
        </details>
    }
}
