//! Request chains: the extension of a preservation request, and the request for disclosure that
//! follows a preservation request up, each made as a new draft prefilled from the earlier one, and
//! the links between them. Two routes: a preservation through a State (Art. 29) is followed up by a
//! request for mutual legal assistance (Art. 31); a preservation asked of a service provider
//! directly, by a request to the provider for voluntary disclosure or by a request for mutual
//! legal assistance ([`follow_ups`]).
//!
//! A follow-up carries what describes the case (authorities, contacts, legal basis, offence,
//! facts, service provider, identifiers) into every item of the later template that asks the
//! same: the same path with the same shape, or a pair named in [`ITEM_PAIRS`] / [`CONTACT_ROW`].
//! Nothing that belongs to the preservation request itself (its date, reference, status, data
//! categories, necessity, confidentiality, signature) is carried; it goes into the "previous
//! preservation request" block (T-CY(2018)10) instead.

use chrono::NaiveDate;
use serde_json::Value as Json;

use crate::draft::{Draft, Link, LinkKind};
use crate::form::is_shown;
use crate::format;
use crate::preservation::{self, End};
use crate::template::{Item, Template};
use crate::validate::{same_path, translation_path, translation_status, TranslationStatus};

/// The templates of requests for mutual legal assistance that can follow a preservation up.
pub const FOLLOW_UPS: &[&str] = &["art31-subscriber", "art31-traffic", "art31-content"];

/// The preservation request addressed to a service provider directly.
pub const PROVIDER_PRESERVATION: &str = "provider-preservation";

/// The request to a service provider for voluntary disclosure, which can follow a preservation
/// asked of the provider up.
pub const PROVIDER_DISCLOSURE: &str = "provider-disclosure";

/// The requests that can follow a preservation request of template `preservation` up, in the
/// order offered (the first is offered first); empty for any other template.
pub fn follow_ups(preservation: &str) -> &'static [&'static str] {
    match preservation {
        preservation::TEMPLATE => FOLLOW_UPS,
        PROVIDER_PRESERVATION => &[
            PROVIDER_DISCLOSURE,
            "art31-subscriber",
            "art31-traffic",
            "art31-content",
        ],
        _ => &[],
    }
}

/// Whether drafts of this template are preservation requests that can be extended and followed
/// up.
pub fn is_preservation(template: &str) -> bool {
    !follow_ups(template).is_empty()
}

/// The sections of a preservation request that describe the case rather than the request: their
/// items are carried into an item of the later request at the same path with the same shape.
pub const CASE_SECTIONS: &[&str] = &[
    "addressee",
    "domestic-legal-basis",
    "requested-authority",
    "requesting-authority",
    "backup-contact",
    "investigative-authority",
    "prosecution",
    "offence",
    "data",
    "custodian",
];

/// Items of a preservation request carried into an item of the later request with another path:
/// (preservation item, later item), each used where both templates have it. A group's fields pair up by id, or as [`FIELD_PAIRS`] says.
pub const ITEM_PAIRS: &[(&str, &str)] = &[
    (
        "requesting-authority.telephone",
        "requesting-authority.phone",
    ),
    (
        "requesting-authority.cell-phone",
        "requesting-authority.mobile",
    ),
    (
        "investigative-authority.organisation",
        "investigating-authority.organisation",
    ),
    (
        "investigative-authority.person",
        "investigating-authority.person",
    ),
    (
        "investigative-authority.telephone",
        "investigating-authority.phone",
    ),
    (
        "investigative-authority.email",
        "investigating-authority.email",
    ),
    ("prosecution.office", "prosecution-court.prosecution"),
    ("prosecution.court", "prosecution-court.court"),
    ("offence.offences", "offences.offences"),
    ("offence.facts", "facts.facts"),
    ("data.identifiers", "identifiers.identifiers"),
    ("data.period", "identifiers.period"),
    ("custodian.provider", "service-provider.name"),
    ("addressee.name", "service-provider.name"),
    ("custodian.contact", "service-provider.address"),
    ("data.relationship", "relevance.relevance"),
    ("reply.channel", "reply.channel"),
    (
        "domestic-legal-basis.domestic-legal-basis",
        "legal-grounds.domestic",
    ),
];

/// Options carried into an option of another id (the preferred means of response: "by means
/// of" in T-CY(2018)11, "other means" in T-CY(2018)10): (preservation option path, later option
/// path), the tick with its detail and the detail's translation, where both templates have them.
pub const OPTION_PAIRS: &[(&str, &str)] = &[
    (
        "requesting-authority.response.expedited",
        "requesting-authority.response.expedited",
    ),
    (
        "requesting-authority.response.means",
        "requesting-authority.response.other",
    ),
];

/// Case items never carried: the addressee of a preservation request (often the 24/7 point of
/// contact) is not that of a request for mutual legal assistance, which goes to the central
/// authority; the follow-up shows it in the block on the previous preservation instead.
pub const NOT_CARRIED: &[&str] = &["requested-authority.type", "requested-authority.authority"];

/// Group fields with another id in the Art. 31 group: (preservation group, its field, Art. 31
/// field).
pub const FIELD_PAIRS: &[(&str, &str, &str)] = &[("offence.offences", "offence", "name")];

