//! Storing the draft: picks at once, typed text when typing pauses, through the revision check
//! (another tab's save stops this tab's until the user chooses), and the browser's persistence.

use leptos::prelude::*;
use tandem_core::revision::{self, Blocked};
use tandem_core::route::Route;
use tandem_core::{Draft, ItemKind};
use wasm_bindgen::JsCast;

use super::{go, now, AppContext, Changed, SaveState};
use crate::storage::{self, SaveError};

/// How long after the last keystroke a typed answer is stored.
const SAVE_DELAY_MS: i32 = 500;

impl AppContext {
    /// Changes the draft and stores it at once (a choice, a tick, a row added).
    pub fn edit(&self, change: impl FnOnce(&mut Draft)) {
        self.change(change);
        self.save_now();
    }

    /// Changes the draft at once and stores it when typing pauses ([`SAVE_DELAY_MS`]), or
    /// earlier when the page is hidden, closed or left.
    pub fn edit_text(&self, change: impl FnOnce(&mut Draft)) {
        self.change(change);
        if self.locked.get_untracked() {
            // Sealing is asynchronous: started at once, so that a page closed now loses at most
            // the keystrokes of the one seal in flight.
            return self.save_now();
        }
        self.cancel_pending();
        let ctx = *self;
        let callback = wasm_bindgen::closure::Closure::once_into_js(move || ctx.flush());
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                SAVE_DELAY_MS,
            )
            .ok()
        });
        match timer {
            Some(timer) => {
                self.saving.pending.set_value(Some(timer));
                self.saving.state.set(SaveState::Pending);
            }
            None => self.save_now(),
        }
    }

    /// Stores typed text still waiting for its save.
    pub fn flush(&self) {
        if self.saving.pending.get_value().is_some() {
            self.save_now();
        }
    }

    /// The answers changed since the last call (the form brings only their controls up to date,
    /// so that a keystroke costs the same in a short form and a long one).
    pub fn take_changed(&self) -> Changed {
        self.saving
            .changed
            .try_update_value(|c| std::mem::replace(c, Changed::Paths(Default::default())))
            .unwrap_or(Changed::All)
    }

    fn change(&self, change: impl FnOnce(&mut Draft)) {
        let before = self.draft.with_untracked(|d| d.answers.clone());
        let template = self.template;
        self.draft.update(|d| {
            change(d);
            d.modified = now();
            let paths = tandem_core::draft::changed_paths(&before, &d.answers);
            // Language B follows the requested State, unless the user chose it for this draft
            // or the request form was added from a file (it offers its own languages only).
            template.with_untracked(|t| {
                let country = |p: &String| t.item(p).is_some_and(|i| i.kind == ItemKind::Country);
                if paths.iter().any(country) && self.templates.langs_of(&t.id).is_none() {
                    d.follow_requested_state(t);
                }
            });
            self.saving.changed.update_value(|c| {
                if let Changed::Paths(changed) = c {
                    changed.extend(paths);
                }
            });
        });
        self.settle_later();
    }

    pub(super) fn cancel_pending(&self) {
        if let Some(timer) = self.saving.pending.try_update_value(Option::take).flatten() {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(timer);
            }
        }
    }

    pub(super) fn save_now(&self) {
        self.cancel_pending();
        // A newer version's draft is never saved; nor one another tab changed, until the user
        // chooses what to keep.
        if self.read_only.get_untracked() || self.stopped() {
            return;
        }
        if self.locked.get_untracked() {
            return self.seal();
        }
        let mut result = self.draft.with_untracked(storage::save_draft);
        if result == Err(SaveError::Blocked(Blocked::Unreadable)) {
            // The unreadable entry is now kept aside: this tab's draft takes its place.
            self.saving.conflict.set(Some(Blocked::Unreadable));
            result = self.draft.with_untracked(storage::save_draft);
        }
        match result {
            Ok(revision) => {
                self.draft.update_untracked(|d| d.revision = revision);
                self.saving.state.set(SaveState::Saved);
                self.ask_persistence();
            }
            Err(SaveError::Blocked(blocked)) => self.blocked(blocked),
            Err(SaveError::Refused(reason)) => self.saving.state.set(SaveState::Failed(reason)),
        }
    }

    /// Whether another tab's change stopped this tab's saves until the user chooses.
    pub fn stopped(&self) -> bool {
        matches!(
            self.saving.conflict.get_untracked(),
            Some(Blocked::Changed { .. } | Blocked::Newer)
        )
    }

    /// Shows why this tab may not save the draft, and moves the focus there.
    pub(super) fn blocked(&self, blocked: Blocked) {
        self.saving.conflict.set(Some(blocked));
        self.saving.state.set(SaveState::Saved);
        crate::focus::focus_later("conflict".to_string(), false);
    }

    /// Another tab stored `text` under the key of the draft open here: if this tab can no
    /// longer save over it, says so at once.
    pub fn changed_elsewhere(&self, id: &str, text: Option<String>) {
        let here = self.draft.with_untracked(|d| d.id == id)
            && matches!(self.nav.route.get_untracked(), Route::Draft(_));
        if !here || self.read_only.get_untracked() || self.stopped() {
            return;
        }
        let base = self.draft.with_untracked(|d| d.revision);
        match revision::check_revision(text.as_deref(), base) {
            // An unreadable entry is kept aside by the next save.
            Ok(_) | Err(Blocked::Unreadable) => {}
            Err(blocked) => self.blocked(blocked),
        }
    }

    /// Drops this tab's version and shows the one stored now.
    pub fn load_stored(&self) {
        self.cancel_pending();
        self.saving.conflict.set(None);
        self.saving.state.set(SaveState::Saved);
        let id = self.draft.with_untracked(|d| d.id.clone());
        self.open(Route::Draft(id));
    }

    /// Stores `draft` (this tab's version, or an editable copy of a newer version's draft) under
    /// a new id and opens it.
    pub fn keep_as_copy(&self, draft: Draft) {
        self.cancel_pending();
        let id = tandem_core::import::copy_id(&draft.id, storage::taken);
        let copy = Draft {
            id: id.clone(),
            revision: 0,
            ..draft
        };
        self.saving.conflict.set(None);
        self.read_only.set(false);
        self.replace_draft(copy);
        self.save_now();
        go(&Route::Draft(id));
    }

    /// Asks the browser once per session to keep this site's storage (after the first save,
    /// when there is something to keep), and notes its answer.
    fn ask_persistence(&self) {
        if self.saving.persist_asked.get_value() {
            return;
        }
        self.saving.persist_asked.set_value(true);
        let persisted = self.saving.persisted;
        leptos::task::spawn_local(async move {
            if let Some(answer) = storage_manager_call("persist").await {
                persisted.set(Some(answer));
            }
        });
    }

    /// Notes whether the browser already keeps this site's storage.
    pub fn check_persistence(&self) {
        let persisted = self.saving.persisted;
        leptos::task::spawn_local(async move {
            if let Some(answer) = storage_manager_call("persisted").await {
                persisted.set(Some(answer));
            }
        });
    }
}

/// Calls `navigator.storage.<method>()` (`persist` or `persisted`); `None` when the browser has
/// no such method or gives no yes or no.
async fn storage_manager_call(method: &str) -> Option<bool> {
    storage_manager(method).await?.as_bool()
}

/// Calls `navigator.storage.<method>()` (`persist`, `persisted`, `estimate`) and awaits its
/// answer; `None` when the browser has no such method or the call fails.
pub(crate) async fn storage_manager(method: &str) -> Option<wasm_bindgen::JsValue> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    if !manager.is_object() {
        return None;
    }
    let function: js_sys::Function = js_sys::Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = function.call0(&manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}
