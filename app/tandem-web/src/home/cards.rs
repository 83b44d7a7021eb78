//! The drafts list: one card per draft (what it is, how far it is, its buttons, its name being
//! edited), and one per locked draft (all its envelope has in clear, and the passphrase prompt).

use leptos::html;
use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::preservation::Status;
use tandem_core::route::Route;
use tandem_core::summary::{self, Summary};
use tandem_core::{country, import, ImportError};

use super::notice::{named, Notice};
use super::{HomeState, Unlock};
use crate::context::{browser_offset_minutes, fresh_id, go, now, today, AppContext};
use crate::download::{download, download_draft, download_envelope};
use crate::focus::focus_later;
use crate::{lock, storage};

/// What the drafts list shows: the cards of the drafts kept by the filters (last edited first),
/// how many drafts there are, and the locked drafts (all their envelope has in clear).
#[derive(Clone, PartialEq)]
struct Listing {
    cards: Vec<Card>,
    total: usize,
    locked: Vec<Locked>,
    today: chrono::NaiveDate,
}

/// A draft's card: its summary, and whether a newer version wrote it (shown read-only).
#[derive(Clone, PartialEq)]
struct Card {
    summary: Summary,
    read_only: bool,
}

/// A locked draft's card: its id, revision and label.
#[derive(Clone, PartialEq)]
struct Locked {
    id: String,
    revision: u64,
    label: String,
}

/// The stored drafts, read again whenever they change: cards of the drafts (last edited
/// first), then of the locked ones.
#[component]
pub(super) fn DraftsList(state: HomeState) -> impl IntoView {
    let ctx = state.ctx;
    let listing = Memo::new(move |_| {
        state.version.track();
        let drafts = storage::all_drafts();
        // A draft of a type not opened in this page: its template is fetched, and the list
        // read again when it is in.
        ctx.templates
            .request(drafts.iter().map(|(d, _)| d.template.clone()));
        let all: Vec<Summary> = drafts
            .iter()
            .map(|(d, _)| {
                let template = ctx.templates.get(&d.template);
                let today = crate::preservation::office_today(d);
                summary::summarize(d, template.as_ref(), today)
            })
            .collect();
        let total = all.len();
        let (filter, days) = (state.filter.get(), state.days.get());
        let today = tandem_core::tracking::date(&today()).unwrap_or_default();
        let list = summary::sorted(
            all.into_iter()
                .filter(|s| filter.keeps(s, today, days))
                .collect(),
        );
        let cards = list
            .into_iter()
            .map(|mut s| {
                let read_only = drafts.iter().any(|(d, r)| *r && d.id == s.id);
                // A linked request's reference as it is now: it is often given after the link.
                for (_, _, id, reference) in &mut s.links {
                    if let Some((d, _)) = drafts.iter().find(|(d, _)| d.id == *id) {
                        let now = d.text(summary::REFERENCE).trim();
                        if !now.is_empty() {
                            *reference = now.to_string();
                        }
                    }
                }
                Card {
                    summary: s,
                    read_only,
                }
            })
            .collect();
        let locked = storage::draft_entries()
            .into_iter()
            .filter_map(|(id, text)| {
                lock::envelope(&text).map(|e| Locked {
                    id,
                    revision: e.revision(),
                    label: e.label().to_string(),
                })
            })
            .collect();
        Listing {
            cards,
            total,
            locked,
            today,
        }
    });
    // The cards are drawn again only when the drafts listed, their order or the locked drafts
    // change: a card whose draft changes only says so (its link, and a name or passphrase being
    // typed, stay as they are).
    let shape = Memo::new(move |_| {
        listing.with(|l| Shape {
            empty: l.total == 0 && l.locked.is_empty(),
            cards: l
                .cards
                .iter()
                .map(|c| (c.summary.id.clone(), c.read_only))
                .collect(),
            locked: l.locked.clone(),
        })
    });
    let filtered = move || {
        let shown = listing.with(|l| l.cards.len());
        (state.filter.get() != summary::Filter::default()).then(|| {
            let total = listing.with(|l| l.total);
            let text = ctx.t_args(
                "tracking-filtered",
                &[
                    ("shown", Arg::Num(shown as f64)),
                    ("total", Arg::Num(total as f64)),
                ],
            );
            view! { <p id="log-filtered" role="status">{text}</p> }
        })
    };
    move || {
        // Drawn again in another UI language: a card's words are set when it is drawn.
        ctx.ui.track();
        let Shape {
            empty,
            cards,
            locked,
        } = shape.get();
        if empty {
            return view! { <p class="tandem-drafts__empty">{ctx.t("home-no-drafts")}</p> }
                .into_any();
        }
        let cards = cards
            .into_iter()
            .map(|(id, read_only)| draft_card(state, listing, id, read_only))
            .collect_view();
        let locked = locked
            .into_iter()
            .map(|locked| view! { <LockedCard state=state locked=locked /> })
            .collect_view();
        view! { {filtered} <ul class="tandem-drafts__list">{cards}{locked}</ul> }.into_any()
    }
}

