//! The screen shown: hash addresses (`tandem_core::route`), opening a draft or a new one, and
//! putting another draft in place of the one edited.

use leptos::prelude::*;
use tandem_core::received;
use tandem_core::route::Route;
use tandem_core::{Draft, Lang, Template};

use super::{fresh_id, now, today, AppContext, Changed, SaveState};
use crate::storage::{self, Stored};

impl AppContext {
    /// Opens the draft last edited with another template, or starts a new one.
    pub fn switch_template(&self, id: &str) {
        let route = storage::current_draft_id(id)
            .filter(|d| storage::load_draft(d).is_some_and(|d| d.template == id))
            .map_or_else(|| Route::New(id.to_string()), Route::Draft);
        go(&route);
    }

    /// Shows the screen of an address, once the template of the request type it opens and its
    /// messages in the UI language are in (fetched the first time, the page saying so; a later
    /// address wins over a slower one). When the template cannot be fetched, the screen shown
    /// stays, with the reason, and nothing is lost.
    pub fn open(&self, route: Route) {
        self.flush();
        let opening = self.nav.opening.get_value().wrapping_add(1);
        self.nav.opening.set_value(opening);
        // What is said of a request type that could not be fetched lasts until another screen
        // is asked for (putting back the address of the screen shown asks for none).
        if route != self.nav.route.get_untracked() {
            self.templates.failed.set(false);
        }
        let lang = self.ui.get_untracked();
        match template_of(&route) {
            Some(template) if !self.template_here(lang, &template) => {
                let ctx = *self;
                self.templates.loading.set(true);
                leptos::task::spawn_local(async move {
                    let fetched = ctx.ensure_template(lang, &template).await;
                    if ctx.nav.opening.get_value() != opening {
                        return;
                    }
                    ctx.templates.loading.set(false);
                    if fetched {
                        ctx.show(route);
                    } else {
                        replace(&ctx.nav.route.get_untracked());
                    }
                });
            }
            _ => {
                self.templates.loading.set(false);
                self.show(route);
            }
        }
    }

    /// Shows the screen of an address: a new draft is created, stored and then addressed by
    /// its id (replacing the `#/new/` address, so going back does not create another).
    fn show(&self, route: Route) {
        match &route {
            Route::Home | Route::Statistics => {}
            Route::New(template) => {
                // A request form removed is no longer offered (its drafts still open).
                let template = self
                    .templates
                    .peek(template)
                    .filter(|t| self.templates.removed(&t.id).is_none());
                let Some(template) = template else {
                    self.nav.not_found.set(true);
                    return replace(&Route::Home);
                };
                let langs = self.templates.langs_of(&template.id);
                let mut draft = new_draft(&template, self.ui.get_untracked(), langs);
                draft.modified = now();
                let id = draft.id.clone();
                self.load(template, draft);
                self.read_only.set(false);
                self.saving.conflict.set(None);
                self.save_now();
                return replace(&Route::Draft(id));
            }
            Route::Received(fingerprint) => {
                // Shown read-only from memory: never saved, never a draft.
                let offered = self.templates.list.get_untracked();
                let offered: Vec<&str> = offered.iter().map(|t| t.id.as_str()).collect();
                let received = storage::received_text(fingerprint)
                    .and_then(|text| received::read(text.as_bytes(), &offered).ok())
                    .and_then(|r| self.templates.peek(&r.request.template).map(|t| (t, r)));
                let Some((template, received)) = received else {
                    self.nav.not_found.set(true);
                    return replace(&Route::Home);
                };
                let draft = received.draft(&template);
                // Read-only before it is in place: nothing may save it.
                self.read_only.set(true);
                self.load(template, draft);
                self.received.set(Some(received));
                self.saving.conflict.set(None);
                self.saving.state.set(SaveState::Saved);
            }
            Route::Draft(id) => {
                // Read again each time: the list may have renamed it since.
                // What the browser refused to store stays open from memory, unsaved.
                let unsaved = self.draft.with_untracked(|d| &d.id == id)
                    && matches!(self.saving.state.get_untracked(), SaveState::Failed(_));
                let stored = if unsaved {
                    Stored::Missing
                } else {
                    storage::load(id)
                };
                let (draft, read_only) = match stored {
                    Stored::Draft(draft) => (Some(draft), false),
                    Stored::ReadOnly(read_only, _) => (Some(read_only.draft().clone()), true),
                    // The home screen says that it could not be read and offers it for download.
                    Stored::Aside => return replace(&Route::Home),
                    Stored::Locked | Stored::Missing => (None, false),
                };
                let stored = draft.and_then(|d| self.templates.peek(&d.template).map(|t| (t, d)));
                match stored {
                    Some((template, draft)) => {
                        self.load(template, draft);
                        self.read_only.set(read_only);
                        self.saving.conflict.set(None);
                        self.saving.state.set(SaveState::Saved);
                    }
                    None if self.draft.with_untracked(|d| &d.id == id) => {}
                    // Locked, and not opened in this page: the list asks for the passphrase.
                    None if storage::stored_text(id)
                        .is_some_and(|t| crate::lock::envelope(&t).is_some()) =>
                    {
                        return replace(&Route::Home);
                    }
                    None => {
                        self.nav.not_found.set(true);
                        return replace(&Route::Home);
                    }
                }
            }
        }
        if !matches!(route, Route::Received(_)) {
            self.received.set(None);
        }
        if route != Route::Home {
            self.nav.not_found.set(false);
        }
        self.nav.route.set(route);
    }

