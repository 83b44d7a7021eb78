//! What a provider profile says for one request: for the service picked, where the users live and
//! where the requesting authority is, the legal entity that answers and its address for legal
//! process (which fill the addressee of a request to a service provider), the contacts for the
//! request, the emergency route, the preservation period, the languages and the requirements,
//! and how old the profile is. Every fact is the profile's own (`providers/`), never guessed: a
//! fact the profile does not have stays `None` or empty.

use chrono::NaiveDate;

use crate::provider::{
    Contact, ContactKind, Entity, FactKind, Languages, Preservation, Provider, Purpose,
    Requirement, Scope,
};

/// Where the users live, or where the requesting authority is: a region code of the profile
/// (`providers/README.md`), or "anywhere" when the profile distinguishes none.
pub type Region = Option<String>;

/// What the user picked: the service, and the region along each axis the profile distinguishes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pick {
    /// A service id of the profile; `None`: the first.
    pub service: Option<String>,
    /// Where the users whose data is sought live.
    pub users_in: Region,
    /// Where the requesting authority is.
    pub requesters_in: Region,
}

/// Everything a profile says for one request.
#[derive(Debug, Clone, PartialEq)]
pub struct Addressee<'a> {
    pub provider: &'a Provider,
    /// The service's id and name.
    pub service: (&'a str, &'a str),
    /// The legal entity that answers (the first that applies).
    pub entity: Option<&'a Entity>,
    /// Its address for legal process: the lines, and the country (ISO 3166-1 alpha-2).
    pub address: Option<(&'a [String], &'a str)>,
    /// The first portal or web form for this request, and the first e-mail address.
    pub portal: Option<&'a Contact>,
    pub email: Option<&'a Contact>,
    /// Every contact for emergency requests.
    pub emergency: Vec<&'a Contact>,
    pub preservation: Vec<&'a Preservation>,
    pub languages: Vec<&'a Languages>,
    /// The requirement codes for this request, each once, in the profile's order.
    pub requirements: Vec<Requirement>,
    /// Kinds of fact sought in the sources and not found.
    pub not_found: &'a [FactKind],
    /// The earliest date a source of the profile was read.
    pub read: Option<NaiveDate>,
}

/// The region codes a profile distinguishes along one axis, in the order they first appear, with
/// `other` added when the profile names only some regions and has no "everywhere else" of its
/// own (`other` or `non-us`). Empty: the profile makes no difference along this axis.
pub fn regions(provider: &Provider, axis: Axis) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for scope in scopes(provider) {
        let list = match axis {
            Axis::Users => scope.users_in,
            Axis::Requesters => scope.requesters_in,
        };
        for code in list {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
    }
    if !out.is_empty() && !out.iter().any(|c| c == "other" || c == "non-us") {
        out.push("other".into());
    }
    out
}

/// The two ways a profile tells requests apart besides the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// Where the users whose data is sought live.
    Users,
    /// Where the requesting authority is.
    Requesters,
}

/// The region offered first along an axis: everywhere else (`other`, `non-us`) where the profile
/// has it, as a request from Tandem is most often a foreign authority's about users anywhere;
/// otherwise the first region.
pub fn default_region(regions: &[String]) -> Region {
    regions
        .iter()
        .find(|c| *c == "other" || *c == "non-us")
        .or(regions.first())
        .cloned()
}

fn scopes(provider: &Provider) -> Vec<Scope<'_>> {
    let mut out = Vec::new();
    out.extend(provider.entities.iter().map(Entity::scope));
    out.extend(provider.addresses.iter().map(|f| f.scope()));
    out.extend(provider.contacts.iter().map(|f| f.scope()));
    out.extend(provider.languages.iter().map(|f| f.scope()));
    out.extend(provider.preservation.iter().map(|f| f.scope()));
    out.extend(provider.requirements.iter().map(|f| f.scope()));
    out
}

/// Whether a fact's list along one axis admits the region picked: an empty list admits every
/// region; the European Union lies within the European Economic Area.
fn admits(list: &[String], picked: &Region) -> bool {
    if list.is_empty() {
        return true;
    }
    let Some(picked) = picked else {
        return false;
    };
    list.iter()
        .any(|c| c == picked || (picked == "eu" && c == "eea"))
}

/// Whether a fact applies to the request picked.
fn applies(scope: &Scope<'_>, service: &str, pick: &Pick) -> bool {
    (scope.services.is_empty() || scope.services.iter().any(|s| s == service))
        && admits(scope.users_in, &pick.users_in)
        && admits(scope.requesters_in, &pick.requesters_in)
}

/// Whether a fact for these purposes holds for a request of this purpose (no purpose: every
/// request).
fn for_purpose(purposes: &[Purpose], purpose: Purpose) -> bool {
    purposes.is_empty() || purposes.contains(&purpose)
}