/// What decides which cards the list holds: the drafts listed, in order, each with whether it
/// is read-only, and the locked drafts.
#[derive(Clone, PartialEq)]
struct Shape {
    empty: bool,
    cards: Vec<(String, bool)>,
    locked: Vec<Locked>,
}

/// One draft in the list: what it is, how far it is, its buttons (and its name being edited).
/// The card and its link stay; what it says follows its draft.
fn draft_card(
    state: HomeState,
    listing: Memo<Listing>,
    id: String,
    read_only: bool,
) -> impl IntoView {
    let ctx = state.ctx;
    let heading = format!("draft-{id}");
    let card = {
        let id = id.clone();
        move |f: &mut dyn FnMut(&Card, chrono::NaiveDate)| {
            listing.with(|l| {
                if let Some(card) = l.cards.iter().find(|c| c.summary.id == id) {
                    f(card, l.today);
                }
            })
        }
    };
    let title = {
        let card = card.clone();
        move || {
            let mut title = None;
            card(&mut |c, _| title = Some(self::title(ctx, &c.summary)));
            title
        }
    };
    let details = {
        let card = card.clone();
        move || {
            let mut details = None;
            card(&mut |c, today| details = Some(self::details(state, &c.summary, today)));
            details
        }
    };
    let read_only_tag = read_only.then(|| {
        view! { <p class="tandem-draft__read-only">{ctx.t("storage-read-only-tag")}</p> }
    });
    // A newer version's draft is never written: neither renamed nor copied from here.
    let writable = (!read_only).then(|| {
        let (duplicate, rename) = (id.clone(), id.clone());
        let duplicate = move |_| state.duplicate(&duplicate);
        let rename = move |_| {
            state.renaming.set(Some(rename.clone()));
            focus_later(format!("name-{rename}"), false);
        };
        view! {
            {button(&id, &heading, "duplicate", "tandem-button", ctx.t("home-duplicate"), duplicate)}
            {button(&id, &heading, "rename", "tandem-button", ctx.t("home-rename"), rename)}
        }
    });
    let (export, delete) = (id.clone(), id.clone());
    let export = move |_| state.export(&export);
    let delete = move |_| state.delete(&delete);
    let renaming = {
        let id = id.clone();
        move || {
            (state.renaming.get().as_deref() == Some(id.as_str())).then(|| {
                let name = listing.with_untracked(|l| {
                    l.cards
                        .iter()
                        .find(|c| c.summary.id == id)
                        .map(|c| c.summary.name.clone())
                });
                rename_form(state, id.clone(), name.unwrap_or_default())
            })
        }
    };
    view! {
        <li class="tandem-draft" data-id=id.clone()>
            <h3 class="tandem-draft__title" id=heading.clone()>
                <a id=format!("open-{id}") href=Route::Draft(id.clone()).href()>{title}</a>
            </h3>
            {details}
            {read_only_tag}
            <div class="tandem-draft__actions">
                {writable}
                {button(&id, &heading, "export", "tandem-button", ctx.t("home-export"), export)}
                {button(&id, &heading, "delete", "tandem-button tandem-button--danger", ctx.t("home-delete"), delete)}
            </div>
            {renaming}
        </li>
    }
}

