//! Sharing results as files: export the organisation's file, import one (by picking it or
//! dropping it anywhere on the page), see what will change, confirm, and undo.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::domain::exchange::{
    self, merge, ExportOptions, FieldPath, ImportError, Imported, Problem,
};
use crate::events::{on_check, on_click_dispatch};
use crate::hooks::use_file_drop;
use crate::i18n::{self, texts};
use crate::state::{Action, ImportUndo, Workbook};

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Nothing going on.
    Idle,
    /// Reading this file.
    Reading(String),
    /// The file was refused; nothing changed.
    Refused { file: String, error: ImportError },
    /// The file passed every check; waiting for the user to confirm.
    Preview {
        file: String,
        imported: Rc<Imported>,
    },
}

/// Reads and checks one file, then moves the import to its next stage.
fn import(file: web_sys::File, stage: UseStateSetter<Stage>) {
    let name = file.name();
    stage.set(Stage::Reading(name.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        // Too large is refused before reading it into memory.
        let size = file.size();
        let checked = if size > exchange::MAX_BYTES as f64 {
            let mb = format!("{:.1}", size / (1024.0 * 1024.0));
            Err(ImportError::at(&FieldPath::root(), Problem::TooLarge(mb)))
        } else {
            match browser::read_file(&file).await {
                Ok(bytes) => exchange::read(&bytes),
                Err(reason) => Err(ImportError::at(
                    &FieldPath::root(),
                    Problem::NotJson {
                        line: 0,
                        column: 0,
                        detail: reason,
                    },
                )),
            }
        };
        stage.set(match checked {
            Ok(imported) => Stage::Preview {
                file: name,
                imported: Rc::new(imported),
            },
            Err(error) => Stage::Refused { file: name, error },
        });
    });
}

/// Downloads the organisation's exchange file: the export button's work, also offered
/// wherever work might not be kept (saving failing, another tab's conflict).
pub fn download_work(doc: &Workbook, anonymise: bool) -> Result<(), String> {
    let date = browser::today();
    let options = ExportOptions {
        anonymise,
        exported_at: Some(date.clone()),
    };
    let text = exchange::write(doc, &options);
    let name = exchange::file_name(doc, anonymise, &date);
    browser::download_text(&name, "application/json;charset=utf-8", &text)
}

/// The files section: export, import with preview, and undo.
#[component]
pub fn FilesPanel() -> Html {
    let app_context = use_context::<AppContext>();
    let stage = use_state(|| Stage::Idle);
    let anonymise = use_state(|| false);
    let start = use_callback(stage.setter(), |files: Vec<web_sys::File>, stage| {
        if let Some(first) = files.into_iter().next() {
            import(first, stage.clone());
        }
    });
    let dragging = use_file_drop(start.clone());
    let Some(app) = app_context else {
        return Html::default();
    };
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);

    let on_export = {
        let (doc, anonymise) = (doc.clone(), *anonymise);
        Callback::from(move |_: MouseEvent| {
            // A failed download says so in the browser's own bar; nothing to lose here.
            let _ = download_work(&doc, anonymise);
        })
    };
    let on_anonymise = {
        let anonymise = anonymise.clone();
        on_check(move |on| anonymise.set(on))
    };
    let on_pick = browser::on_files_picked(&start);
    let status = match &*stage {
        Stage::Idle => Html::default(),
        _ => import_status(&app, &stage),
    };

    html! {
        <section class="card" id="files" aria-labelledby="files-heading">
            <h2 id="files-heading">{ t.files_heading }</h2>
            <p class="field-note">{ t.files_hint }</p>
            <div class="files-grid">
                <div class="export">
                    <button type="button" class="primary" data-testid="export-json" onclick={on_export}>{ t.export_button }</button>
                    <label class="check">
                        <input type="checkbox" data-testid="export-anonymise" checked={*anonymise} onchange={on_anonymise} />
                        { t.anonymise }
                    </label>
                </div>
                <div class="import">
                    <label for="import-json" class="file-label">{ t.import_label }</label>
                    <input type="file" id="import-json" data-testid="import-json" accept=".json,application/json" onchange={on_pick} />
                    <p class="field-note">{ t.import_drop_hint }</p>
                </div>
            </div>
            { status }
            if let Some(undo) = &app.before_import {
                { import_done(&app, undo) }
            }
            if dragging {
                <div class="drop-overlay" aria-hidden="true"><span>{ t.drop_overlay }</span></div>
            }
        </section>
    }
}