/// What `provider` says for a request of `purpose` as picked. `None` when the profile has no
/// service (a profile the checks refuse).
pub fn addressee<'a>(
    provider: &'a Provider,
    purpose: Purpose,
    pick: &Pick,
) -> Option<Addressee<'a>> {
    let service = pick
        .service
        .as_deref()
        .and_then(|id| provider.services.iter().find(|s| s.id == id))
        .or(provider.services.first())?;
    let id = service.id.as_str();
    let entity = provider
        .entities
        .iter()
        .find(|f| applies(&f.scope(), id, pick));
    let address = entity.and_then(|e| {
        provider
            .addresses
            .iter()
            .find(|a| a.entity == e.name && applies(&a.scope(), id, pick))
            .map(|a| (a.lines.as_slice(), a.country.as_str()))
    });
    let contacts: Vec<&Contact> = provider
        .contacts
        .iter()
        .filter(|c| applies(&c.scope(), id, pick))
        .collect();
    let for_this = |c: &&&Contact| for_purpose(&c.purpose, purpose);
    let portal = contacts
        .iter()
        .filter(for_this)
        .find(|c| matches!(c.kind, ContactKind::Portal | ContactKind::WebForm))
        .copied();
    let email = contacts
        .iter()
        .filter(for_this)
        .find(|c| c.kind == ContactKind::Email)
        .copied();
    let emergency = contacts
        .iter()
        .filter(|c| c.purpose.contains(&Purpose::Emergency))
        .copied()
        .collect();
    let mut requirements: Vec<Requirement> = Vec::new();
    for fact in provider
        .requirements
        .iter()
        .filter(|f| applies(&f.scope(), id, pick) && for_purpose(&f.purpose, purpose))
    {
        for code in &fact.codes {
            if !requirements.contains(code) {
                requirements.push(*code);
            }
        }
    }
    Some(Addressee {
        provider,
        service: (id, service.name.as_str()),
        entity,
        address,
        portal,
        email,
        emergency,
        preservation: provider
            .preservation
            .iter()
            .filter(|f| applies(&f.scope(), id, pick))
            .collect(),
        languages: provider
            .languages
            .iter()
            .filter(|f| applies(&f.scope(), id, pick))
            .collect(),
        requirements,
        not_found: &provider.not_found,
        read: provider.sources.iter().map(|s| s.read).min(),
    })
}

/// The Fluent message that names a requirement code.
pub fn requirement_message(code: Requirement) -> &'static str {
    match code {
        Requirement::OfficialEmailDomain => "provider-requirement-official-email-domain",
        Requirement::PortalAccount => "provider-requirement-portal-account",
        Requirement::InWriting => "provider-requirement-in-writing",
        Requirement::Signature => "provider-requirement-signature",
        Requirement::Letterhead => "provider-requirement-letterhead",
        Requirement::NonEditableFormat => "provider-requirement-non-editable-format",
        Requirement::IssuedUnderLaw => "provider-requirement-issued-under-law",
        Requirement::AccountIdentifier => "provider-requirement-account-identifier",
        Requirement::RelevanceStated => "provider-requirement-relevance-stated",
        Requirement::EntityForUserLocation => "provider-requirement-entity-for-user-location",
        Requirement::MlatForContent => "provider-requirement-mlat-for-content",
        Requirement::MlatForDisclosure => "provider-requirement-mlat-for-disclosure",
        Requirement::SubpoenaOrEquivalentForNonContent => {
            "provider-requirement-subpoena-or-equivalent-for-non-content"
        }
        Requirement::WarrantOrEquivalentForContent => {
            "provider-requirement-warrant-or-equivalent-for-content"
        }
        Requirement::JudicialOrder => "provider-requirement-judicial-order",
        Requirement::FormalChannelOnly => "provider-requirement-formal-channel-only",
        Requirement::EmergencyForm => "provider-requirement-emergency-form",
        Requirement::EmergencyFactsStated => "provider-requirement-emergency-facts-stated",
    }
}

/// The Fluent message that names a kind of fact.
pub fn fact_message(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Entity => "provider-fact-entity",
        FactKind::Address => "provider-fact-address",
        FactKind::Portal => "provider-fact-portal",
        FactKind::Emergency => "provider-fact-emergency",
        FactKind::Languages => "provider-fact-languages",
        FactKind::Preservation => "provider-fact-preservation",
        FactKind::PreservationExtension => "provider-fact-preservation-extension",
        FactKind::Requirements => "provider-fact-requirements",
    }
}

/// The Fluent message of a contact, by its kind (`$value`: the address).
pub fn contact_message(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Portal => "provider-contact-portal",
        ContactKind::WebForm => "provider-contact-web-form",
        ContactKind::Email => "provider-contact-email",
    }
}

