//! Client of the PDF worker: the PDF engine runs in `pdf-worker.js`, started when a form is open
//! and the page idle ([`warm`]) or on the first export, so the app shell never carries it. The
//! document itself is built here ([`document_request`]), where Fluent and the templates already
//! are: the page fetches the two document languages' messages, and the worker gets every text
//! ready to lay out. One export at a time.

use std::cell::RefCell;
use std::collections::BTreeMap;

use tandem_core::document::{build_document, Issue};
use tandem_core::exchange;
use tandem_core::pack::Pack;
use tandem_core::{format, registry, Catalog, Draft, Lang, Template};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};

type Done = Box<dyn FnOnce(Result<Vec<u8>, Failure>)>;
type Extracted = Box<dyn FnOnce(Result<Vec<u8>, String>)>;

/// Why the engine made no PDF.
pub enum Failure {
    /// A font the document needs could not be loaded (offline, and never loaded online): its
    /// name, for a message in the user's language.
    FontMissing(String),
    /// Anything else, as the engine says it.
    Engine(String),
}

impl Failure {
    /// What the user is told, in the UI language where the app has the words.
    pub fn message(self, ctx: crate::context::AppContext) -> String {
        match self {
            Failure::FontMissing(font) => ctx.t_args(
                "app-export-font-missing",
                &[("font", tandem_core::l10n::Arg::Str(&font))],
            ),
            Failure::Engine(reason) => reason,
        }
    }
}