/// A card's title: the draft's name or reference; an extension without either is called after
/// what it extends.
fn title(ctx: AppContext, s: &Summary) -> String {
    match s.extension_of() {
        Some(reference) => ctx.t_args(
            "preservation-link",
            &[
                ("kind", Arg::Str("extension-of")),
                (
                    "reference",
                    Arg::Str(if reference.is_empty() {
                        "—"
                    } else {
                        reference
                    }),
                ),
            ],
        ),
        None => named(ctx, s.label()),
    }
}

/// What a card says of its draft: its facts, when its preservation ends, whether its
/// confirmation of receipt is overdue, how complete it is, and the chain it belongs to.
fn details(state: HomeState, s: &Summary, today: chrono::NaiveDate) -> impl IntoView {
    let ctx = state.ctx;
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
    let edited = s.modified_local(browser_offset_minutes()).map_or_else(
        || "—".to_string(),
        |m| ctx.ui.get_untracked().format_date_time(m),
    );
    // An answer has no log: no status is shown for it.
    let status = match s.answer {
        true => "—".to_string(),
        false => ctx.t(crate::tracking::status_message(s.tracking.status())),
    };
    let overdue = s.tracking.overdue(today, state.days.get()).then(|| {
        view! { <p class="tandem-draft__overdue tandem-warning">{ctx.t("tracking-overdue-flag")}</p> }
    });
    let facts = [
        ("tandem-draft__type", "app-request-type", kind),
        ("tandem-draft__status", "tracking-status", status),
        ("tandem-draft__country", "home-country", country),
        ("tandem-draft__langs", "app-document-languages", langs),
        ("tandem-draft__edited", "home-edited", edited),
    ]
    .into_iter()
    .map(|(class, term, value)| view! { <div><dt>{ctx.t(term)}</dt><dd class=class>{value}</dd></div> })
    .collect_view();
    let preservation = s
        .preservation
        .as_ref()
        .map(|status| preservation_end(ctx, status));
    let completeness = ctx.t_args(
        "app-completeness",
        &[
            ("done", Arg::Num(s.required_done as f64)),
            ("total", Arg::Num(s.required_total as f64)),
            ("translate", Arg::Num(s.to_translate as f64)),
        ],
    );
    // The chain the request belongs to: what it extends or follows up, and what followed it.
    let links = (!s.links.is_empty()).then(|| {
        let items = s
            .links
            .iter()
            .map(|(message, kind, _, reference)| {
                let reference = if reference.is_empty() {
                    "—"
                } else {
                    reference
                };
                let text = ctx.t_args(
                    message,
                    &[("kind", Arg::Str(kind)), ("reference", Arg::Str(reference))],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! { <ul class="tandem-draft__links">{items}</ul> }
    });
    view! {
        <dl class="tandem-draft__facts">{facts}{preservation}</dl>
        {overdue}
        <p class="tandem-draft__completeness">{completeness}</p>
        {links}
    }
}

/// A button of a card: `<act>-<id>`, described by the card's heading.
fn button(
    id: &str,
    heading: &str,
    act: &str,
    class: &'static str,
    text: String,
    on_click: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            id=format!("{act}-{id}")
            aria-describedby=heading.to_string()
            on:click=on_click
        >
            {text}
        </button>
    }
}

/// The form editing a draft's name ("" goes back to showing the reference).
fn rename_form(state: HomeState, id: String, name: String) -> impl IntoView {
    let ctx = state.ctx;
    let input = NodeRef::<html::Input>::new();
    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = input
                .get_untracked()
                .map(|i| i.value().trim().to_string())
                .unwrap_or_default();
            let Some(mut draft) = storage::load_draft(&id) else {
                return state.changed();
            };
            draft.name = name;
            state.renaming.set(None);
            state.stored(storage::store_draft(&draft), &format!("rename-{id}"));
        }
    };
    let cancel = {
        let id = id.clone();
        move |_| {
            state.renaming.set(None);
            focus_later(format!("rename-{id}"), false);
        }
    };
    let field = format!("name-{id}");
    view! {
        <form class="tandem-rename" data-id=id on:submit=save>
            <label class="tandem-field__label" for=field.clone()>{ctx.t("home-name")}</label>
            <input type="text" class="tandem-input" id=field value=name node_ref=input />
            <button type="submit" class="tandem-button tandem-button--primary">{ctx.t("home-save-name")}</button>
            <button type="button" class="tandem-button" on:click=cancel>{ctx.t("home-cancel")}</button>
        </form>
    }
}

