//! What the browser does with the stored drafts: entries it could not read (kept aside, each
//! offered for download exactly as stored), whether it keeps them for good, and the backup of
//! them all.

use leptos::prelude::*;
use tandem_core::backup;
use tandem_core::files::{aside_file_name, backup_file_name};
use tandem_core::l10n::Arg;
use tandem_core::stored::persistence_message;

use super::notice::Notice;
use super::HomeState;
use crate::context::{now, today};
use crate::download::download;
use crate::storage;
use crate::storage_usage::StorageUsage;

/// Unreadable entries, persistence and the backup of all drafts.
#[component]
pub(super) fn StoredFacts(state: HomeState) -> impl IntoView {
    let ctx = state.ctx;
    let failed = move |result: Result<(), String>| {
        if let Err(reason) = result {
            state.notice.set(Some(Notice::StorageFailed(reason)));
        }
    };
    let unreadable = move || {
        state.version.track();
        let unreadable = storage::unreadable();
        (!unreadable.is_empty()).then(|| {
            let count = Arg::Num(unreadable.len() as f64);
            let buttons = unreadable
                .into_iter()
                .map(|(id, text)| {
                    let file = aside_file_name(&id);
                    let label = ctx.t_args("storage-download-file", &[("file", Arg::Str(&file))]);
                    let save = move |_| failed(download(text.as_bytes(), "text/plain", &file));
                    view! {
                        <button type="button" class="tandem-button" on:click=save>{label}</button>
                    }
                })
                .collect_view();
            view! {
                <div class="tandem-notice__error" role="alert" id="unreadable">
                    <p>{ctx.t_args("storage-unreadable", &[("count", count)])}</p>
                    {buttons}
                </div>
            }
        })
    };
    // Said, and offered, once there are drafts to keep.
    let any = Memo::new(move |_| {
        state.version.track();
        !storage::all_drafts().is_empty()
    });
    let persisted = move || {
        let message = persistence_message(ctx.saving.persisted.get())?;
        Some(view! { <p class="tandem-persist" id="persist">{ctx.t(message)}</p> })
    };
    let export_all = move || {
        let backup = backup::export(&storage::draft_entries(), &now());
        let file = backup_file_name(&today());
        failed(download(backup.text.as_bytes(), "application/json", &file));
    };
    view! {
        {unreadable}
        <Show when=move || any.get()>
            {persisted}
            <button type="button" class="tandem-button" id="export-all" on:click=move |_| export_all()>
                {ctx.text("storage-export-all")}
            </button>
        </Show>
        // How full local storage is, read again whenever the stored drafts change.
        {move || {
            state.version.track();
            let delete = Callback::new(move |id: String| state.delete(&id));
            let export_all = Callback::new(move |()| export_all());
            view! { <StorageUsage ctx delete export_all /> }
        }}
    }
}
