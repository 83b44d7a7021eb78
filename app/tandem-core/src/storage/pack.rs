//! Template packs: a request form an authority adds without rebuilding anything — one JSON file
//! holding a template, its messages in each language it is written in, and who issued it
//! (`templates/README.md`, "Template packs"). The file is untrusted: [`check`] is the one reader,
//! run by the browser when a file is chosen and by `tandem pack` before it writes one, and it
//! refuses, each reason its own [`PackError`] with a Fluent message and the offending ID or
//! limit: size and nesting (before any parser runs), JSON, format version, metadata, template
//! structure and item kinds, languages, then each language's messages — Fluent syntax, plain
//! text only (no markup, no function, no term), every ID in the pack's namespace
//! (`<pack id>-`), every ID the template uses present.
//!
//! The namespace is what keeps a pack from changing the app's own wording: a pack's messages are
//! added to the same Fluent bundle as the app's, so a pack id may not start with the first word
//! of any of the app's message IDs ([`RESERVED`], which a test keeps complete), and every
//! message of the pack starts with its id and a hyphen.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use serde_json::{Map, Value as Json};
use thiserror::Error;

use crate::import::{parse_json, ImportError};
use crate::l10n::Arg;
use crate::lang::Lang;
use crate::template::{
    is_template_id, template_from_value, with_signature, Template, TemplateError,
};

/// The pack format written by this version of Tandem (`"format"` in the file).
pub const FORMAT: u32 = 1;

/// Largest pack file accepted.
pub const MAX_BYTES: usize = 1024 * 1024;

/// Deepest nesting of arrays and objects accepted in a pack file.
pub const MAX_DEPTH: usize = 16;

/// Deepest nesting of placeables (`{ … }`) in a message; the app's own go three deep.
pub const MAX_FLUENT_DEPTH: usize = 8;

/// Longest pack id (it becomes a storage key, a file name and every message's prefix).
pub const MAX_ID_LEN: usize = 40;

/// Longest metadata text (issuer, source), in characters.
pub const MAX_META_CHARS: usize = 300;

/// Most messages in one language.
pub const MAX_MESSAGES: usize = 500;

/// Longest message (value and attributes' source), in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// The first word (up to the first hyphen) of every message ID of the app and of its built-in
/// templates, and a few kept for the app's future use: a pack id may not start with one, so no
/// pack message can ever have an app message's ID.
pub const RESERVED: &[&str] = &[
    "app",
    "art29",
    "art31",
    "backup",
    "basis",
    "country",
    "draft",
    "emergency",
    "export",
    "form",
    "guide",
    "home",
    "identifier",
    "import",
    "lang",
    "lock",
    "packs",
    "pdf",
    "preservation",
    "provider",
    "received",
    "reply",
    "request",
    "requests",
    "signature",
    "stats",
    "storage",
    "tandem",
    "template",
    "tracking",
    "validation",
];

/// The item kinds a pack's template may use: every kind of [`crate::ItemKind`].
const KINDS: &[&str] = &[
    "text",
    "long-text",
    "date",
    "date-time",
    "time-range",
    "email",
    "phone",
    "url",
    "country",
    "money",
    "time-zone",
    "choice",
    "ticks",
    "tick",
    "group",
    "identifiers",
];

/// A checked template pack. The file's fields, as `tandem pack` writes them (templates/README.md,
/// "Template packs"): `format`, `id`, `version`, `issuer`, `source`, `date`, `languages`,
/// `template` (as `tandem template build` writes it) and `messages` (the Fluent text of each
/// language, by language code); no other.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// The pack's id: the template's id, and the prefix of every message (`<id>-`).
    pub id: String,
    /// The pack's version: a newer one replaces an older after a confirmation.
    pub version: u32,
    /// The authority that issued the form, as it writes its name.
    pub issuer: String,
    /// Where the form comes from (a law, a circular, an agreement), as the issuer says.
    pub source: String,
    /// The date the form was issued, `YYYY-MM-DD`.
    pub date: String,
    /// The languages the form is written in (at least two); the first is used where the
    /// interface language is not one of them.
    pub languages: Vec<Lang>,
    /// The template.
    pub template: Template,
    /// The Fluent text of each language (`locales/<lang>.ftl` of the pack folder).
    pub messages: BTreeMap<Lang, String>,
}

