//! Keeping the work on this device: one slot in `localStorage`, read once at start-up and
//! written after every change.
//!
//! Stored text that cannot be read is never thrown away silently: it is copied to a key of
//! its own, offered for download, and removed only when the user says so.

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use crate::state::{
    decode, envelope, StorageStatus, Unreadable, UnreadableReason, Workbook, STORAGE_KEY,
};

/// Prefix of the keys that keep unreadable text until the user discards it.
pub const UNREADABLE_PREFIX: &str = "ita-selfcheck.unreadable.";

/// `localStorage`, or why it cannot be used (blocked, private mode, no window).
fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or_else(|| "no browser window".to_owned())?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err("this browser offers no local storage".to_owned()),
        Err(error) => Err(js_text(&error)),
    }
}

/// The readable text of a JavaScript error.
pub fn js_text(error: &JsValue) -> String {
    js_sys::Error::from(error.clone())
        .message()
        .as_string()
        .filter(|m| !m.is_empty())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}

/// Reads the saved work and any unreadable text kept from earlier visits.
pub fn load() -> (Workbook, StorageStatus) {
    let mut status = StorageStatus::default();
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(reason) => {
            status.save_error = Some(reason);
            return (Workbook::default(), status);
        }
    };
    status.unreadable = kept_unreadable(&storage);
    let doc = match storage.get_item(STORAGE_KEY) {
        Ok(None) => Workbook::default(),
        Ok(Some(text)) => match decode(&text) {
            Ok(doc) => doc,
            Err(error) => {
                let key = format!("{UNREADABLE_PREFIX}{}", js_sys::Date::now() as u64);
                // If the copy cannot be made, the text stays in memory and saving waits.
                let key = storage.set_item(&key, &text).ok().map(|()| key);
                status.unreadable.push(Unreadable {
                    key,
                    text,
                    reason: UnreadableReason::Decode(error),
                });
                Workbook::default()
            }
        },
        Err(error) => {
            status.save_error = Some(js_text(&error));
            Workbook::default()
        }
    };
    (doc, status)
}

/// Unreadable text kept under its own keys by earlier visits, oldest first.
fn kept_unreadable(storage: &web_sys::Storage) -> Vec<Unreadable> {
    let count = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count)
        .filter_map(|n| storage.key(n).ok().flatten())
        .filter(|key| key.starts_with(UNREADABLE_PREFIX))
        .collect();
    keys.sort();
    keys.into_iter()
        .filter_map(|key| {
            let text = storage.get_item(&key).ok().flatten()?;
            Some(Unreadable {
                key: Some(key),
                text,
                reason: UnreadableReason::EarlierVisit,
            })
        })
        .collect()
}

/// Saves the work, or says why it could not be saved.
pub fn save(doc: &Workbook) -> Result<(), String> {
    local_storage()?;
    LocalStorage::set(STORAGE_KEY, envelope(doc)).map_err(|error| error.to_string())
}

/// Removes kept unreadable text for good.
pub fn discard(unreadable: &Unreadable) {
    if let Some(key) = &unreadable.key {
        if local_storage().is_ok() {
            LocalStorage::delete(key);
        }
    }
}
