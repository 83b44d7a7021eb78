//! The only module that touches the browser's local storage. A browser that refuses it (private
//! modes, storage disabled) leaves every read empty and every write an error: the app still
//! works, in memory. Every write and removal is also journaled (`journal.rs`), so that what a
//! killed browser had not yet flushed comes back at the next start ([`recover`]).

use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage as _};
use tandem_core::import::{self, ReadOnly};
use tandem_core::revision::{self, Blocked};
use tandem_core::usage::{self, Usage};
use tandem_core::{stored, Draft, Lang, Opened};
use web_sys::Storage;

/// Key of the UI language.
const UI_LANG: &str = "tandem.ui-lang";
/// Prefix of the key of the id of the draft last edited with each template.
const CURRENT: &str = "tandem.current.";
/// Prefix of the key of each draft.
const DRAFT: &str = "tandem.draft.";
/// Prefix of the key of a deleted draft, kept until the next deletion so it can be restored.
const TRASH: &str = "tandem.trash.";
/// Prefix of the key of a stored draft that could not be read, kept aside exactly as it was.
const ASIDE: &str = "tandem.aside.";
/// Prefix of the key of each request form added from a file (a template pack, as its file).
const PACK: &str = "tandem.pack.";
/// Prefix of the key of a request form removed: kept so that its drafts still open, read-only.
const PACK_REMOVED: &str = "tandem.pack-removed.";
/// Key written and removed again to learn whether the browser stores anything at all.
const PROBE: &str = "tandem.probe";
/// The days to wait for a confirmation of receipt before a request sent is flagged.
const CONFIRM_DAYS: &str = "tandem.confirm-days";

/// The days to wait for a confirmation of receipt, as the user set them (10 until then: two
/// working weeks; T-CY(2017)2 reports confirmations within 2 to 5 working days where they are
/// automatic).
pub fn load_confirm_days() -> u32 {
    get(CONFIRM_DAYS)
        .and_then(|text| text.trim().parse().ok())
        .filter(|d| (1..=365).contains(d))
        .unwrap_or(10)
}

/// Remembers the days to wait (a failure only means the default is used next time).
pub fn save_confirm_days(days: u32) {
    let _ = set(CONFIRM_DAYS, &days.to_string());
}

/// The browser's local storage (through gloo-storage), if the browser lets the page reach it:
/// gloo's accessor panics when it does not, so that is asked first.
fn store() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

fn reason(e: wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e)
        .message()
        .as_string()
        .unwrap_or_else(|| "storage unavailable".to_string())
}

fn set(key: &str, text: &str) -> Result<(), String> {
    store()
        .ok_or_else(|| "storage unavailable".to_string())?
        .set_item(key, text)
        .map_err(reason)?;
    if key != PROBE {
        crate::journal::put(key, text);
    }
    Ok(())
}

fn remove(key: &str) -> Result<(), String> {
    store()
        .ok_or_else(|| "storage unavailable".to_string())?
        .remove_item(key)
        .map_err(reason)?;
    if key != PROBE {
        crate::journal::delete(key);
    }
    Ok(())
}

/// Opens the crash journal and brings local storage and it in step, before anything is read:
/// a draft's entry the journal holds a later save of (local storage lost it in a crash) is
/// written back, as is any other entry local storage no longer has; whatever the journal lacks
/// or holds older is journaled.
pub async fn recover() {
    let journaled = crate::journal::open().await;
    for (key, text) in &journaled {
        let local = get(key);
        let back = if key.starts_with(DRAFT) {
            revision::journal_is_newer(local.as_deref(), text)
        } else {
            local.is_none()
        };
        if back {
            // Written straight back: the journal holds it already.
            if let Some(storage) = store() {
                let _ = storage.set_item(key, text);
            }
        }
    }
    for key in keys("tandem.") {
        if let Some(text) = get(&key) {
            if key != PROBE && journaled.get(&key) != Some(&text) {
                crate::journal::put(&key, &text);
            }
        }
    }
}

