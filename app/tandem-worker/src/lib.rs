//! Tandem's PDF engine as a web worker (`public/pdf-worker.js`, started by the app once a form
//! is open and the page idle, or on the first export, so the app shell never carries it). It
//! receives a document built in the page (`tandem_pdf::request::DocumentRequest`: every text
//! already in both document languages, so the worker carries no messages and no Fluent), fetches
//! the fonts of the scripts it needs from the same origin (a CJK face: its index, then the slices
//! holding the document's characters), and returns the PDF bytes; [`warm`] fetches those fonts
//! ahead of the export, at low priority. It also reads back the request a Tandem PDF carries as
//! data ([`extract`]), so that the app shell never carries a PDF reader. Nothing leaves the
//! browser.

use std::cell::RefCell;
use std::collections::BTreeMap;

use js_sys::Uint8Array;
use tandem_pdf::request::{DocumentRequest, Prepared};
use tandem_pdf::{CjkIndex, FontFile, FontSet};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response, WorkerGlobalScope};

thread_local! {
    /// Fonts fetched so far, by file name: each is fetched once per worker.
    static FONTS: RefCell<BTreeMap<String, Vec<u8>>> = const { RefCell::new(BTreeMap::new()) };
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Renders a document request (`DocumentRequest`'s text) to PDF bytes; rejects with a readable
/// message.
#[wasm_bindgen]
pub async fn render(request: String) -> Result<Uint8Array, JsValue> {
    let (prepared, fonts) = fetch_for(&request, Priority::Normal).await?;
    let fonts = FontSet::new(fonts).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let bytes = prepared
        .render(&fonts)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// The `request.json` a Tandem PDF carries (`tandem_pdf::extract`), not yet checked as a
/// request (the page does that with the core); rejects with the refusal's code: `too-large`,
/// `not-pdf`, `no-data`, `data-too-large` or `damaged`.
#[wasm_bindgen]
pub fn extract(pdf: &[u8]) -> Result<Uint8Array, JsValue> {
    use tandem_pdf::extract::{request_json, ExtractError};
    request_json(pdf)
        .map(|data| Uint8Array::from(data.as_slice()))
        .map_err(|e| {
            JsValue::from_str(match e {
                ExtractError::TooLarge => "too-large",
                ExtractError::NotPdf => "not-pdf",
                ExtractError::NoData => "no-data",
                ExtractError::DataTooLarge => "data-too-large",
                ExtractError::Damaged => "damaged",
            })
        })
}

/// Fetches (once per worker, at low priority) the fonts a document request needs, without
/// making the PDF.
#[wasm_bindgen]
pub async fn warm(request: String) -> Result<(), JsValue> {
    fetch_for(&request, Priority::Low).await.map(|_| ())
}

/// How urgent a fetch is: an export waits for it, a warm-up does not.
#[derive(Clone, Copy)]
enum Priority {
    Normal,
    Low,
}

/// The document of a request, with the fonts it needs.
async fn fetch_for(
    request: &str,
    priority: Priority,
) -> Result<(Prepared, Vec<(FontFile, Vec<u8>)>), JsValue> {
    let request =
        DocumentRequest::decode(request).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let prepared = Prepared::from(request);
    // A CJK face comes in slices: its index names those holding the document's characters.
    let index = match prepared.cjk_face() {
        Some(face) => {
            let text = font_bytes(face.index_name(), face.family(), priority).await?;
            let text = String::from_utf8_lossy(&text);
            Some(CjkIndex::parse(face, &text).map_err(|e| JsValue::from_str(&e.to_string()))?)
        }
        None => None,
    };
    let mut fonts = Vec::new();
    for file in prepared.fonts_needed(index.as_ref()) {
        let family = index.as_ref().map_or("", |i| i.face().family());
        let family = if matches!(file, FontFile::Cjk(..)) {
            family
        } else {
            file.postscript_name()
        };
        fonts.push((file, font_bytes(file.file_name(), family, priority).await?));
    }
    Ok((prepared, fonts))
}

/// A file of `fonts/`, fetched once per worker. When it cannot be had (offline, and never
/// fetched while online) the error carries the font's name in `font`, for the page to say which
/// font is missing in the user's language.
async fn font_bytes(name: String, family: &str, priority: Priority) -> Result<Vec<u8>, JsValue> {
    if let Some(bytes) = FONTS.with(|f| f.borrow().get(&name).cloned()) {
        return Ok(bytes);
    }
    let fetched = match fetch(&format!("./fonts/{name}"), priority).await {
        Ok(response) => JsFuture::from(response.array_buffer()?).await,
        Err(e) => Err(e),
    };
    let buffer = fetched.map_err(|_| {
        let error = js_sys::Error::new(&format!("the font {family} ({name}) could not be loaded"));
        let _ = js_sys::Reflect::set(&error, &"font".into(), &family.into());
        JsValue::from(error)
    })?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    FONTS.with(|f| f.borrow_mut().insert(name, bytes.clone()));
    Ok(bytes)
}

/// A same-origin GET that must succeed.
async fn fetch(url: &str, priority: Priority) -> Result<Response, JsValue> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let init = RequestInit::new();
    if let Priority::Low = priority {
        // Fetch Priority (Chromium); other browsers ignore the field.
        js_sys::Reflect::set(&init, &"priority".into(), &"low".into())?;
    }
    let response: Response = JsFuture::from(scope.fetch_with_str_and_init(url, &init))
        .await?
        .unchecked_into();
    if response.ok() {
        Ok(response)
    } else {
        Err(JsValue::from_str(&format!(
            "{url} could not be loaded (HTTP {})",
            response.status()
        )))
    }
}
