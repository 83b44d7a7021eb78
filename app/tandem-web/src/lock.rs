//! Client of the lock worker: the ciphers and the keys derived from passphrases live in
//! `lock-worker.js`, started the first time a draft is locked or a locked draft is opened, so the
//! app shell carries neither and no key is ever on the main thread. Requests are answered in the
//! order they are sent.

use std::cell::{Cell, RefCell};

use tandem_core::envelope::Envelope;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// What the worker answers: text (an envelope, a draft's JSON, or nothing), or the Fluent
/// message id of why not.
pub type Answer = Result<String, String>;
type Done = Box<dyn FnOnce(Answer)>;

/// Shown when the worker itself failed (it could not start, or it crashed).
const FAILED: &str = "lock-unavailable";

struct Channel {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
    /// Requests not answered yet, oldest first (a few at most: a Vec, not a map, keeps the shell
    /// small).
    static PENDING: RefCell<Vec<(u32, Done)>> = const { RefCell::new(Vec::new()) };
    static SEQ: Cell<u32> = const { Cell::new(0) };
}

fn get(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).unwrap_or_default()
}

fn finish(seq: u32, answer: Answer) {
    let done = PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        let at = pending.iter().position(|(s, _)| *s == seq)?;
        Some(pending.remove(at).1)
    });
    if let Some(done) = done {
        done(answer);
    }
}

fn start() -> Result<Channel, JsValue> {
    let worker = Worker::new("./lock-worker.js")?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let seq = get(&data, "seq").as_f64().unwrap_or(-1.0) as u32;
        let answer = match get(&data, "ok").as_string() {
            Some(text) => Ok(text),
            None => Err(get(&data, "error")
                .as_string()
                .unwrap_or_else(|| FAILED.to_string())),
        };
        finish(seq, answer);
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(|event: ErrorEvent| {
        leptos::logging::error!("the lock worker failed: {}", event.message());
        let all = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        for (_, done) in all {
            done(Err(FAILED.to_string()));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Channel {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Sends `op` ("create", "unlock", "seal" or "forget") about draft `id` with its `fields`
/// (passphrase, envelope, draft) to the worker; `done` gets its answer.
pub fn send(op: &str, id: &str, fields: &[(&str, &str)], done: impl FnOnce(Answer) + 'static) {
    let seq = SEQ.with(|s| {
        s.set(s.get().wrapping_add(1));
        s.get()
    });
    PENDING.with(|p| p.borrow_mut().push((seq, Box::new(done))));
    let message = js_sys::Object::new();
    let set = |name: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), value);
    };
    set("seq", &JsValue::from(seq));
    set("op", &JsValue::from_str(op));
    set("id", &JsValue::from_str(id));
    for (name, value) in fields {
        set(name, &JsValue::from_str(value));
    }
    let posted = CHANNEL.with(|channel| {
        let mut channel = channel.borrow_mut();
        if channel.is_none() {
            *channel = Some(start()?);
        }
        match channel.as_ref() {
            Some(c) => c.worker.post_message(&message),
            None => Err(JsValue::NULL),
        }
    });
    if posted.is_err() {
        finish(seq, Err(FAILED.to_string()));
    }
}

/// The envelope a stored entry holds, if it is a locked draft's: the one call of the envelope
/// reader in the app shell, so that it is not copied into each caller.
#[inline(never)]
pub fn envelope(text: &str) -> Option<Envelope> {
    Envelope::parse(text).ok()
}
