//! Service provider profiles (`providers/<id>.toml`, embedded as JSON by `build.rs`): who answers
//! for each service, where legal process goes, the emergency route, the languages accepted, how
//! long a preservation lasts and what a request must carry — each fact with the public source it
//! was read in and the date it was read. Facts are data: codes, names, addresses, URLs, numbers
//! and dates, never sentences; a fact not found in a source is absent, and `not_found` names the
//! kinds of fact sought and not found. See `providers/README.md`.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::country;

/// One provider's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// The file stem, `[a-z0-9-]`.
    pub id: String,
    /// The provider's name as it writes it (a proper name, not translated).
    pub name: String,
    /// Every source a fact rests on.
    pub sources: Vec<Source>,
    /// The services the profile covers; a fact names the services it holds for, or holds for all.
    pub services: Vec<Service>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub languages: Vec<Languages>,
    #[serde(default)]
    pub preservation: Vec<Preservation>,
    #[serde(default)]
    pub requirements: Vec<Requirements>,
    /// The kinds of fact sought in the sources read and not found there.
    #[serde(default)]
    pub not_found: Vec<FactKind>,
}

/// A public document a fact was read in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The document's title as published.
    pub title: String,
    /// Where the copy read is (absent for a document known by its title only).
    #[serde(default)]
    pub url: Option<String>,
    pub kind: SourceKind,
    /// The date the source was read (for a stored copy: the day the copy was read).
    pub read: NaiveDate,
    /// The date the document gives itself, when it gives one: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
}

/// Whose words a source holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The provider's own page, at the provider's address.
    Provider,
    /// A copy of the provider's own document kept elsewhere (an archive, a document host).
    Copy,
    /// A third party's account of the provider's practice: weaker, to be checked first.
    Secondary,
}

/// A service of the provider (a proper name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
}

/// To whom a fact applies (every fact has these three lists; every list empty means to every
/// service, user and requester).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scope<'a> {
    /// Service ids; empty: every service of the profile.
    pub services: &'a [String],
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    pub users_in: &'a [String],
    /// Where the requesting authority is (region codes); empty: anywhere.
    pub requesters_in: &'a [String],
}

macro_rules! scoped {
    ($($t:ty),*) => {$(
        impl $t {
            /// To whom this fact applies.
            pub fn scope(&self) -> Scope<'_> {
                Scope {
                    services: &self.services,
                    users_in: &self.users_in,
                    requesters_in: &self.requesters_in,
                }
            }
        }
    )*};
}
scoped!(
    Entity,
    Address,
    Contact,
    Languages,
    Preservation,
    Requirements
);

/// The legal entity that answers for a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub name: String,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

/// An address for legal process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// The entity's name, as in an [`Entity`].
    pub entity: String,
    /// The address lines as published, without the country.
    pub lines: Vec<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

/// A way to reach the provider's law-enforcement team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    /// A URL (`https://…`) for a portal or form, an e-mail address for e-mail.
    pub value: String,
    /// What it is for; empty: every request.
    #[serde(default, rename = "for")]
    pub purpose: Vec<Purpose>,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// A site where the requester has an account.
    Portal,
    /// A form filled in on the provider's site, no account.
    WebForm,
    Email,
}

/// What a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    Preservation,
    /// Disclosure of records (subscriber, traffic or content data).
    Records,
    Emergency,
}

/// The languages a request may be written in (BCP 47).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    pub codes: Vec<String>,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

/// How long data is kept on a preservation request, and whether it is extended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preservation {
    pub days: u32,
    /// Whether an extension can be asked for; absent: the source does not say.
    #[serde(default)]
    pub extendable: Option<bool>,
    /// The length of one extension, when the source gives it.
    #[serde(default)]
    pub extension_days: Option<u32>,
    /// How many extensions at most, when the source gives it.
    #[serde(default)]
    pub max_extensions: Option<u32>,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

/// What a request must carry or go through, as codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirements {
    pub codes: Vec<Requirement>,
    /// The requests it holds for; empty: every request.
    #[serde(default, rename = "for")]
    pub purpose: Vec<Purpose>,
    /// Service ids; empty: every service of the profile.
    #[serde(default)]
    pub services: Vec<String>,
    /// Where the users whose data is sought live (region codes); empty: anywhere.
    #[serde(default)]
    pub users_in: Vec<String>,
    /// Where the requesting authority is (region codes); empty: anywhere.
    #[serde(default)]
    pub requesters_in: Vec<String>,
    pub source: String,
}

