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
    pub template: StoredValue<Template>,
    pub draft: RwSignal<Draft>,
    pub report: Memo<Report>,
    pub save: RwSignal<SaveState>,
    /// Set once the user has tried a final export: errors are then shown at the fields.
    pub show_errors: RwSignal<bool>,
}

impl AppContext {
    /// The context from the nearest provider.
    pub fn get() -> AppContext {
        expect_context::<AppContext>()
    }

    pub fn new(catalog: Catalog, template: Template, draft: Draft, ui: Lang) -> AppContext {
        let template = StoredValue::new(template);
        let draft = RwSignal::new(draft);
        AppContext {
            ui: RwSignal::new(ui),
            catalog: StoredValue::new_local(catalog),
            template,
            draft,
            report: Memo::new(move |_| template.with_value(|t| draft.with(|d| validate(t, d)))),
            save: RwSignal::new(SaveState::Saved),
            show_errors: RwSignal::new(false),
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
