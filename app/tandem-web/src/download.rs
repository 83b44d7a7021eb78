//! Saving bytes as a file the user downloads (made in the browser, sent nowhere).

use tandem_core::files;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `bytes` as a download named `name`.
pub fn download(bytes: &[u8], mime: &str, name: &str) -> Result<(), String> {
    let fail = |_| format!("could not offer {name} for download");
    let url =
        object_url(bytes, mime).map_err(|_| format!("could not offer {name} for download"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The click has started the download; the URL can go once the event loop moves on.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// A `blob:` address for bytes made in the page (revoke it once used).
pub fn object_url(bytes: &[u8], mime: &str) -> Result<String, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .and_then(|blob| Url::create_object_url_with_blob(&blob))
        .map_err(|_| "the file could not be made".to_string())
}

/// Offers a draft as a file.
pub fn download_draft(draft: &tandem_core::Draft) -> Result<(), String> {
    download(
        draft.to_json().as_bytes(),
        "application/json",
        &files::draft_file_name(draft),
    )
}

/// Offers a locked draft as a file: its envelope, as stored (it leaves the browser locked).
pub fn download_envelope(id: &str, envelope: &str) -> Result<(), String> {
    download(
        envelope.as_bytes(),
        "application/json",
        &files::locked_file_name(id),
    )
}