/// Where a started import stands: reading, refused, or its preview with confirm and cancel
/// (out of line: see the module `components`).
#[inline(never)]
fn import_status(app: &AppContext, stage: &UseStateHandle<Stage>) -> Html {
    let doc = &app.doc;
    let lang = doc.lang;
    let t = texts(lang);
    let to_idle = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(Stage::Idle))
    };

    match &**stage {
        Stage::Idle => Html::default(),
        Stage::Reading(file) => html! {
            <p class="field-note" role="status">{ format!("{} {}", t.import_reading, file) }</p>
        },
        Stage::Refused { file, error } => html! {
            <div class="callout error" role="alert" data-testid="import-error">
                <p><strong>{ t.import_refused }</strong></p>
                <p>{ i18n::file_named(lang, file) }</p>
                <p class="import-reason">{ error.message(lang) }</p>
                <div class="actions">
                    <button type="button" data-testid="import-dismiss" onclick={to_idle.clone()}>{ t.import_dismiss }</button>
                </div>
            </div>
        },
        Stage::Preview { file, imported } => {
            let plan = merge(doc, (**imported).clone());
            let on_confirm = {
                let (app, stage, imported) = (app.clone(), stage.clone(), imported.clone());
                Callback::from(move |_: MouseEvent| {
                    app.dispatch(Action::ApplyImport(Box::new((*imported).clone())));
                    stage.set(Stage::Idle);
                })
            };
            let years = |list: &[u16]| {
                list.iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            html! {
                <div class="callout" role="region" aria-labelledby="import-preview-heading" data-testid="import-preview">
                    <h3 id="import-preview-heading">{ t.import_preview_heading }</h3>
                    <p>{ i18n::file_named(lang, file) }</p>
                    <dl class="facts">
                        <dt>{ t.org_name }</dt>
                        <dd data-testid="import-organisation">{ plan.result.organisation.name.clone() }</dd>
                        if !plan.added.is_empty() {
                            <dt>{ t.import_years_added }</dt>
                            <dd data-testid="import-added">{ years(&plan.added) }</dd>
                        }
                        if !plan.replaced.is_empty() {
                            <dt>{ t.import_years_replaced }</dt>
                            <dd data-testid="import-replaced">{ years(&plan.replaced) }</dd>
                        }
                        if !plan.kept.is_empty() {
                            <dt>{ t.import_years_kept }</dt>
                            <dd data-testid="import-kept">{ years(&plan.kept) }</dd>
                        }
                    </dl>
                    if let Some(before) = &plan.renamed_from {
                        <p class="callout warn">{ i18n::import_renames(lang, before, &plan.result.organisation.name) }</p>
                    }
                    { for imported.notes.iter().map(|note| html! { <p class="field-note">{ note.message(lang) }</p> }) }
                    <div class="actions">
                        <button type="button" class="primary" data-testid="import-confirm" onclick={on_confirm}>{ t.import_confirm }</button>
                        <button type="button" data-testid="import-cancel" onclick={to_idle.clone()}>{ t.import_cancel }</button>
                    </div>
                </div>
            }
        }
    }
}

/// What an import changed, with undo (out of line: see the module `components`).
#[inline(never)]
fn import_done(app: &AppContext, undo: &ImportUndo) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);
    let on_undo = on_click_dispatch(app, Action::UndoImport);
    let on_dismiss = on_click_dispatch(app, Action::DismissImportUndo);
    html! {
        <p class="callout good" role="status" data-testid="import-done">
            { i18n::import_summary(lang, undo.added.len(), undo.replaced.len()) }{ " " }
            <button type="button" data-testid="import-undo" onclick={on_undo}>{ t.import_undo }</button>
            { " " }
            <button type="button" onclick={on_dismiss}>{ t.import_dismiss }</button>
        </p>
    }
}
