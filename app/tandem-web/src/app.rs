//! The page: header with the UI language, document languages, completeness, the form and the
//! export actions.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::revision::Blocked;
use tandem_core::route::Route;
use tandem_core::stored;
use tandem_core::{registry, Catalog, Draft, Lang};
use wasm_bindgen::JsCast;

use crate::context::{current_route, template_of, today, AppContext, SaveState};
use crate::dom::{self, add, clicked, focus_later, redraw};
use crate::download::{download, file_stem, object_url};
use crate::form::{field_id, RequestForm, UntranslatedCount};
use crate::home::Home;
use crate::lock_panel::LockPanel;
use crate::preservation::PreservationPanel;
use crate::{pdf, storage};

/// The whole app: the home screen or a draft's form, as the page's address says.
#[component]
pub fn App() -> impl IntoView {
    let Some(template) = registry::TEMPLATES
        .first()
        .and_then(|(id, _)| registry::template(id).ok())
    else {
        return view! { <p role="alert">"no request template"</p> }.into_any();
    };
    // Messages are fetched per language; the screen appears once the UI language's are in.
    let catalog = Catalog::empty(true);
    // Replaced by the draft the address names before any form shows.
    let draft = Draft::new("", &template, [Lang::En, Lang::Ru]);
    let ui = storage::load_ui_lang().unwrap_or(Lang::En);
    let ctx = AppContext::new(catalog, template, draft, ui);
    provide_context(ctx);
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let ok = ctx.ensure_lang(ui).await || (ui != Lang::En && ctx.ensure_lang(Lang::En).await);
        if ok && !ctx.catalog.with_value(|c| c.has_lang(ui)) {
            ctx.ui.set(Lang::En);
        }
        // The first screen appears whole: with the messages of the request it opens, if any.
        let route = current_route();
        if let Some(template) = template_of(&route) {
            ctx.ensure_template(ctx.ui.get_untracked(), &template).await;
        }
        ctx.open(route);
        ready.set(ok);
    });
    listen(ctx);
    ctx.check_persistence();

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
    let main = move || match ctx.route.get() {
        Route::Draft(_) => ctx
            .template_ready
            .get()
            .then(|| view! { <DraftScreen /> })
            .into_any(),
        _ => view! { <Home /> }.into_any(),
    };
    let screen = move || {
        ready.get().then(|| {
            view! {
                <header class="tandem-header">
                    <div class="tandem-header__brand">
                        <h1 class="tandem-header__title">{move || ctx.t("app-name")}</h1>
                        <p class="tandem-header__tagline">{move || ctx.t("app-tagline")}</p>
                    </div>
                    <LanguagePicker />
                </header>
                <main class="tandem-main" id="main">
                    <p class="tandem-privacy">{move || ctx.t("app-privacy")}</p>
                    {(!ctx.storage_ok).then(|| view! {
                        <p class="tandem-notice__error" role="alert" id="storage-unavailable">
                            {move || ctx.t("storage-unavailable")}
                        </p>
                    })}
                    {main}
                </main>
            }
        })
    };
    view! {
        {load_error}
        {screen}
    }
    .into_any()
}

/// Follows the page's address (links, back and forward), and stores typed text at once when
/// the page is hidden or closed.
fn listen(ctx: AppContext) {
    let Some(window) = web_sys::window() else {
        return;
    };
    dom::listen(&window, "hashchange", move |_| ctx.open(current_route()));
    dom::listen(&window, "pagehide", move |_| ctx.flush());
    // Another tab stored a draft: if it is the one open here, this tab may have to stop saving.
    dom::listen(&window, "storage", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if let Some(id) = ev.key().as_deref().and_then(storage::changed_draft) {
            ctx.changed_elsewhere(id, ev.new_value());
        }
    });
    dom::listen(&dom::document(), "visibilitychange", move |_| {
        if dom::document().visibility_state() == web_sys::VisibilityState::Hidden {
            ctx.flush();
        }
    });
}

