//! The page: header with the UI language, document languages, completeness, the form and the
//! export actions. Drawn with plain DOM calls (`dom`), like every screen: Leptos' reactive system
//! only decides when a part is drawn again. A part drawn inside an effect lives under that
//! effect's owner, cleaned up (its effects stopped, its listeners removed) before the effect runs
//! again and when the part that made the effect leaves the screen.

use leptos::prelude::*;
use tandem_core::l10n::Arg;
use tandem_core::revision::Blocked;
use tandem_core::route::Route;
use tandem_core::stored;
use tandem_core::validate::{self, Issue};
use tandem_core::{registry, Catalog, Draft, Lang};
use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Element, HtmlSelectElement};

use crate::context::{current_route, template_of, today, AppContext, SaveState};
use crate::dom::{self, add, clicked, focus_later, redraw};
use crate::download::{download, file_stem, object_url};
use crate::form::field_id;
use crate::{pdf, storage};

/// Starts the app under `<body>`, under a reactive owner kept for the page's life.
pub fn start() {
    // Effects and spawned tasks run on wasm-bindgen's executor (what `leptos::mount` sets up).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(app);
    // Never cleaned up: the app lasts as long as the page.
    std::mem::forget(owner);
}

/// The whole app: the home screen or a draft's form, as the page's address says.
fn app() {
    let body: Element = dom::document().body().unwrap_throw().into();
    let Some(template) = registry::TEMPLATES
        .first()
        .and_then(|(id, _)| registry::template(id).ok())
    else {
        add(&body, "p", &[("role", "alert")], "no request template");
        return;
    };
    // Messages are fetched per language; the screen appears once the UI language's are in.
    let catalog = Catalog::empty(true);
    // Replaced by the draft the address names before any form shows.
    let draft = Draft::new("", &template, [Lang::En, Lang::Ru]);
    let ui = storage::load_ui_lang().unwrap_or(Lang::En);
    let ctx = AppContext::new(catalog, template, draft, ui);
    listen(ctx);
    ctx.check_persistence();

    // The page's own language and direction follow the UI language.
    dom::effect(move || {
        let lang = ctx.ui.get();
        if let Some(root) = dom::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
            let dir = match lang.dir() {
                tandem_core::Dir::Ltr => "ltr",
                tandem_core::Dir::Rtl => "rtl",
            };
            let _ = root.set_attribute("dir", dir);
        }
    });

    // Why messages could not be loaded, above the screen.
    dom::effect({
        let body = body.clone();
        let mut shown: Option<Element> = None;
        move || {
            if let Some(old) = shown.take() {
                old.remove();
            }
            let Some(reason) = ctx.load_error.get() else {
                return;
            };
            let attrs = [("class", "tandem-load-error"), ("role", "alert")];
            let alert = add(&body, "p", &attrs, &format!("Tandem: {reason}"));
            if let Ok(Some(header)) = body.query_selector(".tandem-header") {
                let _ = body.insert_before(&alert, Some(&header));
            }
            shown = Some(alert);
        }
    });

    // Under the app's owner, like everything above.
    leptos::task::spawn_local_scoped(async move {
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
        if ok {
            screen(ctx, &body);
        }
    });
}

