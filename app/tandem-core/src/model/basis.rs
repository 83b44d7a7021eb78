//! Legal bases a request can rest on: `templates/bases.toml` (documented there), written as Rust
//! statics by `build.rs` (the page carries no reader for it). Each basis gives, per request type, the articles that correspond to it and
//! whether they were made for it (`specific`), only cover it generally (`general`), are typed by
//! the user (`user`, a bilateral treaty), or are absent (`none`, `not-found`: never offered).
//!
//! A template with a `request` key offers a choice of bases (its `route`); the basis picked
//! reaches every message of the template as `$basis`, with the data the messages cite
//! ([`Args`]), so that the citations follow the basis in every language with no text built here.

use crate::draft::Draft;
use crate::template::{detail_path, Template};

// `BASES`, written by build.rs from templates/bases.toml.
include!(concat!(env!("OUT_DIR"), "/bases.rs"));

/// The request types of `templates/bases.toml`, one key each in every basis's `request`.
pub const REQUESTS: &[&str] = &[
    "preservation",
    "subscriber",
    "traffic",
    "content",
    "emergency",
    "provider-preservation",
    "provider-voluntary-disclosure",
    "provider-emergency",
];

/// One legal basis (what the app reads of it; the file has more for its maintainers).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Basis {
    pub id: &'static str,
    /// `treaty`, `bilateral` or `reciprocity`.
    pub kind: &'static str,
    /// `in-force`, `not-in-force` or `unknown`, as far as `status_source` says on `status_as_of`.
    pub status: &'static str,
    pub status_as_of: Option<&'static str>,
    pub status_source: Option<&'static str>,
    pub entry_into_force_source: Option<&'static str>,
    /// Per request type (a key of [`REQUESTS`]): its articles.
    pub request: &'static [(&'static str, Entry)],
}

/// What a basis has for one request type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// `match` in the file: `specific`, `general`, `none`, `not-found` or `user`.
    pub fit: &'static str,
    /// As printed after "Article" (`18(3)(i)`): the same in every language.
    pub articles: &'static [&'static str],
    /// The key in `templates/SOURCES.md` where the articles (or their absence) were read.
    pub source: Option<&'static str>,
}

impl Basis {
    /// What this basis has for `request`, if the file says.
    pub fn entry(&self, request: &str) -> Option<&'static Entry> {
        self.request
            .iter()
            .find(|(r, _)| *r == request)
            .map(|(_, e)| e)
    }

    /// Whether the form offers this basis for `request`: it has articles for it (made for it or
    /// general), or the user types them (a bilateral treaty), or it is reciprocity.
    pub fn offered_for(&self, request: &str) -> bool {
        self.kind == "reciprocity"
            || self
                .entry(request)
                .is_some_and(|e| matches!(e.fit, "specific" | "general" | "user"))
    }

    /// Whether the requester must confirm the instrument binds both States: a treaty not in
    /// force, or whose status is not known, in the sources read.
    pub fn needs_confirmation(&self) -> bool {
        self.kind == "treaty" && self.status != "in-force"
    }
}

/// Every basis, in the file's order.
pub fn all() -> &'static [Basis] {
    BASES
}

/// The basis with this id.
pub fn get(id: &str) -> Option<&'static Basis> {
    BASES.iter().find(|b| b.id == id)
}

/// The ids of the bases offered for `request`, in the file's order.
pub fn offered(request: &str) -> Vec<&'static str> {
    BASES
        .iter()
        .filter(|b| b.offered_for(request))
        .map(|b| b.id)
        .collect()
}

