//! Tells the user when saved work could not be read or work cannot be saved.

use yew::prelude::*;

use crate::app::AppContext;
use crate::browser;
use crate::components::files_panel::download_work;
use crate::events::on_click_dispatch;
use crate::i18n::{self, texts};
use crate::state::{Action, OtherTab};
use crate::storage;

/// One banner per piece of unreadable stored data (download, then discard), one when another
/// tab saved the same work, and one when saving fails (with an export button: the work on the
/// page can always be taken away as a file).
#[component]
pub fn StorageNotice() -> Html {
    let Some(app) = use_context::<AppContext>() else {
        return Html::default();
    };
    let lang = app.doc.lang;
    let t = texts(lang);
    let download_error = use_state(|| None::<String>);
    let storage = &app.storage;
    // Saved work that cannot be read and another tab's work need a returning visit or a second
    // tab, and are built out of line (see the module `components`); saving can fail on a first
    // visit, where the browser blocks storage, and is said with the first render.
    let others =
        if storage.unreadable.is_empty() && storage.other_tab.is_none() && download_error.is_none()
        {
            Html::default()
        } else {
            other_notices(&app, &download_error)
        };
    html! {
        <div class="notices">
            { others }
            if let Some(fault) = &storage.save_error {
                <div class="callout error" role="alert" data-testid="save-error">
                    <h2>{ t.save_failed_heading }</h2>
                    <p>{ t.save_failed_body }</p>
                    <p class="field-note">{ i18n::save_failed_reason(lang, &fault.message(lang)) }</p>
                    <div class="actions">{ export_button(&app, &download_error, "save-error-export") }</div>
                </div>
            }
        </div>
    }
}

/// A button that downloads the work on the page as an exchange file.
fn export_button(
    app: &AppContext,
    download_error: &UseStateHandle<Option<String>>,
    testid: &'static str,
) -> Html {
    let (doc, download_error) = (app.doc.clone(), download_error.clone());
    let onclick = Callback::from(move |_: MouseEvent| {
        download_error.set(download_work(&doc, false).err());
    });
    html! {
        <button type="button" class="primary" data-testid={testid} {onclick}>
            { texts(app.doc.lang).export_now }
        </button>
    }
}

/// The banners for unreadable saved text, another tab's work and a failed download.
#[inline(never)]
fn other_notices(app: &AppContext, download_error: &UseStateHandle<Option<String>>) -> Html {
    let lang = app.doc.lang;
    let t = texts(lang);

    let unreadable = app.storage.unreadable.iter().enumerate().map(|(position, item)| {
        let on_download = {
            let item = item.clone();
            let download_error = download_error.clone();
            Callback::from(move |_: MouseEvent| {
                let suffix = item.key.as_deref().and_then(|k| k.strip_prefix(storage::UNREADABLE_PREFIX));
                let name = format!("ita-selfcheck-unreadable-{}.txt", suffix.unwrap_or("data"));
                download_error.set(browser::download_text(&name, "text/plain;charset=utf-8", &item.text).err());
            })
        };
        let on_discard = {
            let app = app.clone();
            let item = item.clone();
            Callback::from(move |_: MouseEvent| {
                if browser::confirm(texts(app.doc.lang).unreadable_discard_confirm) {
                    storage::discard(&item);
                    app.dispatch(Action::DiscardUnreadable(position));
                }
            })
        };
        html! {
            <div class="callout error" role="alert" data-testid="storage-unreadable">
                <h2>{ t.unreadable_heading }</h2>
                <p>{ t.unreadable_body }</p>
                <p class="field-note">{ format!("({})", item.reason.message(lang)) }</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="download-unreadable" onclick={on_download}>
                        { t.unreadable_download }
                    </button>
                    <button type="button" data-testid="discard-unreadable" onclick={on_discard}>
                        { t.unreadable_discard }
                    </button>
                </div>
            </div>
        }
    });

    let other_tab = app.storage.other_tab.as_ref().map(|other| match other {
        OtherTab::TakenIn => {
            let onclick = on_click_dispatch(app, Action::DismissOtherTab);
            html! {
                <div class="callout warn" role="status" data-testid="other-tab-taken-in">
                    <h2>{ t.other_tab_taken_in_heading }</h2>
                    <p>{ t.other_tab_taken_in_body }</p>
                    <div class="actions">
                        <button type="button" data-testid="other-tab-dismiss" {onclick}>{ t.dismiss }</button>
                    </div>
                </div>
            }
        }
        OtherTab::Conflict => {
            let use_theirs = {
                let (app, download_error) = (app.clone(), download_error.clone());
                Callback::from(move |_: MouseEvent| match storage::read_other_tab() {
                    Ok(doc) => app.dispatch(Action::UseOtherTab(Box::new(doc))),
                    Err(reason) => download_error.set(Some(reason)),
                })
            };
            let keep_mine = {
                let app = app.clone();
                Callback::from(move |_: MouseEvent| {
                    storage::overwrite_other_tab();
                    app.dispatch(Action::KeepThisTab);
                })
            };
            html! {
                <div class="callout error" role="alert" data-testid="other-tab-conflict">
                    <h2>{ t.other_tab_conflict_heading }</h2>
                    <p>{ t.other_tab_conflict_body }</p>
                    <div class="actions">
                        { export_button(app, download_error, "other-tab-export") }
                        <button type="button" data-testid="use-other-tab" onclick={use_theirs}>{ t.other_tab_use_theirs }</button>
                        <button type="button" class="danger" data-testid="keep-this-tab" onclick={keep_mine}>{ t.other_tab_keep_mine }</button>
                    </div>
                </div>
            }
        }
        OtherTab::Unreadable(error) => html! {
            <div class="callout error" role="alert" data-testid="other-tab-unreadable">
                <h2>{ t.other_tab_unreadable_heading }</h2>
                <p>{ t.other_tab_unreadable_body }</p>
                <p class="field-note">{ format!("({})", error.message(lang)) }</p>
                <div class="actions">
                    { export_button(app, download_error, "other-tab-export") }
                    <button type="button" data-testid="reload-page" onclick={Callback::from(|_: MouseEvent| browser::reload())}>
                        { t.reload_page }
                    </button>
                </div>
            </div>
        },
    });

    html! {
        <>
            { for unreadable }
            { for other_tab }
            if let Some(error) = &**download_error {
                <p class="callout error" role="alert">{ error.clone() }</p>
            }
        </>
    }
}
