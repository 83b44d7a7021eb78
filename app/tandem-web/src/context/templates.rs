//! The request types the site serves: their list (`templates/index.txt`) fetched at start, each
//! template (`templates/<id>.json`) the first time a request of that type is opened or one of
//! its drafts listed, and parsed by the core, so that the app shell embeds none and a host adds a
//! request type without building anything (`templates/README.md`). And the request forms added
//! from files in this browser (template packs, `tandem_core::pack`): read from storage at start,
//! listed after the site's, their templates kept with the fetched ones; one removed stays here,
//! unlisted, so that its drafts still open, read-only. And the service provider profiles
//! (`providers.json`), fetched with the first template whose request goes to a provider.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use tandem_core::pack::{self, Pack};
use tandem_core::provider::Provider;
use tandem_core::registry::{self, Listed};
use tandem_core::template::parse_template_json;
use tandem_core::{Lang, Template};

use super::AppContext;
use crate::storage;

/// The request types offered and the templates fetched so far.
#[derive(Clone, Copy)]
pub struct Templates {
    /// The request types the site offers, in menu order (empty until the list is in).
    pub list: RwSignal<Vec<Listed>>,
    /// The templates fetched, by id.
    fetched: StoredValue<BTreeMap<String, Template>>,
    /// Counts templates fetched, so that what reads them can follow.
    loaded: RwSignal<u32>,
    /// Ids being fetched, so that each is fetched once at a time.
    pending: StoredValue<Vec<String>>,
    /// A request type is being fetched for the screen asked for: the page says so.
    pub loading: RwSignal<bool>,
    /// The request type asked for could not be fetched: the page says so until another screen
    /// is shown.
    pub failed: RwSignal<bool>,
    /// The request forms added from files, by id, and whether each is in use (false: removed,
    /// its drafts open read-only).
    packs: StoredValue<BTreeMap<String, (Pack, bool)>>,
    /// Counts changes to the request forms added, so that what lists them follows.
    packs_changed: RwSignal<u32>,
    /// The service provider profiles, once fetched.
    providers: RwSignal<Option<Vec<Provider>>>,
}

impl Templates {
    pub fn new() -> Templates {
        Templates {
            list: RwSignal::new(Vec::new()),
            fetched: StoredValue::new(BTreeMap::new()),
            loaded: RwSignal::new(0),
            pending: StoredValue::new(Vec::new()),
            loading: RwSignal::new(false),
            failed: RwSignal::new(false),
            packs: StoredValue::new(BTreeMap::new()),
            packs_changed: RwSignal::new(0),
            providers: RwSignal::new(None),
        }
    }

    /// The template with this id, if it has been fetched (read again when one arrives).
    pub fn get(&self, id: &str) -> Option<Template> {
        self.loaded.track();
        self.fetched.with_value(|f| f.get(id).cloned())
    }

    /// As [`Templates::get`], read once.
    pub fn peek(&self, id: &str) -> Option<Template> {
        self.fetched.with_value(|f| f.get(id).cloned())
    }

    /// Whether the template with this id has been fetched.
    pub fn has(&self, id: &str) -> bool {
        self.fetched.with_value(|f| f.contains_key(id))
    }

    /// Whether the site offers this request type.
    pub fn offered(&self, id: &str) -> bool {
        self.list.with_untracked(|l| l.iter().any(|t| t.id == id))
    }

    /// Whether the site lists this template as an answer to a request.
    pub fn is_reply(&self, id: &str) -> bool {
        self.list
            .with_untracked(|l| l.iter().any(|t| t.id == id && t.reply))
    }

    /// Fetches the list of request types.
    pub async fn fetch_list(&self) -> Result<(), String> {
        let json = crate::locale::fetch(registry::TEMPLATE_LIST_URL).await?;
        let list = registry::parse_template_list(&json)
            .map_err(|e| format!("{}: {e}", registry::TEMPLATE_LIST_URL))?;
        // The request forms added from files stay listed, after the site's.
        let packs = self.packs.with_value(|p| {
            p.iter()
                .filter(|(_, (_, in_use))| *in_use)
                .map(|(id, _)| id.clone())
                .collect::<Vec<_>>()
        });
        self.list.update(|l| {
            l.retain(|t| packs.contains(&t.id));
            let added = std::mem::replace(l, list);
            l.extend(added);
        });
        Ok(())
    }

