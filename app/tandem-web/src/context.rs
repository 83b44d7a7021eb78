//! Shared state of the app: one `Copy` handle that every part of the screen is given.

use leptos::prelude::*;
use tandem_core::revision::{self, Blocked};
use tandem_core::route::Route;
use tandem_core::{validate, Catalog, Draft, Lang, Report, Template};
use wasm_bindgen::JsCast;

use crate::storage::{self, SaveError, Stored};

/// How long after the last keystroke a typed answer is stored.
const SAVE_DELAY_MS: i32 = 500;

/// Whether the current draft is safely stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    /// Typed text waits for the keyboard to rest before it is stored.
    Pending,
    /// The browser refused the write; the reason as it gave it.
    Failed(String),
}

/// The answers changed since the form last brought its controls up to date.
#[derive(Clone, Debug, PartialEq)]
pub enum Changed {
    /// These answer paths.
    Paths(std::collections::BTreeSet<String>),
    /// Another draft, or another version of it: everything.
    All,
}

/// The app's state: UI language, the catalog, the template and the draft being edited.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub ui: RwSignal<Lang>,
    pub catalog: StoredValue<Catalog, LocalStorage>,
    pub template: RwSignal<Template>,
    pub draft: RwSignal<Draft>,
    pub report: Memo<Report>,
    pub save: RwSignal<SaveState>,
    /// Set once the user has tried a final export: errors are then shown at the fields.
    pub show_errors: RwSignal<bool>,
    /// Why a language's messages could not be loaded, if they could not.
    pub load_error: RwSignal<Option<String>>,
    /// The screen shown.
    pub route: RwSignal<Route>,
    /// Set when an address named a draft this browser does not hold.
    pub not_found: RwSignal<bool>,
    /// Whether the open request type's messages are in for the UI language (they are fetched
    /// apart from the language's common ones, see [`AppContext::ensure_template`]); the draft
    /// screen waits for them.
    pub template_ready: Memo<bool>,
    /// Counts additions to the catalog, so that what depends on its contents can follow it.
    loaded: RwSignal<u32>,
    /// The draft was written by a newer version of Tandem: shown, never saved.
    pub read_only: RwSignal<bool>,
    /// Why this tab may not save the draft (another tab changed it), until the user chooses.
    pub conflict: RwSignal<Option<Blocked>>,
    /// Whether the browser keeps this site's storage until the user clears it (`None`: the
    /// browser does not say).
    pub persisted: RwSignal<Option<bool>>,
    /// Whether this browser stores drafts at all.
    pub storage_ok: bool,
    /// Set once persistent storage has been asked for in this session.
    persist_asked: StoredValue<bool>,
    /// The timer of the pending save of typed text, if one is pending.
    pending: StoredValue<Option<i32>>,
    /// Counts [`AppContext::open`] calls, so that only the latest address is shown.
    opening: StoredValue<u32>,
    /// Whether the draft is locked: the lock worker holds its key and every save is sealed.
    pub locked: RwSignal<bool>,
    /// Whether a seal is on its way to the lock worker, and whether the draft changed since.
    sealing: StoredValue<(bool, bool)>,
    /// The last envelope the lock worker sealed, stored or not (what a refused write offers).
    sealed: StoredValue<Option<String>>,
    /// What changed in the draft since the form last looked ([`AppContext::take_changed`]).
    changed: StoredValue<Changed>,
}

impl AppContext {
    pub fn new(catalog: Catalog, template: Template, draft: Draft, ui: Lang) -> AppContext {
        let template = RwSignal::new(template);
        let draft = RwSignal::new(draft);
        let ui = RwSignal::new(ui);
        let catalog = StoredValue::new_local(catalog);
        let loaded = RwSignal::new(0);
        let template_ready = Memo::new(move |_| {
            loaded.track();
            let lang = ui.get();
            template.with(|t| catalog.with_value(|c| c.has_template(lang, &t.id)))
        });
        AppContext {
            ui,
            catalog,
            template_ready,
            loaded,
            template,
            draft,
            report: Memo::new(move |_| template.with(|t| draft.with(|d| validate(t, d)))),
            save: RwSignal::new(SaveState::Saved),
            show_errors: RwSignal::new(false),
            load_error: RwSignal::new(None),
            route: RwSignal::new(Route::Home),
            not_found: RwSignal::new(false),
            read_only: RwSignal::new(false),
            conflict: RwSignal::new(None),
            persisted: RwSignal::new(None),
            storage_ok: storage::available(),
            persist_asked: StoredValue::new(false),
            pending: StoredValue::new(None),
            opening: StoredValue::new(0),
            locked: RwSignal::new(false),
            sealing: StoredValue::new((false, false)),
            sealed: StoredValue::new(None),
            changed: StoredValue::new(Changed::All),
        }
    }

