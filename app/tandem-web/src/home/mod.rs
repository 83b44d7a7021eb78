//! The home screen: which request to make (the route guide), start a request of each type, and
//! the drafts kept in this browser (open, duplicate, rename, delete with undo, export to a file,
//! import from a file). The list is read from storage again whenever the stored drafts change
//! (`HomeState::changed`). Parts: the route guide (`guide.rs`), the drafts list and its cards
//! (`cards.rs`), the status line above it (`notice.rs`), what the browser does with the stored
//! drafts (`stored.rs`), the request forms added from files (`packs.rs`), the requests received
//! (`received.rs`), the answers received to requests sent (`answers.rs`) and the request log's
//! filters (`filters.rs`). The office's statistics over the drafts are a screen of their own
//! (`crate::stats`), linked from the drafts list.

mod answers;
mod cards;
mod filters;
mod guide;
mod notice;
mod packs;
mod received;
mod stored;

use leptos::prelude::*;
use tandem_core::backup::{self, Imported};
use tandem_core::draft::MAX_BYTES;
use tandem_core::route::Route;
use tandem_core::summary;
use tandem_core::ImportError;
use wasm_bindgen::JsCast;

use crate::context::AppContext;
use crate::focus::focus_later;
use crate::storage;
use answers::RecordAnswer;
use cards::DraftsList;
use filters::LogFilters;
use guide::Guide;
use notice::{Notice, NoticeLine};
use packs::Packs;
use received::ReceivedRequests;
use stored::StoredFacts;

/// The state of the home screen, shared by its parts.
#[derive(Clone, Copy)]
struct HomeState {
    ctx: AppContext,
    /// Bumped whenever the stored drafts change, so the list is read again.
    version: RwSignal<u32>,
    notice: RwSignal<Option<Notice>>,
    /// The draft whose name is being edited, if any.
    renaming: RwSignal<Option<String>>,
    /// The locked draft whose passphrase is asked for, if any.
    unlock: RwSignal<Option<(String, Unlock)>>,
    /// Which drafts the request log shows.
    filter: RwSignal<summary::Filter>,
    /// The days to wait for a confirmation of receipt before a request is flagged.
    days: RwSignal<u32>,
}

/// Where opening a locked draft is.
#[derive(Clone, Debug, PartialEq)]
enum Unlock {
    /// The passphrase is asked for, with the Fluent id of why the last try failed, if it did.
    Prompt(Option<String>),
    /// The lock worker derives the key and opens the draft.
    Opening,
}

/// The home screen.
#[component]
pub fn Home() -> impl IntoView {
    let ctx = AppContext::get();
    let state = HomeState {
        ctx,
        version: RwSignal::new(0),
        // A deleted draft stays restorable (after a reload too) until the next deletion.
        notice: RwSignal::new(storage::trashed().map(|d| Notice::Deleted {
            label: summary::label(&d).to_string(),
            id: d.id,
        })),
        renaming: RwSignal::new(None),
        unlock: RwSignal::new(None),
        filter: RwSignal::new(summary::Filter::default()),
        days: RwSignal::new(storage::load_confirm_days()),
    };
    let not_found = move || {
        ctx.nav.not_found.get().then(|| {
            view! { <p class="tandem-notice__error" role="alert">{ctx.t("home-not-found")}</p> }
        })
    };
    view! {
        <div class="tandem-home">
            {not_found}
            <Guide />
            <RequestTypes />
            <ReceivedRequests />
            <Packs />
            <section class="tandem-drafts" aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">{ctx.text("home-drafts")}</h2>
                <p class="tandem-drafts__stats">
                    <a href=Route::Statistics.href() id="open-stats">{ctx.text("stats-open")}</a>
                </p>
                <div class="tandem-import">
                    <label class="tandem-field__label" for="import-file">{ctx.text("home-import")}</label>
                    <input
                        type="file"
                        id="import-file"
                        class="tandem-import__input"
                        accept=".json,application/json"
                        on:change=move |ev| state.import(&ev)
                    />
                </div>
                <RecordAnswer state=state />
                <div class="tandem-notice" role="status" id="drafts-notice">
                    <NoticeLine state=state />
                </div>
                <StoredFacts state=state />
                <LogFilters state=state />
                <DraftsList state=state />
            </section>
        </div>
    }
}

