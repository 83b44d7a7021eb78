//! "Record an answer received" on the home screen: the PDF of an answer made with Tandem
//! (confirmation of receipt, of preservation, notice of action taken, request for clarification,
//! refusal) is read as a request received is (untrusted: its size, then the data the PDF worker
//! finds, checked by the core), matched to the request it answers ([`reply::find_request`]) and
//! recorded in that request's log ([`reply::record`]). Each outcome is said in the UI language;
//! nothing is stored unless the answer is recorded.

use leptos::prelude::*;
use tandem_core::embedded;
use tandem_core::l10n::Arg;
use tandem_core::received;
use tandem_core::reply::{self, Found, ReadAnswer};

use super::HomeState;
use crate::context::{now, AppContext};
use crate::storage;
use crate::tracking::answer_message;

/// What reading the last file did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Recorded: the answer's kind (Fluent ID of its title) and the request's reference.
    Recorded(&'static str, String),
    /// Already recorded in this request's log.
    Already(String),
    /// No request matches; the reference the answer names.
    NoMatch(String),
    /// Several requests have the reference, none printed the fingerprint.
    Several(String),
    /// Refused: the message (and the size limit it names, if any).
    Refused(&'static str, Option<usize>),
    /// The browser refused to store; its reason.
    StorageFailed(String),
}

#[component]
pub(super) fn RecordAnswer(state: HomeState) -> impl IntoView {
    let ctx = state.ctx;
    let outcome = RwSignal::new(None::<Outcome>);
    let chosen = move |ev: web_sys::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        outcome.set(None);
        if file.size() > received::MAX_FILE_BYTES as f64 {
            outcome.set(Some(Outcome::Refused(
                "received-refused-too-large",
                Some(received::MAX_FILE_BYTES),
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(bytes) = super::file_bytes(&file).await else {
                return outcome.set(Some(Outcome::Refused("received-refused-unreadable", None)));
            };
            if !bytes.starts_with(b"%PDF-") {
                return outcome.set(Some(Outcome::Refused("received-refused-not-pdf", None)));
            }
            crate::pdf::extract(&bytes, move |found| {
                leptos::task::spawn_local(async move {
                    let result = match answer_of(ctx, found).await {
                        Ok(read) => record(ctx, read).await,
                        Err(refused) => refused,
                    };
                    if matches!(result, Outcome::Recorded(..)) {
                        state.changed();
                    }
                    outcome.set(Some(result));
                });
            });
        });
    };
    let line = move || {
        outcome.get().map(|o| {
            let text = match o {
                Outcome::Recorded(kind, reference) => ctx.t_args(
                    "tracking-recorded",
                    &[
                        ("kind", Arg::Str(&ctx.t(kind))),
                        ("reference", Arg::Str(&reference)),
                    ],
                ),
                Outcome::Already(reference) => {
                    ctx.t_args("tracking-already", &[("reference", Arg::Str(&reference))])
                }
                Outcome::NoMatch(reference) => {
                    ctx.t_args("tracking-no-match", &[("reference", Arg::Str(&reference))])
                }
                Outcome::Several(reference) => {
                    ctx.t_args("tracking-several", &[("reference", Arg::Str(&reference))])
                }
                Outcome::Refused(message, Some(limit)) => {
                    ctx.t_args(message, &[("limit", Arg::Num((limit / 1024) as f64))])
                }
                Outcome::Refused(message, None) => ctx.t(message),
                Outcome::StorageFailed(reason) => {
                    ctx.t_args("received-refused-storage", &[("reason", Arg::Str(&reason))])
                }
            };
            view! { <p>{text}</p> }
        })
    };
    view! {
        <div class="tandem-import">
            <label class="tandem-field__label" for="answer-file">{ctx.text("tracking-open-answer")}</label>
            <input
                type="file"
                id="answer-file"
                class="tandem-import__input"
                accept=".pdf,application/pdf"
                on:change=chosen
            />
        </div>
        <div class="tandem-notice" role="status" id="answer-notice">{line}</div>
    }
}

/// The answer a PDF carries, checked as any PDF's data, its template fetched; a request's PDF is
/// refused with its own message.
async fn answer_of(ctx: AppContext, found: Result<Vec<u8>, String>) -> Result<ReadAnswer, Outcome> {
    let data = found.map_err(|code| {
        let message = received::refusal_of_extract(&code);
        Outcome::Refused(message, super::limit_of(message))
    })?;
    let listed = ctx.templates.list.get_untracked();
    let offered: Vec<&str> = listed.iter().map(|t| t.id.as_str()).collect();
    let read = embedded::read(&data, &offered)
        .map_err(|e| Outcome::Refused(received::refusal_of_data(&e), None))?;
    let id = read.request.template.clone();
    if !ctx.templates.is_reply(&id) {
        return Err(Outcome::Refused("tracking-not-answer", None));
    }
    let template = template(ctx, &id).await?;
    reply::read_answer(&read.request, &template)
        .ok_or(Outcome::Refused("tracking-not-answer", None))
}

/// A template, fetched if need be.
async fn template(ctx: AppContext, id: &str) -> Result<tandem_core::Template, Outcome> {
    if !ctx.ensure_template(ctx.ui.get_untracked(), id).await {
        return Err(Outcome::Refused("received-refused-unknown", None));
    }
    ctx.templates
        .peek(id)
        .ok_or(Outcome::Refused("received-refused-unknown", None))
}

/// Records the answer in the log of the request it answers, among the requests (not answers)
/// this browser holds and can write (a newer version's draft is never written).
async fn record(ctx: AppContext, read: ReadAnswer) -> Outcome {
    let requests: Vec<_> = storage::all_drafts()
        .into_iter()
        .filter(|(d, read_only)| !read_only && !ctx.templates.is_reply(&d.template))
        .map(|(d, _)| d)
        .collect();
    let shown = if read.request_reference.is_empty() {
        "—".to_string()
    } else {
        read.request_reference.clone()
    };
    let id = match reply::find_request(&requests, &read) {
        Found::ByFingerprint(id) | Found::ByReference(id) => id,
        Found::Several => return Outcome::Several(shown),
        Found::None => return Outcome::NoMatch(shown),
    };
    let Some(mut draft) = requests.into_iter().find(|d| d.id == id) else {
        return Outcome::NoMatch(shown);
    };
    let template = match template(ctx, &draft.template).await {
        Ok(t) => t,
        Err(refused) => return refused,
    };
    let kind = answer_message(read.answer.kind);
    let reference = draft.text("reference.reference").trim().to_string();
    if !reply::record(&template, &mut draft, read.answer) {
        return Outcome::Already(reference);
    }
    draft.modified = now();
    match storage::store_draft(&draft) {
        Ok(_) => Outcome::Recorded(kind, reference),
        Err(e) => Outcome::StorageFailed(e.reason()),
    }
}
