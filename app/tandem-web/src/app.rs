//! The page: header with the UI language, document languages, completeness, the form and the
//! export actions.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::{registry, Catalog, Lang};

use crate::context::{new_draft, AppContext, SaveState};
use crate::download::{download, file_stem};
use crate::form::{field_id, focus_later, RequestForm, UntranslatedCount};
use crate::preservation::PreservationPanel;
use crate::{pdf, storage};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let template = storage::load_last_template()
        .and_then(|id| registry::template(&id).ok())
        .or_else(|| {
            registry::TEMPLATES
                .first()
                .and_then(|(id, _)| registry::template(id).ok())
        });
    let Some(template) = template else {
        return view! { <p role="alert">"no request template"</p> }.into_any();
    };
    // Messages are fetched per language; the screen appears once the UI language's are in.
    let catalog = Catalog::empty(true);
    let draft = storage::load_current_draft(&template.id).unwrap_or_else(|| new_draft(&template));
    let ui = storage::load_ui_lang().unwrap_or(Lang::En);
    let ctx = AppContext::new(catalog, template, draft, ui);
    provide_context(ctx);
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let ok = ctx.ensure_lang(ui).await || (ui != Lang::En && ctx.ensure_lang(Lang::En).await);
        if ok && !ctx.catalog.with_value(|c| c.has_lang(ui)) {
            ctx.ui.set(Lang::En);
        }
        ready.set(ok);
    });

    // The page's own language and direction follow the UI language.
    Effect::new(move |_| {
        let lang = ctx.ui.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
            let dir = match lang.dir() {
                tandem_core::Dir::Ltr => "ltr",
                tandem_core::Dir::Rtl => "rtl",
            };
            let _ = root.set_attribute("dir", dir);
        }
    });

    let load_error = move || {
        ctx.load_error.get().map(|reason| {
            view! { <p class="tandem-load-error" role="alert">"Tandem: " {reason}</p> }
        })
    };
    let screen = move || {
        ready.get().then(|| view! {
        <header class="tandem-header">
            <div class="tandem-header__brand">
                <h1 class="tandem-header__title">{move || ctx.t("app-name")}</h1>
                <p class="tandem-header__tagline">{move || ctx.t("app-tagline")}</p>
            </div>
            <LanguagePicker />
        </header>
        <main class="tandem-main" id="main">
            <p class="tandem-privacy">{move || ctx.t("app-privacy")}</p>
            <TemplatePicker />
            <h2 class="tandem-request-title">{move || ctx.template.with(|t| ctx.t(&t.title))}</h2>
            <p class="tandem-request-basis">
                {move || ctx.template.with(|t| ctx.t(&t.legal_basis))}
            </p>
            <DocumentLanguages />
            <SaveStatus />
            <ErrorSummary />
            <form class="tandem-form" on:submit=|ev| ev.prevent_default()>
                // Rebuilt when another request type is chosen.
                {move || {
                    ctx.template.track();
                    view! { <RequestForm /> }
                }}
            </form>
            <PreservationPanel />
            <ExportActions />
        </main>
    })
    };
    view! {
        {load_error}
        {screen}
    }
    .into_any()
}

