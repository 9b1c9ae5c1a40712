//! The documents view: the four documents of the open year, what each still lacks (with
//! links to where it is entered), its settings and drafted paragraphs, and the chosen one as
//! A4 sheets ready to print.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::components::draft_editor::draft_field_id;
use crate::components::{catalogue_status, DocumentSheets, DocxButton, DraftEditor};
use crate::documents::{self, drafts, DocContext, DocKind, Missing, Place, REPORT_ROUNDS};
use crate::domain::Lang;
use crate::events::{on_check, on_select, on_text};
use crate::hooks::use_selected_options;
use crate::i18n::{self, texts};
use crate::route::Route;
use crate::state::{Action, Catalogue};

/// Props of [`DocumentsPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct DocumentsPageProps {
    /// The document shown.
    pub kind: DocKind,
}

/// Where on the work page a missing thing is entered.
fn href(place: Place) -> Option<&'static str> {
    match place {
        Place::Organisation => Some("#organisation"),
        Place::People => Some("#people"),
        Place::Scores => Some("#scores"),
        Place::Framework => Some("#framework"),
        Place::Thresholds => Some("#analysis"),
        Place::Measures => Some("#plan"),
        Place::DocumentSettings => None,
    }
}

fn missing_item(missing: &Missing, lang: Lang) -> Html {
    let t = texts(lang);
    let link = match href(missing.place) {
        Some(href) => html! { <a href={href}>{ t.docs_go_enter }</a> },
        None => {
            let onclick = Callback::from(|_: MouseEvent| browser::focus("doc-date"));
            html! { <button type="button" class="link" {onclick}>{ t.docs_go_enter }</button> }
        }
    };
    html! { <li>{ missing.what.clone() }{ " · " }{ link }</li> }
}

