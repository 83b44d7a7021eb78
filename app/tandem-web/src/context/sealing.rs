//! Locked drafts: each save is sealed by the lock worker and the envelope stored.

use leptos::prelude::*;
use tandem_core::route::Route;
use tandem_core::{Draft, Template};

use super::{go, AppContext, SaveState};
use crate::storage;

impl AppContext {
    /// Shows a draft just unlocked by the lock worker (which keeps its key), once its request
    /// type's messages are in; then `then` (going to its address).
    pub fn open_unlocked(
        &self,
        template: Template,
        draft: Draft,
        then: impl FnOnce(AppContext) + 'static,
    ) {
        self.flush();
        let ctx = *self;
        let lang = self.ui.get_untracked();
        leptos::task::spawn_local(async move {
            ctx.ensure_template(lang, &template.id).await;
            ctx.load(template, draft);
            ctx.locked.set(true);
            ctx.saving.state.set(SaveState::Saved);
            then(ctx);
        });
    }

    /// Seals the draft as it is now and stores the envelope; one seal at a time, and the draft
    /// sealed again if it changed meanwhile, so the last edit is always the last stored.
    pub(super) fn seal(&self) {
        let saving = self.saving;
        saving.state.set(SaveState::Pending);
        let (busy, _) = saving.sealing.get_value();
        if busy {
            return saving.sealing.set_value((true, true));
        }
        let (id, base) = self.draft.with_untracked(|d| (d.id.clone(), d.revision));
        let next =
            match tandem_core::revision::check_revision(storage::stored_text(&id).as_deref(), base)
            {
                Ok(next) => next,
                Err(blocked) => return self.blocked(blocked),
            };
        let json = self.draft.with_untracked(|d| {
            let mut d = d.clone();
            d.revision = next;
            d.to_json()
        });
        saving.sealing.set_value((true, false));
        let ctx = *self;
        crate::lock::send("seal", &id.clone(), &[("draft", &json)], move |answer| {
            let again = saving.sealing.get_value().1;
            saving.sealing.set_value((false, false));
            let current = ctx.locked.get_untracked() && ctx.draft.with_untracked(|d| d.id == id);
            // A draft left meanwhile is still written, but not one whose lock was removed or
            // that was deleted: its entry is then no envelope.
            let writable = current
                || storage::stored_text(&id).is_some_and(|t| crate::lock::envelope(&t).is_some());
            let stored = match answer {
                Err(e) => Err(ctx.t(&e)),
                Ok(envelope) if writable => {
                    if current {
                        saving.sealed.set_value(Some(envelope.clone()));
                    }
                    storage::store_entry(&id, &envelope)
                }
                Ok(_) => Ok(()),
            };
            if !current {
                // The draft open now (locked too) may have waited for this seal.
                if again && ctx.locked.get_untracked() {
                    ctx.seal();
                }
                return;
            }
            match stored {
                Err(reason) => saving.state.set(SaveState::Failed(reason)),
                Ok(()) => {
                    ctx.draft.update_untracked(|d| d.revision = next);
                    if again {
                        ctx.seal();
                    } else {
                        saving.state.set(SaveState::Saved);
                    }
                }
            }
        });
    }

    /// Opens a draft made from the locked one open now (an extension, a follow-up): it is
    /// locked with the same key and stored sealed only, never in clear.
    pub fn open_new_locked(&self, draft: Draft) {
        let Some(template) = self.templates.peek(&draft.template) else {
            return;
        };
        let from = self.draft.with_untracked(|d| d.id.clone());
        let id = draft.id.clone();
        crate::lock::send("share", &id, &[("from", &from)], |_| {});
        self.open_unlocked(template, draft, move |ctx| {
            ctx.save_now();
            go(&Route::Draft(id));
        });
    }

    /// Offers the draft as a file: a locked one as its latest envelope, never in clear.
    pub fn download_current(&self) -> Result<(), String> {
        let id = self.draft.with_untracked(|d| d.id.clone());
        if !self.locked.get_untracked() {
            return self.draft.with_untracked(crate::download::download_draft);
        }
        let envelope = self
            .saving
            .sealed
            .get_value()
            .or_else(|| storage::stored_text(&id))
            .ok_or_else(|| format!("no draft {id}"))?;
        crate::download::download_envelope(&id, &envelope)
    }

    /// Removes the lock: the worker forgets the key and the draft is stored in clear again.
    pub fn unlock_for_good(&self) {
        let id = self.draft.with_untracked(|d| d.id.clone());
        crate::lock::send("forget", &id, &[], |_| {});
        self.locked.set(false);
        self.save_now();
    }
}
