//! Two fiscal years side by side: each indicator's change, the total and the result, and the
//! earlier year's measures beside the indicators they served.

use yew::prelude::*;

use crate::app::AppContext;
use crate::components::analysis_panel::indicator_name;
use crate::domain::compare::{compare, Change, Direction};
use crate::events::on_select;
use crate::hooks::use_selected_options;
use crate::i18n::texts;

/// The comparison section (`compare-table`).
#[component]
pub fn ComparePanel() -> Html {
    let app_context = use_context::<AppContext>();
    let picked = use_state(|| (None::<u16>, None::<u16>));
    let root = use_selected_options();
    let Some(app) = app_context else {
        return Html::default();
    };
    if app.doc.years.len() < 2 {
        let t = texts(app.doc.lang);
        return html! {
            <section class="card" id="compare" aria-labelledby="compare-heading">
                <h2 id="compare-heading">{ t.compare_heading }</h2>
                <p class="empty-note">{ t.compare_needs_two }</p>
            </section>
        };
    }
    comparison(&app, &picked, root)
}

/// Two years' pickers and their comparison (out of line: see the module `components`).
#[inline(never)]
fn comparison(
    app: &AppContext,
    picked: &UseStateHandle<(Option<u16>, Option<u16>)>,
    root: NodeRef,
) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let years: Vec<u16> = doc.years.iter().map(|a| a.fiscal_year).collect();
    // Defaults: the open year against the year before it, or, for the first year, the year
    // after it against it; earlier on the left either way.
    let open = doc.open_year;
    let default_later = match doc.year_before(open) {
        Some(_) => open,
        None => years.iter().copied().find(|y| *y > open).unwrap_or(open),
    };
    let later = picked
        .1
        .filter(|y| years.contains(y))
        .unwrap_or(default_later);
    let fallback = doc
        .year_before(later)
        .map(|a| a.fiscal_year)
        .or_else(|| years.iter().copied().find(|y| *y != later))
        .unwrap_or(later);
    let earlier = picked
        .0
        .filter(|y| years.contains(y) && *y != later)
        .unwrap_or(fallback);
    let (Some(a), Some(b)) = (doc.year(earlier), doc.year(later)) else {
        return Html::default();
    };
    let comparison = compare(a, b);

    let picker = |label: &'static str, testid: &'static str, value: u16, is_earlier: bool| {
        let picked = picked.clone();
        let onchange = on_select(move |v| {
            let year = v.parse().ok();
            let (e, l) = *picked;
            picked.set(if is_earlier { (year, l) } else { (e, year) });
        });
        html! {
            <div class="field">
                <label for={testid}>{ label }</label>
                <select id={testid} data-testid={testid} {onchange}>
                    { for years.iter().map(|&y| html! { <option value={y.to_string()} selected={y == value}>{ y }</option> }) }
                </select>
            </div>
        }
    };
    let change_cell = |change: Option<Change>| match change {
        None => html! { <td class="num">{ "—" }</td> },
        Some(c) => {
            let class = match c.direction() {
                Direction::Up => "up",
                Direction::Down => "down",
                Direction::Same => "same",
            };
            html! { <td class={classes!("num", "change", class)}>{ format!("{} {}", c.arrow(), c.signed()) }</td> }
        }
    };
    let shown =
        |s: Option<crate::domain::Score>| s.map_or_else(|| "—".to_owned(), |s| s.to_string());
    let label = |o: Option<crate::domain::Outcome>| o.map_or("—", |o| o.label(lang));

    html! {
        <section ref={root} class="card" id="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t.compare_heading }</h2>
            <div class="grid-2">
                { picker(t.compare_earlier, "compare-earlier", earlier, true) }
                { picker(t.compare_later, "compare-later", later, false) }
            </div>
            <div class="table-scroll">
                <table class="ranking compare" data-testid="compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_indicator }</th>
                            <th scope="col" class="num">{ earlier }</th>
                            <th scope="col" class="num">{ later }</th>
                            <th scope="col" class="num">{ t.col_change }</th>
                            <th scope="col">{ format!("{} ({earlier})", t.col_measures_before) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for comparison.indicators.iter().map(|row| html! {
                            <tr data-indicator={row.indicator.code()}>
                                <th scope="row">{ indicator_name(row.indicator, lang) }</th>
                                <td class="num">{ shown(row.before) }</td>
                                <td class="num">{ shown(row.after) }</td>
                                { change_cell(row.change) }
                                <td class="measures-before">
                                    { if row.measures_before.is_empty() { t.no_measures.to_owned() } else { row.measures_before.join(" · ") } }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot>
                        <tr data-testid="compare-total">
                            <th scope="row">{ t.compare_total }</th>
                            <td class="num">{ comparison.totals.0.map_or_else(|| "—".to_owned(), |v| v.to_string()) }</td>
                            <td class="num">{ comparison.totals.1.map_or_else(|| "—".to_owned(), |v| v.to_string()) }</td>
                            { change_cell(comparison.total_change) }
                            <td></td>
                        </tr>
                        <tr data-testid="compare-result">
                            <th scope="row">{ t.compare_result }</th>
                            <td class="num">{ label(comparison.outcomes.0) }</td>
                            <td class="num">{ label(comparison.outcomes.1) }</td>
                            <td></td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
