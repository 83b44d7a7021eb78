//! The home screen's storage panel: how much of the browser's local storage the drafts take
//! (and what `navigator.storage.estimate()` reports, where the browser has it), and from
//! `usage::WARN_PERCENT` a warning that offers the backup and the deletion of the oldest drafts,
//! before a save is ever refused. The arithmetic is `tandem_core::usage`.
//!
//! The home screen gives it what its buttons do: the backup of all drafts, and the deletion of a
//! draft (to the trash, with undo).
//!
//! Trusted Types: Leptos makes a subtree of `view!` with no dynamic part (an "inert element")
//! by assigning markup to a `<template>`'s `innerHTML`, which the page's policy refuses. Every
//! element below the top here holds a message or a computed attribute, so none is inert.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::summary;
use tandem_core::usage::{self, Weighed};

use crate::context::{storage_manager, AppContext};
use crate::storage;

/// A draft the warning offers to delete: its id, what the list calls it, its size in kB.
#[derive(Clone)]
struct Offered {
    id: String,
    name: String,
    kb: u64,
}

/// The panel, with the figures of local storage as it is now.
#[component]
pub fn StorageUsage(
    ctx: AppContext,
    /// Deletes the draft of this id (to the trash, with undo).
    delete: Callback<String>,
    /// Exports every draft to one backup file.
    export_all: Callback<()>,
) -> impl IntoView {
    let now = storage::usage();
    let percent = now.percent();
    let warns = now.warns();
    let offered = if warns { offered(ctx, now) } else { Vec::new() };
    // Bytes of the whole site's storage as the browser reports them, when it does.
    let estimate = RwSignal::new(None::<(f64, f64)>);
    leptos::task::spawn_local(async move {
        if let Some(answer) = storage_manager("estimate").await {
            let number = |name: &str| {
                js_sys::Reflect::get(&answer, &name.into())
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            if let (Some(used), Some(quota)) = (number("usage"), number("quota")) {
                let _ = estimate.try_set(Some((used, quota)));
            }
        }
    });
    let mb = |bytes: f64| Arg::Num((bytes / 1e6).ceil());
    let figures = ctx.t_args(
        "storage-usage",
        &[
            ("kb", Arg::Num(usage::kb(now.used) as f64)),
            ("percent", Arg::Num(percent as f64)),
            ("limit", Arg::Num(usage::kb(now.limit) as f64)),
        ],
    );
    let class = if warns {
        "tandem-usage tandem-usage--warning"
    } else {
        "tandem-usage"
    };
    view! {
        <div class=class id="usage" data-percent=percent.to_string()>
            <p id="usage-figures">{figures}</p>
            <meter
                class="tandem-usage__meter"
                min="0"
                max="100"
                high=usage::WARN_PERCENT.to_string()
                value=percent.to_string()
                aria-labelledby="usage-figures"
            ></meter>
            {move || {
                estimate
                    .get()
                    .map(|(used, quota)| {
                        let text = ctx
                            .t_args(
                                "storage-usage-estimate",
                                &[("used", mb(used)), ("quota", mb(quota))],
                            );
                        view! { <p id="usage-estimate">{text}</p> }
                    })
            }}
            {warns.then(|| warning(ctx, percent, offered, delete, export_all))}
        </div>
    }
}

/// From the warning level: what happens when storage is full, the backup, the oldest drafts.
fn warning(
    ctx: AppContext,
    percent: u64,
    offered: Vec<Offered>,
    delete: Callback<String>,
    export_all: Callback<()>,
) -> impl IntoView {
    let text = ctx.t_args(
        "storage-usage-warning",
        &[("percent", Arg::Num(percent as f64))],
    );
    let delete_label = ctx.t("home-delete");
    view! {
        <div class="tandem-usage__warning" role="alert" id="usage-warning">
            <p>{text}</p>
            <button
                type="button"
                class="tandem-button"
                id="usage-export-all"
                on:click=move |_| export_all.run(())
            >
                {ctx.t("storage-export-all")}
            </button>
            <ul class="tandem-usage__oldest">
                {offered
                    .into_iter()
                    .map(|draft| {
                        let line = ctx
                            .t_args(
                                "storage-usage-draft",
                                &[
                                    ("name", Arg::Str(&draft.name)),
                                    ("kb", Arg::Num(draft.kb as f64)),
                                ],
                            );
                        let label = format!("usage-draft-{}", draft.id);
                        let id = draft.id.clone();
                        view! {
                            <li>
                                <span id=label.clone()>{line}</span>
                                " "
                                <button
                                    type="button"
                                    class="tandem-button tandem-button--danger"
                                    id=format!("usage-delete-{}", draft.id)
                                    aria-describedby=label
                                    on:click=move |_| delete.run(id.clone())
                                >
                                    {delete_label.clone()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// The oldest drafts, as many as deleting brings under the warning level (`usage::oldest`).
fn offered(ctx: AppContext, now: usage::Usage) -> Vec<Offered> {
    let sizes = storage::draft_units();
    let drafts: Vec<summary::Summary> = storage::all_drafts()
        .into_iter()
        .map(|(draft, _)| {
            let template = ctx.templates.peek(&draft.template);
            let today = crate::preservation::office_today(&draft);
            summary::summarize(&draft, template.as_ref(), today)
        })
        .collect();
    let weighed = drafts
        .iter()
        .map(|s| Weighed {
            id: s.id.clone(),
            modified: s.modified,
            units: sizes.get(&s.id).copied().unwrap_or(0),
        })
        .collect();
    usage::oldest(now, weighed)
        .into_iter()
        .map(|w| {
            let label = drafts
                .iter()
                .find(|s| s.id == w.id)
                .map_or("", |s| s.label());
            Offered {
                name: if label.is_empty() {
                    ctx.t("home-untitled")
                } else {
                    label.to_string()
                },
                kb: usage::kb(w.units),
                id: w.id,
            }
        })
        .collect()
}
