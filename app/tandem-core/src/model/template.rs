//! Request templates: structure only, every display text a Fluent message ID.
//!
//! A template is a TOML file in `templates/` (documented in `templates/README.md`), parsed by
//! [`parse_template`] and checked for structural mistakes a national authority could make when
//! adding its own.

use std::collections::BTreeSet;

use serde::Deserialize;
use thiserror::Error;

/// A whole request template, e.g. `art29-preservation` (the default one is empty: what the app
/// holds before a request is opened).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Template {
    /// Stable machine key, `[a-z0-9-]+`; also the file name.
    pub id: String,
    /// Bumped whenever item paths change meaning; stored in drafts.
    pub version: u32,
    /// Fluent ID of the request type's title.
    pub title: String,
    /// Fluent ID of the legal-basis line under the title.
    pub legal_basis: String,
    /// The choice that decides the route of the request (e.g. the emergency template's channel):
    /// its picked option's id is passed to the title and legal-basis messages as `$route`
    /// (`none` while nothing is picked), so that every article cited follows from the route.
    pub route: Option<String>,
    /// This request's key in `templates/bases.toml` (`preservation`, `subscriber`, `traffic`,
    /// `content`, `emergency`): the route choice then picks a legal basis of that file, whose
    /// id reaches every message of the template as `$basis` (see [`crate::basis`]).
    pub request: Option<String>,
    /// An answer to a request received (`templates/reply-*.toml`), not a request: which answer it
    /// is, and so the status it gives the request answered at the requester's end. Its items
    /// [`REPLY_ITEMS`] (and its kind's own, [`ReplyKind::items`]) are where the app reads it.
    pub reply: Option<ReplyKind>,
    /// Numbered sections, in document order.
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    /// Checks that span several items.
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
}

/// The answers a reply template can be (T-CY Rec 9: confirmation of receipt, notice of action
/// taken; and what else a requested authority tells the requester).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReplyKind {
    /// Confirmation of receipt.
    Receipt,
    /// Confirmation that a preservation was executed, with its dates.
    Preserved,
    /// Notice of action taken.
    Action,
    /// Request for clarification.
    Clarification,
    /// Notice that the request cannot be executed, with reasons.
    Refusal,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 5] = [
        ReplyKind::Receipt,
        ReplyKind::Preserved,
        ReplyKind::Action,
        ReplyKind::Clarification,
        ReplyKind::Refusal,
    ];

    /// Its code, as templates and stored drafts write it.
    pub fn code(self) -> &'static str {
        match self {
            ReplyKind::Receipt => "receipt",
            ReplyKind::Preserved => "preserved",
            ReplyKind::Action => "action",
            ReplyKind::Clarification => "clarification",
            ReplyKind::Refusal => "refusal",
        }
    }

    pub fn from_code(code: &str) -> Option<ReplyKind> {
        ReplyKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The items this kind of answer must hold beyond [`REPLY_ITEMS`]: (path, kind).
    pub fn items(self) -> &'static [(&'static str, ItemKind)] {
        match self {
            ReplyKind::Preserved => &[
                (REPLY_PRESERVED_ON, ItemKind::Date),
                (REPLY_ENDS_ON, ItemKind::Date),
            ],
            ReplyKind::Refusal => &[(REPLY_REASONS, ItemKind::Ticks)],
            _ => &[],
        }
    }
}

/// The items every reply template holds, where the app fills in the request answered and reads
/// the answer: (path, kind).
pub const REPLY_ITEMS: &[(&str, ItemKind)] = &[
    (REPLY_DATE, ItemKind::Date),
    (REPLY_REFERENCE, ItemKind::Text),
    (REPLY_REQUEST_REFERENCE, ItemKind::Text),
    (REPLY_REQUEST_DATE, ItemKind::Date),
    (REPLY_REQUEST_AUTHORITY, ItemKind::Text),
    (REPLY_REQUEST_FINGERPRINT, ItemKind::Text),
];
pub const REPLY_DATE: &str = "date.date";
pub const REPLY_REFERENCE: &str = "reference.reference";
pub const REPLY_REQUEST_REFERENCE: &str = "request.reference";
pub const REPLY_REQUEST_DATE: &str = "request.date";
pub const REPLY_REQUEST_AUTHORITY: &str = "request.authority";
pub const REPLY_REQUEST_FINGERPRINT: &str = "request.fingerprint";
pub const REPLY_PRESERVED_ON: &str = "preservation.preserved-on";
pub const REPLY_ENDS_ON: &str = "preservation.ends-on";
pub const REPLY_REASONS: &str = "reasons.reasons";

