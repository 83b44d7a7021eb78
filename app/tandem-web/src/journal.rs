//! The crash journal: every write to local storage is also written to IndexedDB in a transaction
//! of durability "strict", which the browser flushes to disk before it reports it done, where
//! Chromium writes local storage to disk lazily (a killed browser loses the last seconds of it).
//! At start the journal is read back and, key by key, the newer of the two kept
//! (`tandem_core::revision::journal_is_newer`), so both hold the same again. A locked draft's
//! entry is its envelope, so the journal never holds its text in clear.
//!
//! Only [`crate::storage`] calls it. A browser without IndexedDB, or one refusing it (quota,
//! private mode), leaves local storage alone to keep drafts, as before: nothing is said.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction};

const DATABASE: &str = "tandem";
const STORE: &str = "journal";

/// A write waiting for the database to open, or to be written.
enum Write {
    Put(String, String),
    Delete(String),
}

enum Journal {
    /// Not opened yet: writes wait in order.
    Opening(Vec<Write>),
    Open(IdbDatabase),
    /// No IndexedDB here, or it refused: local storage alone.
    Off,
}

thread_local! {
    static JOURNAL: RefCell<Journal> = const { RefCell::new(Journal::Opening(Vec::new())) };
}

/// Journals a write of local storage (`key` now holds `text`).
pub fn put(key: &str, text: &str) {
    write(Write::Put(key.to_string(), text.to_string()));
}

/// Journals a removal from local storage.
pub fn delete(key: &str) {
    write(Write::Delete(key.to_string()));
}

fn write(w: Write) {
    JOURNAL.with(|j| match &mut *j.borrow_mut() {
        Journal::Opening(waiting) => waiting.push(w),
        Journal::Open(db) => {
            if commit(db, &[w]).is_err() {
                // Refused at once (the database closed under us): local storage goes on alone.
            }
        }
        Journal::Off => {}
    });
}

/// One read-write transaction of strict durability for these writes, in order.
fn commit(db: &IdbDatabase, writes: &[Write]) -> Result<(), JsValue> {
    if writes.is_empty() {
        return Ok(());
    }
    // `transaction(store, mode, { durability })`: the options are not in web-sys's stable API.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"durability".into(), &"strict".into())?;
    let transaction: js_sys::Function =
        js_sys::Reflect::get(db, &"transaction".into())?.dyn_into()?;
    let tx: IdbTransaction = transaction
        .call3(db, &STORE.into(), &"readwrite".into(), &options)?
        .dyn_into()?;
    let store = tx.object_store(STORE)?;
    for w in writes {
        match w {
            Write::Put(key, text) => store.put_with_key(&text.into(), &key.into())?,
            Write::Delete(key) => store.delete(&key.into())?,
        };
    }
    Ok(())
}

/// Opens the journal and returns what it holds (key → text); after this, writes go to it.
/// Empty (and the journal off) where IndexedDB is missing or refuses.
pub async fn open() -> BTreeMap<String, String> {
    let db = match open_database().await {
        Ok(db) => db,
        Err(_) => {
            JOURNAL.with(|j| *j.borrow_mut() = Journal::Off);
            return BTreeMap::new();
        }
    };
    let held = read_all(&db).await.unwrap_or_default();
    JOURNAL.with(|j| {
        let mut j = j.borrow_mut();
        if let Journal::Opening(waiting) = &mut *j {
            let waiting = std::mem::take(waiting);
            let _ = commit(&db, &waiting);
        }
        *j = Journal::Open(db);
    });
    held
}

async fn open_database() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::once_into_js({
        let request = request.clone();
        move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = done(&request).await?;
    db.dyn_into::<IdbDatabase>()
}

/// Every (key, text) the journal holds.
async fn read_all(db: &IdbDatabase) -> Result<BTreeMap<String, String>, JsValue> {
    let tx = db.transaction_with_str(STORE)?;
    let store = tx.object_store(STORE)?;
    let (keys, values) = (store.get_all_keys()?, store.get_all()?);
    let keys: js_sys::Array = done(&keys).await?.dyn_into()?;
    let values: js_sys::Array = done(&values).await?.dyn_into()?;
    let mut held = BTreeMap::new();
    for (key, value) in keys.iter().zip(values.iter()) {
        if let (Some(key), Some(value)) = (key.as_string(), value.as_string()) {
            held.insert(key, value);
        }
    }
    Ok(held)
}

/// The result of a request once it succeeds; its error if it fails.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = {
            let request = request.clone();
            Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &request.result().unwrap_or_default());
            })
        };
        let failed = Closure::once_into_js(move |event: web_sys::Event| {
            // Handled here: a refusal is not an error of the page.
            event.prevent_default();
            let _ = reject.call1(&JsValue::NULL, &JsValue::NULL);
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(promise).await
}
