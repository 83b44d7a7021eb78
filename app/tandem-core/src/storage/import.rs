//! Reading untrusted draft files: a stored entry, an imported file, a backup's entry. Pure
//! functions from bytes to a result; each refusal is a distinct [`ImportError`] with a Fluent
//! message ID. Checked in order: size, nesting (by a byte scanner, before any parser runs),
//! JSON, format version (older ones migrated), id, template, languages, answers, other fields.

use serde_json::{Map, Value as Json};
use thiserror::Error;

use crate::draft::{Draft, FORMAT, MAX_BYTES};
use crate::envelope::{Envelope, TAG};
use crate::lang::Lang;
use crate::migrate;

/// Deepest nesting of arrays and objects accepted in a draft file.
pub const MAX_DEPTH: usize = 32;

/// Longest draft id: ids become local storage keys and file names.
pub const MAX_ID_LEN: usize = 64;

/// Why a file could not be read as a draft.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error("the file nests deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is not a Tandem draft")]
    NotDraft,
    #[error("the draft has no known format version")]
    UnknownFormat,
    #[error("the draft was written by a newer version of Tandem (format {0})")]
    NewerFormat(u64),
    #[error("the draft id is missing or not 1-{MAX_ID_LEN} letters, digits, '-' or '_'")]
    BadId,
    #[error("unknown template {0:?}")]
    UnknownTemplate(String),
    #[error("the document languages are not two known language codes")]
    BadLangs,
    #[error("the answers are not an object")]
    BadAnswers,
    #[error("the field {0} has the wrong type")]
    BadField(&'static str),
    #[error("the draft is locked with a passphrase")]
    Locked,
}

impl ImportError {
    /// The Fluent message that explains the error to the user (`$field` for `BadField`).
    pub fn message_id(&self) -> &'static str {
        match self {
            ImportError::TooLarge => "import-too-large",
            ImportError::TooDeep => "import-too-deep",
            ImportError::NotJson(_) | ImportError::NotDraft => "import-not-draft",
            ImportError::UnknownFormat => "import-unknown-format",
            ImportError::NewerFormat(_) => "import-newer-format",
            ImportError::BadId => "import-bad-id",
            ImportError::UnknownTemplate(_) => "import-unknown-template",
            ImportError::BadLangs => "import-bad-langs",
            ImportError::BadAnswers => "import-bad-answers",
            ImportError::BadField(_) => "import-bad-field",
            ImportError::Locked => "import-locked",
        }
    }
}

/// A draft written by a newer version of Tandem: it can be shown and exported, never saved over
/// (the type offers no way back to an editable draft under the same id).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadOnly(Draft);

impl ReadOnly {
    /// The draft as read; its `format` is the newer one.
    pub fn draft(&self) -> &Draft {
        &self.0
    }

    /// An editable copy under a new id, in this version's format, starting at revision 0;
    /// fields this version does not know are kept as they are.
    pub fn copy_as(&self, id: &str) -> Draft {
        Draft {
            format: FORMAT,
            id: id.to_string(),
            revision: 0,
            ..self.0.clone()
        }
    }

    /// The same draft under the id it is stored as (see [`crate::lock::Key::open`]).
    pub(crate) fn stored_as(mut self, id: &str) -> ReadOnly {
        self.0.id = id.to_string();
        self
    }
}

/// What a draft file or stored entry holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// A draft of this format (older ones migrated): editable.
    Draft(Draft),
    /// A draft of a newer format: show it, never overwrite it.
    ReadOnly(ReadOnly),
    /// A draft locked with a passphrase ([`crate::lock`]).
    Locked(Envelope),
}

/// Reads a draft file or stored entry.
pub fn open(bytes: &[u8]) -> Result<Opened, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let value = parse_json(bytes, MAX_DEPTH)?;
    open_value(value)
}

/// Reads an editable draft: like [`open`], but a newer format or a locked draft is an error.
pub fn parse(bytes: &[u8]) -> Result<Draft, ImportError> {
    match open(bytes)? {
        Opened::Draft(draft) => Ok(draft),
        Opened::ReadOnly(read_only) => Err(ImportError::NewerFormat(u64::from(
            read_only.draft().format,
        ))),
        Opened::Locked(_) => Err(ImportError::Locked),
    }
}

/// Parses JSON after checking with a byte scanner that it nests no deeper than `max_depth`.
pub(crate) fn parse_json(bytes: &[u8], max_depth: usize) -> Result<Json, ImportError> {
    if depth(bytes) > max_depth {
        return Err(ImportError::TooDeep);
    }
    serde_json::from_slice(bytes).map_err(|e| ImportError::NotJson(e.to_string()))
}