    /// A UI text in the current UI language. A missing message shows its ID (the locale tests
    /// make that impossible in a release) rather than another language's text.
    // Called from every screen: one copy of the lookup rather than one per call.
    #[inline(never)]
    pub fn t(&self, id: &str) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.text(lang, id))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// A UI text with arguments.
    // Called from every screen: one copy of the lookup rather than one per call.
    #[inline(never)]
    pub fn t_args(&self, id: &str, args: &[(&str, tandem_core::l10n::Arg)]) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.format(lang, id, args))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// The `.hint` attribute of a label, in the current UI language.
    // Called from every screen: one copy of the lookup rather than one per call.
    #[inline(never)]
    pub fn hint(&self, id: &str) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.attr(lang, id, "hint"))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// Opens the draft last edited with another template, or starts a new one.
    pub fn switch_template(&self, id: &str) {
        let route = storage::current_draft_id(id)
            .filter(|d| storage::load_draft(d).is_some_and(|d| d.template == id))
            .map_or_else(|| Route::New(id.to_string()), Route::Draft);
        go(&route);
    }

    /// Shows the screen of an address, once the messages of the request type it opens are in
    /// for the UI language (fetched the first time; a later address wins over a slower one).
    pub fn open(&self, route: Route) {
        self.flush();
        let opening = self.opening.get_value().wrapping_add(1);
        self.opening.set_value(opening);
        let lang = self.ui.get_untracked();
        match template_of(&route) {
            Some(template) if !self.catalog.with_value(|c| c.has_template(lang, &template)) => {
                let ctx = *self;
                leptos::task::spawn_local(async move {
                    ctx.ensure_template(lang, &template).await;
                    if ctx.opening.get_value() == opening {
                        ctx.show(route);
                    }
                });
            }
            _ => self.show(route),
        }
    }

    /// Shows the screen of an address: a new draft is created, stored and then addressed by
    /// its id (replacing the `#/new/` address, so going back does not create another).
    fn show(&self, route: Route) {
        match &route {
            Route::Home => {}
            Route::New(template) => {
                let Ok(template) = tandem_core::registry::template(template) else {
                    self.not_found.set(true);
                    return replace(&Route::Home);
                };
                let mut draft = new_draft(&template);
                draft.modified = now();
                let id = draft.id.clone();
                self.load(template, draft);
                self.read_only.set(false);
                self.conflict.set(None);
                self.save_now();
                return replace(&Route::Draft(id));
            }
            Route::Draft(id) => {
                // Read again each time: the list may have renamed it since.
                // What the browser refused to store stays open from memory, unsaved.
                let unsaved = self.draft.with_untracked(|d| &d.id == id)
                    && matches!(self.save.get_untracked(), SaveState::Failed(_));
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
                let stored = draft.and_then(|d| {
                    tandem_core::registry::template(&d.template)
                        .ok()
                        .map(|t| (t, d))
                });
                match stored {
                    Some((template, draft)) => {
                        self.load(template, draft);
                        self.read_only.set(read_only);
                        self.conflict.set(None);
                        self.save.set(SaveState::Saved);
                    }
                    None if self.draft.with_untracked(|d| &d.id == id) => {}
                    // Locked, and not opened in this page: the list asks for the passphrase.
                    None if storage::stored_text(id)
                        .is_some_and(|t| crate::lock::envelope(&t).is_some()) =>
                    {
                        return replace(&Route::Home);
                    }
                    None => {
                        self.not_found.set(true);
                        return replace(&Route::Home);
                    }
                }
            }
        }
        if route != Route::Home {
            self.not_found.set(false);
        }
        self.route.set(route);
    }

    /// Lets go of a deleted draft, so that it cannot be stored again from memory.
    pub fn forget(&self, id: &str) {
        if self.draft.with_untracked(|d| d.id == id) {
            let mut left = self.draft.get_untracked();
            left.id.clear();
            self.replace_draft(left);
        }
    }

    fn load(&self, template: Template, draft: Draft) {
        let left = self.draft.with_untracked(|d| d.id.clone());
        if self.locked.get_untracked() && left != draft.id {
            // The key of a locked draft left behind goes with it.
            crate::lock::send("forget", &left, &[], |_| {});
        }
        self.locked.set(false);
        self.sealed.set_value(None);
        self.show_errors.set(false);
        self.template.set(template);
        self.replace_draft(draft);
    }

    /// Puts another draft (or another version of this one) in place of the one edited.
    fn replace_draft(&self, draft: Draft) {
        self.changed.set_value(Changed::All);
        self.draft.set(draft);
    }

    /// The answers changed since the last call (the form brings only their controls up to date,
    /// so that a keystroke costs the same in a short form and a long one).
    pub fn take_changed(&self) -> Changed {
        self.changed
            .try_update_value(|c| std::mem::replace(c, Changed::Paths(Default::default())))
            .unwrap_or(Changed::All)
    }

    /// The UI language and the number of additions to the catalog: what shows messages that may
    /// arrive later (a request type's) is drawn again when this changes.
    pub fn catalog_version(&self) -> (Lang, u32) {
        (self.ui.get(), self.loaded.get())
    }

    /// Switches the UI language, fetching its messages first if this is their first use; the
    /// choice is remembered.
    pub fn set_ui_lang(&self, lang: Lang) {
        let ctx = *self;
        leptos::task::spawn_local(async move {
            // With a request open, its messages too, so that the form never shows without them.
            let template = matches!(ctx.route.get_untracked(), Route::Draft(_))
                .then(|| ctx.template.with_untracked(|t| t.id.clone()));
            let ready = match template {
                Some(template) => ctx.ensure_template(lang, &template).await,
                None => ctx.ensure_lang(lang).await,
            };
            if ready {
                ctx.ui.set(lang);
                storage::save_ui_lang(lang);
            }
        });
    }

    /// Makes sure the catalog holds a language with the messages of a request type; false (with
    /// the reason shown) if it cannot.
    pub async fn ensure_template(&self, lang: Lang, template: &str) -> bool {
        if !self.ensure_lang(lang).await {
            return false;
        }
        if self.catalog.with_value(|c| c.has_template(lang, template)) {
            return true;
        }
        let url = tandem_core::registry::template_bundle_url(lang, template);
        let added = crate::locale::fetch(&url).await.and_then(|source| {
            self.catalog
                .try_update_value(|c| {
                    c.add_template(lang, template, &source)
                        .map_err(|e| e.to_string())
                })
                .unwrap_or_else(|| Err("the app was closed".to_string()))
        });
        self.added(added)
    }

    /// Makes sure the catalog holds a language; false (with the reason shown) if it cannot.
    pub async fn ensure_lang(&self, lang: Lang) -> bool {
        if self.catalog.with_value(|c| c.has_lang(lang)) {
            return true;
        }
        let url = tandem_core::registry::bundle_url(lang);
        let added = crate::locale::fetch(&url).await.and_then(|source| {
            let files = [(tandem_core::registry::BUNDLE_NAME, source.as_str())];
            self.catalog
                .try_update_value(|c| c.add(lang, &files).map_err(|e| e.to_string()))
                .unwrap_or_else(|| Err("the app was closed".to_string()))
        });
        self.added(added)
    }

    /// Notes a catalog addition, or shows why it failed.
    fn added(&self, added: Result<(), String>) -> bool {
        match added {
            Ok(()) => {
                self.loaded.update(|n| *n += 1);
                true
            }
            Err(reason) => {
                leptos::logging::error!("{reason}");
                self.load_error.set(Some(reason));
                false
            }
        }
    }

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
                self.pending.set_value(Some(timer));
                self.save.set(SaveState::Pending);
            }
            None => self.save_now(),
        }
    }

    /// Stores typed text still waiting for its save.
    pub fn flush(&self) {
        if self.pending.get_value().is_some() {
            self.save_now();
        }
    }

    fn change(&self, change: impl FnOnce(&mut Draft)) {
        let before = self.draft.with_untracked(|d| d.answers.clone());
        self.draft.update(|d| {
            change(d);
            d.modified = now();
            let paths = tandem_core::draft::changed_paths(&before, &d.answers);
            self.changed.update_value(|c| {
                if let Changed::Paths(changed) = c {
                    changed.extend(paths);
                }
            });
        });
    }

    fn cancel_pending(&self) {
        if let Some(timer) = self.pending.try_update_value(Option::take).flatten() {
            if let Some(window) = web_sys::window() {
                window.clear_timeout_with_handle(timer);
            }
        }
    }

    fn save_now(&self) {
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
            self.conflict.set(Some(Blocked::Unreadable));
            result = self.draft.with_untracked(storage::save_draft);
        }
        match result {
            Ok(revision) => {
                self.draft.update_untracked(|d| d.revision = revision);
                self.save.set(SaveState::Saved);
                self.ask_persistence();
            }
            Err(SaveError::Blocked(blocked)) => self.blocked(blocked),
            Err(SaveError::Refused(reason)) => self.save.set(SaveState::Failed(reason)),
        }
    }

    /// Whether another tab's change stopped this tab's saves until the user chooses.
    fn stopped(&self) -> bool {
        matches!(
            self.conflict.get_untracked(),
            Some(Blocked::Changed { .. } | Blocked::Newer)
        )
    }

    /// Shows why this tab may not save the draft, and moves the focus there.
    fn blocked(&self, blocked: Blocked) {
        self.conflict.set(Some(blocked));
        self.save.set(SaveState::Saved);
        crate::dom::focus_later("conflict".to_string(), false);
    }

    /// Another tab stored `text` under the key of the draft open here: if this tab can no
    /// longer save over it, says so at once.
    pub fn changed_elsewhere(&self, id: &str, text: Option<String>) {
        let here = self.draft.with_untracked(|d| d.id == id)
            && matches!(self.route.get_untracked(), Route::Draft(_));
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
        self.conflict.set(None);
        self.save.set(SaveState::Saved);
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
        self.conflict.set(None);
        self.read_only.set(false);
        self.replace_draft(copy);
        self.save_now();
        go(&Route::Draft(id));
    }

    /// Asks the browser once per session to keep this site's storage (after the first save,
    /// when there is something to keep), and notes its answer.
    fn ask_persistence(&self) {
        if self.persist_asked.get_value() {
            return;
        }
        self.persist_asked.set_value(true);
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            if let Some(answer) = storage_manager_call("persist").await {
                persisted.set(Some(answer));
            }
        });
    }

    /// Notes whether the browser already keeps this site's storage.
    pub fn check_persistence(&self) {
        let persisted = self.persisted;
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
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// The request type an address opens, if it opens one.
pub fn template_of(route: &Route) -> Option<String> {
    match route {
        Route::Home => None,
        Route::New(template) => Some(template.clone()),
        Route::Draft(id) => match storage::load(id) {
            storage::Stored::Draft(draft) => Some(draft.template),
            storage::Stored::ReadOnly(read_only, _) => Some(read_only.draft().template.clone()),
            _ => None,
        },
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

/// Now, as stored in a draft's `modified`.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A new draft id, unique in this browser.
pub fn fresh_id() -> String {
    format!(
        "{:x}{:06x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * f64::from(0xff_ffff)) as u32
    )
}

/// The browser's time zone now, in minutes ahead of UTC (getTimezoneOffset counts behind).
pub fn browser_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Today in the browser's time zone, `yyyy-mm-dd`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// A new, empty draft of a template, dated today. No time zone is filled in: a zone is always
/// the one the user chose, never the browser's guess.
fn new_draft(template: &Template) -> Draft {
    let mut draft = Draft::new(&fresh_id(), template, [Lang::En, Lang::Ru]);
    let date = today();
    for (_, item, path, _) in template.items() {
        if item.kind == tandem_core::ItemKind::Date && path == "date.date" {
            draft.set_text(&path, &date);
        }
    }
    draft
}

// Locked drafts: each save is sealed by the lock worker and the envelope stored.
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
            ctx.save.set(SaveState::Saved);
            then(ctx);
        });
    }

    /// Seals the draft as it is now and stores the envelope; one seal at a time, and the draft
    /// sealed again if it changed meanwhile, so the last edit is always the last stored.
    fn seal(&self) {
        self.save.set(SaveState::Pending);
        let (busy, _) = self.sealing.get_value();
        if busy {
            return self.sealing.set_value((true, true));
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
        self.sealing.set_value((true, false));
        let ctx = *self;
        crate::lock::send("seal", &id.clone(), &[("draft", &json)], move |answer| {
            let again = ctx.sealing.get_value().1;
            ctx.sealing.set_value((false, false));
            let current = ctx.locked.get_untracked() && ctx.draft.with_untracked(|d| d.id == id);
            // A draft left meanwhile is still written, but not one whose lock was removed or
            // that was deleted: its entry is then no envelope.
            let writable = current
                || storage::stored_text(&id).is_some_and(|t| crate::lock::envelope(&t).is_some());
            let stored = match answer {
                Err(e) => Err(ctx.t(&e)),
                Ok(envelope) if writable => {
                    if current {
                        ctx.sealed.set_value(Some(envelope.clone()));
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
                Err(reason) => ctx.save.set(SaveState::Failed(reason)),
                Ok(()) => {
                    ctx.draft.update_untracked(|d| d.revision = next);
                    if again {
                        ctx.seal();
                    } else {
                        ctx.save.set(SaveState::Saved);
                    }
                }
            }
        });
    }

    /// Opens a draft made from the locked one open now (an extension, a follow-up): it is
    /// locked with the same key and stored sealed only, never in clear.
    pub fn open_new_locked(&self, draft: Draft) {
        let Ok(template) = tandem_core::registry::template(&draft.template) else {
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
