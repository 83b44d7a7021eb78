//! The request as data inside its PDF (`request.json`, an attached file): what the document
//! prints, keyed by answer path, with its template, languages, legal basis and the fingerprint
//! printed in the footer. Written by the document builder from the answers it prints
//! ([`Embedded::write`]), so the data and the printed text can never disagree; read back from an
//! untrusted PDF ([`read`]) with the limits of an import: size, nesting, JSON, format version,
//! template known, languages, answers of text only, and the fingerprint checked against them.
//!
//! The fingerprint is the first 16 hex digits of the SHA-256 of the compact JSON
//! `{"answers":…,"langs":[A,B],"template":…,"template_version":…}` (keys and answer paths in
//! byte order) over the printed answers only: a requester's own notes change nothing printed,
//! so they change neither the data nor the fingerprint. [`FINGERPRINT_OVER`] says so inside the
//! file for whoever reads it without Tandem.

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::draft::MAX_BYTES;
use crate::import::{parse_json, ImportError, MAX_DEPTH};
use crate::lang::Lang;

/// Format version of `request.json`.
pub const FORMAT: u64 = 1;

/// The name of the attached file in the PDF.
pub const FILE_NAME: &str = "request.json";

/// What the fingerprint is computed over, as the file states it.
pub const FINGERPRINT_OVER: &str = "first 16 hex digits of SHA-256 of the compact JSON \
     {\"answers\":answers,\"langs\":langs,\"template\":template,\"template_version\":template_version} \
     with object keys in byte order";

/// A request as its PDF carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedded {
    /// Template id, e.g. `art29-preservation`.
    pub template: String,
    pub template_version: u32,
    /// Document languages A and B.
    pub langs: [Lang; 2],
    /// The legal basis the request rests on (`none` without one), and the route picked.
    pub basis: String,
    pub route: String,
    /// The printed answers by path: texts, ticks, and the row lists of repeatable items.
    pub answers: BTreeMap<String, Json>,
}

/// Why a PDF's embedded request could not be read.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum EmbeddedError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("the embedded request has no known format version")]
    UnknownFormat,
    #[error("the embedded request was written by a newer version of Tandem (format {0})")]
    NewerFormat(u64),
    #[error("the field {0} of the embedded request is missing or has the wrong type")]
    BadField(&'static str),
    #[error("unknown template {0:?}")]
    UnknownTemplate(String),
    #[error("the document languages are not two known language codes")]
    BadLangs,
    #[error("the answer {0:?} is not text, a tick or a list of rows")]
    BadAnswer(String),
    #[error("the printed fingerprint {printed} does not match the embedded answers ({computed})")]
    FingerprintMismatch { printed: String, computed: String },
}

impl Embedded {
    /// The text answer at `path`, trimmed ("" when there is none or it is not text).
    pub fn text(&self, path: &str) -> &str {
        self.answers
            .get(path)
            .and_then(Json::as_str)
            .map_or("", str::trim)
    }

    /// The fingerprint of these answers (see the module's documentation).
    pub fn fingerprint(&self) -> String {
        fingerprint(
            &self.template,
            self.template_version,
            self.langs,
            &self.answers,
        )
    }

    /// The JSON text of `request.json`, with the fingerprint of the answers.
    pub fn write(&self) -> String {
        let mut out = Map::new();
        out.insert("format".into(), Json::from(FORMAT));
        out.insert("template".into(), Json::from(self.template.as_str()));
        out.insert("template_version".into(), Json::from(self.template_version));
        let langs = self.langs.map(|l| Json::from(l.code()));
        out.insert("langs".into(), Json::Array(langs.to_vec()));
        out.insert("basis".into(), Json::from(self.basis.as_str()));
        out.insert("route".into(), Json::from(self.route.as_str()));
        out.insert("fingerprint".into(), Json::from(self.fingerprint()));
        out.insert("fingerprint_over".into(), Json::from(FINGERPRINT_OVER));
        let answers = self.answers.clone().into_iter().collect();
        out.insert("answers".into(), Json::Object(answers));
        Json::Object(out).to_string()
    }
}

