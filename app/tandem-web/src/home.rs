//! The home screen: start a request of each type, and the drafts kept in this browser (open,
//! duplicate, rename, delete with undo, export to a file, import from a file).
//!
//! The screen is drawn with plain DOM calls into one element and drawn again whenever what it
//! shows changes; its buttons are handled by three listeners on that element. Built from
//! Leptos views, the same screen cost 23 kB (brotli) of the app shell's 250 kB budget; drawn this
//! way it costs a small fraction of that. All user text goes in as text nodes, never as markup.

use leptos::prelude::*;
use tandem_core::backup::{self, Imported, Outcome};
use tandem_core::draft::MAX_BYTES;
use tandem_core::l10n::Arg;
use tandem_core::preservation;
use tandem_core::route::Route;
use tandem_core::summary::{self, Summary};
use tandem_core::ImportError;
use tandem_core::{country, registry};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::context::{browser_offset_minutes, fresh_id, go, now, today, AppContext};
use crate::dom::{self, add, clicked, focus_later};
use crate::download::{download, download_draft, download_envelope, draft_file_name};
use crate::{lock, storage};

/// What the status line above the list says after an action.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    /// A draft went to the trash and can be restored: its id and what the list called it.
    Deleted {
        id: String,
        label: String,
    },
    Imported {
        label: String,
        copy: bool,
    },
    /// The file's draft is already stored here, with the same content (its id).
    AlreadyHere(String),
    /// The browser refused a write; its reason.
    StorageFailed(String),
    /// Fluent ID of why a file could not be imported.
    ImportFailed(&'static str),
    /// What became of each draft of a file holding several (a backup).
    Report(Vec<Outcome>),
}

/// The state of the home screen.
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
}

/// Where opening a locked draft is.
#[derive(Clone, Debug, PartialEq)]
enum Unlock {
    /// The passphrase is asked for, with the Fluent id of why the last try failed, if it did.
    Prompt(Option<String>),
    /// The lock worker derives the key and opens the draft.
    Opening,
}

/// The home screen, drawn into `parent`.
pub(crate) fn home(ctx: AppContext, parent: &Element) {
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
    };
    let root = add(parent, "div", &[("class", "tandem-home")], "");
    dom::listen(&root, "click", move |ev| state.on_click(ev.unchecked_ref()));
    dom::listen(&root, "submit", move |ev| {
        state.on_submit(ev.unchecked_ref())
    });
    dom::listen(&root, "change", move |ev| state.on_change(&ev));
    dom::effect(move || {
        // Every signal the screen shows, so that any change draws it again.
        ctx.ui.track();
        ctx.not_found.track();
        ctx.persisted.track();
        state.version.track();
        state.notice.track();
        state.renaming.track();
        state.unlock.track();
        draw(state, &root);
    });
}

/// What the list calls a draft with this label (the list's word for "untitled" when empty).
fn named(ctx: AppContext, label: &str) -> String {
    if label.is_empty() {
        ctx.t("home-untitled")
    } else {
        label.to_string()
    }
}

