//! A request received: a request another authority made with Tandem, opened from its PDF (the
//! request as data it carries, [`crate::embedded`]) or from its draft file, and kept in this
//! browser as its own kind of entry, never a draft: `tandem.received.<fingerprint>`, so that
//! opening the same request twice keeps one. It is shown read-only ([`Received::draft`]) and
//! never saved over. The answers made to it are drafts of their own that name its fingerprint
//! ([`crate::reply::draft_for`]), so the entry is never written again; [`Received::replies`]
//! stays empty and is kept as stored.
//!
//! Which refusal says what is decided here too ([`refusal_of_import`], [`refusal_of_data`]):
//! the page only reads the file and shows the message.

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use serde_json::{Map, Value as Json};

use crate::draft::{Draft, MAX_BYTES};
use crate::embedded::{self, Embedded, EmbeddedError};
use crate::format::{self, When};
use crate::import::{parse_json, ImportError, MAX_DEPTH};
use crate::template::Template;

/// Format version of a stored request received.
pub const FORMAT: u64 = 1;

/// Prefix of the local storage keys of requests received (then the fingerprint).
pub const PREFIX: &str = "tandem.received.";

/// Largest file opened as a request received: a Tandem PDF with its fonts is a few megabytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The answer paths that say who asks, in the templates that have them.
const REFERENCE: &str = "reference.reference";
const AUTHORITY: &str = "requesting-authority.organisation";

/// Where a request received came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A PDF's data, whose printed fingerprint was checked against its answers.
    Pdf,
    /// A draft file: its fingerprint is computed here; nothing printed to check it against.
    DraftFile,
}

impl Source {
    fn code(self) -> &'static str {
        match self {
            Source::Pdf => "pdf",
            Source::DraftFile => "draft",
        }
    }
}

/// A request received, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    /// The request as its PDF carries it (as the draft file printed it, for a draft file).
    pub request: Embedded,
    pub source: Source,
    /// When it was opened in this browser (RFC 3339, UTC).
    pub received: String,
    /// Kept as stored (empty: the answers made to it are drafts naming its fingerprint).
    pub replies: Vec<Json>,
}

/// Why a stored request received could not be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ReceivedError {
    #[error("the entry is not a stored request received")]
    NotReceived,
    #[error("the entry was written by a newer version of Tandem (format {0})")]
    NewerFormat(u64),
    #[error(transparent)]
    Request(#[from] EmbeddedError),
}

impl Received {
    /// A request received now from a PDF's checked data.
    pub fn from_pdf(read: embedded::Read, now: &str) -> Received {
        Received {
            request: read.request,
            source: Source::Pdf,
            received: now.to_string(),
            replies: Vec::new(),
        }
    }

    /// A request received now from a draft file: what its PDF would carry.
    pub fn from_draft(template: &Template, draft: &Draft, now: &str) -> Received {
        Received {
            request: crate::document::embedded_of(template, draft),
            source: Source::DraftFile,
            received: now.to_string(),
            replies: Vec::new(),
        }
    }

    pub fn fingerprint(&self) -> String {
        self.request.fingerprint()
    }

    /// Its local storage key: one per request, whatever file it came from.
    pub fn key(&self) -> String {
        format!("{PREFIX}{}", self.fingerprint())
    }

    /// The stored text.
    pub fn write(&self) -> String {
        let request: Json =
            serde_json::from_str(&self.request.write()).unwrap_or(Json::Object(Map::new()));
        let mut out = Map::new();
        out.insert("format".into(), Json::from(FORMAT));
        out.insert("received".into(), Json::from(self.received.as_str()));
        out.insert("source".into(), Json::from(self.source.code()));
        out.insert("request".into(), request);
        out.insert("replies".into(), Json::Array(self.replies.clone()));
        Json::Object(out).to_string()
    }

    /// The reference number the request gives itself, if it has one.
    pub fn reference(&self) -> &str {
        self.answer(REFERENCE)
    }

    /// The requesting authority as the request names it, if it does.
    pub fn authority(&self) -> &str {
        self.answer(AUTHORITY)
    }

    fn answer(&self, path: &str) -> &str {
        self.request.text(path)
    }

    /// When it was received, if the stored time reads (the one date-time reader of the core,
    /// as a draft's `modified` is read: no second parser in the app shell).
    pub fn received_at(&self) -> Option<DateTime<Utc>> {
        match format::parse_date_time(&self.received) {
            Some(When::Zoned(t)) => Some(t.with_timezone(&Utc)),
            _ => None,
        }
    }

