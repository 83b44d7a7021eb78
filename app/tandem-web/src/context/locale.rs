//! Messages in the UI language: lookups, and loading a language (and each request type's
//! messages) the first time it is used.

use leptos::prelude::*;
use tandem_core::route::Route;
use tandem_core::Lang;

use super::AppContext;
use crate::storage;

impl AppContext {
    /// A UI text in the current UI language. A missing message shows its ID (the locale tests
    /// make that impossible in a release) rather than another language's text.
    // Called from every screen: one copy of the lookup rather than one per call.
    #[inline(never)]
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
    // Called from every screen: one copy of the lookup rather than one per call.
    #[inline(never)]
    pub fn t_args(&self, id: &str, args: &[(&str, tandem_core::l10n::Arg)]) -> String {
        let lang = self.ui.get();
        self.catalog
            .with_value(|c| c.format(lang, id, args))
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// A message of the request's template in the UI language, with the route and legal basis
    /// of the draft (`$basis`…): read again when the basis changes. `label.hint` is the `.hint`
    /// attribute of `label` (a message id has no dot).
    // Called from every field: one copy of the lookup rather than one per call.
    #[inline(never)]
    pub fn t_basis(&self, id: &str) -> String {
        let lang = self.ui.get();
        self.basis
            .with(|args| {
                let args = args.fluent(&args.treaty);
                self.catalog.with_value(|c| match id.split_once('.') {
                    Some((message, attr)) => c.attr_args(lang, message, attr, &args),
                    None => c.format(lang, id, &args),
                })
            })
            .unwrap_or_else(|e| {
                leptos::logging::error!("{e}");
                id.to_string()
            })
    }

    /// Message `id` in the UI language, for a view: read again when the language changes. Every
    /// text of the page is this one closure type, so that each costs no code of its own.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// [`AppContext::text`] of a message id known at run time (a request type's title).
    pub fn text_of(self, id: String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || self.t(&id)
    }

    /// The UI language and the number of additions to the catalog: what shows messages that may
    /// arrive later (a request type's) is drawn again when this changes.
    pub fn catalog_version(&self) -> (Lang, u32) {
        (self.ui.get(), self.locale.loaded.get())
    }

    /// Switches the UI language, fetching its messages first if this is their first use; the
    /// choice is remembered.
    pub fn set_ui_lang(&self, lang: Lang) {
        let ctx = *self;
        leptos::task::spawn_local(async move {
            // With a request open, its messages too, so that the form never shows without them.
            let template = matches!(
                ctx.nav.route.get_untracked(),
                Route::Draft(_) | Route::Received(_)
            )
            .then(|| ctx.template.with_untracked(|t| t.id.clone()));
            let ready = match template {
                Some(template) => ctx.ensure_template(lang, &template).await,
                None => ctx.ensure_lang(lang).await,
            };
            if ready {
                ctx.ui.set(lang);
                storage::save_ui_lang(lang);
            }
        });
    }

    /// Makes sure a request type can be shown: its template, and the catalog holding a language
    /// with the request type's messages (fetched side by side). False if its template could not
    /// be fetched (the page says so); a language that could not be loaded shows its reason.
    pub async fn ensure_template(&self, lang: Lang, template: &str) -> bool {
        let (file, _) = futures::future::join(
            self.templates.ensure(template),
            self.ensure_messages(lang, template),
        )
        .await;
        if let Err(reason) = &file {
            leptos::logging::error!("{reason}");
            self.templates.failed.set(true);
        }
        file.is_ok()
    }

    /// Whether a request type can be shown now, with nothing to fetch.
    pub fn template_here(&self, lang: Lang, template: &str) -> bool {
        self.templates.has(template) && self.catalog.with_value(|c| c.has_template(lang, template))
    }

    /// Makes sure the catalog holds a language with the messages of a request type; false (with
    /// the reason shown) if it cannot.
    async fn ensure_messages(&self, lang: Lang, template: &str) -> bool {
        let here = |ctx: &Self| ctx.catalog.with_value(|c| c.has_template(lang, template));
        if here(self) {
            return true;
        }
        // A request form added from a file brings its messages (those of its first language
        // where it lacks this one).
        let source = match self.templates.pack(template) {
            Some(pack) => {
                let ready = self.ensure_lang(lang).await;
                (ready, Ok(pack.messages_for(lang).to_string()))
            }
            // Else they are fetched side by side with the language's, if those are not here.
            None => {
                let url = tandem_core::registry::template_bundle_url(lang, template);
                futures::future::join(self.ensure_lang(lang), crate::locale::fetch(&url)).await
            }
        };
        match source {
            (false, _) => false,
            // Added meanwhile, by a screen asking for the same request type.
            _ if here(self) => true,
            (true, source) => {
                let added = source.and_then(|source| {
                    self.catalog
                        .try_update_value(|c| {
                            c.add_template(lang, template, &source)
                                .map_err(|e| e.to_string())
                        })
                        .unwrap_or_else(|| Err("the app was closed".to_string()))
                });
                self.added(added)
            }
        }
    }

    /// Makes sure the catalog holds a language; false (with the reason shown) if it cannot.
    pub async fn ensure_lang(&self, lang: Lang) -> bool {
        if self.catalog.with_value(|c| c.has_lang(lang)) {
            return true;
        }
        let url = tandem_core::registry::bundle_url(lang);
        let added = crate::locale::fetch(&url).await.and_then(|source| {
            let files = [(tandem_core::registry::BUNDLE_NAME, source.as_str())];
            // With the messages of the request forms added from files: their titles are listed.
            let packs = self.templates.packs_untracked();
            self.catalog
                .try_update_value(|c| {
                    c.add(lang, &files).map_err(|e| e.to_string())?;
                    for pack in &packs {
                        c.add_template(lang, &pack.id, pack.messages_for(lang))
                            .map_err(|e| e.to_string())?;
                    }
                    Ok(())
                })
                .unwrap_or_else(|| Err("the app was closed".to_string()))
        });
        self.added(added)
    }

    /// Notes a catalog addition, or shows why it failed.
    fn added(&self, added: Result<(), String>) -> bool {
        match added {
            Ok(()) => {
                self.locale.loaded.update(|n| *n += 1);
                true
            }
            Err(reason) => {
                leptos::logging::error!("{reason}");
                self.locale.error.set(Some(reason));
                false
            }
        }
    }
}