/// The closed list of requirement codes (`providers/README.md` says what each means).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    /// Sent from (or the portal account made with) an official government e-mail address.
    OfficialEmailDomain,
    /// Requests go through the provider's portal, with an account.
    PortalAccount,
    /// Made in writing.
    InWriting,
    /// Signed by the requesting official.
    Signature,
    /// On the authority's letterhead.
    Letterhead,
    /// Sent in a format that cannot be edited (e.g. PDF).
    NonEditableFormat,
    /// Issued under a law that empowers the authority.
    IssuedUnderLaw,
    /// Identifies the account by the provider's own identifiers (user ID, username, URL, e-mail).
    AccountIdentifier,
    /// Says how the data sought relates to the investigation.
    RelevanceStated,
    /// Addressed to the entity that answers for the user's location.
    EntityForUserLocation,
    /// Content only through mutual legal assistance (MLA treaty, letters rogatory) or an
    /// agreement such as the CLOUD Act.
    MlatForContent,
    /// Any disclosure to a foreign authority through MLA or letters rogatory.
    MlatForDisclosure,
    /// Non-content data on a subpoena or its local equivalent.
    SubpoenaOrEquivalentForNonContent,
    /// Content data on a search warrant, court order or its local equivalent.
    WarrantOrEquivalentForContent,
    /// An order of a judicial authority.
    JudicialOrder,
    /// Only requests through the provider's formal channels; informal ones are not answered.
    FormalChannelOnly,
    /// Emergency requests on the provider's own emergency form.
    EmergencyForm,
    /// An emergency request names the danger of death or serious physical injury it prevents.
    EmergencyFactsStated,
}

/// The kinds of fact a profile holds, for `not_found`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    Entity,
    Address,
    Portal,
    Emergency,
    Languages,
    Preservation,
    PreservationExtension,
    Requirements,
}

impl FactKind {
    pub const ALL: &'static [FactKind] = &[
        FactKind::Entity,
        FactKind::Address,
        FactKind::Portal,
        FactKind::Emergency,
        FactKind::Languages,
        FactKind::Preservation,
        FactKind::PreservationExtension,
        FactKind::Requirements,
    ];
}

/// Region codes besides ISO 3166-1 alpha-2 countries.
pub const REGION_GROUPS: &[&str] = &[
    // The European Union's member States.
    "eu",
    // The European Economic Area (EU, Iceland, Liechtenstein, Norway).
    "eea",
    // What Meta calls the "European Region" (its own term; the source does not list it).
    "european-region",
    // Outside the United States (as US providers put it).
    "non-us",
    // Everywhere not named by another fact of the same kind in the profile.
    "other",
];

/// The most words a name (provider, service, entity) or an address line may have: a longer value
/// is a sentence, which belongs in Fluent, not in data.
pub const MAX_NAME_WORDS: usize = 8;

/// The most words a source's title may have (titles of guidelines run longer than names).
pub const MAX_TITLE_WORDS: usize = 16;

/// A reason a profile is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderIssue {
    pub provider: String,
    pub what: String,
}

impl fmt::Display for ProviderIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "providers/{}.toml: {}", self.provider, self.what)
    }
}

/// Parses a profile from its JSON (as `build.rs` embeds it).
pub fn parse_provider_json(json: &str) -> Result<Provider, serde_json::Error> {
    serde_json::from_str(json)
}