    /// Makes sure the template with this id is here, fetching it if it is not; for a request
    /// addressed to a service provider, with the provider profiles, so that its form opens with
    /// its picker.
    pub async fn ensure(&self, id: &str) -> Result<(), String> {
        if self.has(id) {
            return Ok(());
        }
        let url = registry::template_url(id);
        let json = crate::locale::fetch(&url).await?;
        let template = read(id.to_string(), url, json).await?;
        if template.sections.iter().any(|s| s.provider.is_some()) {
            self.ensure_providers().await?;
        }
        self.fetched.update_value(|f| {
            f.insert(template.id.clone(), template);
        });
        self.loaded.update(|n| *n += 1);
        Ok(())
    }

    /// Whether the service provider profiles are here (read again when they arrive).
    pub fn has_providers(&self) -> bool {
        self.providers.with(Option::is_some)
    }

    /// The service provider profiles, if fetched, read once.
    pub fn providers_untracked(&self) -> Option<Vec<Provider>> {
        self.providers.get_untracked()
    }

    /// Makes sure the service provider profiles are here, fetching them if they are not.
    pub async fn ensure_providers(&self) -> Result<(), String> {
        if self.providers.with_untracked(Option::is_some) {
            return Ok(());
        }
        let url = registry::PROVIDER_LIST_URL;
        let json = crate::locale::fetch(url).await?;
        let providers = registry::parse_provider_list(&json).map_err(|e| format!("{url}: {e}"))?;
        self.providers.set(Some(providers));
        Ok(())
    }

    /// Fetches in the background the templates of these ids not here yet (a drafts list
    /// showing drafts of a type not opened in this page); what reads them follows.
    pub fn request(&self, ids: impl IntoIterator<Item = String>) {
        for id in ids {
            if self.has(&id) || self.pending.with_value(|p| p.contains(&id)) || !self.offered(&id) {
                continue;
            }
            self.pending.update_value(|p| p.push(id.clone()));
            let this = *self;
            leptos::task::spawn_local(async move {
                if let Err(reason) = this.ensure(&id).await {
                    leptos::logging::error!("{reason}");
                }
                this.pending.update_value(|p| p.retain(|i| *i != id));
            });
        }
    }
}

/// Reads a fetched template: with the template reader, in a wasm module of its own (split from
/// the app shell, scripts/split-web), fetched the first time a template is read. Apart from
/// [`Templates::ensure`], whose every caller would otherwise carry its own copy of the reader.
#[wasm_split(read_template, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_reader))]
fn read_split(
    id: String,
    url: String,
    json: String,
) -> Result<Result<Template, String>, SplitLoaderError> {
    let template = parse_template_json(&json).map_err(|e| format!("{url}: {e}"));
    Ok(template.and_then(|template| {
        if template.id == id {
            Ok(template)
        } else {
            Err(format!("{url}: the template's id is {:?}", template.id))
        }
    }))
}

/// [`read_split`], its module that could not be fetched said as the template that could not be.
async fn read(id: String, url: String, json: String) -> Result<Template, String> {
    let at = url.clone();
    read_split(id, url, json)
        .await
        .unwrap_or_else(|_| Err(format!("{at}: the template reader could not be fetched")))
}

/// Fetches the template reader's code ahead, so that a template needed at start is read without
/// waiting for it.
pub async fn preload_read() -> Result<(), SplitLoaderError> {
    preload_reader().await
}

/// Checks a request form's file (`tandem_core::pack::check`), in a wasm module of its own with
/// the template reader, fetched the first time a form is added or one stored is read.
#[wasm_split(check_pack, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn check_pack(bytes: Vec<u8>) -> Result<Result<Pack, pack::PackError>, SplitLoaderError> {
    Ok(pack::check(&bytes))
}

/// The request forms added from files.
impl Templates {
    /// Reads the request forms stored in this browser, each checked again as when it was added
    /// (one that no longer passes is left stored, unused, and logged).
    pub async fn load_packs(&self) {
        for in_use in [true, false] {
            for (id, text) in storage::packs(!in_use) {
                match check_pack(text.into_bytes()).await {
                    Err(_) => leptos::logging::error!(
                        "stored request form {id}: its checker could not be fetched"
                    ),
                    Ok(Ok(pack)) if pack.id == id => self.keep_pack(pack, in_use),
                    Ok(Ok(_)) => leptos::logging::error!("stored request form {id}: another id"),
                    Ok(Err(e)) => {
                        leptos::logging::error!("stored request form {id}: {}", e.message().0)
                    }
                }
            }
        }
    }

