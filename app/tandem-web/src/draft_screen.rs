//! A draft's screen: its request type and languages, what stops it being saved, whether it is
//! saved, its completeness, the form, the panels and the export.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use tandem_core::l10n::Arg;
use tandem_core::revision::Blocked;
use tandem_core::route::Route;
use tandem_core::Lang;

use crate::app::later;
use crate::context::{AppContext, SaveState};
use crate::error_summary::ErrorSummary;
use crate::export::ExportActions;
use crate::form::{section_states, Outline, RequestForm, UntranslatedCount};
use crate::lang_menu::LanguagePair;
use crate::lock_panel::LockPanel;
use crate::notices::DraftNotices;
use crate::preservation::PreservationPanel;
use crate::tracking::TrackingPanel;

/// A draft: its request type and languages, its completeness, the form and the export.
#[component]
pub fn DraftScreen() -> impl IntoView {
    let ctx = AppContext::get();
    // The legal basis follows the request's route and basis (e.g. the emergency channel picked).
    let basis = move || ctx.template.with(|t| ctx.t_basis(&t.legal_basis));
    let states = section_states(ctx);
    view! {
        <nav class="tandem-breadcrumb">
            <a href=Route::Home.href() id="all-requests">{ctx.text("home-all-requests")}</a>
        </nav>
        <TemplatePicker />
        // A request form added from a file, in a UI language it lacks, shows its first language.
        <h2 class="tandem-request-title" lang=ctx.labels_lang()>
            {move || ctx.template.with(|t| ctx.t_basis(&t.title))}
        </h2>
        <p class="tandem-request-basis" lang=ctx.labels_lang()>{basis}</p>
        <DraftNotices />
        <DocumentLanguages />
        <SaveStatus />
        <Completeness />
        <ErrorSummary />
        <Outline entries=states />
        <form class="tandem-form" on:submit=|ev| ev.prevent_default()>
            // A newer version's draft is shown, not edited: its fields are disabled.
            <fieldset class="tandem-form__all" disabled=move || ctx.frozen() lang=ctx.labels_lang()>
                <RequestForm ctx states />
            </fieldset>
        </form>
        {later(draft_tools())}
    }
}

/// The panels below the form (preservation, the request log, the lock) and the export, in a wasm
/// module of their own: on a first visit the form is drawn and takes keys without waiting for
/// their code, which is fetched once the form is shown (or ahead, [`crate::app`]'s
/// `preload_when_idle`). Nothing above them moves when they arrive.
#[wasm_split(draft_tools, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_draft_tools))]
pub(crate) fn draft_tools() -> Result<AnyView, SplitLoaderError> {
    Ok(view! {
        <PreservationPanel />
        <TrackingPanel />
        <LockPanel />
        <ExportActions />
    }
    .into_any())
}

/// The request type: each has its own current draft. An answer's form offers the other
/// answers, a request's the other requests.
#[component]
fn TemplatePicker() -> impl IntoView {
    let ctx = AppContext::get();
    // Drawn again only when the form changes between a request and an answer.
    let reply = Memo::new(move |_| ctx.template.with(|t| t.reply.is_some()));
    let options = move || {
        let reply = reply.get();
        ctx.templates
            .list
            .get_untracked()
            .into_iter()
            .filter(|listed| listed.reply == reply)
            .map(|listed| {
                let id = listed.id;
                let selected = {
                    let id = id.clone();
                    move || ctx.template.with(|t| t.id == id)
                };
                let title = listed.title;
                view! { <option value=id prop:selected=selected>{ctx.text_of(title)}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="tandem-template">
            <label class="tandem-field__label" for="template">{ctx.text("app-request-type")}</label>
            <select
                id="template"
                class="tandem-input tandem-input--select tandem-input--wide"
                on:change=move |ev| ctx.switch_template(&event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}

/// The two document languages of this draft: each menu is made once and only its selection
/// follows the draft, so that choosing one, by typing too, keeps the focus. The language of one
/// side picked on the other swaps the two (`Draft::choose_lang`), said politely.
#[component]
fn DocumentLanguages() -> impl IntoView {
    let ctx = AppContext::get();
    // Not on every keystroke: only when the languages change.
    let chosen = Memo::new(move |_| ctx.draft.with(|d| d.langs));
    let swapped = RwSignal::new(false);
    let pick = Callback::new(move |(side, lang): (usize, Lang)| {
        swapped.set(chosen.get_untracked()[1 - side] == lang);
        ctx.edit(|d| {
            d.choose_lang(side, lang);
        });
    });
    // A request form added from a file is offered in its own languages only.
    let only = Signal::derive(move || ctx.template.with(|t| ctx.templates.langs_of(&t.id)));
    view! {
        <fieldset class="tandem-doc-langs" disabled=move || ctx.frozen()>
            <legend>{ctx.text("app-document-languages")}</legend>
            <LanguagePair ids=["doc-lang-0", "doc-lang-1"] chosen=chosen pick=pick only=only />
            <p class="tandem-doc-langs__status" role="status" id="doc-langs-swapped">
                {move || swapped.get().then(|| ctx.t("app-languages-swapped"))}
            </p>
        </fieldset>
    }
}

/// "Saved" or, when the browser refused, the reason and a one-click download of the draft. Each
/// stays one element while it is shown (one live region whose text changes; one alert while
/// writes keep failing).
#[component]
fn SaveStatus() -> impl IntoView {
    let ctx = AppContext::get();
    let state = ctx.saving.state;
    let failed = Memo::new(move |_| state.with(|s| matches!(s, SaveState::Failed(_))));
    let line = move || {
        // Nothing is saved while the notices above say why not.
        let stopped = ctx.frozen()
            || ctx
                .saving
                .conflict
                .with(|c| matches!(c, Some(Blocked::Changed { .. } | Blocked::Newer)));
        match state.get() {
            _ if stopped => String::new(),
            SaveState::Pending => ctx.t("home-saving"),
            _ => ctx.t("app-saved"),
        }
    };
    let reason = move || match state.get() {
        SaveState::Failed(reason) => {
            ctx.t_args("app-save-failed", &[("reason", Arg::Str(&reason))])
        }
        _ => String::new(),
    };
    let download = move |_| {
        if let Err(e) = ctx.download_current() {
            leptos::logging::error!("{e}");
        }
    };
    view! {
        <Show
            when=move || failed.get()
            fallback=move || view! { <p class="tandem-save" role="status" id="save-status">{line}</p> }
        >
            <div class="tandem-save tandem-save--failed" role="alert" id="save-status">
                <p>{reason}</p>
                <button type="button" class="tandem-button" id="save-download" on:click=download>
                    {ctx.text("app-download-draft")}
                </button>
            </div>
        </Show>
    }
}

/// The count of required answers done, and of answers still to be translated.
#[component]
fn Completeness() -> impl IntoView {
    let ctx = AppContext::get();
    // Not on every keystroke: only when the counts change.
    let counts = Memo::new(move |_| {
        ctx.report.with(|r| {
            let translate = r
                .issues
                .iter()
                .filter(|i| i.message == "validation-untranslated")
                .count();
            (r.required_done, r.required_total, translate)
        })
    });
    let text = move || {
        let (done, total, translate) = counts.get();
        let args = [
            ("done", Arg::Num(done as f64)),
            ("total", Arg::Num(total as f64)),
            ("translate", Arg::Num(translate as f64)),
        ];
        ctx.t_args("app-completeness", &args)
    };
    view! {
        <p class="tandem-completeness" id="completeness">{text}</p>
        <UntranslatedCount ctx />
    }
}
