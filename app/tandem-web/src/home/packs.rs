//! The request forms an authority adds from a file (template packs, `tandem_core::pack`): "Add a
//! request form from a file", the forms added (issuer, version, languages) each with its remove
//! button, and what the last action did. A file is checked by the core before anything is
//! stored; each refusal says why, in the UI language. A newer version of a form here replaces it
//! only once the user confirms.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::pack::{self, Pack, PackError};
use tandem_core::route::Route;

use crate::context::AppContext;
use crate::focus::focus_later;

/// What the last action on the request forms did.
#[derive(Clone, Debug, PartialEq)]
enum PackNotice {
    /// The file was refused, and why.
    Refused(PackError),
    /// Added (the title's Fluent ID).
    Added(String),
    /// A newer version put in place of the one here (title, version).
    Replaced(String, u32),
    /// The file holds the version here or an older one (title, version here, the file's).
    NotNewer(String, u32, u32),
    /// Removed (its title).
    Removed(String),
    /// The browser refused to store it; its reason.
    StorageFailed(String),
    /// The file could not be checked: the checker's code could not be fetched.
    Unchecked,
}

/// The request forms added from files, on the home screen.
#[component]
pub(super) fn Packs() -> impl IntoView {
    let ctx = AppContext::get();
    let notice = RwSignal::new(None::<PackNotice>);
    // A newer version waiting for the user's confirmation, with its file's text.
    let pending = RwSignal::new(None::<(Pack, String)>);
    let chosen = move |ev: web_sys::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        pending.set(None);
        // Not even read when it is too large.
        if file.size() > pack::MAX_BYTES as f64 {
            notice.set(Some(PackNotice::Refused(PackError::TooLarge)));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            notice.set(
                match crate::context::check_pack(text.clone().into_bytes()).await {
                    Err(_) => Some(PackNotice::Unchecked),
                    Ok(Err(e)) => Some(PackNotice::Refused(e)),
                    Ok(Ok(pack)) => offer(ctx, pack, text, pending),
                },
            );
        });
    };
    let replace = move |_| {
        if let Some((pack, text)) = pending.get_untracked() {
            pending.set(None);
            let (title, version) = (pack.template.title.clone(), pack.version);
            notice.set(Some(match ctx.add_pack(pack, &text) {
                Ok(()) => PackNotice::Replaced(title, version),
                Err(reason) => PackNotice::StorageFailed(reason),
            }));
            focus_later("pack-file".to_string(), false);
        }
    };
    let cancel = move |_| {
        pending.set(None);
        notice.set(None);
        focus_later("pack-file".to_string(), false);
    };
    let question = move || {
        let (pack, _) = pending.get()?;
        let here = ctx.templates.pack(&pack.id)?;
        let title = ctx.t(&pack.template.title);
        let args = [
            ("title", Arg::Str(&title)),
            ("old", Arg::Num(f64::from(here.version))),
            ("new", Arg::Num(f64::from(pack.version))),
        ];
        Some(view! {
            <div class="tandem-save" role="alert" id="pack-replace">
                <p>{ctx.t_args("packs-replace-question", &args)}</p>
                <button type="button" class="tandem-button" id="pack-replace-yes" on:click=replace>
                    {ctx.t("packs-replace")}
                </button>
                <button type="button" class="tandem-button" id="pack-replace-no" on:click=cancel>
                    {ctx.t("home-cancel")}
                </button>
            </div>
        })
    };
    let list = move || {
        ctx.templates
            .packs()
            .into_iter()
            .filter(|(_, in_use)| *in_use)
            .map(|(pack, _)| pack_card(ctx, pack, notice))
            .collect_view()
    };
    view! {
        <section class="tandem-packs" aria-labelledby="packs-heading">
            <h2 id="packs-heading">{ctx.text("packs-heading")}</h2>
            <div class="tandem-import">
                <label class="tandem-field__label" for="pack-file">{ctx.text("packs-add")}</label>
                <input
                    type="file"
                    id="pack-file"
                    class="tandem-import__input"
                    accept=".json,application/json"
                    on:change=chosen
                />
            </div>
            <div class="tandem-notice" role="status" id="pack-notice">
                {move || notice.get().map(|n| notice_line(ctx, n))}
            </div>
            {question}
            <ul class="tandem-packs__list">{list}</ul>
        </section>
    }
}