/// A draft: its request type and languages, its completeness, the form and the export.
#[component]
fn DraftScreen() -> impl IntoView {
    let ctx = AppContext::get();
    let draft_id = Memo::new(move |_| ctx.draft.with(|d| d.id.clone()));
    view! {
        <nav class="tandem-breadcrumb">
            <a href=Route::Home.href() id="all-requests">{move || ctx.t("home-all-requests")}</a>
        </nav>
        <TemplatePicker />
        <h2 class="tandem-request-title">{move || ctx.template.with(|t| ctx.t(&t.title))}</h2>
        <p class="tandem-request-basis">
            {move || ctx.template.with(|t| ctx.t(&t.legal_basis))}
        </p>
        <DraftNotices />
        <DocumentLanguages />
        <SaveStatus />
        <ErrorSummary />
        <form class="tandem-form" on:submit=|ev| ev.prevent_default()>
            // A newer version's draft is shown, not edited: its fields are disabled.
            <fieldset class="tandem-form__all" disabled=move || ctx.read_only.get()>
                // Rebuilt when another draft is opened.
                {move || {
                    draft_id.track();
                    view! { <RequestForm /> }
                }}
            </fieldset>
        </form>
        <PreservationPanel />
        <LockPanel />
        <ExportActions />
    }
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
        <fieldset class="tandem-doc-langs" disabled=move || ctx.read_only.get()>
            <legend>{move || ctx.t("app-document-languages")}</legend>
            {picker(0, "app-document-language-a")}
            {picker(1, "app-document-language-b")}
        </fieldset>
    }
}

