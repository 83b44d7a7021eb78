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
    /// The file's draft is already stored here, with the same content (its id).
    AlreadyHere(String),
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
            Notice::AlreadyHere(id) => {
                let text = ctx.t_args("backup-skipped", &[("id", Arg::Str(&id))]);
                (text, false, None)
            }
            Notice::StorageFailed(reason) => {
                let text = ctx.t_args("home-storage-failed", &[("reason", Arg::Str(&reason))]);
                (text, true, None)
            }
            Notice::ImportFailed(message) => (ctx.t(message), true, None),
            Notice::Report(outcomes) => return Some(report(ctx, &outcomes).into_any()),
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

/// One line per draft of an imported backup.
fn report(ctx: AppContext, outcomes: &[Outcome]) -> impl IntoView {
    let lines = outcomes
        .iter()
        .map(|o| {
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
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! { <ul class="tandem-report">{lines}</ul> }
}