/// The request types, each starting a new draft (those of the request forms added from files
/// are listed with them, `packs.rs`).
#[component]
fn RequestTypes() -> impl IntoView {
    let ctx = AppContext::get();
    let types = ctx
        .templates
        .list
        .get_untracked()
        .into_iter()
        .filter(|listed| !listed.reply && ctx.templates.langs_of(&listed.id).is_none())
        .map(|listed| {
            let usage = summary::usage_message(&listed.id).map(|usage| {
                view! { <p class="tandem-type__use">{ctx.text(usage)}</p> }
            });
            let title = listed.title;
            view! {
                <li class="tandem-type">
                    <a
                        class="tandem-type__link"
                        id=format!("new-{}", listed.id)
                        href=Route::New(listed.id.clone()).href()
                    >
                        {ctx.text_of(title)}
                    </a>
                    {usage}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tandem-types" aria-labelledby="types-heading">
            <h2 id="types-heading">{ctx.text("home-start")}</h2>
            <ul class="tandem-types__list">{types}</ul>
        </section>
    }
}

/// The Fluent message of why a file could not be imported.
fn import_error_message(e: &ImportError) -> &'static str {
    match e {
        ImportError::TooLarge => "home-import-too-large",
        ImportError::NewerFormat(_) => "home-import-newer",
        ImportError::UnknownTemplate(_) => "home-import-unknown",
        _ => "home-import-malformed",
    }
}

impl HomeState {
    /// The stored drafts changed: the list is read again.
    fn changed(self) {
        self.version.update(|v| *v += 1);
    }

    /// Reports a refusal of the browser, or reads the list again and moves the focus.
    fn stored(self, result: Result<u64, storage::SaveError>, then_focus: &str) {
        match result.map_err(storage::SaveError::reason) {
            Ok(_) => {
                self.changed();
                focus_later(then_focus.to_string(), false);
            }
            Err(reason) => self.notice.set(Some(Notice::StorageFailed(reason))),
        }
    }

    /// A draft file chosen for import: read, checked, stored under a free id, never over
    /// another draft.
    fn import(self, ev: &web_sys::Event) {
        let Some(file) = chosen_file(ev) else {
            return;
        };
        if file.size() > MAX_BYTES as f64 {
            self.notice
                .set(Some(Notice::ImportFailed("home-import-too-large")));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let offered = self.ctx.templates.list.get_untracked();
            let offered: Vec<&str> = offered.iter().map(|t| t.id.as_str()).collect();
            let notice = match backup::import(text.as_bytes(), &storage::stored_entries(), &offered)
            {
                Err(e) => Notice::ImportFailed(import_error_message(&e)),
                Ok(plan) => self.store_import(plan),
            };
            self.notice.set(Some(notice));
        });
    }

    /// Stores what an import planned (each under an id that was free) and says what happened
    /// to the file's (first) draft.
    fn store_import(self, plan: backup::Plan) -> Notice {
        for (id, text) in &plan.writes {
            if let Err(reason) = storage::store_entry(id, text) {
                return Notice::StorageFailed(reason);
            }
        }
        if plan.report.len() > 1 {
            self.changed();
            return Notice::Report(plan.report);
        }
        let Some(outcome) = plan.report.first() else {
            return Notice::ImportFailed("home-import-malformed");
        };
        let (id, copy) = match &outcome.imported {
            Imported::Rejected(e) => return Notice::ImportFailed(import_error_message(e)),
            Imported::Skipped => return Notice::AlreadyHere(outcome.clone()),
            Imported::Added => (outcome.id.clone(), false),
            Imported::Copied(new_id) => (new_id.clone(), true),
        };
        self.changed();
        // A locked draft's card opens with "unlock".
        let locked = storage::stored_text(&id).is_some_and(|t| crate::lock::envelope(&t).is_some());
        let button = if locked { "unlock" } else { "open" };
        focus_later(format!("{button}-{id}"), false);
        // Named as the list names it: name, reference or label, never the internal id.
        Notice::Imported {
            label: outcome.name.clone(),
            copy,
        }
    }
}

/// A chosen file's bytes (`None` when the browser cannot read it).
pub(crate) async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The size a refusal of a PDF names (`$limit`): the largest file opened, for "too large" only.
fn limit_of(message: &str) -> Option<usize> {
    (message == "received-refused-too-large").then_some(tandem_core::received::MAX_FILE_BYTES)
}

/// The file chosen in the file input an event (`change`) came from; the input is emptied, so
/// that the same file can be chosen again.
pub(crate) fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}
