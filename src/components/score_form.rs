//! The ten score fields, grouped by tool with each tool's weight.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::summary::result_class;
use crate::components::{PastePanel, ScoreField};
use crate::domain::Tool;
use crate::i18n::{self, texts};

/// Three fieldsets (IIT, EIT, OIT) holding the indicators' score fields.
pub fn score_form(app: &AppContext) -> Html {
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

    // On narrow screens the summary sits far below: a bar at the top of the form keeps the
    // total, the result and how many scores are in while the fields are on screen (out of the
    // way of the keyboard, which covers the foot of the screen).
    let outcome = evaluation.as_ref().and_then(|e| e.outcome());
    let total = evaluation
        .as_ref()
        .and_then(|e| e.total_rounded())
        .map_or_else(|| t.not_yet.to_owned(), |v| v.to_string());
    let entered = evaluation.as_ref().map_or(0, |e| e.entered());
    let bar = html! {
        <div class={classes!("score-bar", result_class(outcome))} data-testid="score-bar" aria-hidden="true">
            <span>{ t.total }{ " " }<strong data-testid="score-bar-total">{ total }</strong></span>
            <strong class="quick-result" data-testid="score-bar-result">{ outcome.map_or(t.not_yet, |o| o.label(lang)) }</strong>
            <span class="entered">{ i18n::entered(lang, entered, 10) }</span>
            <a href="#summary" tabindex="-1">{ t.scorebar_summary }</a>
        </div>
    };

    html! {
        <section class="card" id="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{ t.scores_heading }</h2>
            { bar }
            <p class="field-note">{ t.scores_hint }</p>
            <PastePanel />
            { for Tool::ALL.into_iter().map(tool_group) }
        </section>
    }
}