/// The Fluent message of a region group (`eu`, `eea`, `european-region`, `non-us`, `other`);
/// `None` for a country code, named by the country list.
pub fn region_message(code: &str) -> Option<&'static str> {
    match code {
        "eu" => Some("provider-region-eu"),
        "eea" => Some("provider-region-eea"),
        "european-region" => Some("provider-region-european-region"),
        "non-us" => Some("provider-region-non-us"),
        "other" => Some("provider-region-other"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::REGION_GROUPS;
    use crate::registry;

    fn profile(id: &str) -> Provider {
        registry::providers()
            .expect("profiles parse")
            .into_iter()
            .find(|p| p.id == id)
            .expect(id)
    }

    fn pick(service: &str, users: Option<&str>, requesters: Option<&str>) -> Pick {
        Pick {
            service: Some(service.into()),
            users_in: users.map(str::to_string),
            requesters_in: requesters.map(str::to_string),
        }
    }

    #[test]
    fn the_entity_follows_where_the_users_live() {
        let meta = profile("meta");
        assert_eq!(regions(&meta, Axis::Users), ["european-region", "other"]);
        assert_eq!(
            default_region(&regions(&meta, Axis::Users)).as_deref(),
            Some("other")
        );
        let europe = addressee(
            &meta,
            Purpose::Records,
            &pick("facebook", Some("european-region"), Some("non-us")),
        )
        .unwrap();
        assert_eq!(
            europe.entity.unwrap().name,
            "Meta Platforms Ireland Limited"
        );
        let elsewhere = addressee(
            &meta,
            Purpose::Records,
            &pick("facebook", Some("other"), Some("non-us")),
        )
        .unwrap();
        assert_eq!(elsewhere.entity.unwrap().name, "Meta Platforms, Inc.");
        // The portal for records; no address in the profile, so none is made up.
        assert_eq!(
            elsewhere.portal.unwrap().value,
            "https://www.facebook.com/records"
        );
        assert_eq!(elsewhere.address, None);
        assert_eq!(elsewhere.email, None);
        assert_eq!(elsewhere.read, NaiveDate::from_ymd_opt(2026, 12, 6));
    }

    #[test]
    fn requirements_follow_the_service_the_purpose_and_the_requester() {
        let meta = profile("meta");
        let p = pick("facebook", Some("other"), Some("non-us"));
        let preservation = addressee(&meta, Purpose::Preservation, &p).unwrap();
        assert!(preservation
            .requirements
            .contains(&Requirement::AccountIdentifier));
        assert!(preservation
            .requirements
            .contains(&Requirement::MlatForContent));
        assert!(!preservation
            .requirements
            .contains(&Requirement::EmergencyForm));
        let emergency = addressee(&meta, Purpose::Emergency, &p).unwrap();
        assert!(emergency.requirements.contains(&Requirement::EmergencyForm));
        // Another service: the Facebook-only facts are not shown.
        let whatsapp = addressee(
            &meta,
            Purpose::Preservation,
            &pick("whatsapp", Some("other"), Some("non-us")),
        )
        .unwrap();
        assert!(!whatsapp
            .requirements
            .contains(&Requirement::AccountIdentifier));
        assert!(whatsapp.preservation.is_empty());
        // Each code once.
        let mut codes = preservation.requirements.clone();
        codes.dedup();
        assert_eq!(codes, preservation.requirements);
    }

    #[test]
    fn a_region_the_profile_does_not_name_admits_only_unscoped_facts() {
        assert!(admits(&[], &None));
        assert!(!admits(&["eu".into()], &None));
        assert!(admits(&["eea".into()], &Some("eu".into())));
        assert!(!admits(&["eu".into()], &Some("eea".into())));
        // A profile naming only some regions gets "other" to pick everywhere else.
        let vk = profile("vk");
        assert_eq!(regions(&vk, Axis::Requesters), ["RU", "other"]);
    }

    #[test]
    fn every_code_of_every_profile_has_a_message() {
        for p in registry::providers().unwrap() {
            for axis in [Axis::Users, Axis::Requesters] {
                for code in regions(&p, axis) {
                    assert!(
                        region_message(&code).is_some() || crate::country::lookup(&code).is_some(),
                        "{}: {code}",
                        p.id
                    );
                }
            }
        }
        for code in REGION_GROUPS {
            assert!(region_message(code).is_some(), "{code}");
        }
    }

    /// Every requirement code of providers/README.md (the closed list), every kind of fact and
    /// every kind of contact is named by an English message.
    #[test]
    fn every_code_is_named_in_english() {
        let catalog = crate::Catalog::new(&[crate::Lang::En], false).unwrap();
        let has = |id: &str| catalog.has(crate::Lang::En, id);
        let readme = include_str!("../../../../providers/README.md");
        let table = readme
            .split("### Requirement codes")
            .nth(1)
            .expect("requirement table");
        let codes: Vec<Requirement> = table
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .map(|code| serde_json::from_value(serde_json::json!(code)).expect(code))
            .collect();
        assert_eq!(codes.len(), 18);
        for code in codes {
            assert!(has(requirement_message(code)), "{code:?}");
        }
        for kind in FactKind::ALL {
            assert!(has(fact_message(*kind)), "{kind:?}");
        }
        for kind in [
            ContactKind::Portal,
            ContactKind::WebForm,
            ContactKind::Email,
        ] {
            assert!(has(contact_message(kind)), "{kind:?}");
        }
    }
}