/// Whether this browser stores anything at all (false in some private modes).
pub fn available() -> bool {
    set(PROBE, "1").and_then(|()| remove(PROBE)).is_ok()
}

/// The UI language chosen last time, if any.
pub fn load_ui_lang() -> Option<Lang> {
    get(UI_LANG)
        .and_then(|json| serde_json::from_slice::<String>(json.as_bytes()).ok())
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the UI language (a failure only means it is asked again next time).
pub fn save_ui_lang(lang: Lang) {
    let _ = set(UI_LANG, &format!("\"{}\"", lang.code()));
}

/// The id of the draft last edited with a template, if any.
pub fn current_draft_id(template: &str) -> Option<String> {
    // From bytes, as every other JSON the page reads: one copy of serde_json's reader.
    get(&format!("{CURRENT}{template}"))
        .and_then(|json| serde_json::from_slice(json.as_bytes()).ok())
}

/// What is stored under a draft's id.
pub enum Stored {
    Draft(Draft),
    /// Written by a newer version: shown, never saved over; with its exact stored text.
    ReadOnly(ReadOnly, String),
    /// Locked with a passphrase.
    Locked,
    /// It could not be read and is kept aside (see [`unreadable`]).
    Aside,
    Missing,
}

/// The entry stored under a draft's id; one that cannot be read is kept aside first.
pub fn load(id: &str) -> Stored {
    let Some(text) = get(&format!("{DRAFT}{id}")) else {
        return if get(&format!("{ASIDE}{id}")).is_some() {
            Stored::Aside
        } else {
            Stored::Missing
        };
    };
    match import::open(text.as_bytes()) {
        Ok(Opened::Draft(draft)) => Stored::Draft(draft),
        Ok(Opened::ReadOnly(read_only)) => Stored::ReadOnly(read_only, text),
        Ok(Opened::Locked(_)) => Stored::Locked,
        Err(e) => {
            leptos::logging::error!("stored draft {id} could not be read: {e}");
            keep_aside(id, &text);
            Stored::Aside
        }
    }
}

/// The stored draft with this id, if it is there and editable.
pub fn load_draft(id: &str) -> Option<Draft> {
    match load(id) {
        Stored::Draft(draft) => Some(draft),
        _ => None,
    }
}

/// Moves an entry that cannot be read from its draft key to a key of its own, unchanged (written
/// there before it leaves its key). If the browser refuses, it stays where it is.
fn keep_aside(id: &str, text: &str) {
    let kept = by_id(entries(ASIDE));
    let (aside, present) = stored::aside_id(id, text, &kept);
    let moved = if present {
        Ok(())
    } else {
        set(&format!("{ASIDE}{aside}"), text)
    };
    if let Err(e) = moved.and_then(|()| remove(&format!("{DRAFT}{id}"))) {
        leptos::logging::error!("stored draft {id} could not be kept aside: {e}");
    }
}

/// Every key starting with `prefix`.
fn keys(prefix: &str) -> Vec<String> {
    let Some(storage) = store() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Every (id, stored text) under keys starting with `prefix`.
fn entries(prefix: &str) -> Vec<(String, String)> {
    keys(prefix)
        .into_iter()
        .filter_map(|key| Some((key[prefix.len()..].to_string(), get(&key)?)))
        .collect()
}

/// Every stored draft that can be shown, and whether it is read-only (written by a newer
/// version). One that cannot be read is kept aside; a locked one is left as it is.
pub fn all_drafts() -> Vec<(Draft, bool)> {
    keys(DRAFT)
        .into_iter()
        .filter_map(|key| match load(&key[DRAFT.len()..]) {
            Stored::Draft(draft) => Some((draft, false)),
            Stored::ReadOnly(read_only, _) => Some((read_only.draft().clone(), true)),
            _ => None,
        })
        .collect()
}

/// How much of local storage is used, against its limit: every entry of this origin, as all of
/// them fill the same limit (in practice Tandem's own).
pub fn usage() -> Usage {
    let all: Vec<(String, String)> = keys("")
        .into_iter()
        .filter_map(|key| {
            let text = get(&key)?;
            Some((key, text))
        })
        .collect();
    Usage::of(all.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The size of each stored draft's entry (key and text) in UTF-16 code units, by id.
pub fn draft_units() -> BTreeMap<String, u64> {
    let mut units = BTreeMap::new();
    for (id, text) in entries(DRAFT) {
        let size = usage::units(&format!("{DRAFT}{id}"), &text);
        units.insert(id, size);
    }
    units
}

/// Every stored draft entry as (id, text), for a backup.
pub fn draft_entries() -> Vec<(String, String)> {
    entries(DRAFT)
}

/// The entries that could not be read, as (id, exact stored text): those kept aside and any
/// the browser would not let move.
pub fn unreadable() -> Vec<(String, String)> {
    let mut list = entries(ASIDE);
    list.extend(
        entries(DRAFT)
            .into_iter()
            .filter(|(_, text)| stored::is_unreadable(text)),
    );
    list
}

/// Stores a draft after checking that the stored entry is still the revision this tab loaded;
/// returns the revision stored. Nothing is written when another tab saved in between, when a
/// newer version wrote it, or (after keeping the entry aside) when it could not be read.
pub fn store_draft(draft: &Draft) -> Result<u64, SaveError> {
    let key = format!("{DRAFT}{}", draft.id);
    let stored = get(&key);
    let next = revision::check_revision(stored.as_deref(), draft.revision).map_err(|b| {
        if let (Blocked::Unreadable, Some(text)) = (b, &stored) {
            keep_aside(&draft.id, text);
        }
        SaveError::Blocked(b)
    })?;
    let mut saved = draft.clone();
    saved.revision = next;
    set(&key, &saved.to_json()).map_err(SaveError::Refused)?;
    Ok(next)
}

/// Why a draft was not stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The check of [`revision::check_revision`] stopped it.
    Blocked(Blocked),
    /// The browser refused the write; its reason.
    Refused(String),
}

impl SaveError {
    /// The browser's reason, or the check's in English (for logs and messages with a reason).
    pub fn reason(self) -> String {
        match self {
            SaveError::Blocked(b) => b.to_string(),
            SaveError::Refused(reason) => reason,
        }
    }
}

/// Stores a draft as [`store_draft`] does and makes it its template's current one.
pub fn save_draft(draft: &Draft) -> Result<u64, SaveError> {
    let next = store_draft(draft)?;
    set(
        &format!("{CURRENT}{}", draft.template),
        &format!("\"{}\"", draft.id),
    )
    .map_err(SaveError::Refused)?;
    Ok(next)
}

/// The id of a draft whose key another tab changed (from a `storage` event's key).
pub fn changed_draft(key: &str) -> Option<&str> {
    key.strip_prefix(DRAFT)
}

/// Whether an id is taken by a stored draft, a deleted one or one kept aside.
pub fn taken(id: &str) -> bool {
    [DRAFT, TRASH, ASIDE]
        .iter()
        .any(|prefix| get(&format!("{prefix}{id}")).is_some())
}

/// Every stored entry, readable or not, by id: drafts, the draft in the trash and those kept
/// aside (an import must not take any of their ids).
pub fn stored_entries() -> BTreeMap<String, String> {
    by_id(
        [DRAFT, TRASH, ASIDE]
            .iter()
            .flat_map(|prefix| entries(prefix)),
    )
}

/// Entries by id, each inserted in turn: `collect` would sort them first, with a sort whose code
/// weighs kilobytes in the app shell.
fn by_id(entries: impl IntoIterator<Item = (String, String)>) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (id, text) in entries {
        map.insert(id, text);
    }
    map
}

/// Stores an entry an import planned (`backup::Plan::writes`) under its id, which was free.
pub fn store_entry(id: &str, text: &str) -> Result<(), String> {
    set(&format!("{DRAFT}{id}"), text)
}

/// Moves a draft to the trash, where it stays until the next deletion; the draft deleted before
/// is then gone for good.
pub fn trash_draft(id: &str) -> Result<(), String> {
    let json = get(&format!("{DRAFT}{id}")).ok_or_else(|| format!("no draft {id}"))?;
    for key in keys(TRASH) {
        remove(&key)?;
    }
    let (trash, draft) = (format!("{TRASH}{id}"), format!("{DRAFT}{id}"));
    // Written to the trash before it leaves the list: a page closed in between loses nothing.
    if set(&trash, &json).is_ok() {
        return remove(&draft);
    }
    // A full storage has no room for the second copy (and deleting is how it is emptied): the
    // draft leaves its key first, in the same task, and goes back if the trash still refuses.
    remove(&draft)?;
    set(&trash, &json).or_else(|e| set(&draft, &json).and(Err(e)))
}

/// The deleted draft that can still be restored, if any.
pub fn trashed() -> Option<Draft> {
    entries(TRASH)
        .into_iter()
        .find_map(|(_, text)| tandem_core::import::parse(text.as_bytes()).ok())
}

/// Puts the deleted draft back in the list.
pub fn restore_draft(id: &str) -> Result<(), String> {
    let key = format!("{TRASH}{id}");
    let json = get(&key).ok_or_else(|| format!("no deleted draft {id}"))?;
    set(&format!("{DRAFT}{id}"), &json)?;
    remove(&key)
}

// Locked drafts: their entry holds the envelope (`tandem_core::lock`), never the draft.

/// The text stored under a draft's id (a draft's JSON or a locked draft's envelope), if any.
pub fn stored_text(id: &str) -> Option<String> {
    get(&format!("{DRAFT}{id}"))
}

/// Forgets that a draft is its template's current one: a locked draft's request type is not
/// left in clear.
pub fn drop_current(template: &str, id: &str) {
    let key = format!("{CURRENT}{template}");
    if get(&key) == Some(format!("\"{id}\"")) {
        let _ = remove(&key);
    }
}

/// The request forms added from files, as stored: (id, text) of those in use, or of those
/// removed (whose drafts open read-only).
pub fn packs(removed: bool) -> Vec<(String, String)> {
    entries(if removed { PACK_REMOVED } else { PACK })
}

/// Stores a request form added from a file (in use again if it had been removed).
pub fn store_pack(id: &str, text: &str) -> Result<(), String> {
    set(&format!("{PACK}{id}"), text)?;
    remove(&format!("{PACK_REMOVED}{id}"))
}

/// Removes a request form from use; kept aside so that its drafts still open, read-only.
pub fn remove_pack(id: &str) -> Result<(), String> {
    let text = get(&format!("{PACK}{id}")).ok_or_else(|| format!("no request form {id}"))?;
    set(&format!("{PACK_REMOVED}{id}"), &text)?;
    remove(&format!("{PACK}{id}"))
}

/// The requests received, as stored (`tandem.received.<fingerprint>`): never drafts, never in
/// the drafts list or a backup; counted in the storage's fill like every entry.
pub fn received() -> Vec<(String, String)> {
    entries(tandem_core::received::PREFIX)
}

/// The stored text of the request received with this fingerprint.
pub fn received_text(fingerprint: &str) -> Option<String> {
    get(&format!("{}{fingerprint}", tandem_core::received::PREFIX))
}

/// Stores a request received under its key, unless one is there already (the first time it was
/// received is kept); whether it was written.
pub fn store_received(key: &str, text: &str) -> Result<bool, String> {
    if !tandem_core::received::is_key(key) {
        return Err(format!("{key} is not a request received's key"));
    }
    if get(key).is_some() {
        return Ok(false);
    }
    set(key, text).map(|()| true)
}

/// Deletes the request received with this fingerprint.
pub fn remove_received(fingerprint: &str) -> Result<(), String> {
    remove(&format!("{}{fingerprint}", tandem_core::received::PREFIX))
}