/// When a preservation request's preservation ends, and how close that is: marked from 30 days
/// left, more strongly from 7, and once it has ended.
fn preservation_end(ctx: AppContext, status: &Status) -> impl IntoView {
    let lang = ctx.ui.get_untracked();
    let end = ctx
        .catalog
        .with_value(|c| tandem_core::preservation::end_text(status, c, lang))
        .unwrap_or_else(|e| e.to_string());
    let (level, left) = crate::preservation::days_left(ctx, status);
    let text = if left.is_empty() {
        end
    } else {
        format!("{end} · {left}")
    };
    let class = format!("tandem-draft__preservation tandem-draft__preservation--{level}");
    view! { <div><dt>{ctx.t("preservation-end-label")}</dt><dd class=class>{text}</dd></div> }
}

/// A locked draft in the list: its label (kept in clear) or that it is locked, its buttons, and
/// the passphrase prompt when it is being opened.
#[component]
fn LockedCard(state: HomeState, locked: Locked) -> impl IntoView {
    let ctx = state.ctx;
    let Locked {
        id,
        revision,
        label,
    } = locked;
    let heading = format!("draft-{id}");
    let revision = ("revision", Arg::Num(revision as f64));
    let title = if label.trim().is_empty() {
        ctx.t_args("lock-listed", &[revision])
    } else {
        ctx.t_args(
            "lock-listed-label",
            &[("label", Arg::Str(&label)), revision],
        )
    };
    let (open, export, delete) = (id.clone(), id.clone(), id.clone());
    let open = move |_| {
        state.unlock.set(Some((open.clone(), Unlock::Prompt(None))));
        focus_later(format!("passphrase-{open}"), false);
    };
    let export = move |_| state.export(&export);
    let delete = move |_| state.delete(&delete);
    let prompt = {
        let id = id.clone();
        move || {
            let unlock = state
                .unlock
                .get()
                .filter(|(u, _)| *u == id)
                .map(|(_, p)| p)?;
            Some(match unlock {
                Unlock::Opening => {
                    view! { <p role="status">{ctx.t("lock-opening")}</p> }.into_any()
                }
                Unlock::Prompt(error) => unlock_form(state, id.clone(), error).into_any(),
            })
        }
    };
    view! {
        <li class="tandem-draft tandem-draft--locked" data-id=id.clone()>
            <h3 class="tandem-draft__title" id=heading.clone()>{title}</h3>
            <div class="tandem-draft__actions">
                {button(&id, &heading, "unlock", "tandem-button", ctx.t("lock-open"), open)}
                {button(&id, &heading, "export", "tandem-button", ctx.t("home-export"), export)}
                {button(&id, &heading, "delete", "tandem-button", ctx.t("home-delete"), delete)}
            </div>
            {prompt}
        </li>
    }
}