/// The header and the main area, with the home screen or a draft's screen in it.
fn screen(ctx: AppContext, body: &Element) {
    let header = add(body, "header", &[("class", "tandem-header")], "");
    let brand = add(&header, "div", &[("class", "tandem-header__brand")], "");
    let title = add(&brand, "h1", &[("class", "tandem-header__title")], "");
    let tagline = add(&brand, "p", &[("class", "tandem-header__tagline")], "");
    let ui_lang = language_picker(ctx, &header);
    let main = add(
        body,
        "main",
        &[("class", "tandem-main"), ("id", "main")],
        "",
    );
    let privacy = add(&main, "p", &[("class", "tandem-privacy")], "");
    let mut texts = vec![
        (title, "app-name"),
        (tagline, "app-tagline"),
        (ui_lang, "app-ui-language"),
        (privacy, "app-privacy"),
    ];
    if !ctx.storage_ok {
        let attrs = [
            ("class", "tandem-notice__error"),
            ("role", "alert"),
            ("id", "storage-unavailable"),
        ];
        texts.push((add(&main, "p", &attrs, ""), "storage-unavailable"));
    }
    // The screen's own parts come after these.
    let last = main.last_element_child().unwrap_throw();
    dom::effect(move || set_texts(ctx, &texts));

    dom::effect(move || {
        let draft = match ctx.route.get() {
            Route::Draft(_) => Some(ctx.template_ready.get()),
            _ => None,
        };
        // A control drawn again with the same id keeps the focus (the request type, say).
        dom::keep_focus(&main, || {
            while let Some(node) = last.next_sibling() {
                let _ = main.remove_child(&node);
            }
            untrack(|| match draft {
                Some(true) => draft_screen(ctx, &main),
                Some(false) => {}
                None => crate::home::home(ctx, &main),
            });
        });
    });
}

/// Sets each element's text to its message in the UI language.
fn set_texts(ctx: AppContext, texts: &[(Element, &str)]) {
    for (element, id) in texts {
        element.set_text_content(Some(&ctx.t(id)));
    }
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
fn draft_screen(ctx: AppContext, main: &Element) {
    let nav = add(main, "nav", &[("class", "tandem-breadcrumb")], "");
    let home = Route::Home.href();
    let all = add(&nav, "a", &[("href", &home), ("id", "all-requests")], "");
    template_picker(ctx, main);
    let title = add(main, "h2", &[("class", "tandem-request-title")], "");
    let basis = add(main, "p", &[("class", "tandem-request-basis")], "");
    dom::effect(move || {
        all.set_text_content(Some(&ctx.t("home-all-requests")));
        let (title_id, basis_id) = ctx
            .template
            .with(|t| (t.title.clone(), t.legal_basis.clone()));
        // The legal basis follows the request's route (e.g. the emergency channel picked).
        let route = ctx
            .template
            .with(|t| ctx.draft.with(|d| tandem_core::document::route(t, d)));
        title.set_text_content(Some(&ctx.t(&title_id)));
        basis.set_text_content(Some(
            &ctx.t_args(&basis_id, &[("route", tandem_core::l10n::Arg::Str(&route))]),
        ));
    });
    draft_notices(ctx, main);
    document_languages(ctx, main);
    save_status(ctx, main);
    completeness(ctx, main);
    let form = add(main, "form", &[("class", "tandem-form")], "");
    error_summary(ctx, main, &form);
    // A newer version's draft is shown, not edited: its fields are disabled.
    let all_fields = add(&form, "fieldset", &[("class", "tandem-form__all")], "");
    dom::listen(&form, "submit", |ev| ev.prevent_default());
    dom::effect({
        let all_fields = all_fields.clone();
        move || {
            let _ = all_fields.toggle_attribute_with_force("disabled", ctx.read_only.get());
        }
    });
    // Drawn again when another draft is opened.
    let draft_id = Memo::new(move |_| ctx.draft.with(|d| d.id.clone()));
    dom::effect(move || {
        draft_id.track();
        all_fields.set_text_content(None);
        untrack(|| crate::form::draw_form(ctx, &all_fields));
    });
    crate::preservation::preservation_panel(ctx, main);
    crate::lock_panel::lock_panel(ctx, main);
    export_actions(ctx, main);
}

/// A select of `options` (value, `lang` attribute or "") drawn once; returns it and its options.
fn select(
    parent: &Element,
    attrs: &[(&str, &str)],
    options: &[(&str, &str)],
) -> (HtmlSelectElement, Vec<Element>) {
    let select = add(parent, "select", attrs, "");
    let options = options
        .iter()
        .map(|&(value, lang)| {
            let mut attrs = vec![("value", value)];
            if !lang.is_empty() {
                attrs.push(("lang", lang));
            }
            add(&select, "option", &attrs, "")
        })
        .collect();
    (select.unchecked_into(), options)
}

/// The request type: each has its own current draft.
fn template_picker(ctx: AppContext, main: &Element) {
    let root = add(main, "div", &[("class", "tandem-template")], "");
    let attrs = [("class", "tandem-field__label"), ("for", "template")];
    let label = add(&root, "label", &attrs, "");
    let ids: Vec<(&str, &str)> = registry::TEMPLATES
        .iter()
        .map(|(id, _)| (*id, ""))
        .collect();
    let attrs = [
        ("id", "template"),
        (
            "class",
            "tandem-input tandem-input--select tandem-input--wide",
        ),
    ];
    let (select, options) = select(&root, &attrs, &ids);
    dom::listen(&select, "change", move |ev| {
        ctx.switch_template(&event_target_value(&ev))
    });
    let mut texts = vec![(label, "app-request-type".to_string())];
    for ((id, _), option) in registry::TEMPLATES.iter().zip(options) {
        if let Ok(template) = registry::template(id) {
            texts.push((option, template.title));
        }
    }
    dom::effect(move || {
        for (element, id) in &texts {
            element.set_text_content(Some(&ctx.t(id)));
        }
        ctx.template.with(|t| select.set_value(&t.id));
    });
}

/// The UI language menu (separate from the document languages); returns its label.
fn language_picker(ctx: AppContext, header: &Element) -> Element {
    let root = add(header, "div", &[("class", "tandem-lang")], "");
    let attrs = [("class", "tandem-lang__label"), ("for", "ui-lang")];
    let label = add(&root, "label", &attrs, "");
    let codes: Vec<(&str, &str)> = Lang::ALL.iter().map(|l| (l.code(), "")).collect();
    let attrs = [
        ("id", "ui-lang"),
        ("class", "tandem-input tandem-input--select"),
    ];
    let (select, options) = select(&root, &attrs, &codes);
    dom::listen(&select, "change", move |ev| {
        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
            ctx.set_ui_lang(lang);
        }
    });
    dom::effect(move || {
        // A machine-drafted translation says so, in the current UI language.
        let status = format!(" — {}", ctx.t("app-machine-translation"));
        for (&lang, option) in Lang::ALL.iter().zip(&options) {
            let name = lang.native_name();
            let text = if lang.is_reviewed() {
                name.to_string()
            } else {
                format!("{name}{status}")
            };
            option.set_text_content(Some(&text));
        }
        select.set_value(ctx.ui.get().code());
    });
    label
}