/// The preservation request's backup contact becomes the first row of the Art. 31 list of
/// additional contacts: (Art. 31 group, [(preservation item, field of the row)]).
pub const CONTACT_ROW: (&str, &[(&str, &str)]) = (
    "additional-contact.contacts",
    &[
        ("backup-contact.name", "name"),
        ("backup-contact.job-title", "job-title"),
        ("backup-contact.function", "function"),
        ("backup-contact.telephone", "phone"),
        ("backup-contact.cell-phone", "mobile"),
        ("backup-contact.email", "email"),
    ],
);

/// The row the backup contact goes to.
const CONTACT_ROW_ID: &str = "r1";

/// A new preservation request extending `previous` (a preservation request, `template` its
/// template): everything carried, except that it is dated `today`, its status is "Extension of
/// previous request" with the previous reference and date, and what only the earlier request
/// knew (its own reference, the date its preservation was executed, its signature date) is
/// left to fill in. `None`
/// when `previous` is not a preservation request of `template`.
pub fn extension_of(
    previous: &Draft,
    template: &Template,
    new_id: &str,
    today: NaiveDate,
) -> Option<Draft> {
    if !is_preservation(&previous.template) || template.id != previous.template {
        return None;
    }
    let mut draft = Draft::new(new_id, template, previous.langs);
    draft.answers = previous.answers.clone();
    let reference = previous.text(preservation::REFERENCE).trim().to_string();
    draft.set_text(preservation::DATE, &format::iso_date(today));
    // An extension is a request of its own, with its own reference: the original's is the
    // one it extends.
    draft.set_text(preservation::REFERENCE, "");
    draft.set_text("status.status", "extension");
    draft.set_text("status.status.extension.detail", &reference);
    draft.set_text("previous-request.date", previous.text(preservation::DATE));
    draft.set_text(preservation::EXECUTED, "");
    draft.set_text("signature.date", "");
    draft.links.push(Link {
        kind: LinkKind::ExtensionOf,
        id: previous.id.clone(),
        reference,
    });
    Some(draft)
}

/// A new request of template `target` (one of [`follow_ups`] of the preservation's template)
/// following up the preservation request `previous`, dated `today`: the case carried (see the
/// module comment), its status "follow-up to a previous preservation request", and the block on
/// the previous preservation request filled in (date, reference; in a request for mutual legal
/// assistance also the requesting and executing authorities, channel, expiry, and "preservation
/// already sought"). `source` is the preservation request's template. `None` when `previous` is
/// not a preservation request of `source` or `target` cannot follow it up.
pub fn follow_up(
    previous: &Draft,
    source: &Template,
    target: &Template,
    new_id: &str,
    today: NaiveDate,
) -> Option<Draft> {
    if previous.template != source.id || !follow_ups(&source.id).contains(&target.id.as_str()) {
        return None;
    }
    let mut draft = Draft::new(new_id, target, previous.langs);
    for (from, to) in carried(source, target) {
        if let Some(item) = source.item(&from) {
            if is_shown(previous, item) {
                carry(previous, &mut draft, item, &from, &to);
            }
        }
    }
    for (from, to) in option_pairs(source, target) {
        copy(previous, &mut draft, from, to);
    }
    let (group, fields) = CONTACT_ROW;
    if target.item(group).is_some() {
        for (from, field) in fields {
            copy(
                previous,
                &mut draft,
                from,
                &format!("{group}.{CONTACT_ROW_ID}.{field}"),
            );
        }
        let prefix = format!("{group}.{CONTACT_ROW_ID}.");
        if draft.answers.keys().any(|k| k.starts_with(&prefix)) {
            draft
                .answers
                .insert(group.into(), serde_json::json!([CONTACT_ROW_ID]));
        }
    }
    // The legal basis (and a bilateral treaty as named), where the follow-up offers it: an
    // instrument may have articles for preservation and none for disclosure.
    if let (Some(from), Some(to)) = (source.route.as_deref(), target.route.as_deref()) {
        let picked = previous.text(from).trim().to_string();
        let offered = target
            .item(to)
            .is_some_and(|choice| choice.options.iter().any(|o| o.id == picked));
        if offered {
            copy(previous, &mut draft, from, to);
        }
    }

    let date = previous.text(preservation::DATE).trim();
    let reference = previous.text(preservation::REFERENCE).trim();
    draft.set_text(preservation::DATE, &format::iso_date(today));
    let link = Link {
        kind: LinkKind::FollowUpOf,
        id: previous.id.clone(),
        reference: reference.to_string(),
    };
    if target.id == PROVIDER_DISCLOSURE {
        draft.set_text("status.status", "follow-up-preservation");
        draft.set_text("previous-preservation.date", date);
        draft.set_text("previous-preservation.reference", reference);
        draft.links.push(link);
        return Some(draft);
    }
    let by_provider = previous.template == PROVIDER_PRESERVATION;
    draft.set_ticked("status.status.follow-up-preservation", true);
    draft.set_text("previous-preservation.date", date);
    draft.set_text("previous-preservation.reference", reference);
    const REQUESTING: &[&str] = &[
        "requesting-authority.organisation",
        "requesting-authority.person",
        "requesting-authority.telephone",
        "requesting-authority.email",
    ];
    let executing: &[&str] = if by_provider {
        &["addressee.name"]
    } else {
        &["requested-authority.authority"]
    };
    for (parts, to) in [
        (REQUESTING, "previous-preservation.requesting"),
        (executing, "previous-preservation.executing"),
    ] {
        joined(previous, source, &mut draft, parts, to);
    }
    if by_provider {
        draft.set_text("previous-preservation.channel", "provider");
    } else if previous.text("requested-authority.type") == "point-of-contact" {
        draft.set_text("previous-preservation.channel", "network-247");
    }
    if let Some(status) = preservation::status_for(source, previous, today) {
        if let End::On(end) = status.end {
            draft.set_text("previous-preservation.expiry", &format::iso_date(end));
        }
    }
    draft.set_text("preservation.sought", "yes");
    draft.set_text("preservation.date", date);
    draft.set_text("preservation.reference", reference);
    draft.links.push(link);
    Some(draft)
}