    /// When it was received in local time, `offset_minutes` ahead of UTC.
    pub fn received_local(&self, offset_minutes: i32) -> Option<NaiveDateTime> {
        self.received_at()
            .map(|t| t.naive_utc() + TimeDelta::minutes(i64::from(offset_minutes)))
    }

    /// The request as a draft, to show read-only (never stored): its answers, template and
    /// document languages, and the route picked (the data names it apart from the answers when
    /// its choice is not printed: the items that follow the legal basis depend on it); its id the
    /// storage key's last part. Printed again, it prints the same answers.
    pub fn draft(&self, template: &Template) -> Draft {
        let mut draft = Draft::new(&self.fingerprint(), template, self.request.langs);
        draft.template_version = self.request.template_version;
        draft.answers = self.request.answers.clone();
        if let Some(path) = &template.route {
            if self.request.route != "none" && !draft.answers.contains_key(path) {
                draft
                    .answers
                    .insert(path.clone(), Json::from(self.request.route.as_str()));
            }
        }
        draft.langs_chosen = [true, true];
        draft.modified = self.received.clone();
        draft
    }
}

/// The request type of a stored request received, read before its template is fetched (the
/// entry is checked in full once it is).
pub fn stored_template(text: &str) -> Option<String> {
    if text.len() > 2 * MAX_BYTES {
        return None;
    }
    let entry = parse_json(text.as_bytes(), MAX_DEPTH).ok()?;
    entry
        .get("request")?
        .get("template")?
        .as_str()
        .map(str::to_string)
}

/// Whether a local storage key is a request received's.
pub fn is_key(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// Reads a stored request received: its own format, then the request with every check of a
/// PDF's data (`templates`: the request types this browser has).
pub fn read(text: &[u8], templates: &[&str]) -> Result<Received, ReceivedError> {
    if text.len() > 2 * MAX_BYTES {
        return Err(ReceivedError::NotReceived);
    }
    let Ok(Json::Object(mut entry)) = parse_json(text, MAX_DEPTH) else {
        return Err(ReceivedError::NotReceived);
    };
    match entry.get("format").and_then(Json::as_u64) {
        Some(FORMAT) => {}
        Some(v) if v > FORMAT => return Err(ReceivedError::NewerFormat(v)),
        _ => return Err(ReceivedError::NotReceived),
    }
    let source = match entry.get("source").and_then(Json::as_str) {
        Some("pdf") => Source::Pdf,
        Some("draft") => Source::DraftFile,
        _ => return Err(ReceivedError::NotReceived),
    };
    let received = entry
        .get("received")
        .and_then(Json::as_str)
        .ok_or(ReceivedError::NotReceived)?
        .to_string();
    let replies = match entry.remove("replies") {
        Some(Json::Array(replies)) => replies,
        _ => return Err(ReceivedError::NotReceived),
    };
    let request = entry.remove("request").ok_or(ReceivedError::NotReceived)?;
    let read = embedded::read(request.to_string().as_bytes(), templates)?;
    Ok(Received {
        request: read.request,
        source,
        received,
        replies,
    })
}

/// The Fluent message of why a file read as a draft file is not opened as a request received.
pub fn refusal_of_import(e: &ImportError) -> &'static str {
    match e {
        ImportError::TooLarge => "received-refused-too-large",
        ImportError::NotJson(_) | ImportError::NotDraft => "received-refused-not-pdf",
        ImportError::NewerFormat(_) => "received-refused-newer",
        ImportError::UnknownTemplate(_) => "received-refused-unknown",
        ImportError::Locked => "received-refused-locked",
        _ => "received-refused-unreadable",
    }
}

/// The Fluent message of why the PDF worker found no request data in a file (its code:
/// `too-large`, `not-pdf`, `no-data`, anything else unreadable); `too-large` names
/// [`MAX_FILE_BYTES`] as `$limit`.
pub fn refusal_of_extract(code: &str) -> &'static str {
    match code {
        "too-large" => "received-refused-too-large",
        "not-pdf" => "received-refused-not-pdf",
        "no-data" => "received-refused-no-data",
        _ => "received-refused-unreadable",
    }
}