/// Draws the whole screen into `root`.
fn draw(state: HomeState, root: &Element) {
    let ctx = state.ctx;
    root.set_text_content(None);
    if ctx.not_found.get_untracked() {
        add(
            root,
            "p",
            &[("class", "tandem-notice__error"), ("role", "alert")],
            &ctx.t("home-not-found"),
        );
    }

    let types = add(
        root,
        "section",
        &[
            ("class", "tandem-types"),
            ("aria-labelledby", "types-heading"),
        ],
        "",
    );
    add(
        &types,
        "h2",
        &[("id", "types-heading")],
        &ctx.t("home-start"),
    );
    let list = add(&types, "ul", &[("class", "tandem-types__list")], "");
    for template in registry::TEMPLATES
        .iter()
        .filter_map(|(id, _)| registry::template(id).ok())
    {
        let item = add(&list, "li", &[("class", "tandem-type")], "");
        let id = format!("new-{}", template.id);
        let href = Route::New(template.id.clone()).href();
        add(
            &item,
            "a",
            &[("class", "tandem-type__link"), ("id", &id), ("href", &href)],
            &ctx.t(&template.title),
        );
        if let Some(usage) = summary::usage_message(&template.id) {
            add(&item, "p", &[("class", "tandem-type__use")], &ctx.t(usage));
        }
    }

    let drafts = add(
        root,
        "section",
        &[
            ("class", "tandem-drafts"),
            ("aria-labelledby", "drafts-heading"),
        ],
        "",
    );
    add(
        &drafts,
        "h2",
        &[("id", "drafts-heading")],
        &ctx.t("home-drafts"),
    );
    let import = add(&drafts, "div", &[("class", "tandem-import")], "");
    add(
        &import,
        "label",
        &[("class", "tandem-field__label"), ("for", "import-file")],
        &ctx.t("home-import"),
    );
    add(
        &import,
        "input",
        &[
            ("type", "file"),
            ("id", "import-file"),
            ("class", "tandem-import__input"),
            ("accept", ".json,application/json"),
        ],
        "",
    );
    let status = add(
        &drafts,
        "div",
        &[
            ("class", "tandem-notice"),
            ("role", "status"),
            ("id", "drafts-notice"),
        ],
        "",
    );
    if let Some(notice) = state.notice.get_untracked() {
        draw_notice(ctx, &status, notice);
    }

    let drafts_here = storage::all_drafts();
    draw_storage(ctx, &drafts, !drafts_here.is_empty());
    let read_only: Vec<&str> = drafts_here
        .iter()
        .filter(|(_, read_only)| *read_only)
        .map(|(d, _)| d.id.as_str())
        .collect();
    let list = summary::sorted(
        drafts_here
            .iter()
            .map(|(d, _)| summary::summarize(d, crate::preservation::office_today(d)))
            .collect(),
    );
    // Locked drafts show only what their envelope has in clear.
    let locked: Vec<(String, u64)> = storage::draft_entries()
        .into_iter()
        .filter_map(|(id, text)| lock::envelope(&text).map(|e| (id, e.revision())))
        .collect();
    if list.is_empty() && locked.is_empty() {
        add(
            &drafts,
            "p",
            &[("class", "tandem-drafts__empty")],
            &ctx.t("home-no-drafts"),
        );
        return;
    }
    let cards = add(&drafts, "ul", &[("class", "tandem-drafts__list")], "");
    let renaming = state.renaming.get_untracked();
    for s in &list {
        let editing = renaming.as_deref() == Some(s.id.as_str());
        draw_card(ctx, &cards, s, editing, read_only.contains(&s.id.as_str()));
    }
    let unlock = state.unlock.get_untracked();
    for (id, revision) in &locked {
        let prompt = unlock.as_ref().filter(|(u, _)| u == id).map(|(_, p)| p);
        draw_locked_card(ctx, &cards, id, *revision, prompt);
    }
}

/// A locked draft in the list: its buttons, and the passphrase prompt when it is being opened.
#[inline(never)]
fn draw_locked_card(
    ctx: AppContext,
    cards: &Element,
    id: &str,
    revision: u64,
    unlock: Option<&Unlock>,
) {
    let heading = format!("draft-{id}");
    let card = add(
        cards,
        "li",
        &[
            ("class", "tandem-draft tandem-draft--locked"),
            ("data-id", id),
        ],
        "",
    );
    let title = ctx.t_args("lock-listed", &[("revision", Arg::Num(revision as f64))]);
    add(
        &card,
        "h3",
        &[("class", "tandem-draft__title"), ("id", &heading)],
        &title,
    );
    let actions = add(&card, "div", &[("class", "tandem-draft__actions")], "");
    for (act, message) in [
        ("unlock", "lock-open"),
        ("export", "home-export"),
        ("delete", "home-delete"),
    ] {
        let attrs = [
            ("type", "button"),
            ("class", "tandem-button"),
            ("id", &format!("{act}-{id}")),
            ("aria-describedby", &heading),
            ("data-act", act),
            ("data-id", id),
        ];
        add(&actions, "button", &attrs, &ctx.t(message));
    }
    let error = match unlock {
        None => return,
        Some(Unlock::Opening) => {
            add(&card, "p", &[("role", "status")], &ctx.t("lock-opening"));
            return;
        }
        Some(Unlock::Prompt(error)) => error,
    };
    let input = format!("passphrase-{id}");
    let error_id = format!("unlock-error-{id}");
    let form = add(
        &card,
        "form",
        &[("class", "tandem-unlock"), ("data-id", id)],
        "",
    );
    add(
        &form,
        "label",
        &[("class", "tandem-field__label"), ("for", &input)],
        &ctx.t("lock-passphrase"),
    );
    let mut attrs = vec![
        ("type", "password"),
        ("class", "tandem-input"),
        ("id", input.as_str()),
        ("autocomplete", "current-password"),
    ];
    if error.is_some() {
        attrs.push(("aria-describedby", error_id.as_str()));
    }
    add(&form, "input", &attrs, "");
    if let Some(message) = error {
        add(
            &form,
            "p",
            &[
                ("class", "tandem-notice__error"),
                ("role", "alert"),
                ("id", &error_id),
            ],
            &ctx.t(message),
        );
    }
    add(
        &form,
        "button",
        &[
            ("type", "submit"),
            ("class", "tandem-button tandem-button--primary"),
        ],
        &ctx.t("lock-open"),
    );
    add(
        &form,
        "button",
        &[
            ("type", "button"),
            ("class", "tandem-button"),
            ("data-act", "cancel-unlock"),
            ("data-id", id),
        ],
        &ctx.t("home-cancel"),
    );
}