/// The fields of a pack file.
const FIELDS: &[&str] = &[
    "format",
    "id",
    "version",
    "issuer",
    "source",
    "date",
    "languages",
    "template",
    "messages",
];

impl Pack {
    /// The messages of a language, or of the pack's first language when it lacks this one.
    pub fn messages_for(&self, lang: Lang) -> &str {
        self.messages
            .get(&lang)
            .or_else(|| self.messages.get(&self.languages[0]))
            .map_or("", String::as_str)
    }

    /// Whether the pack is written in this language.
    pub fn covers(&self, lang: Lang) -> bool {
        self.languages.contains(&lang)
    }
}

/// Why a file is not an acceptable pack. Each has its own message ([`PackError::message_id`]).
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum PackError {
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("the file nests deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("the file is not a Tandem template pack: {0}")]
    NotPack(String),
    #[error("the pack states no known format version")]
    UnknownFormat,
    #[error("the pack was written for a newer version of Tandem (format {0})")]
    NewerFormat(u64),
    #[error("the pack's field {0} is missing, empty, too long or of the wrong type")]
    BadField(&'static str),
    #[error("the pack id {0:?} is not 1-{MAX_ID_LEN} characters [a-z0-9-]")]
    BadId(String),
    #[error("the pack id {0:?} is taken by the app's own request types or messages")]
    ReservedId(String),
    #[error("the pack id {id:?} and its template's id {template:?} differ")]
    TemplateId { id: String, template: String },
    #[error("the template is not valid at {path}: {detail}")]
    BadTemplate { path: String, detail: String },
    #[error("the template uses an unknown item kind {0:?}")]
    UnknownKind(String),
    #[error("the language {0:?} is not supported or named twice")]
    BadLang(String),
    #[error("the pack must declare at least two languages")]
    FewLangs,
    #[error("the pack has no messages for {0}, or messages for a language it does not declare")]
    MessagesMissing(String),
    #[error("{lang}: Fluent syntax error on line {line}")]
    Syntax { lang: String, line: usize },
    #[error("{lang}: message {id:?} is missing")]
    MissingMessage { id: String, lang: String },
    #[error("message {id:?} is outside the pack's namespace {prefix:?}")]
    OutsideNamespace { id: String, prefix: String },
    #[error("{lang}: message {id:?} contains markup")]
    Markup { id: String, lang: String },
    #[error("{lang}: message {id:?} uses a function or a term")]
    Function { id: String, lang: String },
    #[error("{lang}: message {id:?} is longer than {MAX_MESSAGE_CHARS} characters")]
    TextTooLong { id: String, lang: String },
    #[error("more than {MAX_MESSAGES} messages in one language")]
    TooMany,
}

/// An argument of a refusal's message: the offending text, or a number (a limit, a line, a
/// format version), so that a translation may select on it.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageArg {
    Text(String),
    Number(f64),
}

impl MessageArg {
    /// The argument as the catalog takes it.
    pub fn arg(&self) -> Arg<'_> {
        match self {
            MessageArg::Text(s) => Arg::Str(s),
            MessageArg::Number(n) => Arg::Num(*n),
        }
    }
}