impl Provider {
    /// Every fact's scope and source id, with the fact's kind.
    fn facts(&self) -> Vec<(FactKind, Scope<'_>, &str)> {
        let mut out: Vec<(FactKind, Scope<'_>, &str)> = Vec::new();
        out.extend(
            self.entities
                .iter()
                .map(|f| (FactKind::Entity, f.scope(), f.source.as_str())),
        );
        out.extend(
            self.addresses
                .iter()
                .map(|f| (FactKind::Address, f.scope(), f.source.as_str())),
        );
        for f in &self.contacts {
            if f.purpose.is_empty() || f.purpose.contains(&Purpose::Emergency) {
                out.push((FactKind::Emergency, f.scope(), f.source.as_str()));
            }
            if f.purpose.iter().any(|p| *p != Purpose::Emergency) || f.purpose.is_empty() {
                out.push((FactKind::Portal, f.scope(), f.source.as_str()));
            }
        }
        out.extend(
            self.languages
                .iter()
                .map(|f| (FactKind::Languages, f.scope(), f.source.as_str())),
        );
        out.extend(
            self.preservation
                .iter()
                .map(|f| (FactKind::Preservation, f.scope(), f.source.as_str())),
        );
        out.extend(
            self.requirements
                .iter()
                .map(|f| (FactKind::Requirements, f.scope(), f.source.as_str())),
        );
        out
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Everything wrong with the profile, given today's date; empty when it is sound.
    pub fn check(&self, today: NaiveDate) -> Vec<ProviderIssue> {
        let mut what = Vec::new();
        if !is_code(&self.id) {
            what.push(format!("id {:?} is not a code ([a-z0-9-])", self.id));
        }
        name_check(&mut what, "name", &self.name);
        if self.sources.is_empty() {
            what.push("no source".to_string());
        }
        let mut ids = BTreeSet::new();
        for s in &self.sources {
            if !is_code(&s.id) || !ids.insert(s.id.as_str()) {
                what.push(format!("source id {:?} is not a unique code", s.id));
            }
            text_check(&mut what, "source title", &s.title, MAX_TITLE_WORDS);
            if let Some(url) = &s.url {
                if !is_url(url) {
                    what.push(format!("source {}: {url:?} is not an http(s) URL", s.id));
                }
            }
            if s.read > today {
                what.push(format!("source {}: read {} is in the future", s.id, s.read));
            }
            if let Some(p) = &s.published {
                match partial_date(p) {
                    Some(d) if d <= s.read => {}
                    Some(_) => what.push(format!("source {}: published after it was read", s.id)),
                    None => what.push(format!("source {}: published {p:?} is not a date", s.id)),
                }
            }
        }
        let mut services = BTreeSet::new();
        for s in &self.services {
            if !is_code(&s.id) || !services.insert(s.id.as_str()) {
                what.push(format!("service id {:?} is not a unique code", s.id));
            }
            name_check(&mut what, "service name", &s.name);
        }
        if self.services.is_empty() {
            what.push("no service".to_string());
        }
        let facts = self.facts();
        let mut used = BTreeSet::new();
        for (kind, scope, source) in &facts {
            used.insert(*source);
            if !ids.contains(source) {
                what.push(format!("{kind:?} fact: unknown source {source:?}"));
            }
            for s in scope.services {
                if !services.contains(s.as_str()) {
                    what.push(format!("{kind:?} fact: unknown service {s:?}"));
                }
            }
            for r in scope.users_in.iter().chain(scope.requesters_in.iter()) {
                if !is_region(r) {
                    what.push(format!("{kind:?} fact: unknown region {r:?}"));
                }
            }
            if self.not_found.contains(kind) {
                what.push(format!("{kind:?} is both a fact and not found"));
            }
        }
        for s in &self.sources {
            if !used.contains(s.id.as_str()) {
                what.push(format!("source {} backs no fact", s.id));
            }
        }
        for e in &self.entities {
            name_check(&mut what, "entity", &e.name);
        }
        for a in &self.addresses {
            if !self.entities.iter().any(|e| e.name == a.entity) {
                what.push(format!("address of {:?}, which is no entity", a.entity));
            }
            if a.lines.is_empty() {
                what.push(format!("address of {:?} has no line", a.entity));
            }
            for line in &a.lines {
                name_check(&mut what, "address line", line);
            }
            if country::lookup(&a.country).is_none() {
                what.push(format!(
                    "address country {:?} is not a known ISO code",
                    a.country
                ));
            }
        }
        for c in &self.contacts {
            let ok = match c.kind {
                ContactKind::Email => is_email(&c.value),
                ContactKind::Portal | ContactKind::WebForm => is_url(&c.value),
            };
            if !ok {
                what.push(format!("contact {:?} is not a {:?}", c.value, c.kind));
            }
        }
        for l in &self.languages {
            for code in &l.codes {
                if !is_bcp47(code) {
                    what.push(format!("language {code:?} is not a canonical BCP 47 code"));
                }
            }
        }
        for p in &self.preservation {
            if p.days == 0 || p.extension_days == Some(0) {
                what.push("preservation of zero days".to_string());
            }
            if p.extendable == Some(false)
                && (p.extension_days.is_some() || p.max_extensions.is_some())
            {
                what.push("preservation not extendable, yet with an extension".to_string());
            }
        }
        for r in &self.requirements {
            if r.codes.is_empty() {
                what.push("requirements without a code".to_string());
            }
        }
        // Every kind of fact is accounted for: found (with its source) or sought and not found.
        let mut found: BTreeSet<FactKind> = facts.iter().map(|(k, _, _)| *k).collect();
        if self.preservation.iter().any(|p| p.extendable.is_some()) {
            found.insert(FactKind::PreservationExtension);
        }
        for kind in FactKind::ALL {
            if !found.contains(kind) && !self.not_found.contains(kind) {
                what.push(format!("{kind:?}: neither a fact nor in not_found"));
            }
        }
        if found.contains(&FactKind::PreservationExtension)
            && self.not_found.contains(&FactKind::PreservationExtension)
        {
            what.push("PreservationExtension is both a fact and not found".to_string());
        }
        let mut seen = BTreeSet::new();
        for k in &self.not_found {
            if !seen.insert(*k) {
                what.push(format!("not_found names {k:?} twice"));
            }
        }
        what.into_iter()
            .map(|what| ProviderIssue {
                provider: self.id.clone(),
                what,
            })
            .collect()
    }
}

/// `[a-z0-9]` words joined by single hyphens.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() > 10
        && !s.chars().any(char::is_whitespace)
}

fn is_email(s: &str) -> bool {
    matches!(s.split_once('@'), Some((local, domain)) if !local.is_empty() && domain.contains('.'))
        && !s.chars().any(char::is_whitespace)
}

/// An ISO 3166-1 alpha-2 code Tandem knows, or one of [`REGION_GROUPS`].
pub fn is_region(s: &str) -> bool {
    REGION_GROUPS.contains(&s) || country::lookup(s).is_some()
}

/// A well-formed BCP 47 language tag, written in its canonical form (`en`, `pt-BR`, `sr-Cyrl`),
/// whose language is an ISO 639 code (two or three letters; BCP 47's five-to-eight-letter
/// language subtags are reserved, and would let a word such as `english` through).
pub fn is_bcp47(s: &str) -> bool {
    unic_langid::LanguageIdentifier::from_str(s)
        .is_ok_and(|id| id == s && (2..=3).contains(&id.language.as_str().len()))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the first day it can mean.
fn partial_date(s: &str) -> Option<NaiveDate> {
    let full = match s.len() {
        4 => format!("{s}-01-01"),
        7 => format!("{s}-01"),
        10 => s.to_string(),
        _ => return None,
    };
    NaiveDate::parse_from_str(&full, "%Y-%m-%d").ok()
}

/// A name or address line: not empty, one line, and no sentence.
fn name_check(what: &mut Vec<String>, field: &str, value: &str) {
    text_check(what, field, value, MAX_NAME_WORDS);
}

/// Free text of at most `max` words on one line.
fn text_check(what: &mut Vec<String>, field: &str, value: &str, max: usize) {
    let words = value.split_whitespace().count();
    if words == 0 {
        what.push(format!("empty {field}"));
    } else if words > max {
        what.push(format!(
            "{field} {value:?} has {words} words: a sentence, not a name"
        ));
    } else if value.contains('\n') {
        what.push(format!("{field} {value:?} spans lines"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn sample() -> Provider {
        serde_json::from_value(serde_json::json!({
            "id": "acme",
            "name": "Acme",
            "sources": [{"id": "le", "title": "Law enforcement guidelines", "url": "https://acme.example/le",
                         "kind": "provider", "read": "2026-12-06", "published": "2024-02"}],
            "services": [{"id": "mail", "name": "Acme Mail"}],
            "entities": [{"name": "Acme Ltd", "users_in": ["eea"], "source": "le"}],
            "addresses": [{"entity": "Acme Ltd", "lines": ["1 Main Street", "Dublin"], "country": "IE", "source": "le"}],
            "contacts": [{"kind": "portal", "value": "https://le.acme.example", "for": ["records"], "source": "le"}],
            "languages": [{"codes": ["en", "pt-BR"], "source": "le"}],
            "preservation": [{"days": 90, "extendable": true, "extension_days": 90, "source": "le"}],
            "requirements": [{"codes": ["official-email-domain", "mlat-for-content"], "source": "le"}],
            "not_found": ["emergency"]
        }))
        .unwrap()
    }

    #[test]
    fn a_sound_profile_has_no_issue() {
        let p = sample();
        assert_eq!(p.check(day("2026-12-06")), vec![]);
    }

    fn issues_after(change: impl FnOnce(&mut Provider)) -> Vec<String> {
        let mut p = sample();
        change(&mut p);
        p.check(day("2026-12-06"))
            .into_iter()
            .map(|i| i.what)
            .collect()
    }

    #[test]
    fn each_broken_fact_is_named() {
        assert_eq!(
            issues_after(|p| p.sources[0].read = day("2026-12-07")).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.sources[0].published = Some("2027".into())).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.sources[0].published = Some("May 2010".into())).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.entities[0].source = "nope".into()).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.entities[0].services = vec!["chat".into()]).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.entities[0].users_in = vec!["europe".into()]).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.languages[0].codes = vec!["english".into()]).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.languages[0].codes = vec!["pt-br".into()]).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.addresses[0].country = "XX".into()).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.addresses[0].entity = "Acme Inc.".into()).len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.contacts[0].value = "le.acme.example".into()).len(),
            1
        );
        assert_eq!(issues_after(|p| p.preservation[0].days = 0).len(), 1);
        assert_eq!(
            issues_after(|p| p.sources[0].title =
                "Read these guidelines with care before you send us any request for the records of our users, please".into())
            .len(),
            1
        );
        assert_eq!(
            issues_after(|p| p.not_found.push(FactKind::Entity)).len(),
            1
        );
        // A kind of fact neither found nor said to be not found is a gap in the record.
        assert_eq!(
            issues_after(|p| p.not_found.clear()),
            vec!["Emergency: neither a fact nor in not_found".to_string()]
        );
        assert_eq!(
            issues_after(
                |p| p.services[0].name = "Send every request to our team by e-mail, please".into()
            )
            .len(),
            1
        );
        // A source nothing rests on is a left-over.
        assert_eq!(
            issues_after(|p| {
                p.entities.clear();
                p.addresses.clear();
                p.contacts.clear();
                p.languages.clear();
                p.preservation.clear();
                p.requirements.clear();
            }),
            vec![
                "source le backs no fact".to_string(),
                "Entity: neither a fact nor in not_found".to_string(),
                "Address: neither a fact nor in not_found".to_string(),
                "Portal: neither a fact nor in not_found".to_string(),
                "Languages: neither a fact nor in not_found".to_string(),
                "Preservation: neither a fact nor in not_found".to_string(),
                "PreservationExtension: neither a fact nor in not_found".to_string(),
                "Requirements: neither a fact nor in not_found".to_string(),
            ]
        );
    }

    #[test]
    fn requirement_codes_are_a_closed_list() {
        let mut json = serde_json::to_value(sample()).unwrap();
        json["requirements"][0]["codes"] = serde_json::json!(["be-nice"]);
        assert!(serde_json::from_value::<Provider>(json).is_err());
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut json = serde_json::to_value(sample()).unwrap();
        json["entities"][0]["note"] = serde_json::json!("answers quickly");
        assert!(serde_json::from_value::<Provider>(json).is_err());
    }

    #[test]
    fn bcp47_codes_must_be_canonical() {
        for ok in ["en", "ru", "pt-BR", "sr-Cyrl", "zh-Hant-TW"] {
            assert!(is_bcp47(ok), "{ok}");
        }
        for bad in ["", "EN", "english", "en_GB", "pt-br", "en-"] {
            assert!(!is_bcp47(bad), "{bad}");
        }
    }
}
