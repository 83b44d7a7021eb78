//! The only module that touches the browser's local storage.

use gloo_storage::{LocalStorage, Storage};
use tandem_core::{Draft, Lang};

/// Key of the UI language.
const UI_LANG: &str = "tandem.ui-lang";
/// Prefix of the key of the id of the draft last edited with each template.
const CURRENT: &str = "tandem.current.";
/// Prefix of the key of each draft.
const DRAFT: &str = "tandem.draft.";
/// Prefix of the key of a deleted draft, kept until the next deletion so it can be restored.
const TRASH: &str = "tandem.trash.";

/// The UI language chosen last time, if any.
pub fn load_ui_lang() -> Option<Lang> {
    LocalStorage::get::<String>(UI_LANG)
        .ok()
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the UI language (a failure only means it is asked again next time).
pub fn save_ui_lang(lang: Lang) {
    let _ = LocalStorage::set(UI_LANG, lang.code());
}

/// The id of the draft last edited with a template, if any.
pub fn current_draft_id(template: &str) -> Option<String> {
    LocalStorage::get(format!("{CURRENT}{template}")).ok()
}

/// The stored draft with this id, if it can be read.
pub fn load_draft(id: &str) -> Option<Draft> {
    read(&format!("{DRAFT}{id}"))
}

fn read(key: &str) -> Option<Draft> {
    let json = LocalStorage::raw().get_item(key).ok()??;
    match Draft::from_json(&json) {
        Ok(draft) => Some(draft),
        // A locked draft is read through the lock worker.
        Err(tandem_core::ImportError::Locked) => None,
        Err(e) => {
            leptos::logging::error!("stored draft {key} could not be read: {e}");
            None
        }
    }
}

/// Every key starting with `prefix`.
fn keys(prefix: &str) -> Vec<String> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Every stored draft that can be read (one that cannot stays stored, untouched).
pub fn all_drafts() -> Vec<Draft> {
    keys(DRAFT).iter().filter_map(|k| read(k)).collect()
}

fn reason(e: wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e)
        .message()
        .as_string()
        .unwrap_or_else(|| "storage unavailable".to_string())
}

/// Stores a draft and makes it its template's current one; the error is the browser's reason.
pub fn save_draft(draft: &Draft) -> Result<(), String> {
    store_draft(draft)?;
    LocalStorage::raw()
        .set_item(
            &format!("{CURRENT}{}", draft.template),
            &format!("\"{}\"", draft.id),
        )
        .map_err(reason)
}

/// Every stored entry, readable or not, by id: drafts and the draft in the trash (an import must
/// not take either's id).
pub fn stored_entries() -> std::collections::BTreeMap<String, String> {
    let storage = LocalStorage::raw();
    [DRAFT, TRASH]
        .iter()
        .flat_map(|prefix| {
            keys(prefix).into_iter().filter_map(|key| {
                let text = storage.get_item(&key).ok()??;
                Some((key[prefix.len()..].to_string(), text))
            })
        })
        .collect()
}

/// Stores an entry an import planned (`backup::Plan::writes`) under its id, which was free.
pub fn store_entry(id: &str, text: &str) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(&format!("{DRAFT}{id}"), text)
        .map_err(reason)
}

/// Stores a draft without making it current (a duplicate, an import).
pub fn store_draft(draft: &Draft) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(&format!("{DRAFT}{}", draft.id), &draft.to_json())
        .map_err(reason)
}

/// Moves a draft to the trash, where it stays until the next deletion; the draft deleted before
/// is then gone for good.
pub fn trash_draft(id: &str) -> Result<(), String> {
    let storage = LocalStorage::raw();
    let json = storage
        .get_item(&format!("{DRAFT}{id}"))
        .map_err(reason)?
        .ok_or_else(|| format!("no draft {id}"))?;
    for key in keys(TRASH) {
        storage.remove_item(&key).map_err(reason)?;
    }
    // Written to the trash before it leaves the list: a page closed in between loses nothing.
    storage
        .set_item(&format!("{TRASH}{id}"), &json)
        .map_err(reason)?;
    storage.remove_item(&format!("{DRAFT}{id}")).map_err(reason)
}

/// The deleted draft that can still be restored, if any.
pub fn trashed() -> Option<Draft> {
    keys(TRASH).iter().find_map(|k| read(k))
}

/// Puts the deleted draft back in the list.
pub fn restore_draft(id: &str) -> Result<(), String> {
    let storage = LocalStorage::raw();
    let key = format!("{TRASH}{id}");
    let json = storage
        .get_item(&key)
        .map_err(reason)?
        .ok_or_else(|| format!("no deleted draft {id}"))?;
    storage
        .set_item(&format!("{DRAFT}{id}"), &json)
        .map_err(reason)?;
    storage.remove_item(&key).map_err(reason)
}

// Locked drafts: their entry holds the envelope (`tandem_core::lock`), never the draft.

/// The text stored under a draft's id (a draft's JSON or a locked draft's envelope), if any.
pub fn stored_text(id: &str) -> Option<String> {
    LocalStorage::raw().get_item(&format!("{DRAFT}{id}")).ok()?
}

/// Every stored draft entry as text, by id, locked ones included (the trash left out).
pub fn draft_texts() -> Vec<(String, String)> {
    let storage = LocalStorage::raw();
    keys(DRAFT)
        .into_iter()
        .filter_map(|key| {
            let text = storage.get_item(&key).ok()??;
            Some((key[DRAFT.len()..].to_string(), text))
        })
        .collect()
}

/// Forgets that a draft is its template's current one: a locked draft's request type is not
/// left in clear.
pub fn drop_current(template: &str, id: &str) {
    let key = format!("{CURRENT}{template}");
    if LocalStorage::get::<String>(&key).ok().as_deref() == Some(id) {
        let _ = LocalStorage::raw().remove_item(&key);
    }
}