/// What the messages of a template are given about its route and legal basis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args {
    /// `$route`: the picked option of the template's route choice, `none` while unpicked.
    pub route: String,
    /// `$basis`: the basis that option rests on, `none` without one (a provider's own channel).
    pub basis: String,
    /// `$request`: the template's key in `templates/bases.toml`, `none` without one.
    pub request: String,
    /// `$match`: what the basis has for the request; `unchosen` while no basis is picked.
    pub fit: String,
    /// `$articles`: the basis's articles for the request, joined by ", "; `$count` of them.
    pub articles: String,
    pub count: usize,
    /// `$status` and `$as-of`: whether the basis is in force in the sources read, and when.
    pub status: String,
    pub as_of: String,
    /// `$treaty`: a bilateral treaty as the user named it (document language A).
    pub treaty: String,
    /// Where the user names a bilateral treaty (the picked option's detail), if one is picked.
    pub treaty_path: Option<String>,
}

impl Args {
    /// The arguments of a template's messages for this draft.
    pub fn of(template: &Template, draft: &Draft) -> Args {
        let route_item = template
            .route
            .as_deref()
            .and_then(|path| template.item(path).map(|item| (path, item)));
        let picked = route_item.and_then(|(path, item)| {
            let answer = draft.text(path);
            let answer = answer.trim();
            item.options
                .iter()
                .find(|o| o.id == answer)
                .map(|option| (path, option))
        });
        let route = picked.map_or("none", |(_, o)| o.id.as_str()).to_string();
        let basis = template
            .request
            .as_ref()
            .and(picked)
            .and_then(|(_, option)| get(option.basis.as_deref().unwrap_or(&option.id)));
        let request = template.request.clone().unwrap_or_else(|| "none".into());
        let entry = basis.and_then(|b| b.entry(&request));
        let treaty_path = picked
            .filter(|_| basis.is_some_and(|b| b.kind == "bilateral"))
            .map(|(path, option)| detail_path(path, option));
        Args {
            route,
            basis: basis.map_or("none", |b| b.id).to_string(),
            fit: match (basis, entry) {
                (None, _) => "unchosen",
                (Some(_), Some(e)) => e.fit,
                (Some(_), None) => "none",
            }
            .to_string(),
            request,
            articles: entry.map(|e| e.articles.join(", ")).unwrap_or_default(),
            count: entry.map_or(0, |e| e.articles.len()),
            status: basis.map_or("unknown", |b| b.status).to_string(),
            as_of: basis
                .and_then(|b| b.status_as_of)
                .unwrap_or_default()
                .to_string(),
            treaty: treaty_path
                .as_deref()
                .map(|p| draft.text(p).trim().to_string())
                .unwrap_or_default(),
            treaty_path,
        }
    }

    /// The Fluent arguments, with `treaty` as the bilateral treaty's text in the language
    /// being formatted.
    pub fn fluent<'a>(&'a self, treaty: &'a str) -> [(&'static str, crate::l10n::Arg<'a>); 9] {
        use crate::l10n::Arg;
        [
            ("route", Arg::Str(&self.route)),
            ("basis", Arg::Str(&self.basis)),
            ("request", Arg::Str(&self.request)),
            ("match", Arg::Str(&self.fit)),
            ("articles", Arg::Str(&self.articles)),
            ("count", Arg::Num(self.count as f64)),
            ("status", Arg::Str(&self.status)),
            ("as-of", Arg::Str(&self.as_of)),
            ("treaty", Arg::Str(treaty)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_reads_and_offers_what_it_gives_articles_for() {
        assert!(get("budapest").is_some());
        let preservation = offered("preservation");
        for id in ["budapest", "untoc", "ets30", "bilateral", "reciprocity"] {
            assert!(preservation.contains(&id), "{id}");
        }
        // Not in force, and no article read: never offered.
        assert!(!preservation.contains(&"un-cybercrime"));
        assert!(!preservation.contains(&"protocol2"));
        assert!(offered("emergency").contains(&"protocol2"));
        assert!(get("protocol2").unwrap().needs_confirmation());
        assert!(!get("budapest").unwrap().needs_confirmation());
        assert!(!get("bilateral").unwrap().needs_confirmation());
    }
}