impl PackError {
    /// The Fluent message that explains the error to the user, with its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, MessageArg)>) {
        let s = |v: &str| MessageArg::Text(v.to_string());
        let n = |v: usize| MessageArg::Number(v as f64);
        match self {
            PackError::TooLarge => ("packs-too-large", vec![("limit", n(MAX_BYTES / 1024))]),
            PackError::TooDeep => ("packs-too-deep", vec![("limit", n(MAX_DEPTH))]),
            PackError::NotPack(_) => ("packs-not-pack", vec![]),
            PackError::UnknownFormat => ("packs-unknown-format", vec![]),
            PackError::NewerFormat(f) => (
                "packs-newer-format",
                vec![("format", MessageArg::Number(*f as f64))],
            ),
            PackError::BadField(field) => ("packs-bad-field", vec![("field", s(field))]),
            PackError::BadId(id) => ("packs-bad-id", vec![("id", s(id))]),
            PackError::ReservedId(id) => ("packs-reserved-id", vec![("id", s(id))]),
            PackError::TemplateId { id, template } => (
                "packs-template-id",
                vec![("id", s(id)), ("template", s(template))],
            ),
            PackError::BadTemplate { path, .. } => ("packs-bad-template", vec![("path", s(path))]),
            PackError::UnknownKind(kind) => ("packs-unknown-kind", vec![("kind", s(kind))]),
            PackError::BadLang(lang) => ("packs-bad-lang", vec![("lang", s(lang))]),
            PackError::FewLangs => ("packs-few-langs", vec![]),
            PackError::MessagesMissing(lang) => ("packs-messages-missing", vec![("lang", s(lang))]),
            PackError::Syntax { lang, line } => {
                ("packs-syntax", vec![("lang", s(lang)), ("line", n(*line))])
            }
            PackError::MissingMessage { id, lang } => (
                "packs-missing-message",
                vec![("id", s(id)), ("lang", s(lang))],
            ),
            PackError::OutsideNamespace { id, prefix } => (
                "packs-outside-namespace",
                vec![("id", s(id)), ("prefix", s(prefix))],
            ),
            PackError::Markup { id, lang } => {
                ("packs-markup", vec![("id", s(id)), ("lang", s(lang))])
            }
            PackError::Function { id, lang } => {
                ("packs-function", vec![("id", s(id)), ("lang", s(lang))])
            }
            PackError::TextTooLong { id, lang } => (
                "packs-text-too-long",
                vec![
                    ("id", s(id)),
                    ("lang", s(lang)),
                    ("limit", n(MAX_MESSAGE_CHARS)),
                ],
            ),
            PackError::TooMany => ("packs-too-many", vec![("limit", n(MAX_MESSAGES))]),
        }
    }
}

/// Whether `id` may be a pack's id: a template id of at most [`MAX_ID_LEN`] bytes that starts
/// with a letter and whose first word is not [`RESERVED`].
pub fn is_pack_id(id: &str) -> bool {
    is_template_id(id)
        && id.len() <= MAX_ID_LEN
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
}

/// Whether a valid pack id is taken by the app (its first word is reserved).
pub fn is_reserved(id: &str) -> bool {
    let first = id.split('-').next().unwrap_or(id);
    RESERVED.contains(&first)
}

/// Reads and checks a pack file: the one check of the browser and of `tandem pack`.
pub fn check(bytes: &[u8]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_BYTES {
        return Err(PackError::TooLarge);
    }
    let value = parse_json(bytes, MAX_DEPTH).map_err(|e| match e {
        ImportError::TooDeep => PackError::TooDeep,
        e => PackError::NotPack(e.to_string()),
    })?;
    let Json::Object(mut object) = value else {
        return Err(PackError::NotPack("not an object".into()));
    };
    let format = match object.get("format") {
        Some(Json::Number(n)) => n.as_u64().ok_or(PackError::UnknownFormat)?,
        _ => return Err(PackError::UnknownFormat),
    };
    if format > u64::from(FORMAT) {
        return Err(PackError::NewerFormat(format));
    }
    if format != u64::from(FORMAT) {
        return Err(PackError::UnknownFormat);
    }
    if let Some(key) = object.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(PackError::NotPack(format!("unknown field {key}")));
    }
    let id = text_field(&mut object, "id", MAX_ID_LEN)?;
    if !is_pack_id(&id) {
        return Err(PackError::BadId(id));
    }
    if is_reserved(&id) {
        return Err(PackError::ReservedId(id));
    }
    let version = match object.get("version") {
        Some(Json::Number(n)) => n.as_u64().and_then(|v| u32::try_from(v).ok()),
        _ => None,
    };
    let version = version
        .filter(|v| *v > 0)
        .ok_or(PackError::BadField("version"))?;
    let issuer = text_field(&mut object, "issuer", MAX_META_CHARS)?;
    let source = text_field(&mut object, "source", MAX_META_CHARS)?;
    let date = text_field(&mut object, "date", 10)?;
    if crate::format::parse_date(&date).is_none() {
        return Err(PackError::BadField("date"));
    }
    let template = object.remove("template").unwrap_or_default();
    check_kinds(&template)?;
    let template = template_from_value(template).map_err(|e| PackError::BadTemplate {
        path: template_path(&e),
        detail: e.to_string(),
    })?;
    if template.id != id {
        return Err(PackError::TemplateId {
            id,
            template: template.id,
        });
    }
    let Some(Json::Array(codes)) = object.remove("languages") else {
        return Err(PackError::BadField("languages"));
    };
    let mut languages = Vec::new();
    for code in &codes {
        let code = code.as_str().unwrap_or_default();
        match Lang::from_code(code) {
            Some(lang) if !languages.contains(&lang) => languages.push(lang),
            _ => return Err(PackError::BadLang(code.chars().take(20).collect())),
        }
    }
    if languages.len() < 2 {
        return Err(PackError::FewLangs);
    }
    let Some(Json::Object(texts)) = object.remove("messages") else {
        return Err(PackError::BadField("messages"));
    };
    let mut messages = BTreeMap::new();
    for (code, text) in texts {
        let lang = Lang::from_code(&code)
            .filter(|l| languages.contains(l))
            .ok_or_else(|| PackError::MessagesMissing(code.chars().take(20).collect()))?;
        let Json::String(text) = text else {
            return Err(PackError::BadField("messages"));
        };
        messages.insert(lang, text);
    }
    let prefix = format!("{id}-");
    let used = template.message_ids();
    if let Some(outside) = used.iter().find(|m| !m.starts_with(&prefix)) {
        return Err(PackError::OutsideNamespace {
            id: outside.to_string(),
            prefix,
        });
    }
    for lang in &languages {
        let text = messages
            .get(lang)
            .ok_or_else(|| PackError::MessagesMissing(lang.code().to_string()))?;
        let defined = check_messages(*lang, text, &prefix)?;
        if let Some(missing) = used.iter().find(|m| !defined.contains(**m)) {
            return Err(PackError::MissingMessage {
                id: missing.to_string(),
                lang: lang.code().to_string(),
            });
        }
    }
    drop(used);
    // The shared signature block ends every request, a pack's too; its messages are the app's
    // own (signature.ftl), so it is added only after the pack's messages were checked.
    let template = with_signature(template).map_err(|e| PackError::BadTemplate {
        path: template_path(&e),
        detail: e.to_string(),
    })?;
    Ok(Pack {
        id,
        version,
        issuer,
        source,
        date,
        languages,
        template,
        messages,
    })
}