/// The documents view of the open year.
#[component]
pub fn DocumentsPage(props: &DocumentsPageProps) -> Html {
    let root = use_selected_options();
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let book = &app.doc;
    let lang = book.lang;
    let t = texts(lang);
    let kind = props.kind;
    let year = book.current();
    // Built once the catalogue's texts are loaded: the analysis may list catalogue measures.
    let loaded = app.catalogue == Catalogue::Loaded;
    let document = loaded.then(|| Rc::new(documents::build(kind, book)));
    let draft_list = drafts(kind, &DocContext::new(book));
    let lacking = documents::missing(kind, book);

    let on_year = {
        let app = app.clone();
        on_select(move |value| {
            if let Ok(year) = value.parse() {
                app.dispatch(Action::OpenYear(year));
            }
        })
    };
    let on_date = {
        let app = app.clone();
        on_text(move |date| app.dispatch(Action::SetDocDate(kind, date)))
    };
    let on_round = {
        let app = app.clone();
        on_select(move |value| {
            if let Ok(round) = value.parse() {
                app.dispatch(Action::SetReportRound(round));
            }
        })
    };
    let on_table = {
        let app = app.clone();
        on_check(move |on| app.dispatch(Action::SetAnnouncementTable(on)))
    };
    let on_digits = {
        let app = app.clone();
        on_check(move |on| app.dispatch(Action::SetThaiDigits(on)))
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_draft = Callback::from(|id: &'static str| browser::focus(&draft_field_id(id)));
    let date_label = match kind {
        DocKind::Analysis => None,
        DocKind::Announcement => Some(t.docs_date_announcement),
        DocKind::Declaration => Some(t.docs_date_declaration),
        DocKind::Report => Some(t.docs_date_report),
    };
    let date = year
        .documents
        .dates
        .get(kind.code())
        .cloned()
        .unwrap_or_default();

    html! {
        <div ref={root} class="documents-page">
            <div class="doc-controls">
                <section class="card" aria-labelledby="docs-heading">
                    <h2 id="docs-heading">{ t.docs_heading }</h2>
                    <div class="field">
                        <label for="doc-year">{ t.docs_results_year }</label>
                        <select id="doc-year" data-testid="doc-year" onchange={on_year}>
                            { for book.years.iter().map(|a| html! {
                                <option value={a.fiscal_year.to_string()} selected={a.fiscal_year == year.fiscal_year}>
                                    { a.fiscal_year }
                                </option>
                            }) }
                        </select>
                        <p class="field-note">{ i18n::docs_years(lang, year.fiscal_year, year.plan_year()) }</p>
                    </div>
                    <nav aria-label={t.docs_pick_label}>
                        <ul class="doc-picks">
                            { for DocKind::ALL.iter().map(|&k| {
                                let gaps = documents::missing(k, book).len();
                                html! {
                                    <li>
                                        <a href={Route::Documents(k).href()} class="doc-pick"
                                            data-testid={format!("doc-pick-{}", k.code())}
                                            aria-current={(k == kind).then_some("page")}>
                                            <span class="name">{ k.name(lang) }</span>
                                            <span class={classes!("status", (gaps == 0).then_some("ok"))}>
                                                { if gaps == 0 { t.docs_ready.to_owned() } else { i18n::docs_gaps(lang, gaps) } }
                                            </span>
                                        </a>
                                    </li>
                                }
                            }) }
                        </ul>
                    </nav>
                    <p class="field-note">{ t.docs_lang_note }</p>
                </section>
                <section class="card" aria-labelledby="doc-settings-heading">
                    <h2 id="doc-settings-heading">{ t.docs_settings_heading }</h2>
                    if lacking.is_empty() {
                        <p class="field-note ok" data-testid="doc-complete">{ "✓ " }{ t.docs_ready }</p>
                    } else {
                        <div class="callout warn" data-testid="doc-missing">
                            <p>{ t.docs_missing_heading }</p>
                            <ul>{ for lacking.iter().map(|m| missing_item(m, lang)) }</ul>
                        </div>
                    }
                    if let Some(label) = date_label {
                        <div class="field">
                            <label for="doc-date">{ label }</label>
                            <input id="doc-date" data-testid="doc-date" type="date" value={date}
                                aria-describedby="doc-date-hint" oninput={on_date} />
                            <p class="field-note" id="doc-date-hint">{ t.docs_date_hint }</p>
                        </div>
                    }
                    if kind == DocKind::Report {
                        <div class="field">
                            <label for="report-round">{ t.docs_round }</label>
                            <select id="report-round" data-testid="report-round" onchange={on_round}>
                                { for REPORT_ROUNDS.iter().map(|&round| html! {
                                    <option value={round.to_string()} selected={round == year.documents.round()}>
                                        { i18n::round_label(lang, round) }
                                    </option>
                                }) }
                            </select>
                        </div>
                    }
                    if kind == DocKind::Announcement {
                        <label class="check">
                            <input type="checkbox" data-testid="doc-announcement-table"
                                checked={year.documents.announcement_table} onchange={on_table} />
                            { t.docs_announcement_table }
                        </label>
                    }
                    <label class="check">
                        <input type="checkbox" data-testid="doc-thai-digits" checked={book.thai_digits}
                            onchange={on_digits} />
                        { t.docs_thai_digits }
                    </label>
                    <div class="actions">
                        <button type="button" class="primary" data-testid="doc-print" disabled={!loaded}
                            onclick={on_print}>
                            { t.docs_print }
                        </button>
                        if let Some(document) = &document {
                            <DocxButton key={kind.code()} document={document.clone()} {lang} />
                        }
                    </div>
                    <p class="field-note">{ t.docs_print_hint }</p>
                    <p class="field-note">{ t.docs_docx_hint }</p>
                </section>
                <section class="card" aria-label={t.docs_drafts_heading}>
                    <DraftEditor drafts={draft_list} {lang} dispatcher={app.dispatcher()} />
                </section>
            </div>
            // A region of its own, reachable by keyboard, since the sheets may scroll sideways.
            <div class="doc-preview" role="region" tabindex="0" aria-label={t.docs_preview_label}>
                if let Some(document) = document {
                    <DocumentSheets document={document} testid={format!("doc-{}", kind.code())}
                        thai_digits={book.thai_digits} {on_draft} />
                } else {
                    { catalogue_status(&app) }
                }
            </div>
        </div>
    }
}
