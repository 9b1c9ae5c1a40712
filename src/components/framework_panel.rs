//! The fiscal year, the framework it picks, and that framework's weights and rule.

use crate::domain::sort::sort_small_by_key;
use yew::prelude::*;

use crate::app::AppContext;
use crate::components::custom_weights;
use crate::domain::framework::{fiscal_years, CUSTOM_ID};
use crate::domain::{Framework, Indicator, Tool};
use crate::events::on_select;
use crate::i18n::{self, texts};
use crate::state::{Action, FrameworkChoice};

/// Picks the fiscal year and shows which framework is in effect, with its weights, its
/// result rule and, where the weights are not confirmed by a published source, says so.
pub fn framework_panel(app: &AppContext) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let year_entry = doc.current().year_framework();

    let on_year = {
        let app = app.clone();
        on_select(move |value| {
            if let Ok(year) = value.parse() {
                app.dispatch(Action::SetFiscalYear(year));
            }
        })
    };
    let choose = |choice: FrameworkChoice| {
        let app = app.clone();
        Callback::from(move |_: Event| app.dispatch(Action::SetFrameworkChoice(choice)))
    };

    let mut years: Vec<u16> = fiscal_years().collect();
    if !years.contains(&doc.current().fiscal_year) {
        years.push(doc.current().fiscal_year);
        sort_small_by_key(&mut years, |&y| y);
    }

    let custom = doc.current().framework == FrameworkChoice::Custom;
    let (id, name) = match (custom, year_entry) {
        (true, _) => (CUSTOM_ID, t.framework_custom.to_owned()),
        (false, Some(entry)) => (
            entry.id,
            i18n::framework_years(lang, entry.first_year, entry.last_year),
        ),
        (false, None) => ("—", String::new()),
    };

    let details = match (custom, year_entry) {
        (true, _) => custom_weights(app),
        (false, None) => html! {
            <p class="callout warn" role="status">{ i18n::no_framework_for_year(lang, doc.current().fiscal_year) }</p>
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
                    </details>
                </>
            }
        }
    };

    html! {
        <section class="card" id="framework" aria-labelledby="framework-heading">
            <h2 id="framework-heading">{ t.framework_heading }</h2>
            <div class="grid-2">
                <div class="field">
                    <label for="fiscal-year">{ t.fiscal_year }</label>
                    <select id="fiscal-year" data-testid="fiscal-year" onchange={on_year} aria-describedby="fiscal-year-hint">
                        { for years.iter().map(|&year| {
                            // A year another assessment holds cannot be chosen: open it instead.
                            let taken = year != doc.open_year && doc.year(year).is_some();
                            html! {
                                <option value={year.to_string()} selected={year == doc.current().fiscal_year} disabled={taken}>
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