/// What the browser does with the stored drafts: entries it could not read (kept aside, each
/// offered for download exactly as stored), whether it keeps them for good, and the backup of
/// them all.
fn draw_storage(ctx: AppContext, drafts: &Element, any: bool) {
    let unreadable = storage::unreadable();
    if !unreadable.is_empty() {
        let alert = add(
            drafts,
            "div",
            &[
                ("class", "tandem-notice__error"),
                ("role", "alert"),
                ("id", "unreadable"),
            ],
            "",
        );
        let count = Arg::Num(unreadable.len() as f64);
        add(
            &alert,
            "p",
            &[],
            &ctx.t_args("storage-unreadable", &[("count", count)]),
        );
        for (id, _) in &unreadable {
            let file = tandem_core::stored::aside_file_name(id);
            add(
                &alert,
                "button",
                &[
                    ("type", "button"),
                    ("class", "tandem-button"),
                    ("data-act", "download-aside"),
                    ("data-id", id),
                ],
                &ctx.t_args("storage-download-file", &[("file", Arg::Str(&file))]),
            );
        }
    }
    // Said, and offered, once there are drafts to keep.
    if !any {
        return;
    }
    let persisted = ctx.persisted.get_untracked();
    if let Some(message) = tandem_core::stored::persistence_message(persisted) {
        add(
            drafts,
            "p",
            &[("class", "tandem-persist"), ("id", "persist")],
            &ctx.t(message),
        );
    }
    add(
        drafts,
        "button",
        &[
            ("type", "button"),
            ("class", "tandem-button"),
            ("id", "export-all"),
            ("data-act", "export-all"),
        ],
        &ctx.t("storage-export-all"),
    );
}

/// When a preservation request's preservation ends, and how close that is: marked from 30 days
/// left, more strongly from 7, and once it has ended.
fn draw_preservation(ctx: AppContext, facts: &Element, status: &preservation::Status) {
    let lang = ctx.ui.get_untracked();
    let end = ctx
        .catalog
        .with_value(|c| preservation::end_text(status, c, lang))
        .unwrap_or_else(|e| e.to_string());
    let (level, left) = crate::preservation::days_left(ctx, status);
    let pair = add(facts, "div", &[], "");
    add(&pair, "dt", &[], &ctx.t("preservation-end-label"));
    let text = if left.is_empty() {
        end
    } else {
        format!("{end} · {left}")
    };
    add(
        &pair,
        "dd",
        &[(
            "class",
            &format!("tandem-draft__preservation tandem-draft__preservation--{level}"),
        )],
        &text,
    );
}