/// A check spanning several items, by answer path.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Rule {
    /// The date or date-time at `from` is not after the one at `to`.
    DatesInOrder { from: String, to: String },
    /// A warning when the country at `country` is the United States and the tick at `below`
    /// ("the damage is below the equivalent of USD 5,000") is ticked: US authorities generally
    /// decline to execute requests about smaller damage. The user compares in any currency; the
    /// app converts nothing.
    UsDamageThreshold { country: String, below: String },
    /// A warning when a period is longer than `days`: over-broad requests are refused. `range`
    /// is a time range (checked at `range.from`/`range.to`) or an identifier list (each row's own
    /// period). The threshold is the template's; the reason is in the item's hint.
    PeriodAtMost { range: String, days: u32 },
    /// A warning when the answer at `path` is empty: not required by the instrument, but requests
    /// without it are often refused (the item's hint says why).
    Recommended { path: String },
    /// The answer at `path` is required while the condition `when` holds (same form as an item's
    /// `when`), e.g. the provider's name and address on the Protocol's Article 9 route.
    RequiredWhen { path: String, when: String },
    /// The answers at `first` and `second` say the same thing twice (a date, a reference): a
    /// warning when both are given and differ.
    Agree { first: String, second: String },
    /// While the condition `when` holds, the condition `then` must hold too (an error at the
    /// path of `then`), e.g. a follow-up to a preservation request says preservation was sought.
    Implies { when: String, then: String },
}

/// What a tick box says when it is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Meaning {
    /// A request or a statement ("please do not notify the user"): printed only when ticked, and
    /// left out of the PDF otherwise, so that nothing is printed that the user did not say.
    Request,
    /// A question ("is the investigative authority different?"): printed with "Yes" or "No".
    Question,
}

/// A numbered section, e.g. "3 Requesting authority".
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Section {
    pub id: String,
    /// Number as printed, following the T-CY templates ("1", "2", …).
    pub number: String,
    /// Fluent ID of the heading. A section without a heading holds exactly one item, printed
    /// under the section's own number (T-CY numbers single fields such as "1 Date" this way).
    pub heading: Option<String>,
    /// The addressee of a request to a service provider: the provider picker is offered above
    /// this section, for a request of this purpose, and fills its items named in
    /// [`PROVIDER_ITEMS`] from the profile picked.
    pub provider: Option<crate::provider::Purpose>,
    /// The picker is offered only while this condition holds (same form as an item's `when`),
    /// e.g. the emergency template's channel is the provider's own.
    pub provider_when: Option<String>,
    #[serde(rename = "item", default)]
    pub items: Vec<Item>,
}

/// The items a section with a provider picker may hold, which the picker fills: (item id, the
/// kind it must be). `name` (the legal entity) is required; the others are filled when present.
pub const PROVIDER_ITEMS: &[(&str, ItemKind)] = &[
    ("name", ItemKind::Text),
    ("service", ItemKind::Text),
    ("country", ItemKind::Country),
    ("address", ItemKind::LongText),
    ("portal", ItemKind::Url),
    ("email", ItemKind::Email),
];

/// One question of a section.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    /// Fluent ID of the label; a `.hint` attribute on it is the help text when `hint` is set.
    pub label: String,
    #[serde(default)]
    pub hint: bool,
    #[serde(default)]
    pub required: bool,
    /// For free text: whether the answer is translated for the other document language
    /// (`false` for names, references and the like, which read the same in both).
    #[serde(default = "yes")]
    pub translate: bool,
    /// For `choice` (exactly one) and `ticks` (any number): the options.
    #[serde(rename = "option", default)]
    pub options: Vec<ChoiceOption>,
    /// For `group`: the fields of each row.
    #[serde(rename = "field", default)]
    pub fields: Vec<Item>,
    /// Shown (and checked) only when this condition holds: `path` of a tick box or a ticked
    /// option (`section.item.option`), or `path=option` for a choice (`path=a|b`: one of these
    /// options); clauses joined by ` & ` must all hold.
    pub when: Option<String>,
    /// For `tick` (required): what the tick says, which decides whether it is printed unticked.
    /// For `ticks` and `choice` (optional, `request` only): the options are requests or
    /// statements, and only those ticked (or picked) are printed.
    pub meaning: Option<Meaning>,
    /// `false` for the requester's own notes (the date a preservation was executed, a threshold
    /// check): shown and checked in the app, never printed in the request.
    #[serde(default = "yes")]
    pub printed: bool,
}

