//! Fetches a language's Fluent files from `locales/<lang>/` (same origin) the first time the
//! language is needed, so the app shell carries no translations.

use tandem_core::{registry, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The Fluent files of a language: (path below `locales/<lang>/`, source).
pub async fn fetch(lang: Lang) -> Result<Vec<(&'static str, String)>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let mut files = Vec::with_capacity(registry::LOCALE_FILES.len());
    for &file in registry::LOCALE_FILES {
        let url = format!("./locales/{}/{file}", lang.code());
        let failed = |_| format!("{url} could not be loaded");
        let response: Response = JsFuture::from(window.fetch_with_str(&url))
            .await
            .map_err(failed)?
            .dyn_into()
            .map_err(failed)?;
        if !response.ok() {
            return Err(format!(
                "{url} could not be loaded (HTTP {})",
                response.status()
            ));
        }
        let text = JsFuture::from(response.text().map_err(failed)?)
            .await
            .map_err(failed)?;
        files.push((file, text.as_string().unwrap_or_default()));
    }
    Ok(files)
}