/// The Fluent message of why a PDF's data is not opened as a request received. A fingerprint
/// that does not match is refused, not shown with a warning: the data would not be what the
/// requesting authority printed and signed, and a point of contact must not act on it.
pub fn refusal_of_data(e: &EmbeddedError) -> &'static str {
    match e {
        EmbeddedError::Import(ImportError::TooLarge) => "received-refused-too-large",
        EmbeddedError::NewerFormat(_) => "received-refused-newer",
        EmbeddedError::UnknownTemplate(_) => "received-refused-unknown",
        EmbeddedError::FingerprintMismatch { .. } => "received-refused-fingerprint",
        _ => "received-refused-unreadable",
    }
}

/// What the screen says about the fingerprint: checked against the printed one, or computed.
pub fn fingerprint_message(source: Source) -> &'static str {
    match source {
        Source::Pdf => "received-fingerprint-checked",
        Source::DraftFile => "received-fingerprint-draft",
    }
}

/// The list of requests received, last received first (then by key, so it never flickers). An
/// insertion into place, as `summary::sorted` does, rather than a standard sort, whose code would
/// weigh kilobytes in the app shell for a list of a few dozen.
pub fn sorted(list: Vec<Received>) -> Vec<Received> {
    let mut out: Vec<(Option<DateTime<Utc>>, String, Received)> = Vec::with_capacity(list.len());
    for r in list {
        let (at, key) = (r.received_at(), r.key());
        let index = out.partition_point(|(a, k, _)| *a > at || (*a == at && *k <= key));
        out.insert(index, (at, key, r));
    }
    out.into_iter().map(|(_, _, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::registry::{self, TEMPLATE_IDS};

    fn request() -> Embedded {
        let template = registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d1", &template, [Lang::Ka, Lang::En]);
        for (path, value) in [
            ("reference.reference", " PR-7 "),
            ("requesting-authority.organisation", "Prosecutor's Office"),
            ("requesting-authority.organisation#b", "Prosecutor's Office"),
            ("executed.date", "2026-11-01"),
        ] {
            draft.answers.insert(path.into(), Json::from(value));
        }
        crate::document::embedded_of(&template, &draft)
    }

    fn received() -> Received {
        let read = embedded::read(request().write().as_bytes(), TEMPLATE_IDS).unwrap();
        Received::from_pdf(read, "2026-12-06T13:00:00Z")
    }

    #[test]
    fn each_code_of_the_pdf_worker_has_its_message() {
        assert_eq!(
            refusal_of_extract("too-large"),
            "received-refused-too-large"
        );
        assert_eq!(refusal_of_extract("not-pdf"), "received-refused-not-pdf");
        assert_eq!(refusal_of_extract("no-data"), "received-refused-no-data");
        assert_eq!(refusal_of_extract("?"), "received-refused-unreadable");
    }

    #[test]
    fn what_is_stored_reads_back_the_same_under_its_fingerprint() {
        let r = received();
        assert_eq!(read(r.write().as_bytes(), TEMPLATE_IDS).unwrap(), r);
        assert_eq!(r.key(), format!("tandem.received.{}", r.fingerprint()));
        assert!(is_key(&r.key()));
        assert!(!is_key("tandem.draft.x"));
        // The room for answers: kept as stored.
        let mut with_reply = r.clone();
        with_reply
            .replies
            .push(serde_json::json!({"kind": "receipt"}));
        assert_eq!(
            read(with_reply.write().as_bytes(), TEMPLATE_IDS).unwrap(),
            with_reply
        );
    }

    #[test]
    fn the_same_request_from_its_pdf_or_its_draft_file_is_one_entry() {
        let template = registry::template("art29-preservation").unwrap();
        let from_pdf = received();
        let draft = from_pdf.draft(&template);
        let from_file = Received::from_draft(&template, &draft, "2026-12-07T08:00:00Z");
        assert_eq!(from_file.key(), from_pdf.key());
        assert_eq!(from_file.source, Source::DraftFile);
    }

    #[test]
    fn the_list_line_names_the_reference_and_the_authority_and_never_a_note() {
        let r = received();
        assert_eq!(r.reference(), "PR-7");
        assert_eq!(r.authority(), "Prosecutor's Office");
        assert!(!r.request.answers.contains_key("executed.date"));
        assert_eq!(
            r.received_at().unwrap().to_rfc3339(),
            "2026-12-06T13:00:00+00:00"
        );
        assert_eq!(
            r.received_local(-90).unwrap().to_string(),
            "2026-12-06 11:30:00"
        );
        assert_eq!(
            stored_template(&r.write()).as_deref(),
            Some("art29-preservation")
        );
        assert_eq!(stored_template("{}"), None);
    }

    #[test]
    fn the_draft_shown_holds_the_answers_and_languages_of_the_request() {
        let template = registry::template("art29-preservation").unwrap();
        let r = received();
        let draft = r.draft(&template);
        assert_eq!(draft.answers, r.request.answers);
        assert_eq!(draft.langs, [Lang::Ka, Lang::En]);
        assert_eq!(draft.id, r.fingerprint());
    }

    /// For every complete fixture: the draft shown of the request its PDF carries prints again
    /// exactly that request (same answers, route, basis and fingerprint).
    #[test]
    fn every_complete_fixture_shown_as_received_prints_the_same_request() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/drafts");
        let mut seen = 0;
        for dir in std::fs::read_dir(root).unwrap() {
            let file = dir.unwrap().path().join("complete.json");
            let Ok(bytes) = std::fs::read(&file) else {
                continue;
            };
            let draft = crate::import::parse(&bytes).unwrap();
            let template = registry::template(&draft.template).unwrap();
            let sent = crate::document::embedded_of(&template, &draft);
            let read = embedded::read(sent.write().as_bytes(), TEMPLATE_IDS).unwrap();
            let r = Received::from_pdf(read, "2026-12-06T13:00:00Z");
            let again = crate::document::embedded_of(&template, &r.draft(&template));
            assert_eq!(again, sent, "{}", file.display());
            seen += 1;
        }
        assert!(seen >= 6);
    }

    #[test]
    fn a_stored_entry_is_checked_as_a_pdfs_data_is() {
        let r = received();
        let mut entry: Json = serde_json::from_str(&r.write()).unwrap();
        entry["request"]["answers"]["reference.reference"] = Json::from("PR-FORGED");
        assert!(matches!(
            read(entry.to_string().as_bytes(), TEMPLATE_IDS),
            Err(ReceivedError::Request(
                EmbeddedError::FingerprintMismatch { .. }
            ))
        ));
        let mut entry: Json = serde_json::from_str(&r.write()).unwrap();
        entry["format"] = Json::from(FORMAT + 1);
        assert_eq!(
            read(entry.to_string().as_bytes(), TEMPLATE_IDS),
            Err(ReceivedError::NewerFormat(FORMAT + 1))
        );
        assert_eq!(
            read(b"{\"format\":1}", TEMPLATE_IDS),
            Err(ReceivedError::NotReceived)
        );
        assert_eq!(read(b"[", TEMPLATE_IDS), Err(ReceivedError::NotReceived));
    }

    #[test]
    fn each_refusal_has_its_own_message() {
        let messages = [
            refusal_of_import(&ImportError::TooLarge),
            refusal_of_import(&ImportError::NotDraft),
            refusal_of_import(&ImportError::NewerFormat(9)),
            refusal_of_import(&ImportError::UnknownTemplate("x".into())),
            refusal_of_import(&ImportError::Locked),
            refusal_of_import(&ImportError::BadLangs),
            refusal_of_data(&EmbeddedError::FingerprintMismatch {
                printed: "a".into(),
                computed: "b".into(),
            }),
        ];
        let distinct: std::collections::BTreeSet<_> = messages.iter().collect();
        assert_eq!(distinct.len(), messages.len());
        assert_eq!(
            refusal_of_data(&EmbeddedError::UnknownTemplate("x".into())),
            "received-refused-unknown"
        );
        assert_eq!(
            refusal_of_data(&EmbeddedError::BadAnswer("x".into())),
            "received-refused-unreadable"
        );
        assert_ne!(
            fingerprint_message(Source::Pdf),
            fingerprint_message(Source::DraftFile)
        );
    }

    #[test]
    fn the_last_received_comes_first() {
        let older = received();
        let mut newer = received();
        newer.received = "2026-12-06T14:00:00Z".into();
        newer
            .request
            .answers
            .insert(REFERENCE.into(), Json::from("PR-8"));
        let list = sorted(vec![older.clone(), newer.clone()]);
        assert_eq!(list, vec![newer.clone(), older.clone()]);
        let mut unread = received();
        unread.received = "yesterday".into();
        let list = sorted(vec![unread.clone(), older.clone(), newer.clone()]);
        assert_eq!(list, vec![newer, older, unread]);
    }
}