/// The fingerprint printed in a request's PDF: over its template, languages and printed answers.
pub fn fingerprint(
    template: &str,
    template_version: u32,
    langs: [Lang; 2],
    answers: &BTreeMap<String, Json>,
) -> String {
    let canonical = serde_json::json!({
        "template": template,
        "template_version": template_version,
        "langs": langs.map(Lang::code),
        "answers": answers,
    });
    let digest = Sha256::digest(canonical.to_string().as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// A request read from a PDF, with the layout it was printed in (when the file says).
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub request: Embedded,
    pub layout: Option<String>,
}

/// Reads untrusted `request.json` bytes: size, nesting, JSON, format version, template (one of
/// `templates`), languages, answers (text, ticks, row lists of text only), then the fingerprint
/// the file says was printed against the one its answers give.
pub fn read(bytes: &[u8], templates: &[&str]) -> Result<Read, EmbeddedError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge.into());
    }
    let Json::Object(mut file) = parse_json(bytes, MAX_DEPTH)? else {
        return Err(ImportError::NotDraft.into());
    };
    match file.get("format").and_then(Json::as_u64) {
        None => return Err(EmbeddedError::UnknownFormat),
        Some(v) if v > FORMAT => return Err(EmbeddedError::NewerFormat(v)),
        Some(0) => return Err(EmbeddedError::UnknownFormat),
        Some(_) => {}
    }
    let text = |file: &Map<String, Json>, field: &'static str| {
        file.get(field)
            .and_then(Json::as_str)
            .map(str::to_string)
            .ok_or(EmbeddedError::BadField(field))
    };
    let template = text(&file, "template")?;
    if !templates.contains(&template.as_str()) {
        return Err(EmbeddedError::UnknownTemplate(template));
    }
    let template_version = file
        .get("template_version")
        .and_then(Json::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(EmbeddedError::BadField("template_version"))?;
    let langs = match file
        .get("langs")
        .and_then(Json::as_array)
        .map(Vec::as_slice)
    {
        Some([a, b]) => match (
            a.as_str().and_then(Lang::from_code),
            b.as_str().and_then(Lang::from_code),
        ) {
            (Some(a), Some(b)) => [a, b],
            _ => return Err(EmbeddedError::BadLangs),
        },
        _ => return Err(EmbeddedError::BadLangs),
    };
    let basis = text(&file, "basis")?;
    let route = text(&file, "route")?;
    let printed = text(&file, "fingerprint")?;
    let layout = match file.get("layout") {
        None => None,
        Some(Json::String(layout)) => Some(layout.clone()),
        Some(_) => return Err(EmbeddedError::BadField("layout")),
    };
    let Some(Json::Object(answers)) = file.remove("answers") else {
        return Err(EmbeddedError::BadField("answers"));
    };
    let mut checked = BTreeMap::new();
    for (path, answer) in answers {
        let text_only = match &answer {
            Json::String(_) | Json::Bool(_) => true,
            Json::Array(rows) => rows.iter().all(Json::is_string),
            _ => false,
        };
        if !text_only {
            return Err(EmbeddedError::BadAnswer(path));
        }
        checked.insert(path, answer);
    }
    let request = Embedded {
        template,
        template_version,
        langs,
        basis,
        route,
        answers: checked,
    };
    let computed = request.fingerprint();
    if computed != printed {
        return Err(EmbeddedError::FingerprintMismatch { printed, computed });
    }
    Ok(Read { request, layout })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::TEMPLATE_IDS;

    fn sample() -> Embedded {
        let mut answers = BTreeMap::new();
        answers.insert("reference.reference".into(), Json::from("PR-1"));
        answers.insert("data.types.subscriber".into(), Json::from(true));
        answers.insert("data.ids".into(), serde_json::json!(["r1"]));
        Embedded {
            template: "art29-preservation".into(),
            template_version: 1,
            langs: [
                Lang::from_code("ka").unwrap(),
                Lang::from_code("en").unwrap(),
            ],
            basis: "budapest".into(),
            route: "state".into(),
            answers,
        }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let request = sample();
        let read = read(request.write().as_bytes(), TEMPLATE_IDS).unwrap();
        assert_eq!(read.request, request);
        assert_eq!(read.layout, None);
    }

    #[test]
    fn the_file_says_what_the_fingerprint_is_over_and_carries_it() {
        let request = sample();
        let json: Json = serde_json::from_str(&request.write()).unwrap();
        assert_eq!(json["fingerprint"], Json::from(request.fingerprint()));
        assert_eq!(json["fingerprint_over"], Json::from(FINGERPRINT_OVER));
        assert_eq!(request.fingerprint().len(), 16);
    }

    #[test]
    fn the_fingerprint_follows_every_printed_answer_the_template_and_the_languages() {
        let base = sample().fingerprint();
        let mut other = sample();
        other
            .answers
            .insert("reference.reference".into(), Json::from("PR-2"));
        assert_ne!(other.fingerprint(), base);
        let mut other = sample();
        other.langs.swap(0, 1);
        assert_ne!(other.fingerprint(), base);
        let mut other = sample();
        other.template_version = 2;
        assert_ne!(other.fingerprint(), base);
    }

    fn edited(edit: impl FnOnce(&mut Map<String, Json>)) -> Result<Read, EmbeddedError> {
        let Json::Object(mut file) = serde_json::from_str(&sample().write()).unwrap() else {
            unreachable!()
        };
        edit(&mut file);
        read(Json::Object(file).to_string().as_bytes(), TEMPLATE_IDS)
    }

    #[test]
    fn an_altered_answer_is_a_fingerprint_mismatch() {
        let err = edited(|f| {
            f["answers"]["reference.reference"] = Json::from("PR-9");
        })
        .unwrap_err();
        assert!(matches!(err, EmbeddedError::FingerprintMismatch { .. }));
    }

    #[test]
    fn untrusted_files_are_refused_each_with_its_own_error() {
        let big = vec![b' '; MAX_BYTES + 1];
        assert_eq!(
            read(&big, TEMPLATE_IDS).unwrap_err(),
            EmbeddedError::Import(ImportError::TooLarge)
        );
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            read(deep.as_bytes(), TEMPLATE_IDS).unwrap_err(),
            EmbeddedError::Import(ImportError::TooDeep)
        );
        assert!(matches!(
            read(b"{not json", TEMPLATE_IDS).unwrap_err(),
            EmbeddedError::Import(ImportError::NotJson(_))
        ));
        assert_eq!(
            edited(|f| {
                f.remove("format");
            })
            .unwrap_err(),
            EmbeddedError::UnknownFormat
        );
        assert_eq!(
            edited(|f| {
                f["format"] = Json::from(FORMAT + 1);
            })
            .unwrap_err(),
            EmbeddedError::NewerFormat(FORMAT + 1)
        );
        assert_eq!(
            edited(|f| {
                f["template"] = Json::from("no-such");
            })
            .unwrap_err(),
            EmbeddedError::UnknownTemplate("no-such".into())
        );
        assert_eq!(
            edited(|f| {
                f["langs"] = serde_json::json!(["en", "xx"]);
            })
            .unwrap_err(),
            EmbeddedError::BadLangs
        );
        assert_eq!(
            edited(|f| {
                let answers = f["answers"].as_object_mut().unwrap();
                answers.insert("x.y".into(), serde_json::json!({"html": "<b>"}));
            })
            .unwrap_err(),
            EmbeddedError::BadAnswer("x.y".into())
        );
        assert_eq!(
            edited(|f| {
                f.insert("layout".into(), Json::from(3));
            })
            .unwrap_err(),
            EmbeddedError::BadField("layout")
        );
    }
}
