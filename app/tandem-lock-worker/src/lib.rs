//! Encryption at rest as a web worker (`public/lock-worker.js` loads it the first time a draft
//! is locked or a locked draft is opened, so neither the app shell nor the PDF engine carries
//! the ciphers). Keys derived from passphrases live here only, one per draft id, for as long as
//! the page lives; the page sends passphrases and drafts in and gets envelopes and drafts back,
//! never a key.

use std::cell::RefCell;
use std::collections::BTreeMap;

use tandem_core::lock::{Envelope, Key, LockError};
use tandem_core::{Draft, ImportError, Opened};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The session's keys, by draft id.
    static KEYS: RefCell<BTreeMap<String, Key>> = const { RefCell::new(BTreeMap::new()) };
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// A refusal as the page shows it: the Fluent message id of the error.
fn refused(e: LockError) -> JsValue {
    JsValue::from_str(e.message_id())
}

/// Derives a new key (fresh salt) for locking draft `id`; the slow part.
#[wasm_bindgen]
pub fn create(id: String, passphrase: String) -> Result<(), JsValue> {
    let key = Key::create(&passphrase).map_err(refused)?;
    KEYS.with(|k| k.borrow_mut().insert(id, key));
    Ok(())
}

/// Opens the envelope stored under `id` with a passphrase and keeps the key for later seals
/// (`Key::unlock`: at today's parameters when the envelope's were weaker); returns the draft's
/// JSON. A wrong passphrase keeps nothing.
#[wasm_bindgen]
pub fn unlock(id: String, passphrase: String, envelope: String) -> Result<String, JsValue> {
    let envelope = Envelope::parse(&envelope).map_err(refused)?;
    // Derived again even when this page holds the draft's key: the passphrase is what opens it.
    // An envelope of an earlier version's weaker parameters gets a key at today's for its next
    // seals.
    let (key, opened) = Key::unlock(&passphrase, &envelope, &id).map_err(refused)?;
    let draft = match opened {
        Opened::Draft(draft) => draft,
        // A newer version's draft stays locked: this version must not seal over it.
        Opened::ReadOnly(_) | Opened::Locked(_) => {
            return Err(refused(LockError::Draft(ImportError::NewerFormat(0))))
        }
    };
    KEYS.with(|k| k.borrow_mut().insert(id, key));
    Ok(draft.to_json())
}

/// Seals a draft (JSON) with its id's key and a fresh nonce; returns the envelope's text.
#[wasm_bindgen]
pub fn seal(id: String, draft: String) -> Result<String, JsValue> {
    let draft = Draft::from_json(&draft).map_err(|e| JsValue::from_str(e.message_id()))?;
    KEYS.with(|k| {
        let keys = k.borrow();
        let key = keys
            .get(&id)
            .ok_or_else(|| refused(LockError::WrongPassphrase))?;
        key.seal(&draft).map(|e| e.to_text()).map_err(refused)
    })
}

/// Locks draft `id` (made from draft `from`: an extension, a follow-up) with `from`'s key.
#[wasm_bindgen]
pub fn share(id: String, from: String) -> Result<(), JsValue> {
    KEYS.with(|k| {
        let mut keys = k.borrow_mut();
        let key = keys
            .get(&from)
            .cloned()
            .ok_or_else(|| refused(LockError::WrongPassphrase))?;
        keys.insert(id, key);
        Ok(())
    })
}

/// Lets go of a draft's key (the lock was removed, or the draft deleted).
#[wasm_bindgen]
pub fn forget(id: String) {
    KEYS.with(|k| k.borrow_mut().remove(&id));
}
