//! One measure of the plan: every field of the published measures table, editable, and a
//! progress report per monitoring round.

use yew::prelude::*;

use crate::components::TextField;
use crate::domain::{Indicator, Lang, MeasureEdit, PlannedMeasure, Rhythm, RoundEdit, Status};
use crate::events::{on_check, on_select};
use crate::hooks::use_selected_options;
use crate::i18n::{self, texts};
use crate::state::{Action, State};

/// Props of [`PlannedMeasureCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlannedMeasureCardProps {
    /// The measure as it stands.
    pub measure: PlannedMeasure,
    /// Interface language.
    pub lang: Lang,
    /// Where edits go. It stays the same from render to render, so a card whose measure did
    /// not change is not rendered again when something else on the page changes.
    pub dispatcher: UseReducerDispatcher<State>,
}

/// An editable measure with its rounds.
#[component]
pub fn PlannedMeasureCard(props: &PlannedMeasureCardProps) -> Html {
    let m = &props.measure;
    let lang = props.lang;
    let root = use_selected_options();
    let t = texts(lang);
    let id = &m.id;
    let on_edit = {
        let (dispatcher, id) = (props.dispatcher.clone(), id.clone());
        Callback::from(move |edit| dispatcher.dispatch(Action::EditMeasure(id.clone(), edit)))
    };
    let edit = |make: fn(String) -> MeasureEdit| {
        let on_edit = on_edit.clone();
        Callback::from(move |text: String| on_edit.emit(make(text)))
    };
    let text = |suffix: &str,
                label: &'static str,
                value: &str,
                rows: u32,
                make: fn(String) -> MeasureEdit| {
        html! {
            <TextField id={format!("measure-{id}-{suffix}")} label={label} value={value.to_owned()}
                {rows} on_input={edit(make)} />
        }
    };
    let on_rhythm = {
        let on_edit = on_edit.clone();
        on_select(move |code| {
            if let Some(rhythm) = Rhythm::from_code(&code) {
                on_edit.emit(MeasureEdit::Rhythm(rhythm));
            }
        })
    };
    let on_remove = {
        let (dispatcher, id) = (props.dispatcher.clone(), id.clone());
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::RemoveMeasure(id.clone())))
    };
    let title = if m.name.trim().is_empty() {
        t.untitled.to_owned()
    } else {
        m.name.clone()
    };
    let source = if m.catalogue_id.is_some() {
        t.from_catalogue
    } else {
        t.own_measure
    };

    html! {
        <details ref={root} class="planned" open=true data-testid="planned-measure" data-measure-id={id.clone()}
            data-catalogue-id={m.catalogue_id.clone()}>
            <summary class="planned-head">
                <h4>{ title }</h4>
                <span class="round-chips">
                    { for m.rounds().into_iter().map(|month| {
                        let status = m.round(month).status;
                        html! {
                            <span class={classes!("chip", format!("status-{}", status.code()))}
                                title={status.label(lang)}>
                                { format!("{}: {}", i18n::round_label(lang, month), status.label(lang)) }
                            </span>
                        }
                    }) }
                </span>
                <span class="badge">{ source }</span>
            </summary>
            { text("name", t.measure_name, &m.name, 0, MeasureEdit::Name) }
            <fieldset class="indicator-picks">
                <legend>{ t.indicators_legend }</legend>
                { for Indicator::ALL.into_iter().map(|indicator| {
                    let on_edit = on_edit.clone();
                    let onchange = on_check(move |_| on_edit.emit(MeasureEdit::ToggleIndicator(indicator)));
                    html! {
                        <label class="check" title={indicator.name(lang)}>
                            <input type="checkbox" data-testid={format!("measure-{id}-{}", indicator.code())}
                                checked={m.indicators.contains(&indicator)} {onchange} />
                            { indicator.code() }
                        </label>
                    }
                }) }
            </fieldset>
            { text("guideline", t.guideline, &m.guideline, 2, MeasureEdit::Guideline) }
            <TextField id={format!("measure-{id}-steps")} label={t.steps} value={m.steps_text()} rows={5}
                hint={AttrValue::from(t.steps_hint)} on_input={edit(MeasureEdit::Steps)} />
            <div class="grid-2">
                { text("responsible", t.responsible, &m.responsible, 0, MeasureEdit::Responsible) }
                { text("period", t.period, &m.period, 0, MeasureEdit::Period) }
            </div>
            <div class="field">
                <label for={format!("measure-{id}-rhythm")}>{ t.monitoring }</label>
                <select id={format!("measure-{id}-rhythm")} data-testid={format!("measure-{id}-rhythm")} onchange={on_rhythm}>
                    { for Rhythm::ALL.into_iter().map(|r| html! {
                        <option value={r.code()} selected={r == m.rhythm}>{ r.describe(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="grid-2">
                { text("outputs", t.expected_outputs, &m.outputs, 2, MeasureEdit::Outputs) }
                { text("outcomes", t.expected_outcomes, &m.outcomes, 2, MeasureEdit::Outcomes) }
            </div>

            <h5>{ t.progress_heading }</h5>
            <div class="rounds">
                { for m.rounds().into_iter().map(|month| round(props, month)) }
            </div>
            <div class="actions">
                <button type="button" class="danger" data-testid={format!("remove-{id}")} onclick={on_remove}>{ t.remove }</button>
            </div>
        </details>
    }
}

/// One round's report form.
fn round(props: &PlannedMeasureCardProps, month: u8) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let report = props.measure.round(month);
    let prefix = format!("round-{}-{month}", props.measure.id);
    let on_round = {
        let (dispatcher, id) = (props.dispatcher.clone(), props.measure.id.clone());
        Callback::from(move |(month, edit)| {
            dispatcher.dispatch(Action::EditRound(id.clone(), month, edit))
        })
    };
    let edit = |make: fn(String) -> RoundEdit| {
        let on_round = on_round.clone();
        Callback::from(move |text: String| on_round.emit((month, make(text))))
    };
    let on_status = {
        let on_round = on_round.clone();
        on_select(move |code| {
            if let Some(status) = Status::from_code(&code) {
                on_round.emit((month, RoundEdit::Status(status)));
            }
        })
    };
    html! {
        <fieldset class={classes!("round", format!("status-{}", report.status.code()))} data-testid={prefix.clone()}>
            <legend>{ i18n::round_label(lang, month) }</legend>
            <div class="field">
                <label for={format!("{prefix}-status")}>{ t.status }</label>
                <select id={format!("{prefix}-status")} data-testid={format!("{prefix}-status")} onchange={on_status}>
                    { for Status::ALL.into_iter().map(|s| html! {
                        <option value={s.code()} selected={s == report.status}>{ s.label(lang) }</option>
                    }) }
                </select>
            </div>
            <TextField id={format!("{prefix}-done")} label={t.done} value={report.done.clone()} rows={2} on_input={edit(RoundEdit::Done)} />
            <div class="grid-2">
                <TextField id={format!("{prefix}-outputs")} label={t.outputs} value={report.outputs.clone()} rows={2} on_input={edit(RoundEdit::Outputs)} />
                <TextField id={format!("{prefix}-outcomes")} label={t.outcomes} value={report.outcomes.clone()} rows={2} on_input={edit(RoundEdit::Outcomes)} />
            </div>
            <TextField id={format!("{prefix}-notes")} label={t.notes} value={report.notes.clone()} on_input={edit(RoundEdit::Notes)} />
        </fieldset>
    }
}