/// The deepest nesting of `[` and `{` outside strings (escapes respected). Unbalanced input
/// is measured as far as it goes; the JSON parser then rejects it.
pub(crate) fn depth(bytes: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    deepest
}

/// Reads a parsed draft file or stored entry (size and nesting already checked).
pub(crate) fn open_value(value: Json) -> Result<Opened, ImportError> {
    let Json::Object(mut object) = value else {
        return Err(ImportError::NotDraft);
    };
    if object.contains_key(TAG) {
        return Envelope::from_object(object)
            .map(Opened::Locked)
            .map_err(|_| ImportError::NotDraft);
    }
    let format = match object.get("format") {
        Some(Json::Number(n)) => n.as_u64().filter(|&f| f > 0),
        _ => None,
    }
    .ok_or(ImportError::UnknownFormat)?;
    if format > u64::from(FORMAT) {
        // Read what this version understands; if even that fails, say it is newer.
        return check_fields(&object)
            .ok()
            .and_then(|()| serde_json::from_value(Json::Object(object)).ok())
            .map(|draft| Opened::ReadOnly(ReadOnly(draft)))
            .ok_or(ImportError::NewerFormat(format));
    }
    migrate::migrate(&mut object, format as u32);
    check_fields(&object)?;
    // Every field was checked above; a failure here would still be an error, never a panic.
    serde_json::from_value(Json::Object(object))
        .map(Opened::Draft)
        .map_err(|_| ImportError::NotDraft)
}

/// Checks the type of every field a draft has, so that each wrong one has its own error.
fn check_fields(object: &Map<String, Json>) -> Result<(), ImportError> {
    match object.get("id") {
        Some(Json::String(id)) if is_safe_id(id) => {}
        _ => return Err(ImportError::BadId),
    }
    match object.get("template") {
        // Whether this version offers the request type is the app's question (its list of
        // request types, `backup::import`): a stored draft of one it does not offer is kept.
        Some(Json::String(id)) if crate::template::is_template_id(id) => {}
        Some(Json::String(id)) => {
            return Err(ImportError::UnknownTemplate(
                id.chars().take(MAX_ID_LEN).collect(),
            ))
        }
        _ => return Err(ImportError::BadField("template")),
    }
    match object.get("langs") {
        Some(Json::Array(langs))
            if langs.len() == 2
                && langs
                    .iter()
                    .all(|l| l.as_str().and_then(Lang::from_code).is_some()) => {}
        _ => return Err(ImportError::BadLangs),
    }
    match object.get("answers") {
        None | Some(Json::Object(_)) => {}
        _ => return Err(ImportError::BadAnswers),
    }
    let u32_ok = |v: &Json| v.as_u64().is_some_and(|n| u32::try_from(n).is_ok());
    if !object.get("template_version").is_some_and(u32_ok) {
        return Err(ImportError::BadField("template_version"));
    }
    if !object.get("modified").is_none_or(Json::is_string) {
        return Err(ImportError::BadField("modified"));
    }
    if !object.get("revision").is_none_or(Json::is_u64) {
        return Err(ImportError::BadField("revision"));
    }
    if let Some(tracking) = object.get("tracking") {
        serde_json::from_value::<crate::tracking::Tracking>(tracking.clone())
            .map_err(|_| ImportError::BadField("tracking"))?;
    }
    Ok(())
}

