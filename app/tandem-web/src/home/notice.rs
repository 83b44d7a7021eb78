//! The status line above the drafts list: what the last action did (a deletion with its undo, an
//! import and its report, a refusal of the browser).

use leptos::prelude::*;
use tandem_core::backup::{Imported, Outcome};
use tandem_core::l10n::Arg;
use tandem_core::ImportError;

use super::HomeState;
use crate::context::AppContext;
use crate::focus::focus_later;
use crate::storage;

/// What the status line says after an action.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Notice {
    /// A draft went to the trash and can be restored: its id and what the list called it.
    Deleted {
        id: String,
        label: String,
    },
    Imported {
        label: String,
        copy: bool,
    },
    /// The file's draft is already stored here, with the same content: what the import said of
    /// it (its name, and what to store to bring it in as a copy all the same).
    AlreadyHere(Outcome),
    /// The browser refused a write; its reason.
    StorageFailed(String),
    /// Fluent ID of why a file could not be imported.
    ImportFailed(&'static str),
    /// What became of each draft of a file holding several (a backup).
    Report(Vec<Outcome>),
}

/// What the list calls a draft with this label (the list's word for "untitled" when empty).
pub(super) fn named(ctx: AppContext, label: &str) -> String {
    if label.is_empty() {
        ctx.t("home-untitled")
    } else {
        label.to_string()
    }
}

/// The status line's contents.
#[component]
pub(super) fn NoticeLine(state: HomeState) -> impl IntoView {
    let ctx = state.ctx;
    move || {
        let notice = state.notice.get()?;
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
                let text = ctx.t_args(message, &[("name", Arg::Str(&name(&label)))]);
                (text, false, None)
            }
            Notice::AlreadyHere(outcome) => {
                let text = line(ctx, &outcome, 0);
                let copy = as_copy_button(state, outcome, "copy-import".to_string());
                return Some(view! { <p>{text}{copy}</p> }.into_any());
            }
            Notice::StorageFailed(reason) => {
                let text = ctx.t_args("home-storage-failed", &[("reason", Arg::Str(&reason))]);
                (text, true, None)
            }
            Notice::ImportFailed(message) => (ctx.t(message), true, None),
            Notice::Report(outcomes) => return Some(report(state, &outcomes).into_any()),
        };
        let undo = undo.map(|id| {
            let restore = move |_| match storage::restore_draft(&id) {
                Ok(()) => {
                    state.notice.set(None);
                    state.changed();
                    focus_later(format!("open-{id}"), false);
                }
                Err(reason) => state.notice.set(Some(Notice::StorageFailed(reason))),
            };
            view! {
                <button type="button" class="tandem-button" id="undo" on:click=restore>
                    {ctx.t("home-undo")}
                </button>
            }
        });
        Some(if error {
            view! { <p class="tandem-notice__error" role="alert">{text}{undo}</p> }.into_any()
        } else {
            view! { <p>{text}{undo}</p> }.into_any()
        })
    }
}

/// What the report calls a draft: its name, reference or label, else its place in the file.
fn report_name(ctx: AppContext, outcome: &Outcome, index: usize) -> String {
    if outcome.name.trim().is_empty() {
        ctx.t_args(
            "backup-unnamed",
            &[("number", Arg::Num(index as f64 + 1.0))],
        )
    } else {
        outcome.name.clone()
    }
}

/// The report's line of one draft of the file (the `index`th); a rejected draft's line is
/// followed by why.
fn line(ctx: AppContext, outcome: &Outcome, index: usize) -> String {
    let name = report_name(ctx, outcome, index);
    let mut line = ctx.t_args(outcome.imported.message_id(), &[("name", Arg::Str(&name))]);
    if let Imported::Rejected(e) = &outcome.imported {
        let field = match e {
            ImportError::BadField(field) => field,
            _ => "",
        };
        let reason = ctx.t_args(e.message_id(), &[("field", Arg::Str(field))]);
        line = format!("{line}: {reason}");
    }
    line
}

/// "Bring in as a copy" beside a draft already saved: stores it under a free id and says so.
fn as_copy_button(state: HomeState, outcome: Outcome, id: String) -> impl IntoView {
    let ctx = state.ctx;
    let name = outcome.name.clone();
    let bring = move |_| {
        let Some((copy, text)) = outcome.as_copy(storage::taken) else {
            return;
        };
        if let Err(reason) = storage::store_entry(&copy, &text) {
            state.notice.set(Some(Notice::StorageFailed(reason)));
            return;
        }
        state.changed();
        let button = if crate::lock::envelope(&text).is_some() {
            "unlock"
        } else {
            "open"
        };
        focus_later(format!("{button}-{copy}"), false);
        state.notice.set(Some(Notice::Imported {
            label: name.clone(),
            copy: true,
        }));
    };
    view! {
        <button type="button" class="tandem-button" id=id on:click=bring>
            {ctx.t("backup-as-copy")}
        </button>
    }
}

/// One line per draft of an imported backup; a draft already saved can be brought in as a copy.
fn report(state: HomeState, outcomes: &[Outcome]) -> impl IntoView {
    let lines = outcomes
        .iter()
        .enumerate()
        .map(|(index, o)| {
            let copy = (o.imported == Imported::Skipped)
                .then(|| as_copy_button(state, o.clone(), format!("copy-import-{}", index + 1)));
            view! { <li>{line(state.ctx, o, index)}{copy}</li> }
        })
        .collect_view();
    view! { <ul class="tandem-report">{lines}</ul> }
}
