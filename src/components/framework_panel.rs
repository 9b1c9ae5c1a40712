//! The fiscal year, the framework it picks, and that framework's weights and rule.

use crate::domain::sort::sort_small_by_key;
use yew::prelude::*;

use crate::components::custom_weights;
use crate::domain::framework::{fiscal_years, framework_for_year, CUSTOM_ID};
use crate::domain::{Framework, Indicator, Lang, Tool};
use crate::events::on_select;
use crate::hooks::{use_painted, use_selected_options};
use crate::i18n::{self, texts};
use crate::state::{Action, CustomFramework, FrameworkChoice, State};

/// Props of [`FrameworkPanel`]: only what it shows, so that a score edit passes it by.
#[derive(Properties, PartialEq, Clone)]
pub struct FrameworkPanelProps {
    /// The open assessment's fiscal year.
    pub fiscal_year: u16,
    /// The fiscal years with an assessment: those of the others cannot be chosen.
    pub years: Vec<u16>,
    /// Whether the year's framework or the user's own applies.
    pub choice: FrameworkChoice,
    /// The user's own framework, as typed.
    pub custom: CustomFramework,
    /// Interface language.
    pub lang: Lang,
    /// Where the changes go.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// Picks the fiscal year and shows which framework is in effect, with its weights, its
/// result rule and, where the weights are not confirmed by a published source, says so.
#[component]
pub fn FrameworkPanel(props: &FrameworkPanelProps) -> Html {
    let (fiscal_year, lang) = (props.fiscal_year, props.lang);
    let root = use_selected_options();
    // The weights' table is in a section that starts closed.
    let painted = use_painted();
    let t = texts(lang);
    let year_entry = framework_for_year(fiscal_year);

    let on_year = {
        let dispatcher = props.dispatcher.clone();
        on_select(move |value| {
            if let Ok(year) = value.parse() {
                dispatcher.dispatch(Action::SetFiscalYear(year));
            }
        })
    };
    let choose = |choice: FrameworkChoice| {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: Event| dispatcher.dispatch(Action::SetFrameworkChoice(choice)))
    };

    // The years the picker offers: the frameworks' and the open one.
    let mut offered: Vec<u16> = fiscal_years().collect();
    if !offered.contains(&fiscal_year) {
        offered.push(fiscal_year);
        sort_small_by_key(&mut offered, |&y| y);
    }

    let custom = props.choice == FrameworkChoice::Custom;
    let (id, name) = match (custom, year_entry) {
        (true, _) => (CUSTOM_ID, t.framework_custom.to_owned()),
        (false, Some(entry)) => (
            entry.id,
            i18n::framework_years(lang, entry.first_year, entry.last_year),
        ),
        (false, None) => ("—", String::new()),
    };

    let details = match (custom, year_entry) {
        (true, _) => custom_weights(&props.custom, lang, &props.dispatcher),
        (false, None) => html! {
            <p class="callout warn" role="status">{ i18n::no_framework_for_year(lang, fiscal_year) }</p>
        },
        (false, Some(entry)) => {
            let weights = Framework::from(entry).weights;
            let source_class = if entry.weights_confirmed {
                "source"
            } else {
                "callout warn"
            };
            html! {
                <>
                    <p class={source_class} data-testid="framework-source">
                        if !entry.weights_confirmed {
                            <span class="badge warn">{ t.unconfirmed }</span>{ " " }
                        }
                        { entry.source(lang) }
                    </p>
                    <p class="rule"><strong>{ t.result_rule }{ ": " }</strong>{ entry.rule.describe(lang) }</p>
                    <details class="weights-details">
                        <summary>
                            { t.weights_summary }{ ": " }
                            { Tool::ALL.iter()
                                .map(|&tool| format!("{} {}", tool.abbreviation(), weights.of_tool(tool)))
                                .collect::<Vec<_>>()
                                .join(" · ") }
                        </summary>
                        if painted {
                            <table class="weights" data-testid="framework-weights">
                                <caption class="visually-hidden">{ t.framework_in_effect }</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{ t.tool_column }</th>
                                        <th scope="col">{ t.indicator_column }</th>
                                        <th scope="col" class="num">{ t.weight_column }</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    { for Indicator::ALL.iter().map(|&i| html! {
                                        <tr>
                                            <td>{ i.tool().abbreviation() }</td>
                                            <td>{ format!("{} {}", i.code(), i.name(lang)) }</td>
                                            <td class="num">{ weights.of(i) }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        }
                    </details>
                </>
            }
        }
    };

    html! {
        <section ref={root} class="card" id="framework" aria-labelledby="framework-heading">
            <h2 id="framework-heading">{ t.framework_heading }</h2>
            <div class="grid-2">
                <div class="field">
                    <label for="fiscal-year">{ t.fiscal_year }</label>
                    <select id="fiscal-year" data-testid="fiscal-year" onchange={on_year} aria-describedby="fiscal-year-hint">
                        { for offered.iter().map(|&year| {
                            // A year another assessment holds cannot be chosen: open it instead.
                            let taken = year != fiscal_year && props.years.contains(&year);
                            html! {
                                <option value={year.to_string()} selected={year == fiscal_year} disabled={taken}>
                                    { if taken { format!("{year} {}", t.fiscal_year_taken) } else { year.to_string() } }
                                </option>
                            }
                        }) }
                    </select>
                    <p class="field-note" id="fiscal-year-hint">{ t.fiscal_year_hint }{ " " }{ t.fiscal_year_relabel_hint }</p>
                </div>
                <div class="field">
                    <span class="label">{ t.framework_in_effect }</span>
                    <p class="framework-id">
                        <code data-testid="framework">{ id }</code>
                        <span class="framework-name">{ name }</span>
                    </p>
                </div>
            </div>
            <fieldset class="choice">
                <legend class="visually-hidden">{ t.framework_in_effect }</legend>
                <label>
                    <input type="radio" name="framework-choice" data-testid="framework-by-year"
                        checked={!custom} onchange={choose(FrameworkChoice::ByYear)} />
                    { t.framework_by_year }
                </label>
                <label>
                    <input type="radio" name="framework-choice" data-testid="framework-custom"
                        checked={custom} onchange={choose(FrameworkChoice::Custom)} />
                    { t.framework_custom }
                </label>
            </fieldset>
            { details }
        </section>
    }
}