/// The passphrase prompt of a locked draft, with why the last try failed, if it did.
fn unlock_form(state: HomeState, id: String, error: Option<String>) -> impl IntoView {
    let ctx = state.ctx;
    let input = NodeRef::<html::Input>::new();
    let open = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let passphrase = input.get_untracked().map(|i| i.value()).unwrap_or_default();
            state.open_locked(id.clone(), passphrase);
        }
    };
    let cancel = {
        let id = id.clone();
        move |_| {
            state.unlock.set(None);
            focus_later(format!("unlock-{id}"), false);
        }
    };
    let field = format!("passphrase-{id}");
    let error_id = format!("unlock-error-{id}");
    let described = error.is_some().then(|| error_id.clone());
    let error = error.map(|message| {
        view! { <p class="tandem-notice__error" role="alert" id=error_id>{ctx.t(&message)}</p> }
    });
    view! {
        <form class="tandem-unlock" data-id=id on:submit=open>
            <label class="tandem-field__label" for=field.clone()>{ctx.t("lock-passphrase")}</label>
            <input
                type="password"
                class="tandem-input"
                id=field
                autocomplete="current-password"
                aria-describedby=described
                node_ref=input
            />
            {error}
            <button type="submit" class="tandem-button tandem-button--primary">{ctx.t("lock-open")}</button>
            <button type="button" class="tandem-button" on:click=cancel>{ctx.t("home-cancel")}</button>
        </form>
    }
}

impl HomeState {
    fn duplicate(self, id: &str) {
        let Some(draft) = storage::load_draft(id) else {
            return self.changed();
        };
        let mut copy = draft.with_id(&fresh_id());
        copy.modified = now();
        // A new request: it has not been sent, and no answer came to it.
        copy.tracking = Default::default();
        let open = format!("open-{}", copy.id);
        self.stored(storage::store_draft(&copy), &open);
    }

    fn export(self, id: &str) {
        let result = match storage::load(id) {
            storage::Stored::Draft(draft) => download_draft(&draft),
            // Exactly as the newer version wrote it.
            storage::Stored::ReadOnly(read_only, text) => download(
                text.as_bytes(),
                "application/json",
                &tandem_core::files::draft_file_name(read_only.draft()),
            ),
            // A locked draft leaves the browser locked: its envelope as stored.
            storage::Stored::Locked => match storage::stored_text(id) {
                Some(text) => download_envelope(id, &text),
                None => return self.changed(),
            },
            _ => return self.changed(),
        };
        if let Err(reason) = result {
            self.notice.set(Some(Notice::StorageFailed(reason)));
        }
    }

    pub(super) fn delete(self, id: &str) {
        let label = storage::load_draft(id)
            .map(|d| summary::label(&d).to_string())
            .unwrap_or_default();
        match storage::trash_draft(id) {
            Ok(()) => {
                self.ctx.forget(id);
                let id = id.to_string();
                self.notice.set(Some(Notice::Deleted { id, label }));
                self.changed();
                focus_later("undo".to_string(), false);
            }
            Err(reason) => self.notice.set(Some(Notice::StorageFailed(reason))),
        }
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
                let draft =
                    import::parse(json.as_bytes()).map_err(|e| e.message_id().to_string())?;
                if !ctx.templates.offered(&draft.template) {
                    let unknown = ImportError::UnknownTemplate(draft.template.clone());
                    return Err(unknown.message_id().to_string());
                }
                Ok(draft)
            });
            leptos::task::spawn_local(async move {
                // Its template, fetched if no draft of its type was open in this page.
                let opened = match opened {
                    Ok(draft) => match ctx.templates.ensure(&draft.template).await {
                        Ok(()) => ctx
                            .templates
                            .peek(&draft.template)
                            .map(|template| (template, draft))
                            .ok_or_else(|| "app-template-failed".to_string()),
                        Err(reason) => {
                            leptos::logging::error!("{reason}");
                            Err("app-template-failed".to_string())
                        }
                    },
                    Err(message) => Err(message),
                };
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
        });
    }
}
