//! The export actions of the draft screen: a final request (only without errors), a draft for
//! consultation (always), and a preview of what the final request (or, while answers are
//! missing, the draft for consultation) will look like, with its download beside it. Once the
//! form is open and the page idle, the PDF engine is made ready in the background (`pdf::warm`),
//! so that the first export is as fast as a later one.

use leptos::prelude::*;
use tandem_core::document::Issue;
use tandem_core::files;
use tandem_core::l10n::Arg;
use tandem_core::route::Route;

use crate::context::{today, AppContext};
use crate::download::{download, object_url};
use crate::focus::focus_later;
use crate::idle::{save_data, when_idle};
use crate::pdf;

/// What the PDF engine is asked for: a download, or a preview in the page.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    Download,
    Preview,
}

/// A PDF shown in the page before it is downloaded.
struct Preview {
    /// The `blob:` address the frame shows (revoked when the preview goes).
    url: String,
    bytes: Vec<u8>,
    name: String,
    /// The fingerprint it prints, noted in the request's log once it is downloaded.
    printed: String,
}

/// The PDF layouts offered: (the engine's mode, its label).
const LAYOUTS: &[(&str, &str)] = &[
    ("side-by-side", "app-layout-side-by-side"),
    ("target-only", "app-layout-target-only"),
    ("single", "app-layout-single"),
];

/// The state of the export actions.
#[derive(Clone, Copy)]
struct Exports {
    ctx: AppContext,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<String>>,
    preview: RwSignal<Option<Preview>, LocalStorage>,
    /// The PDF engine's layout mode (tandem-pdf `Mode`), side by side by default.
    layout: StoredValue<String>,
    /// The draft's last change only noted a downloaded PDF in its log: the preview stays.
    logged: StoredValue<bool>,
}

/// The layout choice, the export buttons, their status and the preview.
#[component]
pub fn ExportActions() -> impl IntoView {
    let ctx = AppContext::get();
    let state = Exports {
        ctx,
        busy: RwSignal::new(false),
        failure: RwSignal::new(None),
        preview: RwSignal::new_local(None),
        layout: StoredValue::new(LAYOUTS[0].0.to_string()),
        logged: StoredValue::new(false),
    };
    // A preview shows the draft as it was: any change takes it away (but the note in its log
    // that a PDF was downloaded, which changes nothing the PDF prints).
    Effect::new(move |_| {
        ctx.draft.track();
        if !state.logged.get_value() {
            state.close_preview();
        }
        state.logged.set_value(false);
    });
    on_cleanup(move || state.close_preview());
    warm_when_idle(ctx);

    let busy = state.busy;
    let button = move |id: &'static str, class: &'static str, message: &'static str| {
        let export = move |_| match id {
            "export-final" => state.export("final", Output::Download),
            "export-consultation" => state.export("consultation", Output::Download),
            _ => {
                let issue = if ctx.report_now().has_errors() {
                    "consultation"
                } else {
                    "final"
                };
                state.export(issue, Output::Preview);
            }
        };
        view! {
            <button type="button" class=class id=id disabled=move || busy.get() on:click=export>
                {ctx.text(message)}
            </button>
        }
    };
    let layouts = LAYOUTS
        .iter()
        .map(|&(value, message)| {
            let selected = state.layout.with_value(|l| l == value);
            view! { <option value=value selected=selected>{ctx.text(message)}</option> }
        })
        .collect_view();
    let failure = move || {
        state.failure.get().map(|reason| {
            view! {
                <p class="tandem-actions__error" role="alert">
                    {ctx.t_args("app-export-failed", &[("reason", Arg::Str(&reason))])}
                </p>
            }
        })
    };
    let preview = move || {
        let url = state.preview.with(|p| p.as_ref().map(|p| p.url.clone()))?;
        Some(view! {
            <section class="tandem-preview">
                <button
                    type="button"
                    class="tandem-button tandem-button--primary"
                    id="preview-download"
                    on:click=move |_| state.download_preview()
                >
                    {ctx.text("home-preview-download")}
                </button>
                <iframe
                    class="tandem-preview__frame"
                    id="preview-frame"
                    title=ctx.text("home-preview-title")
                    src=url
                ></iframe>
            </section>
        })
    };
    view! {
        <div class="tandem-export">
            <div class="tandem-layout">
                <label class="tandem-field__label" for="export-layout">{ctx.text("app-layout")}</label>
                <select
                    id="export-layout"
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| state.layout.set_value(event_target_value(&ev))
                >
                    {layouts}
                </select>
            </div>
            <div class="tandem-actions">
                {button("export-final", "tandem-button tandem-button--primary", "app-export-pdf")}
                {button("export-consultation", "tandem-button", "app-export-consultation")}
                {button("preview-pdf", "tandem-button", "home-preview")}
                <p class="tandem-actions__status" role="status">
                    {move || if busy.get() { ctx.t("app-exporting") } else { String::new() }}
                </p>
                {failure}
            </div>
            {preview}
        </div>
    }
}