/// The two document languages of this draft: the options are drawn once (each language's own
/// name), so that choosing one, by typing too, keeps the focus.
fn document_languages(ctx: AppContext, main: &Element) {
    let root = add(main, "fieldset", &[("class", "tandem-doc-langs")], "");
    let mut texts = vec![(add(&root, "legend", &[], ""), "app-document-languages")];
    let langs: Vec<(&str, &str)> = Lang::ALL.iter().map(|l| (l.code(), l.code())).collect();
    let mut selects = Vec::new();
    for (index, label) in ["app-document-language-a", "app-document-language-b"]
        .into_iter()
        .enumerate()
    {
        let item = add(&root, "div", &[("class", "tandem-doc-langs__item")], "");
        let id = format!("doc-lang-{index}");
        texts.push((add(&item, "label", &[("for", &id)], ""), label));
        let attrs = [("id", &*id), ("class", "tandem-input tandem-input--select")];
        let (select, options) = select(&item, &attrs, &langs);
        for (&lang, option) in Lang::ALL.iter().zip(options) {
            option.set_text_content(Some(lang.native_name()));
        }
        dom::listen(&select, "change", move |ev| {
            if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                ctx.edit(|d| d.langs[index] = lang);
            }
        });
        selects.push(select);
    }
    // Not on every keystroke: only when the languages change.
    let chosen = Memo::new(move |_| ctx.draft.with(|d| d.langs));
    dom::effect(move || {
        set_texts(ctx, &texts);
        let _ = root.toggle_attribute_with_force("disabled", ctx.read_only.get());
        for (select, lang) in selects.iter().zip(chosen.get()) {
            select.set_value(lang.code());
        }
    });
}