fn yes() -> bool {
    true
}

/// The kinds of item a template can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// One line of free text.
    Text,
    /// Several lines of free text.
    LongText,
    /// A calendar date, stored as `YYYY-MM-DD`.
    Date,
    /// A date and time with its UTC offset, stored as `YYYY-MM-DDTHH:MM[:SS]±HH:MM`.
    DateTime,
    /// A time range: date-times at `path.from` and `path.to`.
    TimeRange,
    /// An e-mail address.
    Email,
    /// A telephone number in international (E.164) form, `+995 32 000 00 00`.
    Phone,
    /// A web address.
    Url,
    /// A country, stored as its ISO 3166-1 alpha-2 code.
    Country,
    /// An amount at `path` and its ISO 4217 currency at `path.currency`.
    Money,
    /// A UTC offset, stored as `+03:00`.
    TimeZone,
    /// Exactly one of the item's options.
    Choice,
    /// Any number of the item's options, each a tick box at `path.option`.
    Ticks,
    /// A single tick box.
    Tick,
    /// Repeatable rows of the item's fields: row ids in order at `path`, each field at
    /// `path.row.field`.
    Group,
    /// Repeatable typed identifiers (IP address with source port and time, e-mail, phone,
    /// account, user name, URL, domain, device), each with an optional time range.
    Identifiers,
}

impl ItemKind {
    /// Whether the answer is free text that is translated for the other document language.
    pub fn is_free_text(self) -> bool {
        matches!(self, ItemKind::Text | ItemKind::LongText)
    }

    /// Whether the item holds rows.
    pub fn is_repeatable(self) -> bool {
        matches!(self, ItemKind::Group | ItemKind::Identifiers)
    }
}

/// An option of a `choice` item; may carry a detail box shown when it is picked.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    /// A text box shown when the option is picked, at `option path.detail`.
    pub detail: Option<Detail>,
    /// For the route choice: the legal basis of `templates/bases.toml` this option rests on,
    /// when its id is not itself one (the Protocol's Article 9 and 10 routes: `protocol2`).
    pub basis: Option<String>,
    /// For `ticks`: ticking this option ("none of the above") unticks every other.
    #[serde(default)]
    pub exclusive: bool,
}

/// A text box attached to a choice option (e.g. the previous request's reference).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Detail {
    pub label: String,
    #[serde(default)]
    pub required: bool,
    /// Whether the detail is translated for the other document language, as for an item
    /// (`false` for a reference number, which reads the same in both).
    #[serde(default = "yes")]
    pub translate: bool,
}

/// What is wrong with a template file.
#[derive(Debug, Error, PartialEq)]
pub enum TemplateError {
    #[error("template is not valid TOML for the template format: {0}")]
    Syntax(String),
    #[error("{path}: id {id:?} must match [a-z0-9-]+")]
    BadId { path: String, id: String },
    #[error("{path}: id {id:?} is used twice")]
    DuplicateId { path: String, id: String },
    #[error("{path}: {message:?} is not a valid Fluent message ID")]
    BadMessageId { path: String, message: String },
    #[error("{path}: a choice needs at least two options")]
    TooFewOptions { path: String },
    #[error("{path}: a section without a heading must hold exactly one item")]
    HeadlessSection { path: String },
    #[error("{path}: only a choice or ticks can have options")]
    OptionsOnNonChoice { path: String },
    #[error("{path}: only a group has fields, and a group needs at least one")]
    Fields { path: String },
    #[error("{path}: a group's field cannot be a group, identifiers or a time range")]
    NestedRepeat { path: String },
    #[error("{path}: condition {when:?} names no tick box, option or choice before it")]
    BadCondition { path: String, when: String },
    #[error("{path}: a tick must say whether it is a request or a question (meaning), and only a tick or ticks can")]
    Meaning { path: String },
    #[error("{path}: a section with a provider picker needs a heading and a text item `name`, and its items `service`, `country`, `address`, `portal`, `email` must be of the kinds the picker fills")]
    ProviderSection { path: String },
    #[error("route {path:?} is not a choice")]
    BadRoute { path: String },
    #[error("rule {index}: condition {when:?} names no tick box, option or choice")]
    BadRuleCondition { index: usize, when: String },
    #[error("rule {index}: {path:?} is not an item of kind {expected}")]
    BadRulePath {
        index: usize,
        path: String,
        expected: &'static str,
    },
    #[error("section {path:?}: the signature block is shared by every template (templates/signature.toml)")]
    Reserved { path: String },
    #[error("an answer ({kind}) needs the item {path:?} of kind {expected:?}, and no route or request key")]
    ReplyItems {
        kind: &'static str,
        path: &'static str,
        expected: ItemKind,
    },
    #[error("template {template:?} not found")]
    Unknown { template: String },
}

