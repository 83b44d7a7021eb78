//! What stops a draft being saved, above its form: written by a newer version of Tandem (shown
//! only; an editable copy can be made), or changed by another tab (load that version, or keep
//! this one as a copy).

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::revision::Blocked;
use tandem_core::stored;

use crate::context::AppContext;
use crate::storage;

/// The notices of the draft screen.
#[component]
pub fn DraftNotices() -> impl IntoView {
    let ctx = AppContext::get();
    let copy_newer = move |_| {
        let id = ctx.draft.with_untracked(|d| d.id.clone());
        if let storage::Stored::ReadOnly(read_only, _) = storage::load(&id) {
            ctx.keep_as_copy(read_only.copy_as(&id));
        }
    };
    let read_only = move || {
        ctx.read_only.get().then(|| {
            view! {
                <div class="tandem-save tandem-save--failed" role="alert" id="read-only" tabindex="-1">
                    <p>{ctx.t("storage-read-only")}</p>
                    <p>{ctx.t("storage-copy-note")}</p>
                    <button type="button" class="tandem-button" id="read-only-copy" on:click=copy_newer>
                        {ctx.t("storage-keep-copy")}
                    </button>
                </div>
            }
        })
    };
    let conflict = move || {
        ctx.saving.conflict.get().map(|blocked| {
            let choices = (blocked != Blocked::Unreadable).then(|| {
                view! {
                    <p>{ctx.t("storage-load-other-note")}</p>
                    <button
                        type="button"
                        class="tandem-button"
                        id="conflict-load"
                        on:click=move |_| ctx.load_stored()
                    >
                        {ctx.t("storage-load-other")}
                    </button>
                    <button
                        type="button"
                        class="tandem-button"
                        id="conflict-copy"
                        on:click=move |_| ctx.keep_as_copy(ctx.draft.get_untracked())
                    >
                        {ctx.t("storage-keep-mine")}
                    </button>
                }
            });
            view! {
                <div class="tandem-save tandem-save--failed" role="alert" id="conflict" tabindex="-1">
                    <p>{ctx.t(stored::blocked_message(blocked))}</p>
                    {choices}
                </div>
            }
        })
    };
    // Made with a request form since removed: which one to add again.
    let removed = move || {
        let pack = ctx.template.with(|t| ctx.templates.removed(&t.id))?;
        let args = [
            ("id", Arg::Str(&pack.id)),
            ("version", Arg::Num(f64::from(pack.version))),
            ("issuer", Arg::Str(&pack.issuer)),
        ];
        Some(view! {
            <div class="tandem-save tandem-save--failed" role="alert" id="pack-removed" tabindex="-1">
                <p>{ctx.t_args("packs-draft-read-only", &args)}</p>
            </div>
        })
    };
    view! { <div class="tandem-draft-notices">{read_only}{removed}{conflict}</div> }
}