/// What stops this draft being saved: written by a newer version of Tandem (shown only; an
/// editable copy can be made), or changed by another tab (load that version, or keep this one as
/// a copy).
fn draft_notices(ctx: AppContext, main: &Element) {
    let root = add(main, "div", &[("class", "tandem-draft-notices")], "");
    dom::listen(&root, "click", move |ev| {
        match clicked(ev.unchecked_ref()) {
            Some((act, _)) if act == "copy-newer" => {
                let id = ctx.draft.with_untracked(|d| d.id.clone());
                if let storage::Stored::ReadOnly(read_only, _) = storage::load(&id) {
                    ctx.keep_as_copy(read_only.copy_as(&id));
                }
            }
            Some((act, _)) if act == "load-other" => ctx.load_stored(),
            Some((act, _)) if act == "keep-mine" => ctx.keep_as_copy(ctx.draft.get_untracked()),
            _ => {}
        }
    });
    dom::effect(move || {
        let (read_only, conflict) = (ctx.read_only.get(), ctx.conflict.get());
        ctx.ui.track();
        draw_notices(ctx, &root, read_only, conflict);
    });
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
fn save_status(ctx: AppContext, main: &Element) {
    let status = [
        ("class", "tandem-save"),
        ("role", "status"),
        ("id", "save-status"),
    ];
    let mut shown = add(main, "p", &status, "");
    let main = main.clone();
    dom::effect(move || {
        let save = ctx.save.get();
        // Nothing is saved while the notices above say why not.
        let stopped = ctx.read_only.get()
            || ctx
                .conflict
                .with(|c| matches!(c, Some(Blocked::Changed { .. } | Blocked::Newer)));
        let reason = match save {
            SaveState::Failed(reason) => reason,
            _ => {
                let text = if stopped {
                    String::new()
                } else if save == SaveState::Pending {
                    ctx.t("home-saving")
                } else {
                    ctx.t("app-saved")
                };
                // The same live region, so that screen readers say its new text.
                if shown.get_attribute("role").as_deref() != Some("status") {
                    let line = add(&main, "p", &status, "");
                    let _ = shown.replace_with_with_node_1(&line);
                    shown = line;
                }
                shown.set_text_content(Some(&text));
                return;
            }
        };
        // The same alert while writes keep failing: only its text changes.
        if shown.get_attribute("role").as_deref() != Some("alert") {
            let attrs = [
                ("class", "tandem-save tandem-save--failed"),
                ("role", "alert"),
                ("id", "save-status"),
            ];
            let failed = add(&main, "div", &attrs, "");
            add(&failed, "p", &[], "");
            let attrs = [
                ("type", "button"),
                ("class", "tandem-button"),
                ("id", "save-download"),
            ];
            add(&failed, "button", &attrs, "");
            let _ = shown.replace_with_with_node_1(&failed);
            shown = failed;
        }
        let (Some(line), Some(button)) = (shown.first_element_child(), shown.last_element_child())
        else {
            return;
        };
        let text = ctx.t_args("app-save-failed", &[("reason", Arg::Str(&reason))]);
        line.set_text_content(Some(&text));
        button.set_text_content(Some(&ctx.t("app-download-draft")));
        // Listened to on every run: the last run's listener went with its cleanup.
        dom::listen(&button, "click", move |_| {
            if let Err(e) = ctx.download_current() {
                leptos::logging::error!("{e}");
            }
        });
    });
}

/// The count of required answers done, and of answers still to be translated.
fn completeness(ctx: AppContext, main: &Element) {
    let count = add(
        main,
        "p",
        &[("class", "tandem-completeness"), ("id", "completeness")],
        "",
    );
    // Not on every keystroke: only when the counts change.
    let counts = Memo::new(move |_| ctx.report.with(|r| (r.required_done, r.required_total)));
    dom::effect(move || {
        let (done, total) = counts.get();
        let args = [
            ("done", Arg::Num(done as f64)),
            ("total", Arg::Num(total as f64)),
        ];
        count.set_text_content(Some(&ctx.t_args("app-completeness", &args)));
    });
    // An element of its own, which the form's code may draw again as it likes.
    let untranslated = add(
        main,
        "div",
        &[("class", "tandem-completeness__untranslated")],
        "",
    );
    crate::form::draw_untranslated(ctx, &untranslated);
}

/// The GOV.UK-style error summary, shown before the form after a final export was refused.
fn error_summary(ctx: AppContext, main: &Element, form: &Element) {
    let issues = Memo::new(move |_| {
        if ctx.show_errors.get() {
            ctx.report.with(|r| r.issues.clone())
        } else {
            Vec::new()
        }
    });
    let (main, form) = (main.clone(), form.clone());
    let mut shown: Option<Element> = None;
    dom::effect(move || {
        ctx.ui.track();
        ctx.template.track();
        if let Some(old) = shown.take() {
            old.remove();
        }
        issues.with(|issues| {
            if !issues.is_empty() {
                let summary = draw_error_summary(ctx, &main, issues);
                let _ = main.insert_before(&summary, Some(&form));
                shown = Some(summary);
            }
        });
    });
}

/// What the error summary calls the answer at `path`: its question's number and label, and the
/// row and part of it where the issue is ("Row 12.1.2 — Legal provision").
fn question_label(ctx: AppContext, path: &str) -> Option<String> {
    let place = ctx
        .draft
        .with_untracked(|d| ctx.template.with_untracked(|t| validate::place(t, d, path)))?;
    let question = match &place.row {
        Some(row) => ctx.t_args("app-row", &[("number", Arg::Str(row))]),
        None => format!("{} {}", place.number, ctx.t(&place.label)),
    };
    Some(match &place.part {
        Some(part) => format!("{question} — {}", ctx.t(part)),
        None => question,
    })
}

fn draw_error_summary(ctx: AppContext, main: &Element, issues: &[Issue]) -> Element {
    let attrs = [
        ("class", "tandem-error-summary"),
        ("id", "error-summary"),
        ("role", "alert"),
        ("tabindex", "-1"),
    ];
    let summary = add(main, "div", &attrs, "");
    let attrs = [("class", "tandem-error-summary__title")];
    add(&summary, "h2", &attrs, &ctx.t("app-errors-heading"));
    let attrs = [("class", "tandem-error-summary__list")];
    let list = add(&summary, "ul", &attrs, "");
    for issue in issues {
        let target = field_id(&issue.path);
        let text = format!(
            "{}: {}",
            question_label(ctx, &issue.path).unwrap_or_else(|| issue.path.clone()),
            ctx.t(issue.message)
        );
        let item = add(&list, "li", &[], "");
        add(&item, "a", &[("href", &format!("#{target}"))], &text);
    }
    // Focus moves to the field itself, whatever the page's address.
    dom::listen(&summary, "click", |ev| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("a").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            focus_later(href.trim_start_matches('#').to_string(), false);
        }
    });
    summary
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
fn export_actions(ctx: AppContext, main: &Element) {
    let state = Exports {
        ctx,
        busy: RwSignal::new(false),
        failure: RwSignal::new(None),
        preview: RwSignal::new(None),
        layout: StoredValue::new("side-by-side".to_string()),
    };
    // A preview shows the draft as it was: any change takes it away.
    dom::effect(move || {
        ctx.draft.track();
        state.close_preview();
    });
    on_cleanup(move || state.close_preview());
    let root = add(main, "div", &[("class", "tandem-export")], "");
    dom::listen(&root, "click", move |ev| {
        match clicked(ev.unchecked_ref()) {
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
        }
    });
    // The layout select is the only control that changes.
    dom::listen(&root, "change", move |ev| {
        state.layout.set_value(event_target_value(&ev))
    });
    dom::effect({
        let root = root.clone();
        move || {
            ctx.ui.track();
            state.failure.track();
            state.preview.track();
            redraw(&root, &|root| state.draw(root));
        }
    });
    dom::effect(move || {
        let busy = state.busy.get();
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
