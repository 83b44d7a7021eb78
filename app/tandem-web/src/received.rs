//! The screen of a request received (`#/received/<fingerprint>`): the banner saying whose it is,
//! when it was received, its document languages and fingerprint, the request in the form every
//! draft is shown in, disabled (labels, ticks, countries and dates in the UI language; free text
//! as written, with the requester's translation), and the export of a reading copy in any two
//! languages. Nothing here is ever saved: the context holds it read-only.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::received::{self, Received};
use tandem_core::reply;
use tandem_core::route::Route;
use tandem_core::{files, Lang};

use crate::context::{browser_offset_minutes, fresh_id, go, now, today, AppContext};
use crate::download::download;
use crate::form::{section_states, RequestForm};
use crate::lang_menu::LanguagePair;
use crate::pdf;
use crate::storage;

/// A request received, read-only, and its reading copy.
#[component]
pub fn ReceivedScreen() -> impl IntoView {
    let ctx = AppContext::get();
    let states = section_states(ctx);
    let facts = move || ctx.received.get().map(|r| facts(ctx, &r));
    view! {
        <nav class="tandem-breadcrumb">
            <a href=Route::Home.href() id="all-requests">{ctx.text("home-all-requests")}</a>
        </nav>
        <p class="tandem-received__banner" role="note" id="received-banner">
            {ctx.text("received-banner")}
        </p>
        <h2 class="tandem-request-title" lang=ctx.labels_lang()>
            {move || ctx.template.with(|t| ctx.t_basis(&t.title))}
        </h2>
        <p class="tandem-request-basis" lang=ctx.labels_lang()>
            {move || ctx.template.with(|t| ctx.t_basis(&t.legal_basis))}
        </p>
        {facts}
        <form class="tandem-form" on:submit=|ev| ev.prevent_default()>
            <fieldset class="tandem-form__all" disabled=true lang=ctx.labels_lang()>
                <RequestForm ctx states />
            </fieldset>
        </form>
        <Answers />
        <ReadingCopy />
    }
}

/// Answering the request: a button for each answer it can be given (a confirmation of
/// preservation only for a preservation request), each making a new answer form filled in with
/// the request's reference, date and fingerprint ([`reply::draft_for`]), and the answers
/// already prepared for it.
#[component]
fn Answers() -> impl IntoView {
    let ctx = AppContext::get();
    let replies: Vec<String> = ctx
        .templates
        .list
        .get_untracked()
        .into_iter()
        .filter(|l| l.reply)
        .map(|l| l.id)
        .collect();
    ctx.templates.request(replies.clone());
    let failure = RwSignal::new(None::<String>);
    let answer = move |id: String| {
        let Some(r) = ctx.received.get_untracked() else {
            return;
        };
        let Some(reply) = ctx.templates.peek(&id) else {
            return;
        };
        let today = tandem_core::tracking::date(&today()).unwrap_or_default();
        let received_on = r.received_local(browser_offset_minutes()).map(|m| m.date());
        let mut draft = reply::draft_for(
            &r,
            &reply,
            &fresh_id(),
            ctx.ui.get_untracked(),
            today,
            received_on,
        );
        draft.modified = now();
        match storage::save_draft(&draft) {
            Ok(_) => go(&Route::Draft(draft.id)),
            Err(e) => failure.set(Some(e.reason())),
        }
    };
    let buttons = move || {
        let preservation = ctx.template.with(reply::is_preservation);
        replies
            .iter()
            .filter_map(|id| {
                let kind = ctx.templates.get(id)?.reply?;
                reply::offered(kind, preservation).then(|| {
                    let id = id.clone();
                    let button_id = format!("answer-{id}");
                    let title = ctx.title_of(&id).unwrap_or_else(|| id.clone());
                    view! {
                        <button
                            type="button"
                            class="tandem-button"
                            id=button_id
                            on:click=move |_| answer(id.clone())
                        >
                            {ctx.text_of(title)}
                        </button>
                    }
                })
            })
            .collect_view()
    };
    let made = move || {
        let fingerprint = ctx
            .received
            .with(|r| r.as_ref().map(Received::fingerprint))?;
        let list: Vec<_> = storage::all_drafts()
            .into_iter()
            .filter(|(d, _)| {
                d.text(tandem_core::template::REPLY_REQUEST_FINGERPRINT) == fingerprint
            })
            .map(|(d, _)| {
                let title = ctx
                    .title_of(&d.template)
                    .unwrap_or_else(|| d.template.clone());
                let line = format!("{} — {}", ctx.t(&title), d.text("date.date"));
                view! { <li><a href=Route::Draft(d.id.clone()).href()>{line}</a></li> }
            })
            .collect();
        (!list.is_empty()).then(|| {
            view! {
                <h3>{ctx.text("received-answers-made")}</h3>
                <ul id="answers-made">{list}</ul>
            }
        })
    };
    view! {
        <section class="tandem-received__answer" aria-labelledby="answer-heading">
            <h2 id="answer-heading">{ctx.text("received-answer-heading")}</h2>
            <p>{ctx.text("received-answer-intro")}</p>
            <div class="tandem-actions">{buttons}</div>
            <p class="tandem-actions__error" role="alert">{move || failure.get()}</p>
            {made}
        </section>
    }
}