/// The request type: each has its own current draft.
#[component]
fn TemplatePicker() -> impl IntoView {
    let ctx = AppContext::get();
    let titles: Vec<(&'static str, String)> = registry::TEMPLATES
        .iter()
        .filter_map(|(id, _)| registry::template(id).ok().map(|t| (*id, t.title)))
        .collect();
    view! {
        <div class="tandem-template">
            <label class="tandem-field__label" for="template">{move || ctx.t("app-request-type")}</label>
            <select
                id="template"
                class="tandem-input tandem-input--select tandem-input--wide"
                on:change=move |ev| ctx.switch_template(&event_target_value(&ev))
            >
                {titles
                    .into_iter()
                    .map(|(id, title)| {
                        let selected = move || ctx.template.with(|t| t.id == id);
                        view! { <option value=id prop:selected=selected>{move || ctx.t(&title)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The UI language menu (separate from the document languages).
#[component]
fn LanguagePicker() -> impl IntoView {
    let ctx = AppContext::get();
    view! {
        <div class="tandem-lang">
            <label class="tandem-lang__label" for="ui-lang">{move || ctx.t("app-ui-language")}</label>
            <select
                id="ui-lang"
                class="tandem-input tandem-input--select"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        ctx.set_ui_lang(lang);
                    }
                }
            >
                {Lang::ALL
                    .iter()
                    .map(|&l| {
                        // A machine-drafted translation says so, in the current UI language.
                        let status = move || {
                            (!l.is_reviewed()).then(|| format!(" — {}", ctx.t("app-machine-translation")))
                        };
                        view! {
                            <option value=l.code() prop:selected=move || ctx.ui.get() == l>
                                {l.native_name()} {status}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The two document languages of this draft.
#[component]
fn DocumentLanguages() -> impl IntoView {
    let ctx = AppContext::get();
    let picker = move |index: usize, label: &'static str| {
        let id = format!("doc-lang-{index}");
        view! {
            <div class="tandem-doc-langs__item">
                <label for=id.clone()>{move || ctx.t(label)}</label>
                <select
                    id=id
                    class="tandem-input tandem-input--select"
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                            ctx.edit(|d| d.langs[index] = lang);
                        }
                    }
                >
                    {Lang::ALL
                        .iter()
                        .map(|&l| {
                            let selected = move || ctx.draft.with(|d| d.langs[index] == l);
                            view! {
                                <option value=l.code() lang=l.code() prop:selected=selected>
                                    {l.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <fieldset class="tandem-doc-langs">
            <legend>{move || ctx.t("app-document-languages")}</legend>
            {picker(0, "app-document-language-a")}
            {picker(1, "app-document-language-b")}
        </fieldset>
    }
}

/// "Saved" or, when the browser refused, the reason and a one-click download of the draft.
#[component]
fn SaveStatus() -> impl IntoView {
    let ctx = AppContext::get();
    let download_draft = move |_| {
        let (json, stem) = ctx
            .draft
            .with_untracked(|d| (d.to_json(), file_stem(d.text("reference.reference"))));
        if let Err(e) = download(
            json.as_bytes(),
            "application/json",
            &format!("{stem}.tandem.json"),
        ) {
            leptos::logging::error!("{e}");
        }
    };
    move || match ctx.save.get() {
        SaveState::Saved => view! {
            <p class="tandem-save" role="status">{ctx.t("app-saved")}</p>
        }
        .into_any(),
        SaveState::Failed(reason) => view! {
            <div class="tandem-save tandem-save--failed" role="alert">
                <p>{ctx.t_args("app-save-failed", &[("reason", Arg::Str(&reason))])}</p>
                <button type="button" class="tandem-button" on:click=download_draft>
                    {ctx.t("app-download-draft")}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// The GOV.UK-style error summary, shown after a final export was refused, and the count of
/// required answers done.
#[component]
fn ErrorSummary() -> impl IntoView {
    let ctx = AppContext::get();
    let count = move || {
        let (done, total) = ctx.report.with(|r| (r.required_done, r.required_total));
        ctx.t_args(
            "app-completeness",
            &[
                ("done", Arg::Num(done as f64)),
                ("total", Arg::Num(total as f64)),
            ],
        )
    };
    let labels = move |path: &str| {
        ctx.template.with(|t| {
            t.items().find_map(|(_, item, p, number)| {
                if p == path {
                    Some(format!("{number} {}", ctx.t(&item.label)))
                } else {
                    item.options.iter().find_map(|o| {
                        let detail = o.detail.as_ref()?;
                        (tandem_core::template::detail_path(&p, o) == path)
                            .then(|| format!("{number} {}", ctx.t(&detail.label)))
                    })
                }
            })
        })
    };
    let summary = move || {
        if !ctx.show_errors.get() {
            return None;
        }
        let issues = ctx.report.with(|r| r.issues.clone());
        (!issues.is_empty()).then(|| {
            view! {
                <div class="tandem-error-summary" id="error-summary" role="alert" tabindex="-1">
                    <h2 class="tandem-error-summary__title">{ctx.t("app-errors-heading")}</h2>
                    <ul class="tandem-error-summary__list">
                        {issues
                            .into_iter()
                            .map(|issue| {
                                let href = format!("#{}", field_id(&issue.path));
                                let text = format!(
                                    "{}: {}",
                                    labels(&issue.path).unwrap_or_else(|| issue.path.clone()),
                                    ctx.t(issue.message)
                                );
                                // Focus moves to the field itself, whatever the page's address.
                                let target = field_id(&issue.path);
                                let go = move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    focus_later(target.clone(), false);
                                };
                                view! { <li><a href=href on:click=go>{text}</a></li> }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    view! {
        <p class="tandem-completeness" id="completeness">{count}</p>
        <UntranslatedCount />
        {summary}
    }
}

/// Export buttons: a final request (only without errors) and a draft for consultation (always).
#[component]
fn ExportActions() -> impl IntoView {
    let ctx = AppContext::get();
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let export = move |issue: &'static str| {
        if issue == "final" && ctx.report.with_untracked(|r| r.has_errors()) {
            ctx.show_errors.set(true);
            focus_later("error-summary".to_string(), false);
            return;
        }
        busy.set(true);
        failure.set(None);
        let (request, stem) = ctx.draft.with_untracked(|d| {
            let request = serde_json::json!({
                "draft": d,
                "issue": issue,
                "today": today(),
            });
            (
                request.to_string(),
                file_stem(d.text("reference.reference")),
            )
        });
        pdf::export(request, move |result| {
            busy.set(false);
            match result
                .and_then(|bytes| download(&bytes, "application/pdf", &format!("{stem}.pdf")))
            {
                Ok(()) => {}
                Err(reason) => failure.set(Some(reason)),
            }
        });
    };
    view! {
        <div class="tandem-actions">
            <button
                type="button"
                class="tandem-button tandem-button--primary"
                id="export-final"
                disabled=move || busy.get()
                on:click=move |_| export("final")
            >
                {move || ctx.t("app-export-pdf")}
            </button>
            <button
                type="button"
                class="tandem-button"
                id="export-consultation"
                disabled=move || busy.get()
                on:click=move |_| export("consultation")
            >
                {move || ctx.t("app-export-consultation")}
            </button>
            <p class="tandem-actions__status" role="status">
                {move || busy.get().then(|| ctx.t("app-exporting"))}
            </p>
            {move || failure.get().map(|reason| view! {
                <p class="tandem-actions__error" role="alert">
                    {ctx.t_args("app-export-failed", &[("reason", Arg::Str(&reason))])}
                </p>
            })}
        </div>
    }
}

fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
