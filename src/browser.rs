//! Small things the page asks of the browser: downloads, dialogs, the document language.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;

use crate::domain::Lang;
use crate::storage::js_text;

/// Offers `text` as a file download named `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".to_owned())?;
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let anchor = document
        .create_element("a")
        .map_err(|e| js_text(&e))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "could not create a link".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking the URL at once can cancel the download in some browsers: keep it a while.
    Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}

/// Asks the user to confirm; `false` when the browser cannot ask.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Sets `<html lang>` so that screen readers and fonts treat the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Failing to set an attribute leaves the old language: harmless.
        let _ = root.set_attribute("lang", lang.code());
    }
}