struct Engine {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    static PENDING: RefCell<Option<Done>> = const { RefCell::new(None) };
    /// The page waiting for a PDF's data ([`extract`]).
    static EXTRACTING: RefCell<Option<Extracted>> = const { RefCell::new(None) };
    /// Document languages' Fluent bundles fetched so far, by address: each is fetched once per
    /// page (apart from the UI language's, which are read with bidi isolation marks).
    static SOURCES: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// The worker's request for a draft (`tandem_core::exchange`'s text): its document
/// in its two languages, built here, and the PDF layout `mode` (`side-by-side`, `target-only`,
/// `single`). `ahead`: fetched before it is needed, at low priority. A request form added from
/// a file (`pack`) brings its own messages.
pub async fn document_request(
    template: &Template,
    pack: Option<&Pack>,
    draft: &Draft,
    issue: Issue,
    today: &str,
    mode: &str,
    ahead: bool,
) -> Result<String, String> {
    let today = format::parse_date(today).ok_or_else(|| format!("{today} is not a date"))?;
    let catalog = document_catalog(draft.langs, &template.id, pack, ahead).await?;
    let document =
        build_document(template, draft, &catalog, issue, today).map_err(|e| e.to_string())?;
    Ok(exchange::encode_request(mode, &document))
}

/// The messages of a request type in two document languages, without bidi isolation marks (the
/// engine runs its own bidi).
async fn document_catalog(
    langs: [Lang; 2],
    template: &str,
    pack: Option<&Pack>,
    ahead: bool,
) -> Result<Catalog, String> {
    let mut catalog = Catalog::empty(false);
    for lang in langs {
        let common = source(&registry::bundle_url(lang), ahead).await?;
        let messages = match pack {
            // Only the pack's languages are offered for its documents.
            Some(pack) => pack
                .messages
                .get(&lang)
                .cloned()
                .ok_or_else(|| format!("{template}: no messages in {}", lang.code()))?,
            None => source(&registry::template_bundle_url(lang, template), ahead).await?,
        };
        catalog
            .add(lang, &[(registry::BUNDLE_NAME, common.as_str())])
            .and_then(|()| catalog.add_template(lang, template, &messages))
            .map_err(|e| e.to_string())?;
    }
    Ok(catalog)
}

/// A Fluent bundle, fetched once per page.
async fn source(url: &str, ahead: bool) -> Result<String, String> {
    if let Some(source) = SOURCES.with(|s| s.borrow().get(url).cloned()) {
        return Ok(source);
    }
    let source = if ahead {
        crate::locale::fetch_ahead(url).await?
    } else {
        crate::locale::fetch(url).await?
    };
    SOURCES.with(|s| s.borrow_mut().insert(url.to_string(), source.clone()));
    Ok(source)
}

fn finish(result: Result<Vec<u8>, Failure>) {
    if let Some(done) = PENDING.with(|p| p.borrow_mut().take()) {
        done(result);
    }
}

fn finish_extract(result: Result<Vec<u8>, String>) {
    if let Some(done) = EXTRACTING.with(|p| p.borrow_mut().take()) {
        done(result);
    }
}

fn start() -> Result<Engine, String> {
    let worker = Worker::new("./pdf-worker.js").map_err(|_| "the PDF engine could not start")?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        if let Some(bytes) = field("data").and_then(|d| d.dyn_into::<js_sys::Uint8Array>().ok()) {
            return finish_extract(Ok(bytes.to_vec()));
        }
        if let Some(code) = field("refused").and_then(|c| c.as_string()) {
            return finish_extract(Err(code));
        }
        let pdf = js_sys::Reflect::get(&data, &JsValue::from_str("pdf")).unwrap_or_default();
        if let Some(bytes) = pdf.dyn_ref::<js_sys::Uint8Array>() {
            finish(Ok(bytes.to_vec()));
        } else if let Some(font) = js_sys::Reflect::get(&data, &JsValue::from_str("font"))
            .ok()
            .and_then(|f| f.as_string())
        {
            finish(Err(Failure::FontMissing(font)));
        } else {
            let error = js_sys::Reflect::get(&data, &JsValue::from_str("error"))
                .ok()
                .and_then(|e| e.as_string())
                .unwrap_or_else(|| "unexpected answer from the PDF engine".to_string());
            finish(Err(Failure::Engine(error)));
        }
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(|event: ErrorEvent| {
        let reason = format!("the PDF engine failed: {}", event.message());
        finish_extract(Err(reason.clone()));
        finish(Err(Failure::Engine(reason)));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Engine {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Has the worker (started now if it is not yet) fetch the fonts a document request needs
/// without making the PDF; it answers nothing.
pub fn warm(request: String) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"warm".into(), &JsValue::from_str(&request));
    let _ = ENGINE.with(|engine| -> Result<(), String> {
        let mut engine = engine.borrow_mut();
        if engine.is_none() {
            *engine = Some(start()?);
        }
        if let Some(engine) = engine.as_ref() {
            let _ = engine.worker.post_message(&message);
        }
        Ok(())
    });
}

/// Sends a document request ([`document_request`]) to the worker; `done` gets the PDF
/// bytes or the engine's error.
pub fn export(request: String, done: impl FnOnce(Result<Vec<u8>, Failure>) + 'static) {
    PENDING.with(|p| *p.borrow_mut() = Some(Box::new(done)));
    let posted = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        if engine.is_none() {
            *engine = Some(start()?);
        }
        engine
            .as_ref()
            .ok_or("the PDF engine could not start")?
            .worker
            .post_message(&JsValue::from_str(&request))
            .map_err(|_| "the PDF engine did not accept the request".to_string())
    });
    if let Err(e) = posted {
        finish(Err(Failure::Engine(e)));
    }
}

/// Has the worker find the request a PDF carries as data (`tandem_pdf::extract`); `done` gets
/// its bytes, unchecked, or the refusal's code (`no-data`, `not-pdf`, …) or the engine's error.
pub fn extract(pdf: &[u8], done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    EXTRACTING.with(|p| *p.borrow_mut() = Some(Box::new(done)));
    let message = js_sys::Object::new();
    let bytes = js_sys::Uint8Array::from(pdf);
    let _ = js_sys::Reflect::set(&message, &"extract".into(), &bytes);
    let posted = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        if engine.is_none() {
            *engine = Some(start()?);
        }
        engine
            .as_ref()
            .ok_or("the PDF engine could not start")?
            .worker
            .post_message(&message)
            .map_err(|_| "the PDF engine did not accept the file".to_string())
    });
    if let Err(e) = posted {
        finish_extract(Err(e));
    }
}

/// The worker's request for a reading copy of a request received (`original`, shown as `draft`
/// in the document languages the reader chose), like [`document_request`]'s for a draft.
pub async fn reading_copy_request(
    template: &Template,
    pack: Option<&Pack>,
    draft: &Draft,
    original: &tandem_core::embedded::Embedded,
    today: &str,
    mode: &str,
) -> Result<String, String> {
    let today = format::parse_date(today).ok_or_else(|| format!("{today} is not a date"))?;
    let catalog = document_catalog(draft.langs, &template.id, pack, false).await?;
    let document = tandem_core::document::reading_copy(template, draft, &catalog, today, original)
        .map_err(|e| e.to_string())?;
    Ok(exchange::encode_request(mode, &document))
}