fn draw_notice(ctx: AppContext, status: &Element, notice: Notice) {
    let name = |label: &str| named(ctx, label);
    let (text, error, undo) = match notice {
        Notice::Deleted { id, label } => (
            ctx.t_args("home-deleted", &[("name", Arg::Str(&name(&label)))]),
            false,
            Some(id),
        ),
        Notice::Imported { label, copy } => {
            let message = if copy {
                "home-imported-copy"
            } else {
                "home-imported"
            };
            (
                ctx.t_args(message, &[("name", Arg::Str(&name(&label)))]),
                false,
                None,
            )
        }
        Notice::AlreadyHere(id) => (
            ctx.t_args("backup-skipped", &[("id", Arg::Str(&id))]),
            false,
            None,
        ),
        Notice::StorageFailed(reason) => (
            ctx.t_args("home-storage-failed", &[("reason", Arg::Str(&reason))]),
            true,
            None,
        ),
        Notice::ImportFailed(message) => (ctx.t(message), true, None),
        Notice::Report(outcomes) => {
            let lines = add(status, "ul", &[("class", "tandem-report")], "");
            for o in outcomes {
                let copy = match &o.imported {
                    Imported::Copied(copy) => copy.as_str(),
                    _ => "",
                };
                let args = [("id", Arg::Str(&o.id)), ("copy", Arg::Str(copy))];
                let mut line = ctx.t_args(o.imported.message_id(), &args);
                if let Imported::Rejected(e) = &o.imported {
                    let field = match e {
                        ImportError::BadField(field) => field,
                        _ => "",
                    };
                    let reason = ctx.t_args(e.message_id(), &[("field", Arg::Str(field))]);
                    line = format!("{line}: {reason}");
                }
                add(&lines, "li", &[], &line);
            }
            return;
        }
    };
    let attrs: &[(&str, &str)] = if error {
        &[("class", "tandem-notice__error"), ("role", "alert")]
    } else {
        &[]
    };
    let line = add(status, "p", attrs, &text);
    if let Some(id) = undo {
        add(
            &line,
            "button",
            &[
                ("type", "button"),
                ("class", "tandem-button"),
                ("id", "undo"),
                ("data-act", "undo"),
                ("data-id", &id),
            ],
            &ctx.t("home-undo"),
        );
    }
}

/// One draft in the list: what it is, how far it is, its buttons (and its name being edited).
fn draw_card(ctx: AppContext, cards: &Element, s: &Summary, renaming: bool, read_only: bool) {
    let id = s.id.as_str();
    let heading = format!("draft-{id}");
    let card = add(
        cards,
        "li",
        &[("class", "tandem-draft"), ("data-id", id)],
        "",
    );
    let title = add(
        &card,
        "h3",
        &[("class", "tandem-draft__title"), ("id", &heading)],
        "",
    );
    let href = Route::Draft(id.to_string()).href();
    add(
        &title,
        "a",
        &[("id", &format!("open-{id}")), ("href", &href)],
        &named(ctx, s.label()),
    );

    let kind = s
        .title
        .as_ref()
        .map_or_else(|| s.template.clone(), |t| ctx.t(t));
    let country = match country::lookup(&s.country) {
        Some(message) => ctx.t(message),
        None if s.country.is_empty() => "—".to_string(),
        None => s.country.clone(),
    };
    let langs = format!(
        "{} | {}",
        s.langs[0].native_name(),
        s.langs[1].native_name()
    );
    let offset = browser_offset_minutes();
    let edited = s.modified_local(offset).map_or_else(
        || "—".to_string(),
        |m| {
            format!(
                "{} {}",
                ctx.ui.get_untracked().format_date(m.date()),
                tandem_core::format::clock(m.time(), false)
            )
        },
    );
    let facts = add(&card, "dl", &[("class", "tandem-draft__facts")], "");
    for (class, term, value) in [
        ("tandem-draft__type", "app-request-type", kind),
        ("tandem-draft__country", "home-country", country),
        ("tandem-draft__langs", "app-document-languages", langs),
        ("tandem-draft__edited", "home-edited", edited),
    ] {
        let pair = add(&facts, "div", &[], "");
        add(&pair, "dt", &[], &ctx.t(term));
        add(&pair, "dd", &[("class", class)], &value);
    }
    if let Some(status) = &s.preservation {
        draw_preservation(ctx, &facts, status);
    }
    let completeness = ctx.t_args(
        "app-completeness",
        &[
            ("done", Arg::Num(s.required_done as f64)),
            ("total", Arg::Num(s.required_total as f64)),
        ],
    );
    add(
        &card,
        "p",
        &[("class", "tandem-draft__completeness")],
        &completeness,
    );

    if read_only {
        add(
            &card,
            "p",
            &[("class", "tandem-draft__read-only")],
            &ctx.t("storage-read-only-tag"),
        );
    }
    let actions = add(&card, "div", &[("class", "tandem-draft__actions")], "");
    for (act, message) in [
        ("duplicate", "home-duplicate"),
        ("rename", "home-rename"),
        ("export", "home-export"),
        ("delete", "home-delete"),
    ] {
        // A newer version's draft is never written: neither renamed nor copied from here.
        if read_only && matches!(act, "duplicate" | "rename") {
            continue;
        }
        let class = if act == "delete" {
            "tandem-button tandem-button--danger"
        } else {
            "tandem-button"
        };
        let attrs = [
            ("type", "button"),
            ("class", class),
            ("id", &format!("{act}-{id}")),
            ("aria-describedby", &heading),
            ("data-act", act),
            ("data-id", id),
        ];
        add(&actions, "button", &attrs, &ctx.t(message));
    }
    if renaming {
        let input = format!("name-{id}");
        let form = add(
            &card,
            "form",
            &[("class", "tandem-rename"), ("data-id", id)],
            "",
        );
        add(
            &form,
            "label",
            &[("class", "tandem-field__label"), ("for", &input)],
            &ctx.t("home-name"),
        );
        add(
            &form,
            "input",
            &[
                ("type", "text"),
                ("class", "tandem-input"),
                ("id", &input),
                ("value", &s.name),
            ],
            "",
        );
        add(
            &form,
            "button",
            &[
                ("type", "submit"),
                ("class", "tandem-button tandem-button--primary"),
            ],
            &ctx.t("home-save-name"),
        );
        add(
            &form,
            "button",
            &[
                ("type", "button"),
                ("class", "tandem-button"),
                ("data-act", "cancel"),
                ("data-id", id),
            ],
            &ctx.t("home-cancel"),
        );
    }
}