/// What stops this draft being saved: written by a newer version of Tandem (shown only; an
/// editable copy can be made), or changed by another tab (load that version, or keep this one as
/// a copy). Drawn with plain DOM calls, like the home screen, to keep the app shell small.
#[component]
fn DraftNotices() -> impl IntoView {
    let ctx = AppContext::get();
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let (read_only, conflict) = (ctx.read_only.get(), ctx.conflict.get());
        ctx.ui.track();
        if let Some(root) = root.get() {
            draw_notices(ctx, &root, read_only, conflict);
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match clicked(&ev) {
        Some((act, _)) if act == "copy-newer" => {
            let id = ctx.draft.with_untracked(|d| d.id.clone());
            if let storage::Stored::ReadOnly(read_only, _) = storage::load(&id) {
                ctx.keep_as_copy(read_only.copy_as(&id));
            }
        }
        Some((act, _)) if act == "load-other" => ctx.load_stored(),
        Some((act, _)) if act == "keep-mine" => ctx.keep_as_copy(ctx.draft.get_untracked()),
        _ => {}
    };
    view! { <div class="tandem-draft-notices" node_ref=root on:click=on_click></div> }
}

fn draw_notices(
    ctx: AppContext,
    root: &web_sys::Element,
    read_only: bool,
    conflict: Option<Blocked>,
) {
    root.set_text_content(None);
    let alert = |id: &str| {
        add(
            root,
            "div",
            &[
                ("class", "tandem-save tandem-save--failed"),
                ("role", "alert"),
                ("id", id),
                ("tabindex", "-1"),
            ],
            "",
        )
    };
    let button = |parent: &web_sys::Element, id: &str, act: &str, message: &str| {
        crate::dom::button(parent, "button", id, act, &ctx.t(message));
    };
    if read_only {
        let notice = alert("read-only");
        add(&notice, "p", &[], &ctx.t("storage-read-only"));
        add(&notice, "p", &[], &ctx.t("storage-copy-note"));
        button(&notice, "read-only-copy", "copy-newer", "storage-keep-copy");
    }
    if let Some(blocked) = conflict {
        let notice = alert("conflict");
        add(&notice, "p", &[], &ctx.t(stored::blocked_message(blocked)));
        if blocked != Blocked::Unreadable {
            add(&notice, "p", &[], &ctx.t("storage-load-other-note"));
            button(&notice, "conflict-load", "load-other", "storage-load-other");
            button(&notice, "conflict-copy", "keep-mine", "storage-keep-mine");
        }
    }
}

/// "Saved" or, when the browser refused, the reason and a one-click download of the draft.
#[component]
fn SaveStatus() -> impl IntoView {
    let ctx = AppContext::get();
    let download_draft = move |_| {
        if let Err(e) = ctx.download_current() {
            leptos::logging::error!("{e}");
        }
    };
    move || {
        match ctx.save.get() {
        SaveState::Saved | SaveState::Pending => {
            // Nothing is saved while the notices above say why not.
            let stopped = ctx.read_only.get()
                || ctx.conflict.with(|c| matches!(c, Some(Blocked::Changed { .. } | Blocked::Newer)));
            let text = if stopped {
                String::new()
            } else if ctx.save.get() == SaveState::Pending {
                ctx.t("home-saving")
            } else {
                ctx.t("app-saved")
            };
            view! { <p class="tandem-save" role="status" id="save-status">{text}</p> }.into_any()
        }
        SaveState::Failed(reason) => view! {
            <div class="tandem-save tandem-save--failed" role="alert" id="save-status">
                <p>{ctx.t_args("app-save-failed", &[("reason", Arg::Str(&reason))])}</p>
                <button type="button" class="tandem-button" id="save-download" on:click=download_draft>
                    {ctx.t("app-download-draft")}
                </button>
            </div>
        }
        .into_any(),
    }
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
}

/// The PDF layouts offered: (the engine's mode, its label).
const LAYOUTS: &[(&str, &str)] = &[
    ("side-by-side", "app-layout-side-by-side"),
    ("target-only", "app-layout-target-only"),
    ("single", "app-layout-single"),
];

/// The export buttons' ids and what each asks for.
const EXPORTS: &[(&str, &str)] = &[
    ("export-final", "app-export-pdf"),
    ("export-consultation", "app-export-consultation"),
    ("preview-pdf", "home-preview"),
];

/// The state of the export actions.
#[derive(Clone, Copy)]
struct Exports {
    ctx: AppContext,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<String>>,
    preview: RwSignal<Option<Preview>>,
    /// The PDF engine's layout mode (tandem-pdf `Mode`), side by side by default.
    layout: StoredValue<String>,
}

/// Export buttons: a final request (only without errors), a draft for consultation (always),
/// and a preview of what the final request (or, while answers are missing, the draft for
/// consultation) will look like, with its download beside it. Drawn with plain DOM calls, like
/// the home screen, to keep the app shell small; while an export runs the buttons are disabled
/// in place and the status line's text changes.
#[component]
fn ExportActions() -> impl IntoView {
    let ctx = AppContext::get();
    let state = Exports {
        ctx,
        busy: RwSignal::new(false),
        failure: RwSignal::new(None),
        preview: RwSignal::new(None),
        layout: StoredValue::new("side-by-side".to_string()),
    };
    // A preview shows the draft as it was: any change takes it away.
    Effect::new(move |_| {
        ctx.draft.track();
        state.close_preview();
    });
    on_cleanup(move || state.close_preview());
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        ctx.ui.track();
        state.failure.track();
        state.preview.track();
        if let Some(root) = root.get() {
            redraw(&root, &|root| state.draw(root));
        }
    });
    Effect::new(move |_| {
        let busy = state.busy.get();
        let Some(root) = root.get() else {
            return;
        };
        if let Ok(Some(status)) = root.query_selector(".tandem-actions__status") {
            let text = if busy {
                ctx.t("app-exporting")
            } else {
                String::new()
            };
            status.set_text_content(Some(&text));
        }
        for (id, _) in EXPORTS {
            if let Ok(Some(button)) = root.query_selector(&format!("#{id}")) {
                let _ = button.toggle_attribute_with_force("disabled", busy);
            }
        }
    });
    let on_click = move |ev: leptos::ev::MouseEvent| match clicked(&ev) {
        Some((act, _)) if act == "export-final" => state.export("final", Output::Download),
        Some((act, _)) if act == "export-consultation" => {
            state.export("consultation", Output::Download)
        }
        Some((act, _)) if act == "preview-pdf" => {
            let issue = if ctx.report.with_untracked(|r| r.has_errors()) {
                "consultation"
            } else {
                "final"
            };
            state.export(issue, Output::Preview);
        }
        Some((act, _)) if act == "download-preview" => state.download_preview(),
        _ => {}
    };
    // The layout select is the only control that changes.
    let on_change = move |ev: web_sys::Event| state.layout.set_value(event_target_value(&ev));
    view! { <div class="tandem-export" node_ref=root on:click=on_click on:change=on_change></div> }
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
        if issue == "final" && ctx.report.with_untracked(|r| r.has_errors()) {
            ctx.show_errors.set(true);
            focus_later("error-summary".to_string(), false);
            return;
        }
        ctx.flush();
        self.busy.set(true);
        // Drawn again only when there was a failure to take away.
        if self.failure.with_untracked(Option::is_some) {
            self.failure.set(None);
        }
        let (request, stem) = ctx.draft.with_untracked(|d| {
            let request = serde_json::json!({
                "draft": d,
                "issue": issue,
                "today": today(),
                "mode": self.layout.get_value(),
            });
            (
                request.to_string(),
                file_stem(d.text("reference.reference")),
            )
        });
        let name = format!("{stem}.pdf");
        pdf::export(request, move |result| {
            self.busy.set(false);
            let shown = result.and_then(|bytes| match output {
                Output::Download => download(&bytes, "application/pdf", &name),
                Output::Preview => {
                    let url = object_url(&bytes, "application/pdf")?;
                    self.close_preview();
                    self.preview.set(Some(Preview { url, bytes, name }));
                    focus_later("preview-download".to_string(), false);
                    Ok(())
                }
            });
            if let Err(reason) = shown {
                self.failure.set(Some(reason));
            }
        });
    }

    fn download_preview(self) {
        let result = self.preview.with_untracked(|p| {
            p.as_ref()
                .map_or(Ok(()), |p| download(&p.bytes, "application/pdf", &p.name))
        });
        if let Err(reason) = result {
            self.failure.set(Some(reason));
        }
    }

    fn draw(self, root: &web_sys::Element) {
        let ctx = self.ctx;
        let busy = self.busy.get_untracked();
        let layout = add(root, "div", &[("class", "tandem-layout")], "");
        let attrs = [("class", "tandem-field__label"), ("for", "export-layout")];
        add(&layout, "label", &attrs, &ctx.t("app-layout"));
        let attrs = [
            ("id", "export-layout"),
            ("class", "tandem-input tandem-input--select"),
        ];
        let select = add(&layout, "select", &attrs, "");
        let chosen = self.layout.get_value();
        for &(value, message) in LAYOUTS {
            let mut attrs = vec![("value", value)];
            if value == chosen {
                attrs.push(("selected", ""));
            }
            add(&select, "option", &attrs, &ctx.t(message));
        }

        let actions = add(root, "div", &[("class", "tandem-actions")], "");
        for (index, &(id, message)) in EXPORTS.iter().enumerate() {
            let class = if index == 0 {
                "tandem-button tandem-button--primary"
            } else {
                "tandem-button"
            };
            let attrs = [
                ("type", "button"),
                ("class", class),
                ("id", id),
                ("data-act", id),
            ];
            let button = add(&actions, "button", &attrs, &ctx.t(message));
            let _ = button.toggle_attribute_with_force("disabled", busy);
        }
        let status = if busy {
            ctx.t("app-exporting")
        } else {
            String::new()
        };
        let attrs = [("class", "tandem-actions__status"), ("role", "status")];
        add(&actions, "p", &attrs, &status);
        if let Some(reason) = self.failure.get_untracked() {
            let text = ctx.t_args("app-export-failed", &[("reason", Arg::Str(&reason))]);
            let attrs = [("class", "tandem-actions__error"), ("role", "alert")];
            add(&actions, "p", &attrs, &text);
        }

        let Some(url) = self
            .preview
            .with_untracked(|p| p.as_ref().map(|p| p.url.clone()))
        else {
            return;
        };
        let section = add(root, "section", &[("class", "tandem-preview")], "");
        let attrs = [
            ("type", "button"),
            ("class", "tandem-button tandem-button--primary"),
            ("id", "preview-download"),
            ("data-act", "download-preview"),
        ];
        add(&section, "button", &attrs, &ctx.t("home-preview-download"));
        let title = ctx.t("home-preview-title");
        let attrs = [
            ("class", "tandem-preview__frame"),
            ("id", "preview-frame"),
            ("title", &*title),
            ("src", &*url),
        ];
        add(&section, "iframe", &attrs, "");
    }
}