/// Whether `id` may name a draft: 1 to [`MAX_ID_LEN`] ASCII letters, digits, `-` or `_`
/// (ids become local storage keys and file names).
pub fn is_safe_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A free id for a copy of draft `id`: `<id>-copy`, then `<id>-copy2`, … (shortened to stay a
/// safe id), the first one `taken` says is free.
pub fn copy_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    let base: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(MAX_ID_LEN - "-copy".len() - 20)
        .collect();
    (1u64..)
        .map(|n| match n {
            1 => format!("{base}-copy"),
            n => format!("{base}-copy{n}"),
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn base() -> Json {
        json!({"format": FORMAT, "id": "d1", "template": "art29-preservation",
            "template_version": 1, "langs": ["en", "ru"], "answers": {"reference.reference": "PR-1"},
            "modified": "", "revision": 3})
    }

    fn with(field: &str, value: Json) -> Vec<u8> {
        let mut v = base();
        v[field] = value;
        v.to_string().into_bytes()
    }

    fn nested(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn a_good_draft_opens() {
        let d = parse(base().to_string().as_bytes()).unwrap();
        assert_eq!((d.id.as_str(), d.revision), ("d1", 3));
        assert_eq!(d.text("reference.reference"), "PR-1");
    }

    #[test]
    fn each_kind_of_bad_file_has_its_own_error() {
        use ImportError::*;
        let cases: Vec<(Vec<u8>, ImportError)> = vec![
            (vec![b' '; MAX_BYTES + 1], TooLarge),
            (nested(MAX_DEPTH + 1).into_bytes(), TooDeep),
            (b"{\"format\": 2,".to_vec(), NotJson(String::new())),
            (b"[1, 2]".to_vec(), NotDraft),
            (with("format", json!("2")), UnknownFormat),
            (with("format", json!(0)), UnknownFormat),
            (with("format", json!(99)), NewerFormat(99)),
            (with("id", json!("../../etc")), BadId),
            (with("id", json!("a".repeat(MAX_ID_LEN + 1))), BadId),
            (with("id", json!(7)), BadId),
            (
                with("template", json!("Art 99/x")),
                UnknownTemplate("Art 99/x".into()),
            ),
            (with("template", json!(["art29"])), BadField("template")),
            (with("langs", json!(["en"])), BadLangs),
            (with("langs", json!(["en", "xx"])), BadLangs),
            (with("langs", json!("en,ru")), BadLangs),
            (with("answers", json!(["a"])), BadAnswers),
            (
                with("template_version", json!(-1)),
                BadField("template_version"),
            ),
            (with("modified", json!(1)), BadField("modified")),
            (with("revision", json!(1.5)), BadField("revision")),
        ];
        for (bytes, expected) in cases {
            let got = parse(&bytes).unwrap_err();
            match (&got, &expected) {
                (NotJson(_), NotJson(_)) => {}
                _ => assert_eq!(got, expected),
            }
        }
    }

    #[test]
    fn the_nesting_scanner_ignores_brackets_in_strings_and_escapes() {
        assert_eq!(depth(br#"{"a": "[[[[\"{{{", "b": [[1]]}"#), 3);
        assert_eq!(depth(br#"["\\", [[]]]"#), 3);
        assert_eq!(depth(b"]]]][["), 2);
        assert!(parse_json(nested(MAX_DEPTH).as_bytes(), MAX_DEPTH).is_ok());
        let deep_in_a_string = format!("{{\"a\": \"{}\"}}", "[".repeat(1000));
        assert!(parse_json(deep_in_a_string.as_bytes(), MAX_DEPTH).is_ok());
    }

    #[test]
    fn a_newer_draft_opens_read_only_and_copies_under_a_new_id() {
        let newer = with("format", json!(FORMAT + 1));
        let Ok(Opened::ReadOnly(read_only)) = open(&newer) else {
            panic!("not read-only")
        };
        assert_eq!(read_only.draft().format, FORMAT + 1);
        let copy = read_only.copy_as("d1-copy");
        assert_eq!((copy.format, copy.revision), (FORMAT, 0));
        assert_eq!(copy.answers, read_only.draft().answers);
        assert_eq!(
            parse(&newer),
            Err(ImportError::NewerFormat(u64::from(FORMAT) + 1))
        );
        // A newer draft this version cannot even read is still refused, never guessed at.
        let mut unreadable = base();
        unreadable["format"] = json!(FORMAT + 1);
        unreadable["langs"] = json!({"a": "en"});
        assert_eq!(
            open(unreadable.to_string().as_bytes()),
            Err(ImportError::NewerFormat(u64::from(FORMAT) + 1))
        );
    }

    #[test]
    fn ids_are_restricted_and_copies_find_a_free_one() {
        assert!(is_safe_id("19a8f3c2b10e4f2a1c"));
        assert!(is_safe_id("fixture-art29_complete"));
        for bad in ["", "a b", "a/b", "a.b", "é", "<x>"] {
            assert!(!is_safe_id(bad), "{bad:?}");
        }
        assert_eq!(copy_id("d1", |_| false), "d1-copy");
        assert_eq!(
            copy_id("d1", |id| id == "d1-copy" || id == "d1-copy2"),
            "d1-copy3"
        );
        let long = "x".repeat(MAX_ID_LEN);
        assert!(is_safe_id(&copy_id(&long, |id| !id.ends_with("copy99999"))));
    }
}