/// The Fluent message saying what a link of a draft of `template` is, and its `$kind`: in a
/// preservation asked of a service provider, the request that followed it up may be a request to
/// the provider or a request for mutual legal assistance, so it is called a request for disclosure.
pub fn link_message(template: &str, kind: LinkKind) -> (&'static str, &'static str) {
    let name = match kind {
        LinkKind::ExtensionOf => "extension-of",
        LinkKind::ExtendedBy => "extended-by",
        LinkKind::FollowUpOf => "follow-up-of",
        LinkKind::FollowedUpBy => "followed-up-by",
    };
    if kind == LinkKind::FollowedUpBy && template == PROVIDER_PRESERVATION {
        return ("preservation-link-disclosure", name);
    }
    ("preservation-link", name)
}

/// Records in `earlier` the reverse of each link `later` has to it (once), so the two drafts are
/// linked both ways.
pub fn link_back(earlier: &mut Draft, later: &Draft) {
    for link in later.links.iter().filter(|l| l.id == earlier.id) {
        let back = Link {
            kind: link.kind.reverse(),
            id: later.id.clone(),
            reference: later.text(preservation::REFERENCE).trim().to_string(),
        };
        if !earlier
            .links
            .iter()
            .any(|l| l.kind == back.kind && l.id == back.id)
        {
            earlier.links.push(back);
        }
    }
}

/// The pairs (preservation item, later item) whose answers a follow-up carries: case items at
/// the same path with the same shape, then [`ITEM_PAIRS`] present in both templates.
pub fn carried(source: &Template, target: &Template) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = source
        .items()
        .filter(|(section, _, _, _)| CASE_SECTIONS.contains(&section.id.as_str()))
        .filter(|(_, _, path, _)| !NOT_CARRIED.contains(&path.as_str()))
        .filter(|(_, item, path, _)| {
            target
                .item(path)
                .is_some_and(|other| same_shape(item, other, &[]))
        })
        .map(|(_, _, path, _)| (path.clone(), path))
        .collect();
    pairs.extend(
        ITEM_PAIRS
            .iter()
            .filter(|(from, to)| source.item(from).is_some() && target.item(to).is_some())
            .map(|(from, to)| (from.to_string(), to.to_string())),
    );
    pairs
}

/// Whether two items take the same answers: kind, translation, options and (under `renames`)
/// fields.
pub fn same_shape(a: &Item, b: &Item, renames: &[(&str, &str)]) -> bool {
    let options = |i: &Item| {
        i.options
            .iter()
            .map(|o| (o.id.clone(), o.detail.is_some()))
            .collect::<Vec<_>>()
    };
    let field_id = |id: &str| {
        renames
            .iter()
            .find(|(from, _)| *from == id)
            .map_or(id.to_string(), |(_, to)| to.to_string())
    };
    a.kind == b.kind
        && a.translate == b.translate
        && options(a) == options(b)
        && a.fields.len() == b.fields.len()
        && a.fields.iter().all(|f| {
            b.fields
                .iter()
                .any(|g| g.id == field_id(&f.id) && same_shape(f, g, &[]))
        })
}

/// The field renames of a preservation group.
pub fn field_renames(group: &str) -> Vec<(&'static str, &'static str)> {
    FIELD_PAIRS
        .iter()
        .filter(|(g, _, _)| *g == group)
        .map(|(_, from, to)| (*from, *to))
        .collect()
}

/// Carries the answers of one item; a group's rows keep their ids and their fields are renamed.
fn carry(previous: &Draft, draft: &mut Draft, item: &Item, from: &str, to: &str) {
    let renames = field_renames(from);
    if renames.is_empty() {
        copy(previous, draft, from, to);
        return;
    }
    if let Some(rows) = previous.answers.get(from) {
        draft.answers.insert(to.to_string(), rows.clone());
    }
    for row in previous.rows(from) {
        for field in &item.fields {
            let name = renames
                .iter()
                .find(|(f, _)| *f == field.id)
                .map_or(field.id.as_str(), |(_, t)| t);
            copy(
                previous,
                draft,
                &format!("{from}.{row}.{}", field.id),
                &format!("{to}.{row}.{name}"),
            );
        }
    }
}

/// Copies every answer at `from` or below it (`from.…`, and `from#…`: the translation and the
/// "same in both languages" tick) to the same place below `to`.
fn copy(previous: &Draft, draft: &mut Draft, from: &str, to: &str) {
    let below: Vec<(String, Json)> = previous
        .answers
        .iter()
        .filter(|(k, _)| {
            k.strip_prefix(from)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '#']))
        })
        .map(|(k, v)| (format!("{to}{}", &k[from.len()..]), v.clone()))
        .collect();
    draft.answers.extend(below);
}

