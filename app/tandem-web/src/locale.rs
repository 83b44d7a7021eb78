//! Fetches Fluent bundles ([`registry::bundle_url`], [`registry::template_bundle_url`]) the
//! first time they are needed, so the app shell carries no translations and a language costs
//! one round trip, plus one per request type opened.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response};

#[cfg(doc)]
use tandem_core::registry;

/// The Fluent source at a same-origin address.
pub async fn fetch(url: &str) -> Result<String, String> {
    fetch_with(url, false).await
}

/// As [`fetch`], at low priority: for what is fetched before it is needed.
pub async fn fetch_ahead(url: &str) -> Result<String, String> {
    fetch_with(url, true).await
}

async fn fetch_with(url: &str, low: bool) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let failed = |_: JsValue| format!("{url} could not be loaded");
    let init = RequestInit::new();
    if low {
        // Fetch Priority (Chromium); other browsers ignore the field.
        let _ = js_sys::Reflect::set(&init, &"priority".into(), &"low".into());
    }
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
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
        .ok_or_else(|| format!("{url} could not be loaded"))
}