/// Parses and checks a template file (TOML).
pub fn parse_template(source: &str) -> Result<Template, TemplateError> {
    let template: Template =
        toml::from_str(source).map_err(|e| TemplateError::Syntax(e.message().to_string()))?;
    let template = with_signature(template)?;
    template.check()?;
    Ok(template)
}

/// Parses and checks a template as embedded by the build (its TOML converted to JSON).
pub fn parse_template_json(json: &str) -> Result<Template, TemplateError> {
    // Through a JSON value, as drafts are read: one JSON parser in the app's WebAssembly.
    let value = serde_json::from_slice(json.as_bytes())
        .map_err(|e: serde_json::Error| TemplateError::Syntax(e.to_string()))?;
    with_signature(template_from_value(value)?)
}

/// Reads and checks a template already parsed as JSON, without the shared signature block: a
/// template pack's own, whose messages are checked before `with_signature` adds the block.
pub fn template_from_value(value: serde_json::Value) -> Result<Template, TemplateError> {
    let template: Template =
        serde_json::from_value(value).map_err(|e| TemplateError::Syntax(e.to_string()))?;
    template.check()?;
    Ok(template)
}

// SIGNATURE: templates/signature.toml as JSON, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/signature.rs"));

/// The id of the signature section every template ends with ([`with_signature`]).
pub const SIGNATURE_SECTION: &str = "signature";

