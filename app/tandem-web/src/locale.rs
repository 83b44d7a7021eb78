//! Fetches a language's messages (one bundle of all its Fluent files, see
//! [`registry::bundle_url`]) the first time the language is needed, so the app shell carries
//! no translations and a language costs one round trip.

use tandem_core::{registry, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The Fluent source of a language's bundle.
pub async fn fetch(lang: Lang) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = registry::bundle_url(lang);
    let failed = |_: JsValue| format!("the {} messages could not be loaded", lang.code());
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
    JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("the {} messages could not be loaded", lang.code()))
}
