//! Shared state of the app, provided as one context.

use leptos::prelude::*;
use tandem_core::route::Route;
use tandem_core::{validate, Catalog, Draft, Lang, Report, Template};
use wasm_bindgen::JsCast;

use crate::storage;

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
    /// The timer of the pending save of typed text, if one is pending.
    pending: StoredValue<Option<i32>>,
    /// Whether the draft is locked: the lock worker holds its key and every save is sealed.
    pub locked: RwSignal<bool>,
    /// Whether a seal is on its way to the lock worker, and whether the draft changed since.
    sealing: StoredValue<(bool, bool)>,
    /// The last envelope the lock worker sealed, stored or not (what a refused write offers).
    sealed: StoredValue<Option<String>>,
}

impl AppContext {
    /// The context from the nearest provider.
    pub fn get() -> AppContext {
        expect_context::<AppContext>()
    }

    pub fn new(catalog: Catalog, template: Template, draft: Draft, ui: Lang) -> AppContext {
        let template = RwSignal::new(template);
        let draft = RwSignal::new(draft);
        AppContext {
            ui: RwSignal::new(ui),
            catalog: StoredValue::new_local(catalog),
            template,
            draft,
            report: Memo::new(move |_| template.with(|t| draft.with(|d| validate(t, d)))),
            save: RwSignal::new(SaveState::Saved),
            show_errors: RwSignal::new(false),
            load_error: RwSignal::new(None),
            route: RwSignal::new(Route::Home),
            not_found: RwSignal::new(false),
            pending: StoredValue::new(None),
            locked: RwSignal::new(false),
            sealing: StoredValue::new((false, false)),
            sealed: StoredValue::new(None),
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

    /// Shows the screen of an address: a new draft is created, stored and then addressed by
    /// its id (replacing the `#/new/` address, so going back does not create another).
    pub fn open(&self, route: Route) {
        self.flush();
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
                self.save_now();
                return replace(&Route::Draft(id));
            }
            Route::Draft(id) => {
                // Read again each time: the list may have renamed it since.
                // What the browser refused to store stays open from memory, unsaved.
                let unsaved = self.draft.with_untracked(|d| &d.id == id)
                    && matches!(self.save.get_untracked(), SaveState::Failed(_));
                let stored = storage::load_draft(id).filter(|_| !unsaved).and_then(|d| {
                    tandem_core::registry::template(&d.template)
                        .ok()
                        .map(|t| (t, d))
                });
                match stored {
                    Some((template, draft)) => {
                        self.load(template, draft);
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
            self.draft.update(|d| d.id.clear());
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
        self.draft.set(draft);
    }

    /// Switches the UI language, fetching its messages first if this is their first use; the
    /// choice is remembered.
    pub fn set_ui_lang(&self, lang: Lang) {
        let ctx = *self;
        leptos::task::spawn_local(async move {
            if ctx.ensure_lang(lang).await {
                ctx.ui.set(lang);
                storage::save_ui_lang(lang);
            }
        });
    }

    /// Makes sure the catalog holds a language; false (with the reason shown) if it cannot.
    pub async fn ensure_lang(&self, lang: Lang) -> bool {
        if self.catalog.with_value(|c| c.has_lang(lang)) {
            return true;
        }
        let added = crate::locale::fetch(lang).await.and_then(|source| {
            let files = [(tandem_core::registry::BUNDLE_NAME, source.as_str())];
            self.catalog
                .try_update_value(|c| c.add(lang, &files).map_err(|e| e.to_string()))
                .unwrap_or_else(|| Err("the app was closed".to_string()))
        });
        match added {
            Ok(()) => true,
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
        self.draft.update(|d| {
            change(d);
            d.modified = now();
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
        if self.locked.get_untracked() {
            return self.seal();
        }
        let result = self.draft.with_untracked(storage::save_draft);
        self.save.set(match result {
            Ok(()) => SaveState::Saved,
            Err(reason) => SaveState::Failed(reason),
        });
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

/// A new, empty draft of a template, dated today and in the browser's time zone.
fn new_draft(template: &Template) -> Draft {
    let mut draft = Draft::new(&fresh_id(), template, [Lang::En, Lang::Ru]);
    let today = js_sys::Date::new_0();
    let date = format!(
        "{:04}-{:02}-{:02}",
        today.get_full_year(),
        today.get_month() + 1,
        today.get_date()
    );
    let offset = tandem_core::timezone::offset_for_minutes(browser_offset_minutes());
    for (_, item, path, _) in template.items() {
        match item.kind {
            tandem_core::ItemKind::Date if path == "date.date" => draft.set_text(&path, &date),
            tandem_core::ItemKind::TimeZone => {
                if let Some(offset) = offset {
                    draft.set_text(&path, offset);
                }
            }
            _ => {}
        }
    }
    draft
}

// Locked drafts: each save is sealed by the lock worker and the envelope stored.
impl AppContext {
    /// Shows a draft just unlocked by the lock worker (which keeps its key).
    pub fn open_unlocked(&self, template: Template, draft: Draft) {
        self.flush();
        self.load(template, draft);
        self.locked.set(true);
        self.save.set(SaveState::Saved);
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
                Err(blocked) => return self.save.set(SaveState::Failed(blocked.to_string())),
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
        self.open_unlocked(template, draft);
        self.save_now();
        go(&Route::Draft(id));
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