/// When it was received, its document languages, its fingerprint and whether it was checked.
fn facts(ctx: AppContext, r: &Received) -> impl IntoView {
    let date = r.received_local(browser_offset_minutes()).map_or_else(
        || "—".to_string(),
        |m| ctx.ui.get_untracked().format_date_time(m),
    );
    let [a, b] = r.request.langs.map(Lang::native_name);
    let fingerprint = r.fingerprint();
    let check = received::fingerprint_message(r.source);
    view! {
        <ul class="tandem-received__facts">
            <li id="received-on">{ctx.t_args("received-on", &[("date", Arg::Str(&date))])}</li>
            <li id="received-langs">
                {ctx.t_args("received-doc-langs", &[("a", Arg::Str(a)), ("b", Arg::Str(b))])}
            </li>
            <li id="received-fingerprint">
                {ctx.t_args(check, &[("fingerprint", Arg::Str(&fingerprint))])}
            </li>
        </ul>
    }
}

/// The reading copy: two document languages chosen (by default the request's own language A
/// beside the reader's), exported through the PDF worker, marked as a reading copy.
#[component]
fn ReadingCopy() -> impl IntoView {
    let ctx = AppContext::get();
    let langs = RwSignal::new(default_pair(ctx));
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let pick = Callback::new(move |(side, lang): (usize, Lang)| {
        langs.update(|pair| *pair = tandem_core::lang::pick_for_side(*pair, side, lang));
    });
    let only = Signal::derive(move || ctx.template.with(|t| ctx.templates.langs_of(&t.id)));
    let export = move |_| {
        let Some(r) = ctx.received.get_untracked() else {
            return;
        };
        busy.set(true);
        failure.set(None);
        let template = ctx.template.get_untracked();
        let pack = ctx.templates.pack(&template.id);
        let mut draft = r.draft(&template);
        draft.langs = langs.get_untracked();
        let name = files::reading_copy_file_name(&r.fingerprint(), draft.langs);
        let original = r.request;
        leptos::task::spawn_local(async move {
            let request = pdf::reading_copy_request(
                &template,
                pack.as_ref(),
                &draft,
                &original,
                &today(),
                "side-by-side",
            )
            .await;
            let done = move |result: Result<Vec<u8>, pdf::Failure>| {
                busy.set(false);
                let shown = result
                    .map_err(|failure| failure.message(ctx))
                    .and_then(|bytes| download(&bytes, "application/pdf", &name));
                if let Err(reason) = shown {
                    failure.set(Some(reason));
                }
            };
            match request {
                Ok(request) => pdf::export(request, done),
                Err(reason) => done(Err(pdf::Failure::Engine(reason))),
            }
        });
    };
    view! {
        <section class="tandem-received__copy" aria-labelledby="copy-heading">
            <h2 id="copy-heading">{ctx.text("received-copy-heading")}</h2>
            <p>{ctx.text("received-copy-intro")}</p>
            <div class="tandem-doc-langs">
                <LanguagePair ids=["copy-lang-0", "copy-lang-1"] chosen=langs pick=pick only=only />
            </div>
            <div class="tandem-actions">
                <button
                    type="button"
                    class="tandem-button tandem-button--primary"
                    id="export-reading-copy"
                    disabled=move || busy.get()
                    on:click=export
                >
                    {ctx.text("received-copy-export")}
                </button>
                <p class="tandem-actions__status" role="status">
                    {move || if busy.get() { ctx.t("app-exporting") } else { String::new() }}
                </p>
                {move || {
                    failure
                        .get()
                        .map(|reason| {
                            view! {
                                <p class="tandem-actions__error" role="alert">
                                    {ctx.t_args("app-export-failed", &[("reason", Arg::Str(&reason))])}
                                </p>
                            }
                        })
                }}
            </div>
        </section>
    }
}

/// The request's language A beside the reader's own (the UI language), or its two languages
/// when the reader's is A.
fn default_pair(ctx: AppContext) -> [Lang; 2] {
    let ui = ctx.ui.get_untracked();
    match ctx.received.get_untracked() {
        Some(r) if r.request.langs[0] != ui => [r.request.langs[0], ui],
        Some(r) => r.request.langs,
        None => ctx.draft.with_untracked(|d| d.langs),
    }
}