/// The template with the signature block of `templates/signature.toml` appended, defined once
/// for every request type and numbered after the template's last section ("17" → "18"). A
/// template may not define a section of that id itself.
pub fn with_signature(mut template: Template) -> Result<Template, TemplateError> {
    if template.sections.iter().any(|s| s.id == SIGNATURE_SECTION) {
        return Err(TemplateError::Reserved {
            path: SIGNATURE_SECTION.to_string(),
        });
    }
    // Read as templates are (through a JSON value, into the sections' own reader), so that no
    // second copy of that reader is compiled into the app.
    let sections: Vec<Section> = serde_json::from_slice(SIGNATURE.as_bytes())
        .and_then(|mut file: serde_json::Value| serde_json::from_value(file["section"].take()))
        .map_err(|e| TemplateError::Syntax(e.to_string()))?;
    let last = template
        .sections
        .iter()
        .filter_map(|s| s.number.split('.').next()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    for mut section in sections {
        section.number = (last + 1).to_string();
        template.sections.push(section);
    }
    Ok(template)
}

/// Whether `s` may be a template's id (and so a file name): `[a-z0-9-]+`, at most 64 bytes.
pub fn is_template_id(s: &str) -> bool {
    s.len() <= 64 && is_id(s)
}

/// The clauses of a condition (`a & b=x|y`), each the targets any of which makes it hold: a
/// tick box or ticked option `path`, or `path=option` for each option named.
fn condition_clauses(when: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    when.split('&')
        .map(str::trim)
        .map(|clause| match clause.split_once('=') {
            Some((path, options)) => options
                .split('|')
                .map(|option| format!("{}={}", path.trim(), option.trim()))
                .collect(),
            None => vec![clause.to_string()],
        })
}

/// Every target a condition names.
fn condition_targets(when: &str) -> impl Iterator<Item = String> + '_ {
    condition_clauses(when).flatten()
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_message_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Template {
    fn check(&self) -> Result<(), TemplateError> {
        check_id(&self.id, &self.id)?;
        for message in [&self.title, &self.legal_basis] {
            check_message(&self.id, message)?;
        }
        let mut sections = BTreeSet::new();
        // Condition targets defined so far: tick boxes, ticks options, `choice=option`.
        let mut targets = BTreeSet::new();
        for section in &self.sections {
            let path = section.id.clone();
            check_id(&path, &section.id)?;
            unique(&mut sections, &path, &section.id)?;
            match &section.heading {
                Some(heading) => check_message(&path, heading)?,
                None if section.items.len() != 1 => {
                    return Err(TemplateError::HeadlessSection { path })
                }
                None => {}
            }
            if (section.provider.is_some() && !provider_section_ok(section))
                || (section.provider.is_none() && section.provider_when.is_some())
            {
                return Err(TemplateError::ProviderSection { path });
            }
            if let Some(when) = &section.provider_when {
                if !targets.contains(when) {
                    return Err(TemplateError::BadCondition {
                        path,
                        when: when.clone(),
                    });
                }
            }
            let mut items = BTreeSet::new();
            for item in &section.items {
                let path = item_path(section, item);
                unique(&mut items, &path, &item.id)?;
                if let Some(when) = &item.when {
                    if !condition_targets(when).all(|t| targets.contains(&t)) {
                        return Err(TemplateError::BadCondition {
                            path,
                            when: when.clone(),
                        });
                    }
                }
                check_item(item, &path, false)?;
                match item.kind {
                    ItemKind::Tick => {
                        targets.insert(path.clone());
                    }
                    ItemKind::Ticks => {
                        targets.extend(item.options.iter().map(|o| format!("{path}.{}", o.id)));
                    }
                    ItemKind::Choice => {
                        targets.extend(item.options.iter().map(|o| format!("{path}={}", o.id)));
                    }
                    _ => {}
                }
            }
        }
        if let Some(kind) = self.reply {
            for (path, expected) in REPLY_ITEMS.iter().chain(kind.items()) {
                if self.route.is_some()
                    || self.request.is_some()
                    || !self.item(path).is_some_and(|i| i.kind == *expected)
                {
                    return Err(TemplateError::ReplyItems {
                        kind: kind.code(),
                        path,
                        expected: *expected,
                    });
                }
            }
        }
        if let Some(route) = &self.route {
            if !self.item(route).is_some_and(|i| i.kind == ItemKind::Choice) {
                return Err(TemplateError::BadRoute {
                    path: route.clone(),
                });
            }
        }
        const ANY: &[ItemKind] = &[
            ItemKind::Text,
            ItemKind::LongText,
            ItemKind::Date,
            ItemKind::DateTime,
            ItemKind::Email,
            ItemKind::Phone,
            ItemKind::Url,
            ItemKind::Country,
            ItemKind::Money,
            ItemKind::TimeZone,
            ItemKind::Choice,
            ItemKind::Tick,
        ];
        for (index, rule) in self.rules.iter().enumerate() {
            let conditions: Vec<&String> = match rule {
                Rule::RequiredWhen { when, .. } => vec![when],
                Rule::Implies { when, then } => vec![when, then],
                _ => vec![],
            };
            for when in conditions {
                if !condition_targets(when).all(|t| targets.contains(&t)) {
                    return Err(TemplateError::BadRuleCondition {
                        index,
                        when: when.clone(),
                    });
                }
            }
            let paths: &[(&String, &[ItemKind], &'static str)] = match rule {
                Rule::DatesInOrder { from, to } => &[
                    (
                        from,
                        &[ItemKind::Date, ItemKind::DateTime],
                        "date or date-time",
                    ),
                    (
                        to,
                        &[ItemKind::Date, ItemKind::DateTime],
                        "date or date-time",
                    ),
                ],
                Rule::UsDamageThreshold { country, below } => &[
                    (country, &[ItemKind::Country], "country"),
                    (below, &[ItemKind::Tick], "tick"),
                ],
                Rule::PeriodAtMost { range, .. } => &[(
                    range,
                    &[ItemKind::TimeRange, ItemKind::Identifiers],
                    "time range or identifiers",
                )],
                Rule::Recommended { path } | Rule::RequiredWhen { path, .. } => {
                    &[(path, ANY, "single answer")]
                }
                Rule::Agree { first, second } => &[
                    (first, ANY, "single answer"),
                    (second, ANY, "single answer"),
                ],
                Rule::Implies { .. } => &[],
            };
            for (path, kinds, expected) in paths {
                let found = self
                    .item(path)
                    .is_some_and(|item| kinds.contains(&item.kind));
                if !found {
                    return Err(TemplateError::BadRulePath {
                        index,
                        path: path.to_string(),
                        expected,
                    });
                }
            }
        }
        Ok(())
    }

    /// Every Fluent message ID the template refers to, in document order.
    pub fn message_ids(&self) -> Vec<&str> {
        fn item_ids<'a>(item: &'a Item, ids: &mut Vec<&'a str>) {
            ids.push(&item.label);
            for option in &item.options {
                ids.push(&option.label);
                if let Some(detail) = &option.detail {
                    ids.push(&detail.label);
                }
            }
            for field in &item.fields {
                item_ids(field, ids);
            }
        }
        let mut ids = vec![self.title.as_str(), self.legal_basis.as_str()];
        for section in &self.sections {
            ids.extend(section.heading.as_deref());
            for item in &section.items {
                item_ids(item, &mut ids);
            }
        }
        ids
    }

    /// The items with their answer paths (`section.item`) and printed numbers ("5.2", or "1"
    /// for the single item of a section without a heading).
    pub fn items(&self) -> impl Iterator<Item = (&Section, &Item, String, String)> {
        self.sections.iter().flat_map(|section| {
            section.items.iter().enumerate().map(move |(i, item)| {
                (
                    section,
                    item,
                    item_path(section, item),
                    item_number(section, i),
                )
            })
        })
    }

    /// The top-level item at an answer path.
    pub fn item(&self, path: &str) -> Option<&Item> {
        self.items()
            .find(|(_, _, p, _)| p == path)
            .map(|(_, item, _, _)| item)
    }
}

fn check_item(item: &Item, path: &str, in_group: bool) -> Result<(), TemplateError> {
    check_id(path, &item.id)?;
    check_message(path, &item.label)?;
    let path = path.to_string();
    match (item.kind, item.options.len()) {
        (ItemKind::Choice, n) if n < 2 => return Err(TemplateError::TooFewOptions { path }),
        (ItemKind::Ticks, 0) => return Err(TemplateError::TooFewOptions { path }),
        (ItemKind::Choice | ItemKind::Ticks, _) | (_, 0) => {}
        _ => return Err(TemplateError::OptionsOnNonChoice { path }),
    }
    if (item.kind == ItemKind::Group) == item.fields.is_empty() {
        return Err(TemplateError::Fields { path });
    }
    if in_group && (item.kind.is_repeatable() || item.kind == ItemKind::TimeRange) {
        return Err(TemplateError::NestedRepeat { path });
    }
    // A tick says what it means; a list may be a list of requests; nothing else has a meaning.
    let meaning_fits = matches!(
        (item.kind, item.meaning),
        (ItemKind::Tick, Some(_))
            | (ItemKind::Ticks | ItemKind::Choice, Some(Meaning::Request))
            | (ItemKind::Ticks | ItemKind::Choice, None)
    ) || (item.meaning.is_none() && item.kind != ItemKind::Tick);
    if !meaning_fits {
        return Err(TemplateError::Meaning { path });
    }
    if in_group && item.when.is_some() {
        return Err(TemplateError::BadCondition {
            path,
            when: item.when.clone().unwrap_or_default(),
        });
    }
    let mut options = BTreeSet::new();
    for option in &item.options {
        let path = format!("{path}.{}", option.id);
        check_id(&path, &option.id)?;
        unique(&mut options, &path, &option.id)?;
        check_message(&path, &option.label)?;
        if let Some(detail) = &option.detail {
            check_message(&path, &detail.label)?;
        }
    }
    let mut fields = BTreeSet::new();
    for field in &item.fields {
        let path = format!("{path}.{}", field.id);
        unique(&mut fields, &path, &field.id)?;
        check_item(field, &path, true)?;
    }
    Ok(())
}

/// The printed number of a section's item at `index`: "5.2", or the section's own number for the
/// single item of a section without a heading.
pub fn item_number(section: &Section, index: usize) -> String {
    match section.heading {
        Some(_) => format!("{}.{}", section.number, index + 1),
        None => section.number.clone(),
    }
}

/// The printed number of the row at `index` of a repeatable item numbered `item_number`: "10.2".
pub fn row_number(item_number: &str, index: usize) -> String {
    format!("{item_number}.{}", index + 1)
}

/// The answer path of an item: `section.item`.
pub fn item_path(section: &Section, item: &Item) -> String {
    format!("{}.{}", section.id, item.id)
}

/// The answer path of an option: `section.item.option` (for `ticks`, where its tick is kept).
pub fn option_path(item_path: &str, option: &ChoiceOption) -> String {
    format!("{item_path}.{}", option.id)
}

/// The answer path of an option's detail box: `section.item.option.detail`.
pub fn detail_path(item_path: &str, option: &ChoiceOption) -> String {
    format!("{item_path}.{}.detail", option.id)
}

/// The answer path of a field of a row of a group: `section.item.row.field`.
pub fn row_path(item_path: &str, row: &str, field: &str) -> String {
    format!("{item_path}.{row}.{field}")
}

/// Whether a section with a provider picker has a heading (the picker sits under it), a text
/// item `name`, and the picker's other items of the kinds it fills.
fn provider_section_ok(section: &Section) -> bool {
    let kind = |id: &str| section.items.iter().find(|i| i.id == id).map(|i| i.kind);
    section.heading.is_some()
        && kind("name") == Some(ItemKind::Text)
        && PROVIDER_ITEMS
            .iter()
            .all(|(id, k)| kind(id).is_none_or(|found| found == *k))
}

fn check_id(path: &str, id: &str) -> Result<(), TemplateError> {
    if is_id(id) {
        Ok(())
    } else {
        Err(TemplateError::BadId {
            path: path.to_string(),
            id: id.to_string(),
        })
    }
}

fn check_message(path: &str, message: &str) -> Result<(), TemplateError> {
    if is_message_id(message) {
        Ok(())
    } else {
        Err(TemplateError::BadMessageId {
            path: path.to_string(),
            message: message.to_string(),
        })
    }
}

fn unique(seen: &mut BTreeSet<String>, path: &str, id: &str) -> Result<(), TemplateError> {
    if seen.insert(id.to_string()) {
        Ok(())
    } else {
        Err(TemplateError::DuplicateId {
            path: path.to_string(),
            id: id.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
id = "t"
version = 1
title = "t-title"
legal-basis = "t-basis"
[[section]]
id = "s"
number = "1"
heading = "t-s-heading"
[[section.item]]
id = "status"
kind = "choice"
label = "t-s-status"
[[section.item.option]]
id = "new"
label = "t-s-status-new"
[[section.item.option]]
id = "extension"
label = "t-s-status-extension"
detail = { label = "t-s-status-previous", required = true }
"#;

    #[test]
    fn parses_a_minimal_template() {
        let t = parse_template(MINIMAL).unwrap();
        assert_eq!(t.sections[0].items[0].options.len(), 2);
        let (_, _, path, number) = t.items().next().unwrap();
        assert_eq!((path.as_str(), number.as_str()), ("s.status", "1.1"));
        assert!(t.message_ids().contains(&"t-s-status-previous"));
    }

    #[test]
    fn every_tick_says_whether_it_is_a_request_or_a_question() {
        let tick = |meaning: &str| {
            format!("{MINIMAL}[[section.item]]\nid = \"notify\"\nkind = \"tick\"\nlabel = \"t-n\"\n{meaning}")
        };
        assert!(matches!(
            parse_template(&tick("")),
            Err(TemplateError::Meaning { .. })
        ));
        for meaning in ["meaning = \"request\"\n", "meaning = \"question\"\n"] {
            assert!(parse_template(&tick(meaning)).is_ok(), "{meaning}");
        }
        // A list may be a list of requests, never a question; other kinds have no meaning.
        let list = MINIMAL.replace(
            "label = \"t-s-status\"\n",
            "label = \"t-s-status\"\nmeaning = \"request\"\n",
        );
        assert!(parse_template(&list).is_ok());
        for wrong in [
            MINIMAL.replace(
                "label = \"t-s-status\"\n",
                "label = \"t-s-status\"\nmeaning = \"question\"\n",
            ),
            format!("{MINIMAL}[[section.item]]\nid = \"x\"\nkind = \"text\"\nlabel = \"t-x\"\nmeaning = \"request\"\n"),
        ] {
            assert!(matches!(
                parse_template(&wrong),
                Err(TemplateError::Meaning { .. })
            ));
        }
    }

    #[test]
    fn a_route_is_a_choice() {
        let routed = MINIMAL.replace(
            "legal-basis = \"t-basis\"\n",
            "legal-basis = \"t-basis\"\nroute = \"s.status\"\n",
        );
        assert!(parse_template(&routed).is_ok());
        let wrong = MINIMAL.replace(
            "legal-basis = \"t-basis\"\n",
            "legal-basis = \"t-basis\"\nroute = \"s.nothing\"\n",
        );
        assert!(matches!(
            parse_template(&wrong),
            Err(TemplateError::BadRoute { .. })
        ));
    }

    #[test]
    fn rejects_a_bad_item_id() {
        let src = MINIMAL.replace("id = \"status\"", "id = \"Status\"");
        assert!(matches!(
            parse_template(&src),
            Err(TemplateError::BadId { .. })
        ));
    }

    #[test]
    fn rejects_a_duplicate_option() {
        let src = MINIMAL.replace("id = \"extension\"", "id = \"new\"");
        assert!(matches!(
            parse_template(&src),
            Err(TemplateError::DuplicateId { .. })
        ));
    }

    #[test]
    fn rejects_a_choice_with_one_option() {
        let cut = MINIMAL
            .find("[[section.item.option]]\nid = \"extension\"")
            .unwrap();
        assert!(matches!(
            parse_template(&MINIMAL[..cut]),
            Err(TemplateError::TooFewOptions { .. })
        ));
    }

    #[test]
    fn a_provider_picker_needs_a_heading_a_name_and_the_kinds_it_fills() {
        let with = |items: &str, heading: bool| {
            let heading = if heading { "heading = \"t-p\"\n" } else { "" };
            format!(
                "{MINIMAL}[[section]]\nid = \"p\"\nnumber = \"2\"\n{heading}provider = \"records\"\n{items}"
            )
        };
        let item = |id: &str, kind: &str| {
            format!("[[section.item]]\nid = \"{id}\"\nkind = \"{kind}\"\nlabel = \"t-{id}\"\n")
        };
        let good = format!("{}{}", item("name", "text"), item("address", "long-text"));
        let t = parse_template(&with(&good, true)).unwrap();
        assert_eq!(
            t.sections[1].provider,
            Some(crate::provider::Purpose::Records)
        );
        assert_eq!(parse_template(MINIMAL).unwrap().sections[0].provider, None);
        for (items, heading) in [
            (item("name", "text"), false),
            (item("address", "long-text"), true),
            (
                format!("{}{}", item("name", "text"), item("portal", "text")),
                true,
            ),
        ] {
            assert!(
                matches!(
                    parse_template(&with(&items, heading)),
                    Err(TemplateError::ProviderSection { .. })
                ),
                "{items}"
            );
        }
        assert!(matches!(
            parse_template(&with(&good, true).replace("\"records\"", "\"gossip\"")),
            Err(TemplateError::Syntax(_))
        ));
        // Offered only while a condition holds: a condition on an item before it.
        let when = |w: &str| {
            with(&good, true).replace(
                "provider = ",
                &format!("provider-when = \"{w}\"\nprovider = "),
            )
        };
        let t = parse_template(&when("s.status=extension")).unwrap();
        assert_eq!(
            t.sections[1].provider_when.as_deref(),
            Some("s.status=extension")
        );
        assert!(matches!(
            parse_template(&when("s.status=gone")),
            Err(TemplateError::BadCondition { .. })
        ));
        let without = when("s.status=new").replace("provider = \"records\"\n", "");
        assert!(matches!(
            parse_template(&without),
            Err(TemplateError::ProviderSection { .. })
        ));
    }

    #[test]
    fn a_headless_section_holds_one_item() {
        let src = MINIMAL.replace("heading = \"t-s-heading\"\n", "");
        let t = parse_template(&src).unwrap();
        assert_eq!(t.items().next().unwrap().3, "1");
        let two = format!("{src}[[section.item]]\nid = \"x\"\nkind = \"text\"\nlabel = \"t-x\"\n");
        assert!(matches!(
            parse_template(&two),
            Err(TemplateError::HeadlessSection { .. })
        ));
    }

    #[test]
    fn rejects_options_on_text() {
        let src = MINIMAL.replace("kind = \"choice\"", "kind = \"text\"");
        assert!(matches!(
            parse_template(&src),
            Err(TemplateError::OptionsOnNonChoice { .. })
        ));
    }

    #[test]
    fn rejects_unknown_fields_and_display_text() {
        let src = MINIMAL.replace("version = 1", "version = 1\nlabel-en = \"Status\"");
        assert!(matches!(
            parse_template(&src),
            Err(TemplateError::Syntax(_))
        ));
        let src = MINIMAL.replace("\"t-title\"", "\"Request for preservation\"");
        assert!(matches!(
            parse_template(&src),
            Err(TemplateError::BadMessageId { .. })
        ));
    }
}