/// A text field of the pack's top level, taken out: present, not blank, at most `max`
/// characters.
fn text_field(
    object: &mut Map<String, Json>,
    field: &'static str,
    max: usize,
) -> Result<String, PackError> {
    match object.remove(field) {
        Some(Json::String(s)) if !s.trim().is_empty() && s.chars().count() <= max => Ok(s),
        _ => Err(PackError::BadField(field)),
    }
}

/// Every `kind` of the template's items and fields is one the app knows (said before the
/// template reader reports it as a bare syntax error).
fn check_kinds(template: &Json) -> Result<(), PackError> {
    fn items(value: &Json) -> Result<(), PackError> {
        let Some(list) = value.as_array() else {
            return Ok(());
        };
        for item in list {
            match item.get("kind") {
                Some(Json::String(kind)) if !KINDS.contains(&kind.as_str()) => {
                    return Err(PackError::UnknownKind(kind.clone()))
                }
                _ => {}
            }
            if let Some(fields) = item.get("field") {
                items(fields)?;
            }
        }
        Ok(())
    }
    if let Some(sections) = template.get("section").and_then(Json::as_array) {
        for section in sections {
            if let Some(list) = section.get("item") {
                items(list)?;
            }
        }
    }
    Ok(())
}

/// Where in the template a structural error is (its path, or the file for a syntax error).
fn template_path(e: &TemplateError) -> String {
    match e {
        TemplateError::BadId { path, .. }
        | TemplateError::DuplicateId { path, .. }
        | TemplateError::BadMessageId { path, .. }
        | TemplateError::TooFewOptions { path }
        | TemplateError::HeadlessSection { path }
        | TemplateError::OptionsOnNonChoice { path }
        | TemplateError::Fields { path }
        | TemplateError::NestedRepeat { path }
        | TemplateError::BadCondition { path, .. }
        | TemplateError::Meaning { path }
        | TemplateError::ProviderSection { path }
        | TemplateError::BadRoute { path }
        | TemplateError::Reserved { path } => path.clone(),
        TemplateError::ReplyItems { path, .. } => path.to_string(),
        TemplateError::BadRuleCondition { index, .. }
        | TemplateError::BadRulePath { index, .. } => {
            format!("rule {}", index + 1)
        }
        TemplateError::Syntax(detail) => detail.clone(),
        TemplateError::Unknown { template } => template.clone(),
    }
}

