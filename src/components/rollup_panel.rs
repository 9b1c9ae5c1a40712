//! The roll-up for supervising offices: load many organisations' files, see where everyone
//! stands, and take the table away as CSV or JSON.

use crate::domain::sort::sort_small_by_key;
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::ChartFigure;
use crate::domain::charts::{self, distribution_chart};
use crate::domain::filename::{safe_filename, safe_stem};
use crate::domain::rollup::{
    self, sort_positions, summarise, Filter, ResultFilter, RollupRow, SortKey,
};
use crate::domain::{Indicator, Lang, OrgType};
use crate::events::{on_check, on_select, on_text};
use crate::hooks::use_selected_options;
use crate::i18n::{self, texts};
use crate::rollup_loader;
use crate::rollup_state::{RollupAction, RollupState, PAGE_ROWS};

/// A change to the filter made by one of its fields.
type FilterChange = Rc<dyn Fn(&mut Filter, String)>;

/// Props of [`RollupPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct RollupPanelProps {
    /// Interface language: all the roll-up takes from the agency's own state, so that it does
    /// not render again at every keystroke on the work page.
    pub lang: Lang,
}

/// The roll-up section (`rollup-*` hooks, `chart-distribution`).
#[component]
pub fn RollupPanel(props: &RollupPanelProps) -> Html {
    let state = use_reducer(RollupState::default);
    let stop = use_mut_ref(|| Rc::new(Cell::new(false)));
    let anonymise = use_state(|| false);
    let root = use_selected_options();
    let view = use_memo(
        (state.rows.clone(), state.filter.clone(), state.sort),
        |(rows, filter, (key, ascending))| {
            // Positions rather than references, so the memo does not borrow the rows.
            let mut kept: Vec<usize> = (0..rows.len())
                .filter(|&n| filter.keeps(&rows[n]))
                .collect();
            sort_positions(rows, &mut kept, *key, *ascending);
            kept
        },
    );
    let start = {
        let (dispatcher, stop) = (state.dispatcher(), stop.clone());
        use_callback((), move |files: Vec<web_sys::File>, ()| {
            if files.is_empty() {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *stop.borrow_mut() = flag.clone();
            wasm_bindgen_futures::spawn_local(rollup_loader::load(files, dispatcher.clone(), flag));
        })
    };
    let lang = props.lang;
    let t = texts(lang);
    let rows = &state.rows;
    let shown: Vec<&RollupRow> = view.iter().map(|&n| &rows[n]).collect();
    let summary = summarise(shown.iter().copied());

    let on_pick = browser::on_files_picked(&start);
    let on_drop = {
        let start = start.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            // This drop is for the roll-up, not the page's own import.
            e.stop_propagation();
            start.emit(browser::files_of(e.data_transfer().and_then(|t| t.files())));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_stop = {
        let stop = stop.clone();
        Callback::from(move |_: MouseEvent| stop.borrow().set(true))
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(RollupAction::Clear))
    };
    let set_filter = |change: FilterChange| {
        let (dispatcher, filter) = (state.dispatcher(), state.filter.clone());
        move |value: String| {
            let mut next = filter.clone();
            change(&mut next, value);
            dispatcher.dispatch(RollupAction::Filter(next));
        }
    };
    let export = |csv: bool| {
        // The rows and their order are shared, not copied, on every render.
        let (rows, view, lang, anonymise) = (state.rows.clone(), view.clone(), lang, *anonymise);
        Callback::from(move |_: MouseEvent| {
            let refs: Vec<&RollupRow> = view.iter().map(|&n| &rows[n]).collect();
            let date = browser::today();
            let _ = if csv {
                let name = safe_filename(&["ita-rollup", &date], "csv");
                browser::download_text(
                    &name,
                    "text/csv;charset=utf-8",
                    &rollup::to_csv(&refs, lang, anonymise),
                )
            } else {
                let name = safe_filename(&["ita-rollup", &date], "json");
                let summary = summarise(refs.iter().copied());
                browser::download_text(
                    &name,
                    "application/json;charset=utf-8",
                    &rollup::to_json(&refs, &summary, anonymise),
                )
            };
        })
    };

    let years: Vec<u16> = {
        let mut years: Vec<u16> = rows.iter().map(|r| r.fiscal_year).collect();
        sort_small_by_key(&mut years, |&y| y);
        years.dedup();
        years
    };
    let provinces: Vec<String> = {
        // The few distinct provinces (77 at most), then their Thai order: not 10 000 names
        // sorted. (A linear search keeps the code small; the list stays short.)
        let mut distinct: Vec<&str> = Vec::new();
        for province in rows.iter().map(|r| r.province.as_str()) {
            if !province.is_empty() && !distinct.contains(&province) {
                distinct.push(province);
            }
        }
        let mut keyed: Vec<(String, &str)> = distinct
            .into_iter()
            .map(|p| (rollup::thai_sort_key(p), p))
            .collect();
        sort_small_by_key(&mut keyed, |(key, _)| key.clone());
        keyed.into_iter().map(|(_, p)| p.to_owned()).collect()
    };
    let filter = &state.filter;
    let select = |testid: &'static str,
                  label: &'static str,
                  options: Vec<(String, String)>,
                  current: String,
                  change: FilterChange| {
        html! {
            <div class="field">
                <label for={testid}>{ label }</label>
                <select id={testid} data-testid={testid} onchange={on_select(set_filter(change))}>
                    <option value="" selected={current.is_empty()}>{ t.rollup_all }</option>
                    { for options.into_iter().map(|(value, text)| html! {
                        <option selected={value == current} value={value.clone()}>{ text }</option>
                    }) }
                </select>
            </div>
        }
    };
    let result_code = |r: ResultFilter| match r {
        ResultFilter::Passed => "passed",
        ResultFilter::NotPassed => "not-passed",
        ResultFilter::NoTotal => "no-total",
    };
    let filters = html! {
        <fieldset class="rollup-filters">
            <legend>{ t.rollup_filters }</legend>
            <div class="grid-5">
                { select("rollup-filter-year", t.rollup_year,
                    years.iter().map(|y| (y.to_string(), y.to_string())).collect(),
                    filter.fiscal_year.map(|y| y.to_string()).unwrap_or_default(),
                    Rc::new(|f: &mut Filter, v: String| f.fiscal_year = v.parse().ok())) }
                { select("rollup-filter-type", t.rollup_type,
                    OrgType::ALL.iter().map(|k| (k.code().to_owned(), k.label(lang).to_owned())).collect(),
                    filter.org_type.map(|k| k.code().to_owned()).unwrap_or_default(),
                    Rc::new(|f: &mut Filter, v: String| f.org_type = OrgType::from_code(&v))) }
                { select("rollup-filter-province", t.rollup_province,
                    provinces.iter().map(|p| (p.clone(), p.clone())).collect(),
                    filter.province.clone().unwrap_or_default(),
                    Rc::new(|f: &mut Filter, v: String| f.province = (!v.is_empty()).then_some(v))) }
                { select("rollup-filter-result", t.rollup_result,
                    [(ResultFilter::Passed, t.rollup_passed), (ResultFilter::NotPassed, t.rollup_not_passed), (ResultFilter::NoTotal, t.rollup_no_total)]
                        .iter().map(|(r, label)| (result_code(*r).to_owned(), (*label).to_owned())).collect(),
                    filter.result.map(|r| result_code(r).to_owned()).unwrap_or_default(),
                    Rc::new(move |f: &mut Filter, v: String| f.result = match v.as_str() {
                        "passed" => Some(ResultFilter::Passed),
                        "not-passed" => Some(ResultFilter::NotPassed),
                        "no-total" => Some(ResultFilter::NoTotal),
                        _ => None,
                    })) }
                <div class="field">
                    <label for="rollup-search">{ t.rollup_search }</label>
                    <input id="rollup-search" data-testid="rollup-search" type="search" value={filter.search.clone()}
                        oninput={on_text(set_filter(Rc::new(|f: &mut Filter, v: String| f.search = v)))} />
                </div>
            </div>
        </fieldset>
    };

    let sort_header = |key: SortKey, label: &'static str| {
        let dispatcher = state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(RollupAction::Sort(key)));
        let (current, ascending) = state.sort;
        let mark = if current == key {
            if ascending {
                " ▲"
            } else {
                " ▼"
            }
        } else {
            ""
        };
        let sort = if current == key {
            if ascending {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        html! {
            <th scope="col" aria-sort={sort}>
                <button type="button" class="sort" {onclick}>{ format!("{label}{mark}") }</button>
            </th>
        }
    };
    let pages = shown.len().div_ceil(PAGE_ROWS).max(1);
    let page = state.page.min(pages - 1);
    let page_button = |to: usize, label: &'static str, enabled: bool| {
        let dispatcher = state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(RollupAction::Page(to)));
        html! { <button type="button" disabled={!enabled} {onclick}>{ label }</button> }
    };
    let table = html! {
        <>
            <p class="field-note" data-testid="rollup-count">{ i18n::rollup_rows(lang, shown.len(), rows.len()) }</p>
            <div class="table-scroll">
                <table class="ranking rollup-table" data-testid="rollup-table">
                    <thead>
                        <tr>
                            { sort_header(SortKey::Name, t.rollup_col_name) }
                            { sort_header(SortKey::Type, t.rollup_type) }
                            { sort_header(SortKey::Province, t.rollup_province) }
                            { sort_header(SortKey::Year, t.rollup_year) }
                            { sort_header(SortKey::Total, t.total) }
                            <th scope="col">{ t.rollup_result }</th>
                            { sort_header(SortKey::Weakest, t.rollup_col_weakest) }
                        </tr>
                    </thead>
                    <tbody>
                        { for shown.iter().skip(page * PAGE_ROWS).take(PAGE_ROWS).map(|r| row_view(r, lang)) }
                    </tbody>
                </table>
            </div>
            if pages > 1 {
                <div class="pager">
                    { page_button(page.saturating_sub(1), t.rollup_prev, page > 0) }
                    <span>{ i18n::page_of(lang, page + 1, pages) }</span>
                    { page_button(page + 1, t.rollup_next, page + 1 < pages) }
                </div>
            }
        </>
    };
    let share_line = match (summary.pass_share, summary.meets_target()) {
        (Some(share), Some(meets)) => html! {
            <p class={classes!("share", if meets { "good" } else { "bad" })} data-testid="rollup-pass-share">
                { i18n::rollup_share(lang, &share.to_string(), summary.passed, summary.with_total, meets) }
            </p>
        },
        _ => Html::default(),
    };
    let chart = distribution_chart(&summary, lang).ok().map(|c| html! {
        <ChartFigure chart={Rc::new(c)} testid="chart-distribution" file_stem={safe_stem(&["ita-rollup-distribution", &browser::today()])}
            size={charts::distribution::SIZE} {lang} />
    });
    let averages = html! {
        <div class="table-scroll">
            <table class="ranking" data-testid="rollup-averages">
                <caption>{ t.rollup_averages }</caption>
                <thead><tr>
                    <th scope="col">{ t.rollup_average_total }</th>
                    { for Indicator::ALL.iter().map(|i| html! { <th scope="col" class="num" title={i.name(lang)}>{ i.code() }</th> }) }
                </tr></thead>
                <tbody><tr>
                    <td data-testid="rollup-average-total">{ summary.average_total.map_or_else(|| "—".to_owned(), |v| v.to_string()) }</td>
                    { for summary.averages.iter().zip(Indicator::ALL).map(|(a, i)| html! {
                        <td class="num" data-indicator={i.code()}>{ a.map_or_else(|| "—".to_owned(), |v| v.to_string()) }</td>
                    }) }
                </tr></tbody>
            </table>
        </div>
    };

    html! {
        <section ref={root} class="card" id="rollup" aria-labelledby="rollup-heading">
            <h2 id="rollup-heading">{ t.rollup_heading }</h2>
            <p class="field-note">{ t.rollup_hint }</p>
            <div class="rollup-load" data-testid="rollup-drop" ondrop={on_drop} ondragover={on_drag_over}>
                <div class="field">
                    <label for="rollup-files">{ t.rollup_pick_files }</label>
                    <input type="file" id="rollup-files" data-testid="rollup-files" multiple=true
                        accept=".json,application/json" onchange={on_pick.clone()} />
                </div>
                <div class="field">
                    <label for="rollup-folder">{ t.rollup_pick_folder }</label>
                    <input type="file" id="rollup-folder" data-testid="rollup-folder" multiple=true
                        webkitdirectory=true onchange={on_pick} />
                </div>
                <p class="field-note">{ t.rollup_drop }</p>
            </div>
            if let Some((done, total)) = state.progress {
                <div class="rollup-progress" role="status">
                    <progress data-testid="rollup-progress" max={total.to_string()} value={done.to_string()}></progress>
                    <span>{ i18n::rollup_progress(lang, done, total) }</span>
                    <button type="button" data-testid="rollup-cancel" onclick={on_stop}>{ t.rollup_cancel }</button>
                </div>
            }
            if let Some(timing) = state.timing {
                <p class="field-note" data-testid="rollup-timing"
                    data-total-ms={format!("{:.1}", timing.total_ms)} data-read-ms={format!("{:.1}", timing.read_ms)}
                    data-parse-ms={format!("{:.1}", timing.parse_ms)} data-summary-ms={format!("{:.2}", timing.summary_ms)}
                    data-wasm-bytes={format!("{:.0}", timing.wasm_memory)}>
                    { i18n::rollup_timing(lang, timing.files, timing.total_ms, timing.read_ms, timing.parse_ms, timing.summary_ms) }
                </p>
            }
            if state.skipped > 0 {
                <p class="field-note">{ i18n::rollup_skipped(lang, state.skipped) }</p>
            }
            if !state.failures.is_empty() {
                <details class="callout warn" open=true>
                    <summary>{ format!("{} ({})", t.rollup_failures, state.failures.len()) }</summary>
                    <ul data-testid="rollup-failures">
                        { for state.failures.iter().take(i18n::FAILURES_LISTED).map(|f| html! {
                            <li data-file={f.file.clone()}><strong>{ f.file.clone() }</strong>{ ": " }{ f.reason.message(lang) }</li>
                        }) }
                        if state.failures.len() > i18n::FAILURES_LISTED {
                            <li>{ i18n::rollup_more_failures(lang, state.failures.len() - i18n::FAILURES_LISTED) }</li>
                        }
                    </ul>
                </details>
            }
            if rows.is_empty() {
                <p class="empty-note">{ t.rollup_empty }</p>
            } else {
                { filters }
                <h3>{ t.rollup_summary }</h3>
                { share_line }
                { averages }
                { for chart }
                { table }
                <div class="actions">
                    <button type="button" data-testid="rollup-csv" onclick={export(true)}>{ t.rollup_export_csv }</button>
                    <button type="button" data-testid="rollup-json" onclick={export(false)}>{ t.rollup_export_json }</button>
                    <label class="check">
                        <input type="checkbox" data-testid="rollup-anonymise" checked={*anonymise}
                            onchange={{ let anonymise = anonymise.clone(); on_check(move |on| anonymise.set(on)) }} />
                        { t.anonymise }
                    </label>
                    <button type="button" class="danger" data-testid="rollup-clear" onclick={on_clear}>{ t.rollup_clear }</button>
                </div>
            }
        </section>
    }
}

fn row_view(row: &RollupRow, lang: Lang) -> Html {
    let result = match (row.passed(), row.outcome) {
        (Some(passed), Some(outcome)) => format!(
            "{} ({})",
            if passed {
                lang.pick("ผ่าน", "Pass")
            } else {
                lang.pick("ไม่ผ่าน", "Not passed")
            },
            outcome.level.label()
        ),
        _ => "—".to_owned(),
    };
    html! {
        <tr data-year={row.fiscal_year.to_string()}>
            <th scope="row">{ row.name.clone() }</th>
            <td>{ row.org_type.map(|k| k.label(lang)).unwrap_or("—") }</td>
            <td>{ row.province.clone() }</td>
            <td class="num">{ row.fiscal_year }</td>
            <td class="num total">{ row.total().map_or_else(|| "—".to_owned(), |t| t.to_string()) }</td>
            <td>{ result }</td>
            <td>{ row.weakest.map(|i| format!("{} {}", i.code(), i.name(lang))).unwrap_or_else(|| "—".to_owned()) }</td>
        </tr>
    }
}
