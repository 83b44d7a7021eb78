//! Shared state of the app, provided as one context.

use leptos::prelude::*;
use tandem_core::{validate, Catalog, Draft, Lang, Report, Template};

use crate::storage;

/// Whether the current draft is safely stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    /// The browser refused the write; the reason as it gave it.
    Failed(String),
}

/// The app's state: UI language, the catalog, the template and the draft being edited.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub ui: RwSignal<Lang>,
    pub catalog: StoredValue<Catalog, LocalStorage>,
    pub template: RwSignal<Template>,
    pub draft: RwSignal<Draft>,
    pub report: Memo<Report>,
    pub save: RwSignal<SaveState>,
    /// Set once the user has tried a final export: errors are then shown at the fields.
    pub show_errors: RwSignal<bool>,
    /// Why a language's messages could not be loaded, if they could not.
    pub load_error: RwSignal<Option<String>>,
}

impl AppContext {
    /// The context from the nearest provider.
    pub fn get() -> AppContext {
        expect_context::<AppContext>()
    }

    pub fn new(catalog: Catalog, template: Template, draft: Draft, ui: Lang) -> AppContext {
        let template = RwSignal::new(template);
        let draft = RwSignal::new(draft);
        AppContext {
            ui: RwSignal::new(ui),
            catalog: StoredValue::new_local(catalog),
            template,
            draft,
            report: Memo::new(move |_| template.with(|t| draft.with(|d| validate(t, d)))),
            save: RwSignal::new(SaveState::Saved),
            show_errors: RwSignal::new(false),
            load_error: RwSignal::new(None),
        }
    }

    /// A UI text in the current UI language. A missing message shows its ID (the locale tests
    /// make that impossible in a release) rather than another language's text.
    pub fn t(&self, id: &str) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.text(lang, id))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// A UI text with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, tandem_core::l10n::Arg)]) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.format(lang, id, args))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// The `.hint` attribute of a label, in the current UI language.
    pub fn hint(&self, id: &str) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.attr(lang, id, "hint"))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// Opens the draft last edited with another template, or starts a new one.
    pub fn switch_template(&self, id: &str) {
        let Ok(template) = tandem_core::registry::template(id) else {
            return;
        };
        let draft = storage::load_current_draft(id).unwrap_or_else(|| new_draft(&template));
        storage::save_last_template(id);
        self.show_errors.set(false);
        self.template.set(template);
        self.draft.set(draft);
    }

    /// Switches the UI language, fetching its messages first if this is their first use; the
    /// choice is remembered.
    pub fn set_ui_lang(&self, lang: Lang) {
        let ctx = *self;
        leptos::task::spawn_local(async move {
            if ctx.ensure_lang(lang).await {
                ctx.ui.set(lang);
                storage::save_ui_lang(lang);
            }
        });
    }

    /// Makes sure the catalog holds a language; false (with the reason shown) if it cannot.
    pub async fn ensure_lang(&self, lang: Lang) -> bool {
        if self.catalog.with_value(|c| c.has_lang(lang)) {
            return true;
        }
        let added = crate::locale::fetch(lang).await.and_then(|source| {
            let files = [(tandem_core::registry::BUNDLE_NAME, source.as_str())];
            self.catalog
                .try_update_value(|c| c.add(lang, &files).map_err(|e| e.to_string()))
                .unwrap_or_else(|| Err("the app was closed".to_string()))
        });
        match added {
            Ok(()) => true,
            Err(reason) => {
                leptos::logging::error!("{reason}");
                self.load_error.set(Some(reason));
                false
            }
        }
    }

    /// Changes the draft and stores it at once.
    pub fn edit(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(|d| {
            change(d);
            d.modified = String::from(js_sys::Date::new_0().to_iso_string());
        });
        let result = self.draft.with_untracked(storage::save_draft);
        self.save.set(match result {
            Ok(()) => SaveState::Saved,
            Err(reason) => SaveState::Failed(reason),
        });
    }
}

/// A new, empty draft of a template, dated today and in the browser's time zone.
pub fn new_draft(template: &Template) -> Draft {
    let id = format!(
        "{:x}{:06x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * f64::from(0xff_ffff)) as u32
    );
    let mut draft = Draft::new(&id, template, [Lang::En, Lang::Ru]);
    let today = js_sys::Date::new_0();
    let date = format!(
        "{:04}-{:02}-{:02}",
        today.get_full_year(),
        today.get_month() + 1,
        today.get_date()
    );
    // getTimezoneOffset is minutes *behind* UTC.
    let offset = tandem_core::timezone::offset_for_minutes(-(today.get_timezone_offset() as i32));
    for (_, item, path, _) in template.items() {
        match item.kind {
            tandem_core::ItemKind::Date if path == "date.date" => draft.set_text(&path, &date),
            tandem_core::ItemKind::TimeZone => {
                if let Some(offset) = offset {
                    draft.set_text(&path, offset);
                }
            }
            _ => {}
        }
    }
    draft
}