impl Exports {
    fn close_preview(self) {
        if self.preview.with_untracked(Option::is_some) {
            if let Some(old) = self.preview.try_update(Option::take).flatten() {
                let _ = web_sys::Url::revoke_object_url(&old.url);
            }
        }
    }

    fn export(self, issue: &'static str, output: Output) {
        let ctx = self.ctx;
        if issue == "final" && ctx.report_now().has_errors() {
            ctx.show_errors.set(true);
            focus_later("error-summary".to_string(), false);
            return;
        }
        ctx.flush();
        self.busy.set(true);
        if self.failure.with_untracked(Option::is_some) {
            self.failure.set(None);
        }
        let name = ctx.draft.with_untracked(files::pdf_file_name);
        // The fingerprint this PDF prints: an answer naming it is matched to this request.
        let printed = ctx.template.with_untracked(|t| {
            ctx.draft
                .with_untracked(|d| tandem_core::document::embedded_of(t, d).fingerprint())
        });
        let done = move |result: Result<Vec<u8>, pdf::Failure>| {
            self.busy.set(false);
            let result = result.map_err(|failure| failure.message(ctx));
            let shown = result.and_then(|bytes| match output {
                Output::Download => download(&bytes, "application/pdf", &name)
                    .map(|()| self.note_downloaded(&printed)),
                Output::Preview => {
                    let url = object_url(&bytes, "application/pdf")?;
                    self.close_preview();
                    self.preview.set(Some(Preview {
                        url,
                        bytes,
                        name,
                        printed,
                    }));
                    focus_later("preview-download".to_string(), false);
                    Ok(())
                }
            });
            if let Err(reason) = shown {
                self.failure.set(Some(reason));
            }
        };
        let mode = self.layout.get_value();
        leptos::task::spawn_local(async move {
            match document_request(ctx, issue, &mode, false).await {
                Ok(request) => pdf::export(request, done),
                Err(reason) => done(Err(pdf::Failure::Engine(reason))),
            }
        });
    }

    fn download_preview(self) {
        let result = self.preview.with_untracked(|p| {
            p.as_ref().map_or(Ok(None), |p| {
                download(&p.bytes, "application/pdf", &p.name).map(|()| Some(p.printed.clone()))
            })
        });
        match result {
            Ok(Some(printed)) => self.note_downloaded(&printed),
            Ok(None) => {}
            Err(reason) => self.failure.set(Some(reason)),
        }
    }

    /// Notes in the request's log the fingerprint a downloaded PDF prints (once): an answer
    /// naming it is matched to this request ([`tandem_core::reply::find_request`]).
    fn note_downloaded(self, printed: &str) {
        let ctx = self.ctx;
        let new = ctx
            .draft
            .with_untracked(|d| !d.tracking.exported.iter().any(|f| f == printed));
        if new && !ctx.frozen() {
            self.logged.set_value(true);
            ctx.edit(|d| d.tracking.exported(printed));
        }
    }
}

/// The PDF worker's request for the draft as it is now (see [`pdf::document_request`]).
async fn document_request(
    ctx: AppContext,
    issue: &str,
    mode: &str,
    ahead: bool,
) -> Result<String, String> {
    let issue = if issue == "final" {
        Issue::Final
    } else {
        Issue::Consultation
    };
    let template = ctx.template.get_untracked();
    let pack = ctx.templates.pack(&template.id);
    let draft = ctx.draft.get_untracked();
    pdf::document_request(
        &template,
        pack.as_ref(),
        &draft,
        issue,
        &today(),
        mode,
        ahead,
    )
    .await
}

/// Once the form is shown and the page is idle, fetches the two document languages' messages and
/// has the PDF engine fetch and start everything else an export of this draft needs (its wasm,
/// the fonts),
/// again when the request type or a document language changes; never when the browser says the
/// connection is metered (`navigator.connection.saveData`).
fn warm_when_idle(ctx: AppContext) {
    if save_data() {
        return;
    }
    let wanted = Memo::new(move |_| {
        let template = ctx.template.with(|t| t.id.clone());
        (template, ctx.draft.with(|d| d.langs))
    });
    Effect::new(move |_| {
        wanted.track();
        when_idle(move || {
            if matches!(ctx.nav.route.get_untracked(), Route::Draft(_)) {
                leptos::task::spawn_local(async move {
                    let request = document_request(ctx, "consultation", LAYOUTS[0].0, true);
                    if let Ok(request) = request.await {
                        pdf::warm(request);
                    }
                });
            }
        });
    });
}