fn import_error_message(e: &ImportError) -> &'static str {
    match e {
        ImportError::TooLarge => "home-import-too-large",
        ImportError::NewerFormat(_) => "home-import-newer",
        ImportError::UnknownTemplate(_) => "home-import-unknown",
        _ => "home-import-malformed",
    }
}

impl HomeState {
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
            Imported::Skipped => return Notice::AlreadyHere(outcome.id.clone()),
            Imported::Added => (outcome.id.clone(), false),
            Imported::Copied(new_id) => (new_id.clone(), true),
        };
        self.changed();
        focus_later(format!("open-{id}"), false);
        let label = storage::load_draft(&id)
            .map(|d| summary::label(&d).to_string())
            .unwrap_or(id);
        Notice::Imported { label, copy }
    }

    /// Opens a locked draft with a passphrase: the lock worker derives the key and keeps it for
    /// the draft's later saves. A wrong passphrase changes nothing and asks again.
    fn open_locked(self, id: String, passphrase: String) {
        let Some(envelope) = storage::stored_text(&id) else {
            return self.changed();
        };
        self.unlock.set(Some((id.clone(), Unlock::Opening)));
        let ctx = self.ctx;
        let fields = [("passphrase", passphrase.as_str()), ("envelope", &envelope)];
        lock::send("unlock", &id.clone(), &fields, move |answer| {
            let opened = answer.and_then(|json| {
                let draft = tandem_core::import::parse(json.as_bytes())
                    .map_err(|e| e.message_id().to_string())?;
                let template = registry::template(&draft.template).map_err(|_| {
                    ImportError::UnknownTemplate(draft.template.clone())
                        .message_id()
                        .to_string()
                })?;
                Ok((template, draft))
            });
            match opened {
                Ok((template, draft)) => {
                    self.unlock.set(None);
                    ctx.open_unlocked(template, draft, move |_| go(&Route::Draft(id)));
                }
                Err(message) => {
                    self.unlock
                        .set(Some((id.clone(), Unlock::Prompt(Some(message)))));
                    focus_later(format!("passphrase-{id}"), false);
                }
            }
        });
    }

    fn changed(self) {
        self.version.update(|v| *v += 1);
    }

    /// Reports a refusal of the browser, or redraws and moves the focus.
    fn stored(self, result: Result<u64, storage::SaveError>, then_focus: &str) {
        match result.map_err(storage::SaveError::reason) {
            Ok(_) => {
                self.changed();
                focus_later(then_focus.to_string(), false);
            }
            Err(reason) => self.notice.set(Some(Notice::StorageFailed(reason))),
        }
    }

    /// A button of the list: `data-act` says what, `data-id` on which draft.
    fn on_click(self, ev: &web_sys::MouseEvent) {
        let Some((act, id)) = clicked(ev) else {
            return;
        };
        match act.as_str() {
            "duplicate" => {
                let Some(draft) = storage::load_draft(&id) else {
                    return self.changed();
                };
                let mut copy = draft.with_id(&fresh_id());
                copy.modified = now();
                let open = format!("open-{}", copy.id);
                self.stored(storage::store_draft(&copy), &open);
            }
            "rename" => {
                self.renaming.set(Some(id.clone()));
                focus_later(format!("name-{id}"), false);
            }
            "cancel" => {
                self.renaming.set(None);
                focus_later(format!("rename-{id}"), false);
            }
            "export" => {
                let result = match storage::load(&id) {
                    storage::Stored::Draft(draft) => download_draft(&draft),
                    // Exactly as the newer version wrote it.
                    storage::Stored::ReadOnly(read_only, text) => download(
                        text.as_bytes(),
                        "application/json",
                        &draft_file_name(read_only.draft()),
                    ),
                    // A locked draft leaves the browser locked: its envelope as stored.
                    storage::Stored::Locked => match storage::stored_text(&id) {
                        Some(text) => download_envelope(&id, &text),
                        None => return self.changed(),
                    },
                    _ => return self.changed(),
                };
                if let Err(reason) = result {
                    self.notice.set(Some(Notice::StorageFailed(reason)));
                }
            }
            "unlock" => {
                self.unlock.set(Some((id.clone(), Unlock::Prompt(None))));
                focus_later(format!("passphrase-{id}"), false);
            }
            "cancel-unlock" => {
                self.unlock.set(None);
                focus_later(format!("unlock-{id}"), false);
            }
            "delete" => {
                let label = storage::load_draft(&id)
                    .map(|d| summary::label(&d).to_string())
                    .unwrap_or_default();
                match storage::trash_draft(&id) {
                    Ok(()) => {
                        self.ctx.forget(&id);
                        self.notice.set(Some(Notice::Deleted { id, label }));
                        self.changed();
                        focus_later("undo".to_string(), false);
                    }
                    Err(reason) => self.notice.set(Some(Notice::StorageFailed(reason))),
                }
            }
            "undo" => match storage::restore_draft(&id) {
                Ok(()) => {
                    self.notice.set(None);
                    self.changed();
                    focus_later(format!("open-{id}"), false);
                }
                Err(reason) => self.notice.set(Some(Notice::StorageFailed(reason))),
            },
            "download-aside" => {
                let text = storage::unreadable()
                    .into_iter()
                    .find_map(|(aside, text)| (aside == id).then_some(text));
                let file = tandem_core::stored::aside_file_name(&id);
                if let Some(Err(reason)) = text.map(|t| download(t.as_bytes(), "text/plain", &file))
                {
                    self.notice.set(Some(Notice::StorageFailed(reason)));
                }
            }
            "export-all" => {
                let backup = backup::export(&storage::draft_entries(), &now());
                let file = tandem_core::stored::backup_file_name(&today());
                if let Err(reason) = download(backup.text.as_bytes(), "application/json", &file) {
                    self.notice.set(Some(Notice::StorageFailed(reason)));
                }
            }
            _ => {}
        }
    }

    /// The rename form: the new name ("" goes back to showing the reference).
    fn on_submit(self, ev: &web_sys::SubmitEvent) {
        ev.prevent_default();
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let id = form.get_attribute("data-id").unwrap_or_default();
        if form.class_list().contains("tandem-unlock") {
            let passphrase = form
                .query_selector("input")
                .ok()
                .flatten()
                .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            return self.open_locked(id, passphrase);
        }
        let name = form
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
            .map(|i| i.value().trim().to_string())
            .unwrap_or_default();
        let Some(mut draft) = storage::load_draft(&id) else {
            return self.changed();
        };
        draft.name = name;
        self.renaming.set(None);
        self.stored(storage::store_draft(&draft), &format!("rename-{id}"));
    }

    /// A draft file chosen for import: read, checked, stored under a free id, never over
    /// another draft.
    fn on_change(self, ev: &web_sys::Event) {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .filter(|i| i.id() == "import-file")
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be chosen again.
        input.set_value("");
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
            let notice = match backup::import(text.as_bytes(), &storage::stored_entries()) {
                Err(e) => Notice::ImportFailed(import_error_message(&e)),
                Ok(plan) => self.store_import(plan),
            };
            self.notice.set(Some(notice));
        });
    }
}