    /// Lets go of a deleted draft, so that it cannot be stored again from memory.
    pub fn forget(&self, id: &str) {
        if self.draft.with_untracked(|d| d.id == id) {
            let mut left = self.draft.get_untracked();
            left.id.clear();
            self.replace_draft(left);
        }
    }

    pub(super) fn load(&self, template: Template, draft: Draft) {
        let left = self.draft.with_untracked(|d| d.id.clone());
        if self.locked.get_untracked() && left != draft.id {
            // The key of a locked draft left behind goes with it.
            crate::lock::send("forget", &left, &[], |_| {});
        }
        self.locked.set(false);
        self.saving.sealed.set_value(None);
        self.show_errors.set(false);
        self.template.set(template);
        self.replace_draft(draft);
    }

    /// Puts another draft (or another version of this one) in place of the one edited.
    pub(super) fn replace_draft(&self, draft: Draft) {
        self.saving.changed.set_value(Changed::All);
        self.draft.set(draft);
        self.settle_now();
    }
}

/// The request type an address opens, if it opens one.
pub fn template_of(route: &Route) -> Option<String> {
    match route {
        Route::Home | Route::Statistics => None,
        Route::New(template) => Some(template.clone()),
        Route::Draft(id) => match storage::load(id) {
            Stored::Draft(draft) => Some(draft.template),
            Stored::ReadOnly(read_only, _) => Some(read_only.draft().template.clone()),
            _ => None,
        },
        Route::Received(fingerprint) => {
            received::stored_template(&storage::received_text(fingerprint)?)
        }
    }
}

/// Shows another screen, as a new step in the browser's history.
pub fn go(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

/// Shows another screen in place of this one in the browser's history.
fn replace(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(&route.href());
    }
}

/// The screen the page's address names.
pub fn current_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// A new, empty draft of a template, dated today. No time zone is filled in: a zone is always
/// the one the user chose, never the browser's guess. Language A is the interface language and B
/// follows the requested State once it is chosen; a request form added from a file starts in its
/// first two languages (`langs`).
fn new_draft(template: &Template, ui: Lang, langs: Option<Vec<Lang>>) -> Draft {
    let langs = match langs.as_deref() {
        Some([a, b, ..]) => [*a, *b],
        _ => Draft::default_langs(ui),
    };
    let mut draft = Draft::new(&fresh_id(), template, langs);
    let date = today();
    for (_, item, path, _) in template.items() {
        if item.kind == tandem_core::ItemKind::Date && path == "date.date" {
            draft.set_text(&path, &date);
        }
    }
    draft
}
