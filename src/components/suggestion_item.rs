//! One suggested measure: why it is suggested, what it involves, and "adopt" (once the
//! catalogue's texts are loaded: `catalogue_status` says so above the list until then).

use yew::prelude::*;

use crate::components::analysis_panel::indicator_name;
use crate::components::measure_suggestions::codes;
use crate::domain::{CatalogueMeasure, Indicator, Lang};
use crate::i18n::{self, texts};
use crate::state::{Action, State};

/// Props of [`SuggestionItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct SuggestionItemProps {
    /// The catalogue measure.
    pub measure: &'static CatalogueMeasure,
    /// The indicators to develop it serves (highlighted).
    pub addresses: Vec<Indicator>,
    /// Why it is suggested, in words.
    pub why: AttrValue,
    /// Whether it is already in the plan.
    pub adopted: bool,
    /// Whether the catalogue's texts are loaded (its guideline and steps show, and it can be
    /// adopted, once they are).
    pub loaded: bool,
    /// Interface language.
    pub lang: Lang,
    /// The plan's fiscal year.
    pub plan_year: u16,
    /// Where "adopt" goes; stable across renders, so an unchanged item is skipped.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// A `<li>` of the `measures` list, with `data-measure` and `data-indicators`.
#[component]
pub fn SuggestionItem(props: &SuggestionItemProps) -> Html {
    let (m, lang, t) = (props.measure, props.lang, texts(props.lang));
    let onclick = {
        let (dispatcher, id) = (props.dispatcher.clone(), m.id);
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::AdoptMeasure(id)))
    };
    let adopted = props.adopted;
    html! {
        <li data-measure={m.id} data-indicators={codes(m.serves)}>
            <div class="suggestion-head">
                <strong class="suggestion-name">{ m.name.get(lang) }</strong>
                <span class="chips" aria-label={t.serves}>
                    { for m.serves.iter().map(|&i| html! {
                        <span class={classes!("chip", props.addresses.contains(&i).then_some("hot"))}
                            title={i.name(lang)}>{ i.code() }</span>
                    }) }
                </span>
            </div>
            <p class="why">{ props.why.clone() }</p>
            if let Some(long) = m.texts().filter(|_| props.loaded) {
                <p class="guideline">{ long.guideline.get(lang) }</p>
                <details>
                    <summary>{ t.see_steps }</summary>
                    <h4>{ t.steps }</h4>
                    <ol>{ for long.steps.iter().map(|step| html! { <li>{ step.get(lang) }</li> }) }</ol>
                    <dl class="facts">
                        <dt>{ t.serves }</dt>
                        <dd>{ m.serves.iter().map(|&i| indicator_name(i, lang)).collect::<Vec<_>>().join(", ") }</dd>
                        <dt>{ t.responsible }</dt><dd>{ long.responsible.get(lang) }</dd>
                        <dt>{ t.period }</dt><dd>{ m.period.describe(lang, props.plan_year) }</dd>
                        <dt>{ t.monitoring }</dt><dd>{ m.rhythm.describe(lang) }</dd>
                        <dt>{ t.expected_outputs }</dt><dd>{ long.outputs.get(lang) }</dd>
                        <dt>{ t.expected_outcomes }</dt><dd>{ long.outcomes.get(lang) }</dd>
                    </dl>
                </details>
            }
            <button type="button" class={classes!((!adopted).then_some("primary"))}
                data-testid={format!("adopt-{}", m.id)} disabled={adopted || !props.loaded} {onclick}>
                { if adopted { t.adopted.to_owned() } else { i18n::adopt_into(lang, props.plan_year) } }
            </button>
        </li>
    }
}