/// Checks one language's Fluent text: it parses, holds messages only (and comments), each in the
/// namespace, plain text only, within the limits. Returns the IDs it defines.
fn check_messages(lang: Lang, source: &str, prefix: &str) -> Result<BTreeSet<String>, PackError> {
    let code = || lang.code().to_string();
    // The Fluent parser descends into nested placeables: their depth is bounded before it runs.
    if brace_depth(source) > MAX_FLUENT_DEPTH {
        return Err(PackError::TooDeep);
    }
    // A syntax error leaves the entry it is in as junk: its first line is the one named.
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut ids = BTreeSet::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                if !id.starts_with(prefix) {
                    return Err(PackError::OutsideNamespace {
                        id: id.to_string(),
                        prefix: prefix.to_string(),
                    });
                }
                let mut chars = 0;
                let patterns = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value));
                for pattern in patterns {
                    plain(pattern, prefix, &mut chars).map_err(|bad| match bad {
                        Bad::Markup => PackError::Markup {
                            id: id.to_string(),
                            lang: code(),
                        },
                        Bad::Function => PackError::Function {
                            id: id.to_string(),
                            lang: code(),
                        },
                    })?;
                }
                if chars > MAX_MESSAGE_CHARS {
                    return Err(PackError::TextTooLong {
                        id: id.to_string(),
                        lang: code(),
                    });
                }
                ids.insert(id.to_string());
                if ids.len() > MAX_MESSAGES {
                    return Err(PackError::TooMany);
                }
            }
            ast::Entry::Term(term) => {
                return Err(PackError::Function {
                    id: format!("-{}", term.id.name),
                    lang: code(),
                })
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            ast::Entry::Junk { content } => {
                let offset = content.as_ptr() as usize - source.as_ptr() as usize;
                return Err(PackError::Syntax {
                    lang: code(),
                    line: line_of(source, offset),
                });
            }
        }
    }
    Ok(ids)
}

/// The deepest nesting of `{` in a Fluent text (unbalanced text is measured as far as it goes).
fn brace_depth(source: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for b in source.bytes() {
        match b {
            b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The line (from 1) of a byte offset in `source`.
fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// What makes a message more than plain text.
enum Bad {
    Markup,
    Function,
}

/// A pattern is plain text: text with no markup tag, variables, literals, references to the
/// pack's own messages, and selections among such patterns; no function, no term.
fn plain(pattern: &ast::Pattern<&str>, prefix: &str, chars: &mut usize) -> Result<(), Bad> {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                *chars += value.chars().count();
                if has_markup(value) {
                    return Err(Bad::Markup);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                plain_expression(expression, prefix, chars)?
            }
        }
    }
    Ok(())
}

fn plain_expression(
    expression: &ast::Expression<&str>,
    prefix: &str,
    chars: &mut usize,
) -> Result<(), Bad> {
    match expression {
        ast::Expression::Inline(inline) => plain_inline(inline, prefix, chars),
        ast::Expression::Select { selector, variants } => {
            plain_inline(selector, prefix, chars)?;
            for variant in variants {
                plain(&variant.value, prefix, chars)?;
            }
            Ok(())
        }
    }
}

fn plain_inline(
    inline: &ast::InlineExpression<&str>,
    prefix: &str,
    chars: &mut usize,
) -> Result<(), Bad> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            *chars += value.chars().count();
            if has_markup(value) {
                Err(Bad::Markup)
            } else {
                Ok(())
            }
        }
        ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::VariableReference { .. } => Ok(()),
        // A reference to a message: only to the pack's own (an app message is the app's wording).
        ast::InlineExpression::MessageReference { id, .. } if id.name.starts_with(prefix) => Ok(()),
        ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::FunctionReference { .. }
        | ast::InlineExpression::TermReference { .. } => Err(Bad::Function),
        ast::InlineExpression::Placeable { expression } => {
            plain_expression(expression, prefix, chars)
        }
    }
}

