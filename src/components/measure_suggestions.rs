//! Suggested measures for the indicators to develop, each with why, and the year's plan.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::analysis_panel::indicator_name;
use crate::components::MeasurePlan;
use crate::domain::{suggest, Indicator};
use crate::i18n::{self, texts};
use crate::state::Action;

/// The measures section (`measures` hook): suggestions first, then the plan.
#[component]
pub fn MeasureSuggestions() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let suggestions = doc.analysis().map(|a| suggest(&a));

    let list = match &suggestions {
        None => html! { <p class="empty-note">{ t.analysis_needs_scores }</p> },
        Some(suggestions) => html! {
            <>
                <p class="field-note">{ t.suggestions_note }</p>
                <ul class="suggestions" data-testid="measures">
                    { for suggestions.iter().map(|s| {
                        let m = s.measure;
                        let adopted = doc.has_adopted(m.id);
                        let onclick = {
                            let app = app.clone();
                            let id = m.id;
                            Callback::from(move |_: MouseEvent| app.dispatch(Action::AdoptMeasure(id)))
                        };
                        let why = if s.addresses.is_empty() {
                            t.always_suggested.to_owned()
                        } else {
                            let codes = s.addresses.iter().map(|i| i.code()).collect::<Vec<_>>().join(", ");
                            i18n::suggestion_reason(lang, &codes, &s.stake().to_trimmed(2))
                        };
                        html! {
                            <li data-measure={m.id} data-indicators={codes(m.serves)}>
                                <div class="suggestion-head">
                                    <strong class="suggestion-name">{ m.name.get(lang) }</strong>
                                    <span class="chips" aria-label={t.serves}>
                                        { for m.serves.iter().map(|&i| html! {
                                            <span class={classes!("chip", s.addresses.contains(&i).then_some("hot"))}
                                                title={i.name(lang)}>{ i.code() }</span>
                                        }) }
                                    </span>
                                </div>
                                <p class="why">{ why }</p>
                                <p class="guideline">{ m.guideline.get(lang) }</p>
                                <details>
                                    <summary>{ t.see_steps }</summary>
                                    <h4>{ t.steps }</h4>
                                    <ol>{ for m.steps.iter().map(|step| html! { <li>{ step.get(lang) }</li> }) }</ol>
                                    <dl class="facts">
                                        <dt>{ t.serves }</dt>
                                        <dd>{ m.serves.iter().map(|&i| indicator_name(i, lang)).collect::<Vec<_>>().join(", ") }</dd>
                                        <dt>{ t.responsible }</dt><dd>{ m.responsible.get(lang) }</dd>
                                        <dt>{ t.period }</dt><dd>{ m.period.describe(lang, doc.fiscal_year) }</dd>
                                        <dt>{ t.monitoring }</dt><dd>{ m.rhythm.describe(lang) }</dd>
                                        <dt>{ t.expected_outputs }</dt><dd>{ m.outputs.get(lang) }</dd>
                                        <dt>{ t.expected_outcomes }</dt><dd>{ m.outcomes.get(lang) }</dd>
                                    </dl>
                                </details>
                                <button type="button" class={classes!((!adopted).then_some("primary"))}
                                    data-testid={format!("adopt-{}", m.id)} disabled={adopted} {onclick}>
                                    { if adopted { t.adopted.to_owned() } else { i18n::adopt_into(lang, doc.fiscal_year) } }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </>
        },
    };

    html! {
        <section class="card" id="measures" aria-labelledby="measures-heading">
            <h2 id="measures-heading">{ t.measures_heading }</h2>
            <h3>{ t.suggestions_heading }</h3>
            { list }
            <MeasurePlan />
        </section>
    }
}

/// `"i9 i7"`: the codes for a `data-indicators` attribute.
pub fn codes(indicators: &[Indicator]) -> String {
    indicators
        .iter()
        .map(|i| i.code())
        .collect::<Vec<_>>()
        .join(" ")
}