/// A checked pack chosen: added, or (a newer version of one here) waiting for confirmation, or
/// (the same or an older version) left alone. A form removed is simply added again.
fn offer(
    ctx: AppContext,
    pack: Pack,
    text: String,
    pending: RwSignal<Option<(Pack, String)>>,
) -> Option<PackNotice> {
    let title = pack.template.title.clone();
    let here = ctx
        .templates
        .pack(&pack.id)
        .filter(|_| ctx.templates.removed(&pack.id).is_none());
    Some(match here {
        Some(here) if here.version >= pack.version => {
            PackNotice::NotNewer(title, here.version, pack.version)
        }
        Some(_) => {
            // The question says it all.
            pending.set(Some((pack, text)));
            focus_later("pack-replace-yes".to_string(), false);
            return None;
        }
        None => match ctx.add_pack(pack, &text) {
            Ok(()) => PackNotice::Added(title),
            Err(reason) => PackNotice::StorageFailed(reason),
        },
    })
}

/// The status line of the request forms: one paragraph, an alert when something was refused.
fn notice_line(ctx: AppContext, notice: PackNotice) -> impl IntoView {
    let name = match &notice {
        PackNotice::Added(t)
        | PackNotice::Replaced(t, _)
        | PackNotice::NotNewer(t, _, _)
        | PackNotice::Removed(t) => ctx.t(t),
        _ => String::new(),
    };
    let title = |_: &String| Arg::Str(&name);
    let num = |n: u32| Arg::Num(f64::from(n));
    let (text, error) = match &notice {
        PackNotice::Refused(e) => {
            let (id, args) = e.message();
            let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, v.arg())).collect();
            let reason = ctx.t_args(id, &args);
            (format!("{} {reason}", ctx.t("packs-refused")), true)
        }
        PackNotice::StorageFailed(reason) => {
            let args = [("reason", Arg::Str(reason))];
            (ctx.t_args("home-storage-failed", &args), true)
        }
        PackNotice::Unchecked => (ctx.t("app-load-failed"), true),
        PackNotice::NotNewer(t, old, new) => {
            let args = [("title", title(t)), ("old", num(*old)), ("new", num(*new))];
            (ctx.t_args("packs-not-newer", &args), false)
        }
        PackNotice::Added(t) => (ctx.t_args("packs-added", &[("title", title(t))]), false),
        PackNotice::Replaced(t, version) => {
            let args = [("title", title(t)), ("version", num(*version))];
            (ctx.t_args("packs-replaced", &args), false)
        }
        PackNotice::Removed(t) => (ctx.t_args("packs-removed", &[("title", title(t))]), false),
    };
    view! {
        <p
            id=if error { "pack-refused" } else { "pack-done" }
            class=error.then_some("tandem-notice__error")
            role=error.then_some("alert")
        >
            {text}
        </p>
    }
}

/// One request form added: its title, which starts a new request of it (in its first language
/// where the UI language is not one of its own, marked so), who issued it, its version and
/// languages, its source; remove. Drawn afresh when the UI language changes (the list reads it),
/// so that its texts are plain strings.
fn pack_card(ctx: AppContext, pack: Pack, notice: RwSignal<Option<PackNotice>>) -> impl IntoView {
    let title = pack.template.title.clone();
    let lang = (!pack.covers(ctx.ui.get())).then(|| pack.languages[0].code());
    let langs = pack
        .languages
        .iter()
        .map(|l| l.native_name())
        .collect::<Vec<_>>()
        .join(", ");
    let details = ctx.t_args(
        "packs-details",
        &[
            ("issuer", Arg::Str(&pack.issuer)),
            ("version", Arg::Num(f64::from(pack.version))),
            ("langs", Arg::Str(&langs)),
        ],
    );
    let source = ctx.t_args(
        "packs-source",
        &[
            ("source", Arg::Str(&pack.source)),
            ("date", Arg::Str(&pack.date)),
        ],
    );
    let id = pack.id.clone();
    let remove = {
        let title = title.clone();
        move |_| {
            notice.set(Some(match ctx.remove_pack(&id) {
                Ok(()) => PackNotice::Removed(title.clone()),
                Err(reason) => PackNotice::StorageFailed(reason),
            }));
            focus_later("pack-file".to_string(), false);
        }
    };
    view! {
        <li class="tandem-pack" id=format!("pack-{}", pack.id)>
            <a
                class="tandem-type__link"
                id=format!("new-{}", pack.id)
                href=Route::New(pack.id.clone()).href()
                lang=lang
            >
                {ctx.t(&title)}
            </a>
            <p class="tandem-pack__details">{details}</p>
            <p class="tandem-pack__source">{source}</p>
            <button
                type="button"
                class="tandem-button"
                id=format!("remove-pack-{}", pack.id)
                on:click=remove
            >
                {ctx.t("packs-remove")}
            </button>
        </li>
    }
}
