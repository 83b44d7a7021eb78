//! Answers to a request (templates with `reply`, `templates/reply-*.toml`), at both ends.
//!
//! At the requested end, an answer is drafted from a request received ([`draft_for`]): its
//! section 3 names the request by its reference, date, requesting authority and the fingerprint
//! its PDF printed, and the answer's document languages are the reader's and the requester's. It
//! is then a draft like any other, exported as a bilingual PDF carrying its data.
//!
//! At the requesting end, such a PDF's data is read back ([`read_answer`]), matched to the
//! request it answers ([`find_request`]: the fingerprint of a PDF exported for it, else its
//! reference) and recorded in that request's log ([`crate::tracking`]).

use chrono::NaiveDate;
use serde_json::Value as Json;

use crate::draft::Draft;
use crate::embedded::Embedded;
use crate::lang::Lang;
use crate::received::Received;
use crate::template::{self, ReplyKind, Template};
use crate::tracking::Answer;

/// The answer paths of a request that section 3 of an answer repeats.
const REQUEST_DATE: &str = "date.date";
const REQUEST_AUTHORITY: &str = "requesting-authority.organisation";
/// The item of a confirmation of receipt that says when the request arrived.
const RECEIVED_DATE: &str = "received.date";

/// The document languages of an answer written in `ui`: the reader's, then the requester's (the
/// request's language A, or its B when the reader's is A).
pub fn langs_for(request: [Lang; 2], ui: Lang) -> [Lang; 2] {
    let theirs = if request[0] == ui {
        request[1]
    } else {
        request[0]
    };
    [ui, theirs]
}

/// A new answer (`reply`, a reply template) to a request received, dated `today`, with section 3
/// filled from the request and, for a confirmation of receipt, the day it was received
/// (`received_on`, the reader's local day). The requesting authority's name is carried in each
/// of the answer's languages the request gave it in; the reader types it where it did not.
pub fn draft_for(
    received: &Received,
    reply: &Template,
    id: &str,
    ui: Lang,
    today: NaiveDate,
    received_on: Option<NaiveDate>,
) -> Draft {
    let request = &received.request;
    let langs = langs_for(request.langs, ui);
    let mut draft = Draft::new(id, reply, langs);
    let mut put = |path: &str, value: &str| {
        if !value.trim().is_empty() && reply.item(path.split('#').next().unwrap_or("")).is_some() {
            draft
                .answers
                .insert(path.to_string(), Json::from(value.trim()));
        }
    };
    let day = crate::format::iso_date;
    put(template::REPLY_DATE, &day(today));
    put(template::REPLY_REQUEST_REFERENCE, received.reference());
    put(template::REPLY_REQUEST_DATE, request.text(REQUEST_DATE));
    put(template::REPLY_REQUEST_FINGERPRINT, &received.fingerprint());
    for (side, lang) in langs.into_iter().enumerate() {
        let from = if request.langs[0] == lang {
            REQUEST_AUTHORITY.to_string()
        } else if request.langs[1] == lang {
            format!("{REQUEST_AUTHORITY}#b")
        } else {
            continue;
        };
        let to = match side {
            0 => template::REPLY_REQUEST_AUTHORITY.to_string(),
            _ => format!("{}#b", template::REPLY_REQUEST_AUTHORITY),
        };
        put(&to, request.text(&from));
    }
    if let Some(on) = received_on {
        put(RECEIVED_DATE, &day(on));
    }
    draft
}

/// Whether a request asks for preservation (the template's request key, or its provider picker's
/// purpose): a confirmation of preservation can answer it.
pub fn is_preservation(template: &Template) -> bool {
    template.request.as_deref() == Some("preservation")
        || template
            .sections
            .iter()
            .any(|s| s.provider == Some(crate::provider::Purpose::Preservation))
}

/// The answers a request received can be given: every reply template, but a confirmation of
/// preservation only for a request to preserve (`preservation`: whether it is one).
pub fn offered(kind: ReplyKind, preservation: bool) -> bool {
    kind != ReplyKind::Preserved || preservation
}

/// An answer read back at the requesting end: what it says, and which request it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadAnswer {
    pub answer: Answer,
    /// The request's reference and fingerprint as the answer names them ("" when not given).
    pub request_reference: String,
    pub request_fingerprint: String,
}

