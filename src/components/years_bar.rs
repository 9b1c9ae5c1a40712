//! The fiscal years of the organisation: open one, add one (carrying measures forward), or
//! delete one with an undo.

use crate::domain::sort::sort_small_by_key;
use yew::prelude::*;

use crate::domain::framework::fiscal_years;
use crate::domain::workbook::YEAR_RANGE;
use crate::domain::Lang;
use crate::events::{on_check, on_select};
use crate::hooks::use_selected_options;
use crate::i18n::{self, texts};
use crate::state::{Action, State};

/// Props of [`YearsBar`]: only what it shows, so that a score edit passes it by.
#[derive(Properties, PartialEq, Clone)]
pub struct YearsBarProps {
    /// The fiscal years with an assessment, in the workbook's order.
    pub years: Vec<u16>,
    /// The year open.
    pub open: u16,
    /// The year just deleted, while it can be brought back.
    pub deleted: Option<u16>,
    /// Interface language.
    pub lang: Lang,
    /// Where the changes go.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// Tabs of the years with results, the add-a-year form, and delete with undo.
#[component]
pub fn YearsBar(props: &YearsBarProps) -> Html {
    let adding = use_state(|| None::<u16>);
    let carry = use_state(|| true);
    let root = use_selected_options();
    let (years, open, lang) = (&props.years, props.open, props.lang);
    let t = texts(lang);

    // Years one can add: the framework years and the year after the latest, not taken yet.
    let latest = years.iter().copied().max().unwrap_or(open);
    let mut candidates: Vec<u16> = fiscal_years().chain(std::iter::once(latest + 1)).collect();
    candidates.retain(|y| YEAR_RANGE.contains(y) && !years.contains(y));
    sort_small_by_key(&mut candidates, |&y| y);
    candidates.dedup();
    let default_new = candidates
        .iter()
        .copied()
        .find(|y| *y > latest)
        .or(candidates.last().copied());
    let chosen = adding.filter(|y| candidates.contains(y)).or(default_new);

    let tab = |year: u16| {
        let onclick = {
            let dispatcher = props.dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::OpenYear(year)))
        };
        let current = year == open;
        html! {
            <button type="button" role="tab" aria-selected={current.to_string()}
                class={classes!("year-tab", current.then_some("current"))}
                data-testid={format!("year-tab-{year}")} {onclick}>
                { i18n::year_tab(lang, year) }
            </button>
        }
    };
    let on_choose = {
        let adding = adding.clone();
        on_select(move |value| adding.set(value.parse().ok()))
    };
    let on_carry = {
        let carry = carry.clone();
        on_check(move |on| carry.set(on))
    };
    let on_add = {
        let (dispatcher, carry) = (props.dispatcher.clone(), *carry);
        Callback::from(move |_: MouseEvent| {
            if let Some(year) = chosen {
                dispatcher.dispatch(Action::AddYear(year, carry));
            }
        })
    };
    let on_delete = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::DeleteYear(open)))
    };
    let on_undo = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::UndoDeleteYear))
    };

    html! {
        <section ref={root} class="card years" id="years" aria-labelledby="years-heading">
            <h2 id="years-heading">{ t.years_heading }</h2>
            <div class="year-tabs" role="tablist" aria-label={t.years_label} data-testid="year-tabs">
                { for years.iter().map(|&year| tab(year)) }
            </div>
            if let Some(deleted) = props.deleted {
                <p class="callout" role="status" data-testid="year-deleted">
                    { format!("{} {deleted}", t.year_deleted) }{ " " }
                    <button type="button" data-testid="undo-delete-year" onclick={on_undo}>{ t.undo }</button>
                </p>
            }
            <div class="year-actions">
                if !candidates.is_empty() {
                    <div class="add-year">
                        <label for="add-year">{ t.add_year }</label>
                        <select id="add-year" data-testid="add-year" onchange={on_choose}>
                            { for candidates.iter().map(|&y| html! {
                                <option value={y.to_string()} selected={Some(y) == chosen}>{ y }</option>
                            }) }
                        </select>
                        <label class="check">
                            <input type="checkbox" data-testid="carry-forward" checked={*carry} onchange={on_carry} />
                            { t.carry_forward }
                        </label>
                        <button type="button" class="primary" data-testid="add-year-button" onclick={on_add}>
                            { t.add_year_button }
                        </button>
                    </div>
                }
                <button type="button" class="danger" data-testid="delete-year"
                    disabled={years.len() <= 1} onclick={on_delete}>
                    { format!("{} ({open})", t.delete_year) }
                </button>
            </div>
        </section>
    }
}
