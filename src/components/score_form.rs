//! The ten score fields, grouped by tool with each tool's weight.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::ScoreField;
use crate::domain::Tool;
use crate::i18n::{self, texts};

/// Three fieldsets (IIT, EIT, OIT) holding the indicators' score fields.
#[component]
pub fn ScoreForm() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let evaluation = doc.current().evaluation().ok();

    let tool_group = |tool: Tool| {
        let tool_weight: Option<u8> = tool
            .indicators()
            .map(|i| doc.current().shown_weight(i))
            .sum();
        html! {
            <fieldset class="tool-group" data-tool={tool.code()}>
                <legend>
                    <span class="tool-code">{ tool.abbreviation() }</span>
                    <span class="tool-name">{ tool.name(lang) }</span>
                    if let Some(weight) = tool_weight {
                        <span class="weight">{ i18n::weight_badge(lang, weight) }</span>
                    }
                </legend>
                { for tool.indicators().map(|indicator| {
                    let error = doc.current().score_input(indicator).err().map(|e| AttrValue::from(e.message(lang)));
                    html! {
                        <ScoreField
                            {indicator}
                            {lang}
                            weight={doc.current().shown_weight(indicator)}
                            text={doc.current().scores[indicator.index()].clone()}
                            {error}
                            line={evaluation.as_ref().map(|e| e.lines[indicator.index()])}
                            dispatcher={app.dispatcher()}
                        />
                    }
                }) }
            </fieldset>
        }
    };

    html! {
        <section class="card" id="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ t.scores_heading }</h2>
            <p class="field-note">{ t.scores_hint }</p>
            { for Tool::ALL.into_iter().map(tool_group) }
        </section>
    }
}
