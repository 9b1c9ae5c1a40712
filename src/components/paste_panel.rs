//! Scores in one go: a box to paste text holding several scores, the reading of it shown
//! before anything changes, confirm or cancel, and one-click undo after.

use yew::prelude::*;

use crate::app::AppContext;
use crate::domain::paste::{read_paste, Shape};
use crate::events::{on_click_dispatch, on_text_area};
use crate::i18n::{self, texts};
use crate::state::{Action, PasteUndo};

/// The paste box (`paste-scores`), its preview (`paste-preview`, `paste-confirm`) and undo.
#[component]
pub fn PastePanel() -> Html {
    let app_context = use_context::<AppContext>();
    // Open once opened (by the user or by a paste), until the user closes it.
    let expanded = use_state(|| false);
    let Some(app) = app_context else {
        return Html::default();
    };
    let lang = app.doc.lang;
    let ontoggle = {
        let expanded = expanded.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            expanded.set(details.open());
        })
    };
    let t = texts(lang);
    let text = app.paste.clone().unwrap_or_default();
    let on_input = {
        let app = app.clone();
        on_text_area(move |text| {
            app.dispatch(if text.trim().is_empty() {
                Action::CancelPaste
            } else {
                Action::PreviewPaste(text)
            })
        })
    };
    let preview = if text.trim().is_empty() {
        Html::default()
    } else {
        paste_preview(&app, &text)
    };

    html! {
        <details class="paste" open={*expanded || app.paste.is_some() || app.before_paste.is_some()} {ontoggle}>
            <summary>{ t.paste_summary }</summary>
            <div class="field">
                <label for="paste-scores">{ t.paste_label }</label>
                <textarea id="paste-scores" data-testid="paste-scores" rows="4"
                    aria-describedby="paste-hint" value={text} oninput={on_input} />
                <p class="field-note" id="paste-hint">{ t.paste_hint }</p>
            </div>
            { preview }
            if let Some(undo) = &app.before_paste {
                { paste_done(&app, undo) }
            }
        </details>
    }
}

/// What the pasted text reads as, beside the scores now, with confirm and cancel (out of line:
/// see the module `components`).
#[inline(never)]
fn paste_preview(app: &AppContext, text: &str) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let current = &app.doc.current().scores;
    let reading = read_paste(text);
    let accepted = reading.accepted().len();
    html! {
        <div class="paste-preview" data-testid="paste-preview" role="status">
            <h3>{ t.paste_preview_heading }</h3>
            if reading.found.is_empty() {
                <p class="callout warn">
                    { t.paste_nothing }
                    if reading.shape == Shape::Nothing && reading.loose_numbers > 0 {
                        { " " }{ i18n::paste_loose(lang, reading.loose_numbers) }
                    }
                </p>
            } else {
                <table class="ranking">
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_indicator }</th>
                            <th scope="col" class="num">{ t.paste_now }</th>
                            <th scope="col" class="num">{ t.paste_from_text }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for reading.found.iter().map(|found| {
                            let now = &current[found.indicator.index()];
                            html! {
                                <tr data-indicator={found.indicator.code()}>
                                    <th scope="row">{ format!("{} {}", found.indicator.code(), found.indicator.name(lang)) }</th>
                                    <td class="num">{ if now.is_empty() { "—".to_owned() } else { now.clone() } }</td>
                                    { match &found.score {
                                        Ok(score) => html! { <td class="num"><strong>{ score.to_string() }</strong></td> },
                                        Err(error) => html! {
                                            <td class="num refused" data-testid={format!("paste-refused-{}", found.indicator.code())}>
                                                { format!("{} · {}: {}", found.written, t.paste_refused, error.message(lang)) }
                                            </td>
                                        },
                                    } }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
            if !reading.missing().is_empty() && !reading.found.is_empty() {
                <p class="field-note" data-testid="paste-missing">
                    { format!("{}: {}", t.paste_missing,
                        reading.missing().iter().map(|i| i.code()).collect::<Vec<_>>().join(", ")) }
                </p>
            }
            if !reading.skipped.is_empty() {
                <details class="paste-skipped">
                    <summary>{ format!("{} ({})", t.paste_skipped_heading, reading.skipped.len() + reading.more_skipped) }</summary>
                    <ul>
                        { for reading.skipped.iter().map(|s| html! {
                            <li>
                                <span class="field-note">{ i18n::paste_line(lang, s.line) }{ ": " }</span>
                                <q>{ s.text.clone() }</q>{ " — " }{ i18n::paste_skip(lang, &s.why) }
                            </li>
                        }) }
                    </ul>
                </details>
            }
            <div class="actions">
                <button type="button" class="primary" data-testid="paste-confirm"
                    disabled={accepted == 0} onclick={on_click_dispatch(app, Action::ApplyPaste)}>
                    { i18n::paste_confirm(lang, accepted) }
                </button>
                <button type="button" data-testid="paste-cancel" onclick={on_click_dispatch(app, Action::CancelPaste)}>
                    { t.paste_cancel }
                </button>
            </div>
        </div>
    }
}

/// The scores a paste filled in, with undo (out of line: see the module `components`).
#[inline(never)]
fn paste_done(app: &AppContext, undo: &PasteUndo) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    html! {
        <p class="callout good" role="status" data-testid="paste-done">
            { i18n::paste_done(lang, undo.filled) }{ " " }
            <button type="button" data-testid="paste-undo" onclick={on_click_dispatch(app, Action::UndoPaste)}>{ t.undo }</button>
            { " " }
            <button type="button" onclick={on_click_dispatch(app, Action::DismissPasteUndo)}>{ t.dismiss }</button>
        </p>
    }
}

/// Whether pasted text holds more than one score (then it goes to the paste box, not into the
/// one field it was pasted into).
pub fn holds_several_scores(text: &str) -> bool {
    read_paste(text).found.len() >= 2
}