/// Whether a text holds something a browser or PDF reader could take for markup: `<` followed
/// by a letter, `/`, `!` or `?` (a tag, a closing tag, a comment or a declaration).
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn template() -> Json {
        json!({
            "id": "xa-subscriber", "version": 1,
            "title": "xa-subscriber-title", "legal-basis": "xa-subscriber-basis",
            "section": [{
                "id": "case", "number": "1", "heading": "xa-subscriber-case",
                "item": [
                    {"id": "reference", "kind": "text", "label": "xa-subscriber-reference",
                     "required": true, "translate": false},
                    {"id": "facts", "kind": "long-text", "label": "xa-subscriber-facts"}
                ]
            }]
        })
    }

    const EN: &str = "xa-subscriber-title = Request for subscriber data\n\
        xa-subscriber-basis = Under the law of the requesting State\n\
        xa-subscriber-case = The case\n\
        xa-subscriber-reference = Reference\n\
        xa-subscriber-facts = Facts\n    .hint = In short\n";

    const FR: &str = "xa-subscriber-title = Demande de données relatives aux abonnés\n\
        xa-subscriber-basis = En vertu du droit de l'État requérant\n\
        xa-subscriber-case = L'affaire\n\
        xa-subscriber-reference = Référence\n\
        xa-subscriber-facts = Faits\n    .hint = En bref\n";

    fn pack() -> Json {
        json!({
            "format": 1, "id": "xa-subscriber", "version": 2,
            "issuer": "Ministry of Justice", "source": "Circular 12/2026", "date": "2026-11-30",
            "languages": ["en", "fr"],
            "template": template(),
            "messages": {"en": EN, "fr": FR}
        })
    }

    fn checked(value: &Json) -> Result<Pack, PackError> {
        check(value.to_string().as_bytes())
    }

    #[test]
    fn a_sound_pack_is_read_with_its_metadata_and_messages() {
        let read = checked(&pack()).unwrap();
        assert_eq!(read.id, "xa-subscriber");
        assert_eq!(read.version, 2);
        assert_eq!(read.issuer, "Ministry of Justice");
        assert_eq!(read.source, "Circular 12/2026");
        assert_eq!(read.date, "2026-11-30");
        assert_eq!(read.languages, [Lang::En, Lang::Fr]);
        assert_eq!(read.template.id, "xa-subscriber");
        assert_eq!(read.messages_for(Lang::Fr), FR);
        // A language it lacks: its first.
        assert_eq!(read.messages_for(Lang::De), EN);
        assert!(read.covers(Lang::Fr) && !read.covers(Lang::De));
        let mut p = pack();
        p["extra"] = json!(1);
        assert!(matches!(checked(&p), Err(PackError::NotPack(_))));
    }

    #[test]
    fn limits_are_checked_before_any_parser_runs() {
        let big = vec![b' '; MAX_BYTES + 1];
        assert_eq!(check(&big), Err(PackError::TooLarge));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(check(deep.as_bytes()), Err(PackError::TooDeep));
        // Unbalanced: the scanner alone refuses it.
        assert_eq!(
            check("[".repeat(10_000).as_bytes()),
            Err(PackError::TooDeep)
        );
        assert!(matches!(check(b"not json"), Err(PackError::NotPack(_))));
        assert!(matches!(check(b"[1]"), Err(PackError::NotPack(_))));
    }

    #[test]
    fn the_format_version_is_checked() {
        let mut p = pack();
        p["format"] = json!(2);
        assert_eq!(checked(&p), Err(PackError::NewerFormat(2)));
        p["format"] = json!(0);
        assert_eq!(checked(&p), Err(PackError::UnknownFormat));
        p["format"] = json!("1");
        assert_eq!(checked(&p), Err(PackError::UnknownFormat));
    }

    #[test]
    fn metadata_is_checked_field_by_field() {
        for (field, bad) in [
            ("issuer", json!("")),
            ("issuer", json!("x".repeat(MAX_META_CHARS + 1))),
            ("source", json!(3)),
            ("date", json!("30.11.2026")),
            ("version", json!(0)),
            ("template", Json::Null),
        ] {
            let mut p = pack();
            p[field] = bad;
            let expected = if field == "template" {
                // Null is no template: the template reader says so.
                assert!(matches!(checked(&p), Err(PackError::BadTemplate { .. })));
                continue;
            } else {
                PackError::BadField(field)
            };
            assert_eq!(checked(&p), Err(expected), "{field}");
        }
        let mut p = pack();
        p.as_object_mut().unwrap().remove("issuer");
        assert_eq!(checked(&p), Err(PackError::BadField("issuer")));
    }

    #[test]
    fn a_pack_id_can_never_be_the_apps() {
        for (id, expected) in [
            (
                "art29-preservation",
                PackError::ReservedId("art29-preservation".into()),
            ),
            ("home", PackError::ReservedId("home".into())),
            ("tandem-form", PackError::ReservedId("tandem-form".into())),
            ("Xa", PackError::BadId("Xa".into())),
            ("xa-", PackError::BadId("xa-".into())),
            ("1xa", PackError::BadId("1xa".into())),
            ("../xa", PackError::BadId("../xa".into())),
        ] {
            let mut p = pack();
            p["id"] = json!(id);
            assert_eq!(checked(&p), Err(expected), "{id}");
        }
        let mut p = pack();
        p["id"] = json!("xa-other");
        assert_eq!(
            checked(&p),
            Err(PackError::TemplateId {
                id: "xa-other".into(),
                template: "xa-subscriber".into()
            })
        );
    }

    #[test]
    fn every_first_word_of_the_apps_messages_is_reserved() {
        for lang in [Lang::En] {
            for (file, source) in crate::registry::locale_files(lang) {
                for line in source.lines() {
                    let Some((id, _)) = line.split_once(" =") else {
                        continue;
                    };
                    if id.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        let first = id.split('-').next().unwrap();
                        assert!(
                            RESERVED.contains(&first),
                            "{file}: {id}: add {first:?} to RESERVED"
                        );
                    }
                }
            }
        }
        for id in crate::registry::TEMPLATE_IDS {
            assert!(is_reserved(id), "{id}");
        }
    }

    #[test]
    fn the_template_is_checked_and_its_kinds_known() {
        let mut p = pack();
        p["template"]["section"][0]["item"][0]["kind"] = json!("script");
        assert_eq!(checked(&p), Err(PackError::UnknownKind("script".into())));
        let mut p = pack();
        p["template"]["section"][0]["item"][1]["id"] = json!("reference");
        assert!(matches!(
            checked(&p),
            Err(PackError::BadTemplate { path, .. }) if path.contains("reference")
        ));
    }

    #[test]
    fn languages_are_known_distinct_at_least_two_and_all_have_messages() {
        let mut p = pack();
        p["languages"] = json!(["en", "xx"]);
        assert_eq!(checked(&p), Err(PackError::BadLang("xx".into())));
        p["languages"] = json!(["en", "en"]);
        assert_eq!(checked(&p), Err(PackError::BadLang("en".into())));
        p["languages"] = json!(["en"]);
        assert!(matches!(
            checked(&p),
            Err(PackError::FewLangs | PackError::MessagesMissing(_))
        ));
        p["messages"] = json!({"en": EN});
        assert_eq!(checked(&p), Err(PackError::FewLangs));
        let mut p = pack();
        p["languages"] = json!(["en", "fr", "de"]);
        assert_eq!(checked(&p), Err(PackError::MessagesMissing("de".into())));
    }

    fn with_fr(fr: &str) -> Result<Pack, PackError> {
        let mut p = pack();
        p["messages"]["fr"] = json!(fr);
        checked(&p)
    }

    #[test]
    fn every_message_the_template_uses_is_in_every_language() {
        let fr = FR.replace("xa-subscriber-case = L'affaire\n", "");
        assert_eq!(
            with_fr(&fr),
            Err(PackError::MissingMessage {
                id: "xa-subscriber-case".into(),
                lang: "fr".into()
            })
        );
    }

    #[test]
    fn messages_stay_in_the_packs_namespace() {
        let outside = |id: &str| PackError::OutsideNamespace {
            id: id.into(),
            prefix: "xa-subscriber-".into(),
        };
        assert_eq!(
            with_fr(&format!("{FR}home-start = Pirate\n")),
            Err(outside("home-start"))
        );
        assert_eq!(
            with_fr(&format!("{FR}xa-subscriberx = X\n")),
            Err(outside("xa-subscriberx"))
        );
        // The template itself naming an app message.
        let mut p = pack();
        p["template"]["title"] = json!("home-start");
        assert_eq!(checked(&p), Err(outside("home-start")));
    }

    #[test]
    fn messages_are_plain_text() {
        let markup = PackError::Markup {
            id: "xa-subscriber-case".into(),
            lang: "fr".into(),
        };
        let function = PackError::Function {
            id: "xa-subscriber-case".into(),
            lang: "fr".into(),
        };
        let with_case = |case: &str| {
            with_fr(&FR.replace(
                "xa-subscriber-case = L'affaire",
                &format!("xa-subscriber-case = {case}"),
            ))
        };
        assert_eq!(with_case("<b>L'affaire</b>"), Err(markup.clone()));
        assert_eq!(
            with_case("L'affaire <img src=x onerror=alert(1)>"),
            Err(markup.clone())
        );
        assert_eq!(with_case("a <!-- x -->"), Err(markup.clone()));
        assert_eq!(with_case("{ \"<script>\" }"), Err(markup.clone()));
        assert_eq!(with_case("{ NUMBER($n) }"), Err(function.clone()));
        assert_eq!(with_case("{ -brand }"), Err(function.clone()));
        assert_eq!(with_case("{ home-start }"), Err(function.clone()));
        assert_eq!(
            with_case("{ $basis ->\n  [x] { DATETIME($d) }\n *[other] y\n}"),
            Err(function)
        );
        // What plain text may hold: a comparison sign, variables, selections, own references.
        assert!(with_case("a < b, 3 > 2").is_ok());
        assert!(with_case("{ $basis ->\n  [x] X { xa-subscriber-title }\n *[other] Y\n}").is_ok());
        assert!(matches!(
            with_fr(&format!("{FR}-term = x\n")),
            Err(PackError::Function { .. })
        ));
        assert_eq!(
            with_case(&"x".repeat(MAX_MESSAGE_CHARS + 1)),
            Err(PackError::TextTooLong {
                id: "xa-subscriber-case".into(),
                lang: "fr".into()
            })
        );
    }

    #[test]
    fn deeply_nested_messages_are_refused_before_the_fluent_parser_runs() {
        let deep = format!(
            "{FR}xa-subscriber-x = {}x{}\n",
            "{ ".repeat(100_000),
            " }".repeat(100_000)
        );
        assert_eq!(with_fr(&deep), Err(PackError::TooDeep));
    }

    #[test]
    fn a_syntax_error_names_its_language_and_line() {
        assert_eq!(
            with_fr(&format!("{FR}xa-subscriber-x = {{ unclosed\n")),
            Err(PackError::Syntax {
                lang: "fr".into(),
                line: 7
            })
        );
    }

    #[test]
    fn too_many_messages_are_refused() {
        let mut fr = FR.to_string();
        for i in 0..=MAX_MESSAGES {
            fr.push_str(&format!("xa-subscriber-m{i} = x\n"));
        }
        assert_eq!(with_fr(&fr), Err(PackError::TooMany));
    }

    #[test]
    fn every_error_has_its_own_message() {
        let errors = [
            PackError::TooLarge,
            PackError::TooDeep,
            PackError::NotPack(String::new()),
            PackError::UnknownFormat,
            PackError::NewerFormat(2),
            PackError::BadField("issuer"),
            PackError::BadId(String::new()),
            PackError::ReservedId(String::new()),
            PackError::TemplateId {
                id: String::new(),
                template: String::new(),
            },
            PackError::BadTemplate {
                path: String::new(),
                detail: String::new(),
            },
            PackError::UnknownKind(String::new()),
            PackError::BadLang(String::new()),
            PackError::FewLangs,
            PackError::MessagesMissing(String::new()),
            PackError::Syntax {
                lang: String::new(),
                line: 1,
            },
            PackError::MissingMessage {
                id: String::new(),
                lang: String::new(),
            },
            PackError::OutsideNamespace {
                id: String::new(),
                prefix: String::new(),
            },
            PackError::Markup {
                id: String::new(),
                lang: String::new(),
            },
            PackError::Function {
                id: String::new(),
                lang: String::new(),
            },
            PackError::TextTooLong {
                id: String::new(),
                lang: String::new(),
            },
            PackError::TooMany,
        ];
        let catalog = crate::Catalog::new(&[Lang::En], false).unwrap();
        let mut ids = BTreeSet::new();
        for error in &errors {
            let (id, args) = error.message();
            assert!(ids.insert(id), "{id} twice");
            let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, v.arg())).collect();
            catalog.format(Lang::En, id, &args).unwrap();
        }
    }
}
