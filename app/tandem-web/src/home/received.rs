//! "Requests received" on the home screen: open a request another authority made with Tandem,
//! from its PDF or its draft file, and the list of those opened (each openable and deletable).
//! A file is untrusted: its size first, then a PDF's data found by the PDF worker (the shell
//! carries no PDF reader) and checked by the core (`embedded::read`), or a draft file read as an
//! import (`import::parse`). Each refusal says why in the UI language, and nothing is stored.

use leptos::prelude::*;
use tandem_core::embedded;
use tandem_core::import;
use tandem_core::l10n::Arg;
use tandem_core::received::{self, Received};
use tandem_core::route::Route;

use crate::context::{browser_offset_minutes, go, now, AppContext};
use crate::focus::focus_later;
use crate::storage;

/// What the last action did.
#[derive(Clone, Debug, PartialEq)]
enum ReceivedNotice {
    /// The file was refused: the message, and the size limit it names, if any.
    Refused(&'static str, Option<usize>),
    /// Deleted (its title's Fluent ID).
    Deleted(String),
    /// The browser refused to store it; its reason.
    StorageFailed(String),
}

/// The requests received, on the home screen.
#[component]
pub(super) fn ReceivedRequests() -> impl IntoView {
    let ctx = AppContext::get();
    let notice = RwSignal::new(None::<ReceivedNotice>);
    let version = RwSignal::new(0u32);
    let chosen = move |ev: web_sys::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        notice.set(None);
        // Not even read when it is too large.
        if file.size() > received::MAX_FILE_BYTES as f64 {
            notice.set(Some(ReceivedNotice::Refused(
                "received-refused-too-large",
                Some(received::MAX_FILE_BYTES),
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(bytes) = super::file_bytes(&file).await else {
                return notice.set(Some(ReceivedNotice::Refused(
                    "received-refused-unreadable",
                    None,
                )));
            };
            let done =
                move |read: Result<Received, ReceivedNotice>| match read.and_then(|r| keep(&r)) {
                    Ok(fingerprint) => {
                        version.update(|v| *v += 1);
                        go(&Route::Received(fingerprint));
                    }
                    Err(refused) => notice.set(Some(refused)),
                };
            if bytes.starts_with(b"%PDF-") {
                crate::pdf::extract(&bytes, move |data| done(from_pdf(ctx, data)));
            } else {
                done(from_draft_file(ctx, &bytes).await);
            }
        });
    };
    let list = move || {
        version.track();
        let offered = ctx.templates.list.get();
        let offered: Vec<&str> = offered.iter().map(|t| t.id.as_str()).collect();
        let list: Vec<Received> = storage::received()
            .into_iter()
            .filter_map(|(_, text)| received::read(text.as_bytes(), &offered).ok())
            .collect();
        if list.is_empty() {
            return view! { <p id="received-none">{ctx.t("received-none")}</p> }.into_any();
        }
        ctx.templates
            .request(list.iter().map(|r| r.request.template.clone()));
        let cards = received::sorted(list)
            .into_iter()
            .map(|r| card(ctx, r, notice, version))
            .collect_view();
        view! { <ul class="tandem-received__list">{cards}</ul> }.into_any()
    };
    view! {
        <section class="tandem-received" aria-labelledby="received-heading">
            <h2 id="received-heading">{ctx.text("received-heading")}</h2>
            <p>{ctx.text("received-intro")}</p>
            <div class="tandem-import">
                <label class="tandem-field__label" for="received-file">{ctx.text("received-open")}</label>
                <input
                    type="file"
                    id="received-file"
                    class="tandem-import__input"
                    accept=".pdf,application/pdf,.json,application/json"
                    on:change=chosen
                />
            </div>
            <div class="tandem-notice" role="status" id="received-notice">
                {move || notice.get().map(|n| notice_line(ctx, n))}
            </div>
            {list}
        </section>
    }
}

/// A PDF's data, as the PDF worker found it (or its refusal's code), checked by the core.
fn from_pdf(ctx: AppContext, found: Result<Vec<u8>, String>) -> Result<Received, ReceivedNotice> {
    let data = found.map_err(|code| {
        let message = received::refusal_of_extract(&code);
        ReceivedNotice::Refused(message, super::limit_of(message))
    })?;
    let offered = ctx.templates.list.get_untracked();
    let offered: Vec<&str> = offered.iter().map(|t| t.id.as_str()).collect();
    match embedded::read(&data, &offered) {
        // An answer's PDF is recorded in the request log, not opened as a request.
        Ok(read) if ctx.templates.is_reply(&read.request.template) => {
            Err(ReceivedNotice::Refused("tracking-is-answer", None))
        }
        Ok(read) => Ok(Received::from_pdf(read, &now())),
        Err(e) => Err(refused_data(&e)),
    }
}

fn refused_data(e: &embedded::EmbeddedError) -> ReceivedNotice {
    let message = received::refusal_of_data(e);
    let limit = (message == "received-refused-too-large").then_some(tandem_core::draft::MAX_BYTES);
    ReceivedNotice::Refused(message, limit)
}

/// A draft file read as an import, its template fetched, made into what its PDF would carry.
async fn from_draft_file(ctx: AppContext, bytes: &[u8]) -> Result<Received, ReceivedNotice> {
    let draft = import::parse(bytes).map_err(|e| {
        let message = received::refusal_of_import(&e);
        let limit =
            (message == "received-refused-too-large").then_some(tandem_core::draft::MAX_BYTES);
        ReceivedNotice::Refused(message, limit)
    })?;
    if !ctx.templates.offered(&draft.template) {
        return Err(ReceivedNotice::Refused("received-refused-unknown", None));
    }
    if ctx.templates.is_reply(&draft.template) {
        return Err(ReceivedNotice::Refused("tracking-is-answer", None));
    }
    if !ctx
        .ensure_template(ctx.ui.get_untracked(), &draft.template)
        .await
    {
        return Err(ReceivedNotice::Refused("received-refused-unknown", None));
    }
    let template = ctx
        .templates
        .peek(&draft.template)
        .ok_or(ReceivedNotice::Refused("received-refused-unknown", None))?;
    let r = Received::from_draft(&template, &draft, &now());
    // Read back as a stored entry will be: every check of a PDF's data.
    let offered = ctx.templates.list.get_untracked();
    let offered: Vec<&str> = offered.iter().map(|t| t.id.as_str()).collect();
    received::read(r.write().as_bytes(), &offered).map_err(|e| match e {
        received::ReceivedError::Request(e) => refused_data(&e),
        _ => ReceivedNotice::Refused("received-refused-unreadable", None),
    })
}

/// Stores a request received (once: opening it again keeps the first); its fingerprint.
fn keep(r: &Received) -> Result<String, ReceivedNotice> {
    storage::store_received(&r.key(), &r.write()).map_err(ReceivedNotice::StorageFailed)?;
    Ok(r.fingerprint())
}

/// One request received in the list: its type, who asks, its reference, its languages and
/// when it was received; open and delete.
fn card(
    ctx: AppContext,
    r: Received,
    notice: RwSignal<Option<ReceivedNotice>>,
    version: RwSignal<u32>,
) -> impl IntoView {
    let fingerprint = r.fingerprint();
    let title = ctx
        .title_of(&r.request.template)
        .unwrap_or_else(|| r.request.template.clone());
    let title_text = {
        let title = title.clone();
        move || {
            ctx.catalog_version();
            ctx.t(&title)
        }
    };
    let date = r.received_local(browser_offset_minutes()).map_or_else(
        || "—".to_string(),
        |m| ctx.ui.get_untracked().format_date_time(m),
    );
    let langs = format!(
        "{} | {}",
        r.request.langs[0].native_name(),
        r.request.langs[1].native_name()
    );
    let facts = [
        ("received-from", r.authority().to_string()),
        ("received-reference", r.reference().to_string()),
        ("app-document-languages", langs),
        ("received-date", date),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .map(|(term, value)| view! { <div><dt>{ctx.t(term)}</dt><dd>{value}</dd></div> })
    .collect_view();
    let delete = {
        let fingerprint = fingerprint.clone();
        move |_| {
            notice.set(Some(match storage::remove_received(&fingerprint) {
                Ok(()) => ReceivedNotice::Deleted(title.clone()),
                Err(reason) => ReceivedNotice::StorageFailed(reason),
            }));
            version.update(|v| *v += 1);
            focus_later("received-file".to_string(), false);
        }
    };
    view! {
        <li class="tandem-received__item" id=format!("received-{fingerprint}")>
            <h3>
                <a
                    id=format!("open-received-{fingerprint}")
                    href=Route::Received(fingerprint.clone()).href()
                >
                    {title_text}
                </a>
            </h3>
            <dl class="tandem-received__facts">{facts}</dl>
            <button
                type="button"
                class="tandem-button"
                id=format!("delete-received-{fingerprint}")
                on:click=delete
            >
                {ctx.t("received-delete")}
            </button>
        </li>
    }
}

/// What the last action did, in the UI language: a refusal is an alert.
fn notice_line(ctx: AppContext, notice: ReceivedNotice) -> AnyView {
    let error = |text: String| view! { <p class="tandem-notice__error" role="alert">{text}</p> };
    match notice {
        ReceivedNotice::Refused(message, None) => error(ctx.t(message)).into_any(),
        ReceivedNotice::Refused(message, Some(limit)) => {
            error(ctx.t_args(message, &[("limit", Arg::Num((limit / 1024) as f64))])).into_any()
        }
        ReceivedNotice::StorageFailed(reason) => {
            error(ctx.t_args("received-refused-storage", &[("reason", Arg::Str(&reason))]))
                .into_any()
        }
        ReceivedNotice::Deleted(title) => {
            let text = ctx.t_args("received-deleted", &[("title", Arg::Str(&ctx.t(&title)))]);
            view! { <p>{text}</p> }.into_any()
        }
    }
}
