//! Tandem's PDF engine as a web worker (`public/pdf-worker.js`, started by the app once a form
//! is open and the page idle, or on the first export, so the app shell never carries it). It
//! receives an export request, fetches the messages of the two document languages and the fonts
//! of the scripts the document needs from the same origin, and returns the PDF bytes; [`warm`]
//! fetches the same ahead of the export, at low priority. Nothing leaves the browser.

use std::cell::RefCell;
use std::collections::BTreeMap;

use js_sys::Uint8Array;
use tandem_core::{registry, Catalog};
use tandem_pdf::request::{prepare, ExportRequest, Prepared};
use tandem_pdf::{CjkIndex, FontFile, FontSet};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, Response, WorkerGlobalScope};

thread_local! {
    /// Fonts fetched so far, by file name: each is fetched once per worker.
    static FONTS: RefCell<BTreeMap<String, Vec<u8>>> = const { RefCell::new(BTreeMap::new()) };
    /// Locale bundles fetched so far, by address: each is fetched once per worker.
    static LOCALES: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Renders an export request (JSON) to PDF bytes; rejects with a readable message.
#[wasm_bindgen]
pub async fn render(request: String) -> Result<Uint8Array, JsValue> {
    let (prepared, fonts) = fetch_for(&request, Priority::Normal).await?;
    let fonts = FontSet::new(fonts).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let bytes = prepared
        .render(&fonts)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// Fetches (once per worker, at low priority) what an export request (JSON) needs: the messages
/// of its two document languages and the fonts of its document, without making the PDF.
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

/// The document of an export request (JSON), with the messages and fonts it needs.
async fn fetch_for(
    request: &str,
    priority: Priority,
) -> Result<(Prepared, Vec<(FontFile, Vec<u8>)>), JsValue> {
    let request: ExportRequest =
        serde_json::from_str(request).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let mut catalog = Catalog::empty(false);
    let template = request.draft.template.as_str();
    for lang in request.draft.langs {
        let common = text(&registry::bundle_url(lang), priority).await?;
        let messages = text(&registry::template_bundle_url(lang, template), priority).await?;
        catalog
            .add(lang, &[(registry::BUNDLE_NAME, common.as_str())])
            .and_then(|()| catalog.add_template(lang, template, &messages))
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
    }
    let prepared = prepare(&request, catalog).map_err(|e| JsValue::from_str(&e.to_string()))?;
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

/// A Fluent bundle (see `registry::bundle_url`), fetched once per worker.
async fn text(url: &str, priority: Priority) -> Result<String, JsValue> {
    if let Some(source) = LOCALES.with(|l| l.borrow().get(url).cloned()) {
        return Ok(source);
    }
    let response = fetch(url, priority).await?;
    let source = JsFuture::from(response.text()?)
        .await?
        .as_string()
        .unwrap_or_default();
    LOCALES.with(|l| l.borrow_mut().insert(url.to_string(), source.clone()));
    Ok(source)
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