/// Reads an answer's data (checked as any PDF's data, [`crate::embedded::read`]) with its
/// template; `None` when the template is not an answer's.
pub fn read_answer(data: &Embedded, template: &Template) -> Option<ReadAnswer> {
    let kind = template.reply?;
    let text = |path: &str| data.text(path).to_string();
    let reasons = match kind {
        ReplyKind::Refusal => template
            .item(template::REPLY_REASONS)
            .map(|item| {
                item.options
                    .iter()
                    .filter(|o| {
                        data.answers
                            .get(&format!("{}.{}", template::REPLY_REASONS, o.id))
                            .and_then(Json::as_bool)
                            == Some(true)
                    })
                    .map(|o| o.id.clone())
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let preserved = |path: &str| match kind {
        ReplyKind::Preserved => text(path),
        _ => String::new(),
    };
    Some(ReadAnswer {
        answer: Answer {
            kind,
            on: text(template::REPLY_DATE),
            reference: text(template::REPLY_REFERENCE),
            fingerprint: data.fingerprint(),
            preserved_on: preserved(template::REPLY_PRESERVED_ON),
            ends_on: preserved(template::REPLY_ENDS_ON),
            reasons,
        },
        request_reference: text(template::REPLY_REQUEST_REFERENCE),
        request_fingerprint: text(template::REPLY_REQUEST_FINGERPRINT),
    })
}

/// The request's own note of the day its preservation was executed (never printed), which a
/// confirmation of preservation fills in where the requester left it empty.
const EXECUTED: &str = "executed.date";

/// Records an answer in the log of the request it answers (`template`, `draft`), and, for a
/// confirmation of preservation, the day it was executed where the request notes it and the
/// requester had not. Returns whether anything was recorded (an answer read twice is not).
pub fn record(template: &Template, draft: &mut Draft, answer: Answer) -> bool {
    if answer.kind == ReplyKind::Preserved
        && template.item(EXECUTED).is_some()
        && draft.text(EXECUTED).trim().is_empty()
        && crate::tracking::date(&answer.preserved_on).is_some()
    {
        let on = answer.preserved_on.clone();
        if draft.tracking.record(answer) {
            draft.answers.insert(EXECUTED.to_string(), Json::from(on));
            return true;
        }
        return false;
    }
    draft.tracking.record(answer)
}

/// Which request an answer answers, among `drafts` (the requests this browser holds, answers
/// left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A PDF exported for this request printed the fingerprint the answer names.
    ByFingerprint(String),
    /// The one request with the reference the answer names (no exported PDF printed its
    /// fingerprint here: the request was exported in another browser, or before its log kept
    /// fingerprints).
    ByReference(String),
    /// Several requests have that reference and none printed the fingerprint.
    Several,
    None,
}

/// Finds the request an answer names: by fingerprint first, else by reference.
pub fn find_request<'a>(drafts: impl IntoIterator<Item = &'a Draft>, answer: &ReadAnswer) -> Found {
    let mut by_reference = Vec::new();
    for draft in drafts {
        let printed = !answer.request_fingerprint.is_empty()
            && draft
                .tracking
                .exported
                .contains(&answer.request_fingerprint);
        if printed {
            return Found::ByFingerprint(draft.id.clone());
        }
        let reference = draft.text("reference.reference").trim();
        if !reference.is_empty() && reference == answer.request_reference {
            by_reference.push(draft.id.clone());
        }
    }
    match by_reference.len() {
        0 => Found::None,
        1 => Found::ByReference(by_reference.remove(0)),
        _ => Found::Several,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;
    use crate::registry::{self, TEMPLATE_IDS};

    fn received() -> Received {
        let template = registry::template("art29-preservation").unwrap();
        let mut draft = Draft::new("d1", &template, [Lang::Ka, Lang::En]);
        for (path, value) in [
            ("reference.reference", "PR-7"),
            ("date.date", "2026-11-02"),
            (
                "requesting-authority.organisation",
                "საქართველოს პროკურატურა",
            ),
            (
                "requesting-authority.organisation#b",
                "Prosecutor's Office of Georgia",
            ),
        ] {
            draft.answers.insert(path.into(), Json::from(value));
        }
        let data = crate::document::embedded_of(&template, &draft);
        let read = embedded::read(data.write().as_bytes(), TEMPLATE_IDS).unwrap();
        Received::from_pdf(read, "2026-11-03T08:00:00Z")
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_answer_names_the_request_in_the_readers_and_the_requesters_languages() {
        let r = received();
        let reply = registry::template("reply-receipt").unwrap();
        let d = draft_for(
            &r,
            &reply,
            "a1",
            Lang::Fr,
            day("2026-11-04"),
            Some(day("2026-11-03")),
        );
        assert_eq!(d.langs, [Lang::Fr, Lang::Ka]);
        assert_eq!(d.text("date.date"), "2026-11-04");
        assert_eq!(d.text("request.reference"), "PR-7");
        assert_eq!(d.text("request.date"), "2026-11-02");
        assert_eq!(d.text("request.fingerprint"), r.fingerprint());
        assert_eq!(d.text("received.date"), "2026-11-03");
        // French is not one of the request's languages: the reader types it; B is Georgian.
        assert_eq!(d.text("request.authority"), "");
        assert_eq!(d.text("request.authority#b"), "საქართველოს პროკურატურა");
        let en = draft_for(&r, &reply, "a2", Lang::En, day("2026-11-04"), None);
        assert_eq!(en.langs, [Lang::En, Lang::Ka]);
        assert_eq!(
            en.text("request.authority"),
            "Prosecutor's Office of Georgia"
        );
        assert_eq!(en.text("received.date"), "");
        // Only a confirmation of receipt has the day received.
        let action = registry::template("reply-action").unwrap();
        let d = draft_for(
            &r,
            &action,
            "a3",
            Lang::Fr,
            day("2026-11-04"),
            Some(day("2026-11-03")),
        );
        assert!(!d.answers.contains_key("received.date"));
        assert!(crate::validate::validate(&action, &d)
            .issues
            .iter()
            .all(|i| i.path != "request.reference" && i.path != "request.fingerprint"));
    }

    fn answer_data(template: &str, answers: &[(&str, Json)]) -> (Template, Embedded) {
        let t = registry::template(template).unwrap();
        let mut d = Draft::new("a1", &t, [Lang::Fr, Lang::Ka]);
        for (path, value) in answers {
            d.answers.insert(path.to_string(), value.clone());
        }
        let data = crate::document::embedded_of(&t, &d);
        let read = embedded::read(data.write().as_bytes(), TEMPLATE_IDS).unwrap();
        (t, read.request)
    }

    #[test]
    fn an_answer_read_back_says_its_kind_date_reasons_and_end_of_preservation() {
        let (t, data) = answer_data(
            "reply-refusal",
            &[
                ("date.date", Json::from("2026-11-20")),
                ("reference.reference", Json::from("FR-99")),
                ("request.reference", Json::from("PR-7")),
                ("request.fingerprint", Json::from("0123abcd")),
                ("reasons.reasons.not-held", Json::from(true)),
                ("reasons.reasons.dual-criminality", Json::from(true)),
                ("reasons.reasons.incomplete", Json::from(false)),
            ],
        );
        let read = read_answer(&data, &t).unwrap();
        assert_eq!(read.answer.kind, ReplyKind::Refusal);
        assert_eq!(read.answer.on, "2026-11-20");
        assert_eq!(read.answer.reference, "FR-99");
        assert_eq!(read.answer.fingerprint, data.fingerprint());
        assert_eq!(read.answer.reasons, vec!["not-held", "dual-criminality"]);
        assert_eq!(read.request_reference, "PR-7");
        assert_eq!(read.request_fingerprint, "0123abcd");

        let (t, data) = answer_data(
            "reply-preserved",
            &[
                ("preservation.preserved-on", Json::from("2026-11-05")),
                ("preservation.ends-on", Json::from("2027-02-03")),
            ],
        );
        let read = read_answer(&data, &t).unwrap();
        assert_eq!(read.answer.ends_on, "2027-02-03");
        let request = registry::template("art29-preservation").unwrap();
        assert_eq!(read_answer(&data, &request), None);

        // Recorded in the request's log; the day executed noted where the requester had not.
        let mut d = Draft::new("r", &request, [Lang::Ka, Lang::En]);
        assert!(record(&request, &mut d, read.answer.clone()));
        assert!(!record(&request, &mut d, read.answer.clone()));
        assert_eq!(d.text("executed.date"), "2026-11-05");
        assert_eq!(
            d.tracking.preserved_until(),
            NaiveDate::from_ymd_opt(2027, 2, 3)
        );
        let mut noted = Draft::new("r", &request, [Lang::Ka, Lang::En]);
        noted
            .answers
            .insert("executed.date".into(), Json::from("2026-11-06"));
        assert!(record(&request, &mut noted, read.answer));
        assert_eq!(noted.text("executed.date"), "2026-11-06");
    }

    #[test]
    fn the_request_answered_is_found_by_fingerprint_then_by_a_unique_reference() {
        let t = registry::template("art29-preservation").unwrap();
        let mut a = Draft::new("a", &t, [Lang::Ka, Lang::En]);
        a.answers
            .insert("reference.reference".into(), Json::from("PR-7"));
        let mut b = a.clone().with_id("b");
        let read = |reference: &str, fingerprint: &str| ReadAnswer {
            answer: Answer {
                kind: ReplyKind::Receipt,
                on: String::new(),
                reference: String::new(),
                fingerprint: String::new(),
                preserved_on: String::new(),
                ends_on: String::new(),
                reasons: Vec::new(),
            },
            request_reference: reference.into(),
            request_fingerprint: fingerprint.into(),
        };
        assert_eq!(
            find_request([&a], &read("PR-7", "f1")),
            Found::ByReference("a".into())
        );
        assert_eq!(find_request([&a, &b], &read("PR-7", "f1")), Found::Several);
        b.tracking.exported("f1");
        assert_eq!(
            find_request([&a, &b], &read("PR-7", "f1")),
            Found::ByFingerprint("b".into())
        );
        assert_eq!(find_request([&a, &b], &read("PR-8", "f2")), Found::None);
        assert_eq!(find_request([&a, &b], &read("", "")), Found::None);
    }

    #[test]
    fn a_confirmation_of_preservation_is_offered_for_a_preservation_only() {
        for (id, preservation) in [
            ("art29-preservation", true),
            ("provider-preservation", true),
            ("art31-traffic", false),
            ("emergency-disclosure", false),
            ("reply-receipt", false),
        ] {
            assert_eq!(
                is_preservation(&registry::template(id).unwrap()),
                preservation,
                "{id}"
            );
        }
        assert!(offered(ReplyKind::Preserved, true));
        assert!(!offered(ReplyKind::Preserved, false));
        assert!(offered(ReplyKind::Refusal, false));
    }
}
