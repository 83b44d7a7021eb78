//! Fetches a language's Fluent files from `locales/<lang>/` (same origin) the first time the
//! language is needed, so the app shell carries no translations. The files are fetched together:
//! on a slow link one round trip, not one per file.

use js_sys::{Array, Promise};
use tandem_core::{registry, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The Fluent files of a language: (path below `locales/<lang>/`, source).
pub async fn fetch(lang: Lang) -> Result<Vec<(&'static str, String)>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |_: JsValue| format!("the {} messages could not be loaded", lang.code());
    let urls: Vec<String> = registry::LOCALE_FILES
        .iter()
        .map(|file| format!("./locales/{}/{file}", lang.code()))
        .collect();
    let requests: Array = urls.iter().map(|url| window.fetch_with_str(url)).collect();
    let responses: Array = JsFuture::from(Promise::all(&requests))
        .await
        .map_err(failed)?
        .unchecked_into();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, response) in urls.iter().zip(responses.iter()) {
        let response: Response = response.dyn_into().map_err(failed)?;
        if !response.ok() {
            return Err(format!(
                "{url} could not be loaded (HTTP {})",
                response.status()
            ));
        }
        texts.push(response.text().map_err(failed)?);
    }
    let texts: Array = texts.into_iter().collect();
    let texts: Array = JsFuture::from(Promise::all(&texts))
        .await
        .map_err(failed)?
        .unchecked_into();
    Ok(registry::LOCALE_FILES
        .iter()
        .zip(texts.iter())
        .map(|(file, text)| (*file, text.as_string().unwrap_or_default()))
        .collect())
}
