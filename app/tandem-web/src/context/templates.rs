//! The request types the site serves: their list (`templates/index.txt`) fetched at start, each
//! template (`templates/<id>.json`) the first time a request of that type is opened or one of
//! its drafts listed, and parsed by the core, so that the app shell embeds none and a host adds a
//! request type without building anything (`templates/README.md`).

use std::collections::BTreeMap;

use leptos::prelude::*;
use tandem_core::registry::{self, Listed};
use tandem_core::template::parse_template_json;
use tandem_core::Template;

use super::AppContext;

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

    /// Fetches the list of request types.
    pub async fn fetch_list(&self) -> Result<(), String> {
        let json = crate::locale::fetch(registry::TEMPLATE_LIST_URL).await?;
        let list = registry::parse_template_list(&json)
            .map_err(|e| format!("{}: {e}", registry::TEMPLATE_LIST_URL))?;
        self.list.set(list);
        Ok(())
    }

    /// Makes sure the template with this id is here, fetching it if it is not.
    pub async fn ensure(&self, id: &str) -> Result<(), String> {
        if self.has(id) {
            return Ok(());
        }
        let url = registry::template_url(id);
        let json = crate::locale::fetch(&url).await?;
        self.add(id, &url, &json)
    }

    /// Keeps a fetched template. Apart from [`Templates::ensure`], whose every caller would
    /// otherwise carry its own copy of the template reader.
    #[inline(never)]
    fn add(&self, id: &str, url: &str, json: &str) -> Result<(), String> {
        let template = parse_template_json(json).map_err(|e| format!("{url}: {e}"))?;
        if template.id != id {
            return Err(format!("{url}: the template's id is {:?}", template.id));
        }
        self.fetched.update_value(|f| {
            f.insert(template.id.clone(), template);
        });
        self.loaded.update(|n| *n += 1);
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

impl AppContext {
    /// The title (a Fluent ID) of a request type the site offers.
    pub fn title_of(&self, id: &str) -> Option<String> {
        self.templates
            .list
            .with(|l| l.iter().find(|t| t.id == id).map(|t| t.title.clone()))
    }
}