    /// Keeps a checked pack: its template with the fetched ones, listed if in use.
    fn keep_pack(&self, pack: Pack, in_use: bool) {
        let listed = Listed {
            id: pack.id.clone(),
            title: pack.template.title.clone(),
            reply: pack.template.reply.is_some(),
        };
        let template = pack.template.clone();
        if template.sections.iter().any(|s| s.provider.is_some()) {
            let this = *self;
            leptos::task::spawn_local(async move {
                if let Err(reason) = this.ensure_providers().await {
                    leptos::logging::error!("{reason}");
                }
            });
        }
        self.list.update(|l| {
            l.retain(|t| t.id != listed.id);
            if in_use {
                l.push(listed);
            }
        });
        self.fetched.update_value(|f| {
            f.insert(template.id.clone(), template);
        });
        self.packs.update_value(|p| {
            p.insert(pack.id.clone(), (pack, in_use));
        });
        self.loaded.update(|n| *n += 1);
        self.packs_changed.update(|n| *n += 1);
    }

    /// The request forms added, in use or removed, by id (read again when one changes).
    pub fn packs(&self) -> Vec<(Pack, bool)> {
        self.packs_changed.track();
        self.packs.with_value(|p| p.values().cloned().collect())
    }

    /// Every request form added, in use or removed, read once.
    pub fn packs_untracked(&self) -> Vec<Pack> {
        self.packs
            .with_value(|p| p.values().map(|(pack, _)| pack.clone()).collect())
    }

    /// The request form added with this id, in use or removed.
    pub fn pack(&self, id: &str) -> Option<Pack> {
        self.packs
            .with_value(|p| p.get(id).map(|(pack, _)| pack.clone()))
    }

    /// The request form this id names, if it was removed (its drafts open read-only).
    pub fn removed(&self, id: &str) -> Option<Pack> {
        self.packs_changed.track();
        self.packs.with_value(|p| {
            p.get(id)
                .filter(|(_, in_use)| !in_use)
                .map(|(pack, _)| pack.clone())
        })
    }

    /// The document languages a request type may be written in: a request form added from a
    /// file offers its own languages only; `None` for the site's request types (every one).
    pub fn langs_of(&self, id: &str) -> Option<Vec<Lang>> {
        self.packs
            .with_value(|p| p.get(id).map(|(pack, _)| pack.languages.clone()))
    }
}

impl AppContext {
    /// The title (a Fluent ID) of a request type the site offers, or of a request form added
    /// from a file (removed too: its drafts are listed).
    pub fn title_of(&self, id: &str) -> Option<String> {
        self.templates
            .list
            .with(|l| l.iter().find(|t| t.id == id).map(|t| t.title.clone()))
            .or_else(|| self.templates.removed(id).map(|p| p.template.title))
    }

    /// Adds a checked request form (or puts a newer version in place of the one here): stored
    /// (its file's `text`), its messages added to every language held, listed. Nothing changes
    /// if the browser refuses to store it.
    pub fn add_pack(&self, pack: Pack, text: &str) -> Result<(), String> {
        storage::store_pack(&pack.id, text)?;
        self.catalog.update_value(|c| {
            let langs: Vec<Lang> = c.langs().collect();
            for lang in langs {
                if let Err(e) = c.replace_template(lang, &pack.id, pack.messages_for(lang)) {
                    leptos::logging::error!("{e}");
                }
            }
        });
        self.templates.keep_pack(pack, true);
        self.locale.loaded.update(|n| *n += 1);
        Ok(())
    }

    /// Removes a request form from use: no longer offered; its drafts stay and open read-only.
    pub fn remove_pack(&self, id: &str) -> Result<(), String> {
        storage::remove_pack(id)?;
        if let Some(pack) = self.templates.pack(id) {
            self.templates.keep_pack(pack, false);
        }
        Ok(())
    }

    /// Whether the open draft is shown, never edited: written by a newer version of Tandem, or
    /// made with a request form since removed.
    pub fn frozen(&self) -> bool {
        self.read_only.get()
            || self
                .template
                .with(|t| self.templates.removed(&t.id).is_some())
    }

    /// The language of the open request's labels when the UI language is not one of its
    /// request form's (they are then in the form's first language), for the `lang` attribute of
    /// what shows them: one closure type for all of them.
    pub fn labels_lang(self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        move || {
            let ui = self.ui.get();
            let langs = self.template.with(|t| self.templates.langs_of(&t.id))?;
            (!langs.contains(&ui)).then(|| langs[0].code())
        }
    }
}
