//! Shared state of the app: one `Copy` handle that every component gets with
//! [`AppContext::get`]. What the screens show (UI language, the draft and its template) are
//! fields of the handle; the rest is grouped by job, each in its own file: [`Locale`] (loading
//! languages, `locale.rs`), [`Templates`] (the request types offered and their templates,
//! fetched as needed, `templates.rs`), [`Navigation`] (the screen shown, `routing.rs`) and [`Autosave`]
//! (storing the draft, two tabs, persistence, `autosave.rs`; sealing a locked draft, `sealing.rs`).

mod autosave;
mod locale;
mod routing;
mod sealing;
mod templates;

use leptos::prelude::*;
use tandem_core::basis::Args;
use tandem_core::revision::Blocked;
use tandem_core::route::Route;
use tandem_core::{validate, Catalog, Draft, Lang, Report, Template};

pub(crate) use autosave::storage_manager;
pub use routing::{current_route, go, template_of};
pub use templates::{check_pack, preload_read, Templates};

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

/// Loading the UI language's messages (`locale.rs`).
#[derive(Clone, Copy)]
pub struct Locale {
    /// Counts additions to the catalog, so that what depends on its contents can follow it.
    loaded: RwSignal<u32>,
    /// Why a language's messages could not be loaded, if they could not.
    pub error: RwSignal<Option<String>>,
}

/// The screen shown (`routing.rs`).
#[derive(Clone, Copy)]
pub struct Navigation {
    pub route: RwSignal<Route>,
    /// Set when an address named a draft this browser does not hold.
    pub not_found: RwSignal<bool>,
    /// Whether the open request type's messages are in for the UI language (they are fetched
    /// apart from the language's common ones); the draft screen waits for them.
    pub template_ready: Memo<bool>,
    /// Counts [`AppContext::open`] calls, so that only the latest address is shown.
    opening: StoredValue<u32>,
}

/// Storing the draft (`autosave.rs`, `sealing.rs`).
#[derive(Clone, Copy)]
pub struct Autosave {
    pub state: RwSignal<SaveState>,
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
    /// Whether a seal is on its way to the lock worker, and whether the draft changed since.
    sealing: StoredValue<(bool, bool)>,
    /// The last envelope the lock worker sealed, stored or not (what a refused write offers).
    sealed: StoredValue<Option<String>>,
    /// What changed in the draft since the form last looked ([`AppContext::take_changed`]).
    changed: StoredValue<Changed>,
}

/// The draft as what sums it up reads it: an edit is taken in once the frame showing it is
/// drawn, another draft at once ([`AppContext::settle_later`]).
#[derive(Clone, Copy)]
struct Settled {
    /// Counts the versions taken in.
    version: RwSignal<u32>,
    /// Whether an edit waits for the frame to be drawn.
    waiting: StoredValue<bool>,
}

/// The app's state: UI language, the catalog, the template and the draft being edited.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub ui: RwSignal<Lang>,
    pub catalog: StoredValue<Catalog, LocalStorage>,
    pub template: RwSignal<Template>,
    pub draft: RwSignal<Draft>,
    /// What the draft lacks, as the outline, the completeness and the issues at the fields show
    /// it: it follows the draft a frame late ([`Settled`]), so that a keystroke's frame costs its
    /// own control only. What decides on the draft as it is now reads [`AppContext::report_now`].
    pub report: Memo<Report>,
    settled: Settled,
    /// The route and legal basis of the draft, given to every message of its template, so that
    /// the articles the labels cite follow the basis picked.
    pub basis: Memo<Args>,
    /// Set once the user has tried a final export: errors are then shown at the fields.
    pub show_errors: RwSignal<bool>,
    /// The draft was written by a newer version of Tandem: shown, never saved.
    pub read_only: RwSignal<bool>,
    /// Whether the draft is locked: the lock worker holds its key and every save is sealed.
    pub locked: RwSignal<bool>,
    /// The request received shown (`#/received/…`), whose answers `draft` holds, read-only.
    pub received: RwSignal<Option<tandem_core::received::Received>>,
    pub locale: Locale,
    /// The request types offered and their templates, fetched as they are needed.
    pub templates: Templates,
    pub nav: Navigation,
    pub saving: Autosave,
}

impl AppContext {
    pub fn new(catalog: Catalog, template: Template, draft: Draft, ui: Lang) -> AppContext {
        let template = RwSignal::new(template);
        let draft = RwSignal::new(draft);
        let ui = RwSignal::new(ui);
        let catalog = StoredValue::new_local(catalog);
        let loaded = RwSignal::new(0);
        let settled = Settled {
            version: RwSignal::new(0),
            waiting: StoredValue::new(false),
        };
        let template_ready = Memo::new(move |_| {
            loaded.track();
            let lang = ui.get();
            template.with(|t| catalog.with_value(|c| c.has_template(lang, &t.id)))
        });
        AppContext {
            ui,
            catalog,
            template,
            draft,
            report: Memo::new(move |_| {
                settled.version.track();
                template.with(|t| draft.with_untracked(|d| validate(t, d)))
            }),
            settled,
            basis: Memo::new(move |_| template.with(|t| draft.with(|d| Args::of(t, d)))),
            show_errors: RwSignal::new(false),
            read_only: RwSignal::new(false),
            locked: RwSignal::new(false),
            received: RwSignal::new(None),
            locale: Locale {
                loaded,
                error: RwSignal::new(None),
            },
            templates: Templates::new(),
            nav: Navigation {
                route: RwSignal::new(Route::Home),
                not_found: RwSignal::new(false),
                template_ready,
                opening: StoredValue::new(0),
            },
            saving: Autosave {
                state: RwSignal::new(SaveState::Saved),
                conflict: RwSignal::new(None),
                persisted: RwSignal::new(None),
                storage_ok: crate::storage::available(),
                persist_asked: StoredValue::new(false),
                pending: StoredValue::new(None),
                sealing: StoredValue::new((false, false)),
                sealed: StoredValue::new(None),
                changed: StoredValue::new(Changed::All),
            },
        }
    }

    /// The app's context, as [`crate::app::App`] provides it to every component.
    pub fn get() -> AppContext {
        expect_context()
    }

    /// What the draft lacks, as it is now (for an export, which may follow the last keystroke
    /// before its frame is drawn).
    pub fn report_now(&self) -> Report {
        self.template
            .with_untracked(|t| self.draft.with_untracked(|d| validate(t, d)))
    }

    /// Subscribes what runs now to the draft as it is summed up ([`Settled`]).
    pub fn track_settled(&self) {
        self.settled.version.track();
    }

    /// Takes an edit in once the frame showing it is drawn; several edits before then, once.
    fn settle_later(&self) {
        let settled = self.settled;
        if settled.waiting.try_get_value() != Some(false) {
            return;
        }
        settled.waiting.set_value(true);
        crate::idle::after_frame(move || {
            if settled.waiting.try_set_value(false).is_none() {
                settled.version.try_update(|n| *n += 1);
            }
        });
    }

    /// Takes another draft in at once.
    fn settle_now(&self) {
        self.settled.waiting.set_value(false);
        self.settled.version.update(|n| *n += 1);
    }
}

/// Now, as stored in a draft's `modified`.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Now, from the browser's clock.
pub fn now_utc() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
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
