//! Keeping the work on this device: one slot in `localStorage`, read once at start-up and
//! written after every change.
//!
//! Stored text that cannot be read is never thrown away silently: it is copied to a key of
//! its own, offered for download, and removed only when the user says so.
//!
//! Two tabs on the same work never overwrite each other silently: this module remembers the
//! stored text as this tab last read or wrote it, and a save that finds something else in the
//! slot (another tab wrote in between) is refused as a conflict for the user to settle.

use crate::domain::sort::sort_small_by_key;
use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::state::{
    decode, encode, DecodeError, SaveFault, StorageStatus, Unreadable, UnreadableReason, Workbook,
    STORAGE_KEY,
};

/// Prefix of the keys that keep unreadable text until the user discards it.
pub const UNREADABLE_PREFIX: &str = "ita-selfcheck.unreadable.";

thread_local! {
    /// The saved work's text as this tab last read or wrote it (`None`: nothing stored).
    static LAST_KNOWN: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn last_known() -> Option<String> {
    LAST_KNOWN.with(|known| known.borrow().clone())
}

fn set_last_known(text: Option<String>) {
    LAST_KNOWN.with(|known| *known.borrow_mut() = text);
}

/// `localStorage`, or why this page cannot use it (blocked, a private window, no window).
fn local_storage() -> Result<web_sys::Storage, SaveFault> {
    let window = web_sys::window().ok_or_else(|| SaveFault::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(SaveFault::Unavailable("no local storage".into())),
        Err(error) => Err(SaveFault::Unavailable(js_text(&error))),
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

/// What a failed write means: full storage has its own message.
fn write_fault(error: &JsValue) -> SaveFault {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveFault::Full,
        "SecurityError" => SaveFault::Unavailable(js_text(error)),
        _ => SaveFault::Failed(js_text(error)),
    }
}

/// Reads the saved work and any unreadable text kept from earlier visits.
pub fn load() -> (Workbook, StorageStatus) {
    let mut status = StorageStatus::default();
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(fault) => {
            status.save_error = Some(fault);
            return (Workbook::default(), status);
        }
    };
    status.unreadable = kept_unreadable(&storage);
    let doc = match storage.get_item(STORAGE_KEY) {
        Ok(None) => {
            set_last_known(None);
            Workbook::default()
        }
        Ok(Some(text)) => {
            set_last_known(Some(text.clone()));
            match decode(&text) {
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
            }
        }
        Err(error) => {
            status.save_error = Some(SaveFault::Unavailable(js_text(&error)));
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
    sort_small_by_key(&mut keys, |k| k.clone());
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

/// Why a save did not happen.
#[derive(Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// The browser refused.
    Fault(SaveFault),
    /// Another tab saved since this tab last read or wrote: nothing was overwritten.
    OtherTab,
}

/// Saves the work, unless another tab saved in between.
pub fn save(doc: &Workbook) -> Result<(), NotSaved> {
    let storage = local_storage().map_err(NotSaved::Fault)?;
    let stored = storage
        .get_item(STORAGE_KEY)
        .map_err(|e| NotSaved::Fault(SaveFault::Unavailable(js_text(&e))))?;
    if stored != last_known() {
        return Err(NotSaved::OtherTab);
    }
    let text = encode(doc);
    if stored.as_deref() == Some(text.as_str()) {
        return Ok(());
    }
    storage
        .set_item(STORAGE_KEY, &text)
        .map_err(|e| NotSaved::Fault(write_fault(&e)))?;
    set_last_known(Some(text));
    Ok(())
}

/// What another tab left in the slot, when it differs from what this tab knows.
pub enum Change {
    /// Work, readable.
    Work(Box<Workbook>),
    /// Text this version cannot read.
    Unreadable(DecodeError),
    /// Nothing: the slot was emptied.
    Cleared,
}

/// Takes note of `new_text`, which another tab stored, and says what it is; `None` when this
/// tab already knows it.
pub fn other_tab_stored(new_text: Option<String>) -> Option<Change> {
    if new_text == last_known() {
        return None;
    }
    set_last_known(new_text.clone());
    Some(match new_text {
        None => Change::Cleared,
        Some(text) => match decode(&text) {
            Ok(doc) => Change::Work(Box::new(doc)),
            Err(error) => Change::Unreadable(error),
        },
    })
}

/// Reads the work another tab stored, for the user who chose it; the next save builds on it.
pub fn read_other_tab() -> Result<Workbook, String> {
    let storage = local_storage().map_err(|f| f.message(crate::domain::Lang::En))?;
    let text = storage
        .get_item(STORAGE_KEY)
        .map_err(|e| js_text(&e))?
        .unwrap_or_default();
    let doc = decode(&text).map_err(|e| e.to_string())?;
    set_last_known(Some(text));
    Ok(doc)
}

/// The user chose this tab's work over another tab's: the next save may overwrite it.
pub fn overwrite_other_tab() {
    let stored = local_storage()
        .ok()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten());
    set_last_known(stored);
}

/// Removes kept unreadable text for good.
pub fn discard(unreadable: &Unreadable) {
    if let (Some(key), Ok(storage)) = (&unreadable.key, local_storage()) {
        // If it cannot be removed, it is offered again on the next visit: nothing is lost.
        let _ = storage.remove_item(key);
    }
}