/// The [`OPTION_PAIRS`] both templates have.
pub fn option_pairs<'a>(
    source: &'a Template,
    target: &'a Template,
) -> impl Iterator<Item = (&'static str, &'static str)> + 'a {
    let has = |t: &Template, path: &str| {
        path.rsplit_once('.').is_some_and(|(item, option)| {
            t.item(item)
                .is_some_and(|i| i.options.iter().any(|o| o.id == option))
        })
    };
    OPTION_PAIRS
        .iter()
        .copied()
        .filter(move |(from, to)| has(source, from) && has(target, to))
}

/// Answers of the previous request joined in one line at `to` ("organisation, person,
/// telephone, e-mail"), as typed; and in the other language too, each part in its own wording
/// there (its translation, or itself when it reads the same or is never translated), so that a
/// carried line never puts language A's words in column B. When a part has no wording in the
/// other language yet, the line is left for the user to translate.
fn joined(previous: &Draft, source: &Template, draft: &mut Draft, parts: &[&str], to: &str) {
    let mut a = Vec::new();
    let mut b = Some(Vec::new());
    for part in parts {
        let text = previous.text(part).trim();
        if text.is_empty() {
            continue;
        }
        a.push(text);
        let translate = source
            .item(part)
            .is_some_and(|i| i.kind.is_free_text() && i.translate);
        let wording = match translation_status(previous, part) {
            _ if !translate => Some(text),
            TranslationStatus::Translated => Some(previous.text(&translation_path(part)).trim()),
            TranslationStatus::Same => Some(text),
            TranslationStatus::Left | TranslationStatus::Pending => None,
        };
        b = b.zip(wording).map(|(mut b, w)| {
            b.push(w);
            b
        });
    }
    let a = a.join(", ");
    draft.set_text(to, &a);
    match b.map(|b| b.join(", ")) {
        Some(b) if !a.is_empty() && b == a => draft.set_ticked(&same_path(to), true),
        Some(b) if !a.is_empty() => draft.set_text(&translation_path(to), &b),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::lang::Lang;
    use crate::registry;
    use crate::template::ItemKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    /// `follow_up` with both templates read from the registry.
    fn fu(previous: &Draft, target: &str, new_id: &str, today: NaiveDate) -> Option<Draft> {
        let source = registry::template(&previous.template).ok()?;
        let target = registry::template(target).ok()?;
        follow_up(previous, &source, &target, new_id, today)
    }

    fn preservation_template() -> Template {
        registry::template(preservation::TEMPLATE).expect("preservation template")
    }

    /// Answers at an item's path as the form writes them, each value naming its own key.
    fn fill(draft: &mut Draft, item: &Item, path: &str) {
        let text = |d: &mut Draft, p: &str| d.set_text(p, &format!("<{p}>"));
        match item.kind {
            ItemKind::Group => {
                draft
                    .answers
                    .insert(path.into(), serde_json::json!(["r1", "r2"]));
                for row in ["r1", "r2"] {
                    for field in &item.fields {
                        fill(draft, field, &format!("{path}.{row}.{}", field.id));
                    }
                }
            }
            ItemKind::Identifiers => {
                draft.answers.insert(path.into(), serde_json::json!(["r1"]));
                for f in ["type", "value", "port", "at", "from", "to"] {
                    text(draft, &format!("{path}.r1.{f}"));
                }
            }
            ItemKind::TimeRange => {
                text(draft, &format!("{path}.from"));
                text(draft, &format!("{path}.to"));
            }
            ItemKind::Tick => draft.set_ticked(path, true),
            ItemKind::Ticks => {
                for o in &item.options {
                    draft.set_ticked(&format!("{path}.{}", o.id), true);
                    text(draft, &format!("{path}.{}.detail", o.id));
                }
            }
            ItemKind::Choice => {
                let last = item.options.last().expect("options");
                draft.set_text(path, &last.id);
                text(draft, &format!("{path}.{}.detail", last.id));
            }
            ItemKind::Money => {
                text(draft, path);
                text(draft, &format!("{path}.currency"));
            }
            ItemKind::Text | ItemKind::LongText => {
                text(draft, path);
                text(draft, &format!("{path}#b"));
                draft.set_ticked(&format!("{path}#same"), true);
            }
            _ => text(draft, path),
        }
    }

    /// A preservation request with every item answered (the investigative authority ticked as
    /// different, so its items are shown), to Italy, executed on 31 Jan 2027.
    fn full_preservation() -> Draft {
        let t = preservation_template();
        let mut draft = Draft::new("p1", &t, [Lang::En, Lang::Uk]);
        for (_, item, path, _) in t.items() {
            fill(&mut draft, item, &path);
        }
        draft.set_text("date.date", "2027-01-30");
        draft.set_text("reference.reference", "PR-2027/7");
        draft.set_text("requested-authority.type", "point-of-contact");
        draft.set_text("requested-authority.country", "IT");
        draft.set_text("executed.date", "2027-01-31");
        draft.set_text("previous-request.date", "2026-12-01");
        draft.set_text("signature.date", "2027-01-30");
        draft
    }

    /// A provider preservation request with every item answered, to Example Messenger B.V.
    fn full_provider_preservation() -> Draft {
        let t = registry::template(PROVIDER_PRESERVATION).expect("provider preservation");
        let mut draft = Draft::new("pp1", &t, [Lang::En, Lang::Ru]);
        for (_, item, path, _) in t.items() {
            fill(&mut draft, item, &path);
        }
        draft.set_text("date.date", "2027-01-30");
        draft.set_text("reference.reference", "PP-2027/3");
        draft.set_text("addressee.country", "NL");
        draft.set_text("previous-request.date", "2026-12-01");
        draft.set_text("signature.date", "2027-01-30");
        draft
    }

    /// Every (preservation template, template following it up).
    fn routes() -> Vec<(&'static str, &'static str)> {
        [preservation::TEMPLATE, PROVIDER_PRESERVATION]
            .into_iter()
            .flat_map(|p| follow_ups(p).iter().map(move |t| (p, *t)))
            .collect()
    }

    #[test]
    fn paired_items_exist_and_take_the_same_answers() {
        let mut used = BTreeSet::new();
        for (from_id, to_id) in routes() {
            let source = registry::template(from_id).expect("preservation template");
            let target = registry::template(to_id).expect("follow-up template");
            for (from, to) in ITEM_PAIRS {
                if let (Some(a), Some(b)) = (source.item(from), target.item(to)) {
                    assert!(
                        same_shape(a, b, &field_renames(from)),
                        "{from_id} → {to_id}: {from} → {to}"
                    );
                    used.insert(*from);
                }
            }
            let (group, fields) = CONTACT_ROW;
            if let (Some(row), true) = (target.item(group), source.item(fields[0].0).is_some()) {
                for (from, field) in fields {
                    let a = source.item(from).expect(from);
                    let b = row.fields.iter().find(|f| f.id == *field).expect(field);
                    assert!(same_shape(a, b, &[]), "{to_id}: {from} → {group}.{field}");
                }
            }
            for (group, from, to) in FIELD_PAIRS {
                let a = source.item(group).expect(group);
                assert!(a.fields.iter().any(|f| f.id == *from), "{group}.{from}");
                if let Some(b) = target.item(&to_item(group)) {
                    assert!(b.fields.iter().any(|f| f.id == *to), "{to_id}: {to}");
                }
            }
        }
        // Every pair serves at least one route.
        for (from, _) in ITEM_PAIRS {
            assert!(used.contains(from), "{from} pairs with nothing");
        }
    }

    fn to_item(from: &str) -> String {
        ITEM_PAIRS
            .iter()
            .find(|(f, _)| *f == from)
            .map(|(_, t)| t.to_string())
            .expect("paired")
    }

    /// The answer keys at or below an item's path.
    fn keys_below<'a>(draft: &'a Draft, path: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        draft.answers.keys().filter(move |k| {
            k.strip_prefix(path)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '#']))
        })
    }

    /// The keys a follow-up of `previous` of template `target` holds, computed from the two
    /// templates: case items at the same path and kind, the named pairs, the contact row, and
    /// `own` (the request's own answers and the block on the previous preservation).
    fn expected_keys(previous: &Draft, target: &Template, own: &[&str]) -> BTreeSet<String> {
        let source = registry::template(&previous.template).expect("source");
        let mut expected: BTreeSet<String> = BTreeSet::new();
        let mut pairs: Vec<(String, String)> = source
            .items()
            .filter(|(s, _, _, _)| CASE_SECTIONS.contains(&s.id.as_str()))
            .filter(|(_, _, path, _)| !NOT_CARRIED.contains(&path.as_str()))
            .filter(|(_, item, path, _)| {
                let options = |i: &Item| i.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>();
                target.item(path).is_some_and(|t| {
                    t.kind == item.kind
                        && t.translate == item.translate
                        && options(t) == options(item)
                })
            })
            .map(|(_, _, p, _)| (p.clone(), p))
            .collect();
        pairs.extend(
            ITEM_PAIRS
                .iter()
                .filter(|(_, b)| target.item(b).is_some())
                .map(|(a, b)| (a.to_string(), b.to_string())),
        );
        pairs.extend(option_pairs(&source, target).map(|(a, b)| (a.to_string(), b.to_string())));
        for (from, to) in &pairs {
            for key in keys_below(previous, from) {
                let mut rest = key[from.len()..].to_string();
                for (group, a, b) in FIELD_PAIRS {
                    if from.as_str() == *group {
                        rest = rest.replacen(&format!(".{a}"), &format!(".{b}"), 1);
                    }
                }
                expected.insert(format!("{to}{rest}"));
            }
        }
        let (group, fields) = CONTACT_ROW;
        if target.item(group).is_some() {
            for (from, field) in fields {
                for key in keys_below(previous, from) {
                    expected.insert(group.to_string());
                    expected.insert(format!("{group}.r1.{field}{}", &key[from.len()..]));
                }
            }
        }
        expected.extend(own.iter().map(|k| k.to_string()));
        expected
    }

    /// The request's own answers and the block on the previous preservation in a request for
    /// mutual legal assistance.
    const MLA_OWN: &[&str] = &[
        "date.date",
        "status.status.follow-up-preservation",
        "previous-preservation.date",
        "previous-preservation.reference",
        "previous-preservation.requesting",
        "previous-preservation.requesting#b",
        "previous-preservation.executing",
        "previous-preservation.executing#b",
        "previous-preservation.channel",
        "previous-preservation.expiry",
        "preservation.sought",
        "preservation.date",
        "preservation.reference",
    ];

    #[test]
    fn a_follow_up_carries_every_shared_answer_and_nothing_else() {
        let previous = full_preservation();
        for id in FOLLOW_UPS {
            let target = registry::template(id).expect("follow-up template");
            let next = fu(&previous, id, "m1", d(2027, 2, 10)).expect("follow-up");
            let mut expected = expected_keys(&previous, &target, MLA_OWN);
            // The legal basis, which every follow-up offers here.
            assert!(!previous.text("basis.basis").is_empty());
            expected.extend(keys_below(&previous, "basis.basis").cloned());
            let got: BTreeSet<String> = next.answers.keys().cloned().collect();
            assert_eq!(got, expected, "{id}");

            // Carried values are the previous ones, translations and "same" ticks included.
            assert_eq!(
                next.text("offences.offences.r2.name#b"),
                "<offence.offences.r2.offence#b>"
            );
            assert!(next.ticked("facts.facts#same"));
            assert_eq!(next.text("facts.facts#b"), "<offence.facts#b>");
            assert_eq!(
                next.text("requesting-authority.person"),
                "<requesting-authority.person>"
            );
            assert_eq!(
                next.text("requesting-authority.phone"),
                "<requesting-authority.telephone>"
            );
            assert_eq!(
                next.text("identifiers.identifiers.r1.value"),
                "<data.identifiers.r1.value>"
            );
            assert_eq!(next.rows("offences.offences"), ["r1", "r2"]);
            assert_eq!(
                next.text("additional-contact.contacts.r1.mobile"),
                "<backup-contact.cell-phone>"
            );
            assert_eq!(next.text("service-provider.name"), "<custodian.provider>");
            assert_eq!(
                next.text("legal-grounds.domestic"),
                "<domestic-legal-basis.domestic-legal-basis>"
            );
            assert_eq!(next.text("requested-authority.country"), "IT");
            // The previous preservation request.
            assert_eq!(next.text("date.date"), "2027-02-10");
            assert_eq!(next.text("previous-preservation.date"), "2027-01-30");
            assert_eq!(next.text("previous-preservation.reference"), "PR-2027/7");
            assert_eq!(next.text("previous-preservation.channel"), "network-247");
            assert_eq!(next.text("previous-preservation.expiry"), "2027-05-01");
            assert_eq!(
                next.text("previous-preservation.requesting"),
                "<requesting-authority.organisation>, <requesting-authority.person>, \
                 <requesting-authority.telephone>, <requesting-authority.email>"
            );
            assert_eq!(
                next.text("previous-preservation.executing"),
                "<requested-authority.authority>"
            );
            // Each carried line has its wording in the other language, made of the parts'.
            assert_eq!(
                next.text("previous-preservation.requesting#b"),
                "<requesting-authority.organisation#b>, <requesting-authority.person>, \
                 <requesting-authority.telephone>, <requesting-authority.email>"
            );
            assert_eq!(
                next.text("previous-preservation.executing#b"),
                "<requested-authority.authority#b>"
            );
            // Addressed to the central authority, not to the preservation's 24/7 contact.
            assert_eq!(next.text("requested-authority.authority"), "");
            // The provider's address, the relationship of the data, the means of response.
            assert_eq!(next.text("service-provider.address"), "<custodian.contact>");
            assert_eq!(next.text("relevance.relevance"), "<data.relationship>");
            assert_eq!(next.text("relevance.relevance#b"), "<data.relationship#b>");
            assert!(next.ticked("requesting-authority.response.other"));
            assert_eq!(
                next.text("requesting-authority.response.other.detail"),
                "<requesting-authority.response.means.detail>"
            );
            assert_eq!(
                (
                    next.text("preservation.sought"),
                    next.text("preservation.reference")
                ),
                ("yes", "PR-2027/7")
            );
            assert_eq!(next.langs, previous.langs);
            assert_eq!(next.template, *id);
            assert_eq!(
                next.links,
                [Link {
                    kind: LinkKind::FollowUpOf,
                    id: "p1".into(),
                    reference: "PR-2027/7".into()
                }]
            );
        }
    }

    /// A carried line is never half in language A in column B: while a part has no wording in
    /// the other language the line is left for the user to translate (a final request waits for
    /// it); when every part reads the same, so does the line.
    #[test]
    fn a_carried_line_gets_its_wording_in_b_only_from_every_part() {
        let t = preservation_template();
        let mut previous = Draft::new("p1", &t, [Lang::Ka, Lang::En]);
        previous.set_text("requested-authority.authority", "24/7 საკონტაქტო პუნქტი");
        previous.set_text("requesting-authority.organisation", "პროკურატურა");
        previous.set_text("requesting-authority.person", "Nino Beridze");
        let next = fu(&previous, "art31-subscriber", "m1", d(2027, 2, 10)).expect("follow-up");
        assert_eq!(
            next.text("previous-preservation.requesting"),
            "პროკურატურა, Nino Beridze"
        );
        for line in ["requesting", "executing"] {
            let path = format!("previous-preservation.{line}");
            assert_eq!(next.text(&translation_path(&path)), "", "{line}");
            assert!(!next.ticked(&same_path(&path)), "{line}");
        }
        previous.set_ticked("requested-authority.authority#same", true);
        previous.set_text("requesting-authority.organisation#b", "Prosecutor's Office");
        let next = fu(&previous, "art31-subscriber", "m1", d(2027, 2, 10)).expect("follow-up");
        assert!(next.ticked("previous-preservation.executing#same"));
        assert_eq!(
            next.text("previous-preservation.requesting#b"),
            "Prosecutor's Office, Nino Beridze"
        );
    }

    #[test]
    fn a_provider_preservation_leads_to_voluntary_disclosure_or_mutual_assistance() {
        let previous = full_provider_preservation();
        let today = d(2027, 2, 10);
        assert_eq!(follow_ups(PROVIDER_PRESERVATION)[0], PROVIDER_DISCLOSURE);
        // To the provider: the case and the addressee carried, the preservation named.
        let target = registry::template(PROVIDER_DISCLOSURE).expect("provider disclosure");
        let next = fu(&previous, PROVIDER_DISCLOSURE, "pd1", today).expect("follow-up");
        let own = [
            "date.date",
            "status.status",
            "previous-preservation.date",
            "previous-preservation.reference",
        ];
        let got: BTreeSet<String> = next.answers.keys().cloned().collect();
        assert_eq!(got, expected_keys(&previous, &target, &own));
        for carried in [
            "addressee.name",
            "addressee.service",
            "addressee.address",
            "addressee.portal",
            "requesting-authority.person",
            "requesting-authority.telephone",
            "domestic-legal-basis.domestic-legal-basis",
            "offence.facts",
            "data.identifiers.r1.value",
            "data.period.from",
        ] {
            assert_eq!(next.text(carried), previous.text(carried), "{carried}");
        }
        assert_eq!(next.text("addressee.country"), "NL");
        assert_eq!(next.text("status.status"), "follow-up-preservation");
        assert_eq!(next.text("previous-preservation.date"), "2027-01-30");
        assert_eq!(next.text("previous-preservation.reference"), "PP-2027/3");
        // Not the preservation's own: its categories (other options), confidentiality, signature.
        assert!(!next
            .answers
            .keys()
            .any(|k| k.starts_with("data.categories")));
        assert!(!next.answers.keys().any(|k| k.starts_with("signature.")));
        assert_eq!(next.links[0].id, "pp1");

        // Through a State: the provider is the executing party, its channel the provider's.
        for id in FOLLOW_UPS {
            let target = registry::template(id).expect("follow-up template");
            let next = fu(&previous, id, "m1", today).expect("follow-up");
            // The provider's name reads the same in both languages: so does the line.
            let own: Vec<&str> = MLA_OWN
                .iter()
                .copied()
                .filter(|k| *k != "previous-preservation.expiry")
                .map(|k| match k {
                    "previous-preservation.executing#b" => "previous-preservation.executing#same",
                    k => k,
                })
                .collect();
            let got: BTreeSet<String> = next.answers.keys().cloned().collect();
            assert_eq!(got, expected_keys(&previous, &target, &own), "{id}");
            assert_eq!(next.text("service-provider.name"), "<addressee.name>");
            assert_eq!(
                next.text("previous-preservation.executing"),
                "<addressee.name>"
            );
            assert_eq!(next.text("previous-preservation.channel"), "provider");
            assert_eq!(
                next.text("requesting-authority.mobile"),
                "<requesting-authority.cell-phone>"
            );
        }
        // And the extension stays on the provider route.
        let t = registry::template(PROVIDER_PRESERVATION).expect("provider preservation");
        let ext = extension_of(&previous, &t, "pp2", today).expect("extension");
        assert_eq!(ext.text("status.status"), "extension");
        assert_eq!(ext.text("status.status.extension.detail"), "PP-2027/3");
        assert!(extension_of(&previous, &preservation_template(), "x", today).is_none());
    }

    #[test]
    fn a_link_to_a_later_request_from_a_provider_preservation_is_a_request_for_disclosure() {
        assert_eq!(
            link_message(PROVIDER_PRESERVATION, LinkKind::FollowedUpBy),
            ("preservation-link-disclosure", "followed-up-by")
        );
        assert_eq!(
            link_message(preservation::TEMPLATE, LinkKind::FollowedUpBy),
            ("preservation-link", "followed-up-by")
        );
        assert_eq!(
            link_message(PROVIDER_DISCLOSURE, LinkKind::FollowUpOf),
            ("preservation-link", "follow-up-of")
        );
    }

    #[test]
    fn the_legal_basis_is_carried_where_the_follow_up_offers_it() {
        let mut previous = full_preservation();
        previous.set_text("basis.basis", "bilateral");
        previous.set_text("basis.basis.bilateral.detail", "Treaty of 1995, Art. 4");
        previous.set_text("basis.basis.bilateral.detail#b", "Договор 1995 г., ст. 4");
        let next = fu(&previous, "art31-subscriber", "m1", d(2027, 2, 10)).unwrap();
        assert_eq!(next.text("basis.basis"), "bilateral");
        assert_eq!(
            next.text("basis.basis.bilateral.detail#b"),
            "Договор 1995 г., ст. 4"
        );
        // The Arab Convention's articles read cover preservation and traffic data, not
        // subscriber information: the basis is left for the user to choose there.
        previous.set_text("basis.basis", "arab-ito-2010");
        let traffic = fu(&previous, "art31-traffic", "m1", d(2027, 2, 10)).unwrap();
        assert_eq!(traffic.text("basis.basis"), "arab-ito-2010");
        let subscriber = fu(&previous, "art31-subscriber", "m1", d(2027, 2, 10)).unwrap();
        assert_eq!(subscriber.text("basis.basis"), "");
    }

    #[test]
    fn hidden_answers_are_not_carried() {
        let mut previous = full_preservation();
        previous.set_ticked("investigative-authority.different", false);
        previous.set_text("requested-authority.type", "competent-authority");
        let next = fu(&previous, "art31-content", "m1", d(2027, 2, 10)).expect("follow-up");
        assert!(!next
            .answers
            .keys()
            .any(|k| k.starts_with("investigating-authority.")));
        assert_eq!(next.text("previous-preservation.channel"), "");
    }

    #[test]
    fn only_a_preservation_request_is_followed_up_and_only_by_art31() {
        let previous = full_preservation();
        let today = d(2027, 2, 10);
        assert!(fu(&previous, "emergency-disclosure", "m1", today).is_none());
        assert!(fu(&previous, PROVIDER_DISCLOSURE, "m1", today).is_none());
        assert!(fu(&previous, "art29-preservation", "m1", today).is_none());
        let mla = fu(&previous, "art31-traffic", "m1", today).expect("follow-up");
        assert!(fu(&mla, "art31-content", "m2", today).is_none());
        assert!(extension_of(&mla, &preservation_template(), "m2", today).is_none());
    }

    #[test]
    fn an_extension_carries_everything_and_says_what_it_extends() {
        let previous = full_preservation();
        let t = preservation_template();
        let next = extension_of(&previous, &t, "p2", d(2027, 4, 20)).expect("extension");
        assert_eq!(next.id, "p2");
        assert_eq!(next.template, previous.template);
        assert_eq!(next.text("date.date"), "2027-04-20");
        // Its own reference, to be given; the original's is the one it extends.
        assert_eq!(next.text("reference.reference"), "");
        assert_eq!(next.text("status.status"), "extension");
        assert_eq!(next.text("status.status.extension.detail"), "PR-2027/7");
        assert_eq!(next.text("previous-request.date"), "2027-01-30");
        assert_eq!(next.text("executed.date"), "");
        assert_eq!(next.text("signature.date"), "");
        let changed = [
            "date.date",
            "reference.reference",
            "status.status",
            "status.status.extension.detail",
            "previous-request.date",
            "executed.date",
            "signature.date",
        ];
        for (key, value) in &previous.answers {
            if !changed.contains(&key.as_str()) {
                assert_eq!(next.answers.get(key), Some(value), "{key}");
            }
        }
        let extra: Vec<&String> = next
            .answers
            .keys()
            .filter(|k| !previous.answers.contains_key(*k))
            .collect();
        assert!(extra.is_empty(), "{extra:?}");
        assert_eq!(
            next.links,
            [Link {
                kind: LinkKind::ExtensionOf,
                id: "p1".into(),
                reference: "PR-2027/7".into()
            }]
        );
    }

    #[test]
    fn links_go_both_ways_once() {
        let mut previous = full_preservation();
        let today = d(2027, 2, 10);
        let mut mla = fu(&previous, "art31-traffic", "m1", today).expect("follow-up");
        mla.set_text("reference.reference", "MLA-9");
        let mut ext =
            extension_of(&previous, &preservation_template(), "p2", today).expect("extension");
        ext.set_text("reference.reference", "PR-2027/8");
        link_back(&mut previous, &mla);
        link_back(&mut previous, &mla);
        link_back(&mut previous, &ext);
        assert_eq!(
            previous.links,
            [
                Link {
                    kind: LinkKind::FollowedUpBy,
                    id: "m1".into(),
                    reference: "MLA-9".into()
                },
                Link {
                    kind: LinkKind::ExtendedBy,
                    id: "p2".into(),
                    reference: "PR-2027/8".into()
                },
            ]
        );
        // A draft that does not link to it changes nothing.
        let other = Draft::new("x", &preservation_template(), [Lang::En, Lang::Fr]);
        link_back(&mut previous, &other);
        assert_eq!(previous.links.len(), 2);
        for kind in [
            LinkKind::ExtensionOf,
            LinkKind::ExtendedBy,
            LinkKind::FollowUpOf,
            LinkKind::FollowedUpBy,
        ] {
            assert_eq!(kind.reverse().reverse(), kind);
            assert_ne!(kind.reverse(), kind);
        }
    }

    #[test]
    fn links_are_stored_in_kebab_case_and_only_when_present() {
        let previous = full_preservation();
        assert!(!previous.to_json().contains("\"links\""));
        let next = extension_of(&previous, &preservation_template(), "p2", d(2027, 4, 20))
            .expect("extension");
        let json = next.to_json();
        assert!(
            json.contains(r#""links":[{"kind":"extension-of","id":"p1","reference":"PR-2027/7"}]"#),
            "{json}"
        );
        assert_eq!(
            crate::import::parse(json.as_bytes()).expect("reads back"),
            next
        );
    }
}
