//! The only module that touches the browser's local storage.

use gloo_storage::{LocalStorage, Storage};
use tandem_core::{Draft, Lang};

/// Key of the UI language.
const UI_LANG: &str = "tandem.ui-lang";
/// Key of the template last used.
const LAST_TEMPLATE: &str = "tandem.last-template";
/// Prefix of the key of the id of the draft last edited with each template.
const CURRENT: &str = "tandem.current.";
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

/// The template used last time, if any.
pub fn load_last_template() -> Option<String> {
    LocalStorage::get(LAST_TEMPLATE).ok()
}

/// Remembers the template in use (a failure only means the first template opens next time).
pub fn save_last_template(id: &str) {
    let _ = LocalStorage::set(LAST_TEMPLATE, id);
}

/// The draft last edited with a template, if it can be read.
pub fn load_current_draft(template: &str) -> Option<Draft> {
    let id: String = LocalStorage::get(format!("{CURRENT}{template}")).ok()?;
    load_draft(&id).filter(|draft| draft.template == template)
}

/// The stored draft with this id, if there is one and it can be read.
pub fn load_draft(id: &str) -> Option<Draft> {
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
        .set_item(
            &format!("{CURRENT}{}", draft.template),
            &format!("\"{}\"", draft.id),
        )
        .map_err(reason)
}
