//! The only module that touches the browser's local storage.

use gloo_storage::{LocalStorage, Storage};
use tandem_core::{Draft, Lang};

/// Key of the UI language.
const UI_LANG: &str = "tandem.ui-lang";
/// Key of the id of the draft last edited.
const CURRENT: &str = "tandem.current";
/// Prefix of the key of each draft.
const DRAFT: &str = "tandem.draft.";

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

/// The draft last edited, if it can be read.
pub fn load_current_draft() -> Option<Draft> {
    let id: String = LocalStorage::get(CURRENT).ok()?;
    let json = LocalStorage::raw()
        .get_item(&format!("{DRAFT}{id}"))
        .ok()??;
    match Draft::from_json(&json) {
        Ok(draft) => Some(draft),
        Err(e) => {
            leptos::logging::error!("stored draft {id} could not be read: {e}");
            None
        }
    }
}

/// Stores a draft and makes it the current one; the error is the browser's reason.
pub fn save_draft(draft: &Draft) -> Result<(), String> {
    let storage = LocalStorage::raw();
    let reason = |e: wasm_bindgen::JsValue| {
        js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_else(|| "storage unavailable".to_string())
    };
    storage
        .set_item(&format!("{DRAFT}{}", draft.id), &draft.to_json())
        .map_err(reason)?;
    storage
        .set_item(CURRENT, &format!("\"{}\"", draft.id))
        .map_err(reason)
}
