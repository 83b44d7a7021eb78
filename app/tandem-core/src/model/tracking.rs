//! What became of a request once it was sent (T-CY Rec 9; the UNODC tips: "ask for confirmation
//! of the receipt of your request", "follow up"): when and how it was sent, the fingerprints of the
//! PDFs exported for it, the answers received (read from an answer's PDF, or entered by hand), and
//! whether the office closed it. Kept in the draft ([`crate::draft::Draft::tracking`]), never
//! printed and never part of the fingerprint: the office's own log.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::template::ReplyKind;

/// How a request was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Email,
    Portal,
    Post,
    Diplomatic,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Email,
        Channel::Portal,
        Channel::Post,
        Channel::Diplomatic,
        Channel::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Portal => "portal",
            Channel::Post => "post",
            Channel::Diplomatic => "diplomatic",
            Channel::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// When and how a request was sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// `YYYY-MM-DD`.
    pub on: String,
    pub channel: Channel,
}

/// An answer received to a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub kind: ReplyKind,
    /// The answer's date, `YYYY-MM-DD`.
    pub on: String,
    /// The answering authority's reference.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    /// The answer's own fingerprint, read from its PDF ("" when entered by hand): an answer read
    /// twice is recorded once.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// For a confirmed preservation: the day the data were preserved, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub preserved_on: String,
    /// For a confirmed preservation: the last day the data are kept, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ends_on: String,
    /// For a refusal: the reasons' codes (the option ids of `reasons.reasons`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
}

/// Where a request stands in the office's log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Not sent yet.
    Draft,
    Sent,
    ReceiptConfirmed,
    /// A preservation confirmed as executed.
    Executed,
    /// Action taken was notified.
    Answered,
    ClarificationAsked,
    Refused,
    Closed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Sent,
        Status::ReceiptConfirmed,
        Status::Executed,
        Status::Answered,
        Status::ClarificationAsked,
        Status::Refused,
        Status::Closed,
    ];

    /// Its code, as the log's filter and the statistics write it.
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Sent => "sent",
            Status::ReceiptConfirmed => "receipt-confirmed",
            Status::Executed => "executed",
            Status::Answered => "answered",
            Status::ClarificationAsked => "clarification-asked",
            Status::Refused => "refused",
            Status::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The status an answer of this kind gives a request.
    pub fn of_answer(kind: ReplyKind) -> Status {
        match kind {
            ReplyKind::Receipt => Status::ReceiptConfirmed,
            ReplyKind::Preserved => Status::Executed,
            ReplyKind::Action => Status::Answered,
            ReplyKind::Clarification => Status::ClarificationAsked,
            ReplyKind::Refusal => Status::Refused,
        }
    }
}

/// A request's log: see the module's documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracking {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Sent>,
    /// The fingerprints of the PDFs exported for the request, oldest first: an answer quoting one
    /// of them answers this request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exported: Vec<String>,
    /// The answers received, in the order they were recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// The day the office closed the request, `YYYY-MM-DD` ("" while open).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closed: String,
    /// The offence category the office files the request under for its statistics (a code of
    /// [`CATEGORIES`], "" when none is chosen).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
}

/// The offence categories of the statistics: the four titles of the Budapest Convention's
/// Chapter II, Section 1 (Articles 2 to 6, 7 and 8, 9, 10), and any other offence.
pub const CATEGORIES: &[&str] = &[
    "confidentiality",
    "computer-related",
    "content",
    "copyright",
    "other",
];

/// A date as the log keeps it, `YYYY-MM-DD` (the one date reader of the core).
pub fn date(text: &str) -> Option<NaiveDate> {
    crate::format::parse_date(text)
}

impl Tracking {
    /// Where the request stands: closed; else the latest answer other than a confirmation of
    /// receipt (by its date, then as recorded); else receipt confirmed; else sent; else a draft.
    pub fn status(&self) -> Status {
        if !self.closed.is_empty() {
            return Status::Closed;
        }
        let latest = self
            .answers
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind != ReplyKind::Receipt)
            .max_by_key(|(i, a)| (date(&a.on), *i));
        match latest {
            Some((_, a)) => Status::of_answer(a.kind),
            None if self.answers.iter().any(|a| a.kind == ReplyKind::Receipt) => {
                Status::ReceiptConfirmed
            }
            None if self.sent.is_some() => Status::Sent,
            None => Status::Draft,
        }
    }

    /// The day it was sent.
    pub fn sent_on(&self) -> Option<NaiveDate> {
        self.sent.as_ref().and_then(|s| date(&s.on))
    }

    /// The first day an answer of one of `kinds` is dated.
    pub fn first(&self, kinds: &[ReplyKind]) -> Option<NaiveDate> {
        self.answers
            .iter()
            .filter(|a| kinds.contains(&a.kind))
            .filter_map(|a| date(&a.on))
            .min()
    }

    /// The first day any answer confirmed receipt: a confirmation of receipt, or any later
    /// answer, which shows the request arrived.
    pub fn confirmed_on(&self) -> Option<NaiveDate> {
        self.first(&ReplyKind::ALL)
    }

    /// The first day the request was answered in substance (executed, action taken, refused).
    pub fn answered_on(&self) -> Option<NaiveDate> {
        self.first(&[ReplyKind::Preserved, ReplyKind::Action, ReplyKind::Refusal])
    }

    /// The day a confirmation of receipt is due: `days` after it was sent, while none came.
    pub fn confirmation_due(&self, days: u32) -> Option<NaiveDate> {
        if self.confirmed_on().is_some() || !self.closed.is_empty() {
            return None;
        }
        self.sent_on()?
            .checked_add_days(chrono::Days::new(u64::from(days)))
    }

    /// Whether the confirmation of receipt is overdue on `today` (more than `days` days since the
    /// request was sent, and none came).
    pub fn overdue(&self, today: NaiveDate, days: u32) -> bool {
        self.confirmation_due(days).is_some_and(|due| today > due)
    }

    /// The end of a confirmed preservation, from the latest answer that gives one.
    pub fn preserved_until(&self) -> Option<NaiveDate> {
        self.answers
            .iter()
            .filter(|a| a.kind == ReplyKind::Preserved)
            .filter_map(|a| date(&a.ends_on).map(|end| (date(&a.on), end)))
            .max()
            .map(|(_, end)| end)
    }

    /// Records an answer; an answer read from a PDF already recorded (same fingerprint) is not
    /// recorded twice. Returns whether it was recorded.
    pub fn record(&mut self, answer: Answer) -> bool {
        if !answer.fingerprint.is_empty()
            && self
                .answers
                .iter()
                .any(|a| a.fingerprint == answer.fingerprint)
        {
            return false;
        }
        self.answers.push(answer);
        true
    }

    /// Notes the fingerprint of a PDF exported for the request (once).
    pub fn exported(&mut self, fingerprint: &str) {
        if !fingerprint.is_empty() && !self.exported.iter().any(|f| f == fingerprint) {
            self.exported.push(fingerprint.to_string());
        }
    }

    /// Whether nothing is recorded (the draft then stores no log).
    pub fn is_empty(&self) -> bool {
        *self == Tracking::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(kind: ReplyKind, on: &str) -> Answer {
        Answer {
            kind,
            on: on.into(),
            reference: String::new(),
            fingerprint: String::new(),
            preserved_on: String::new(),
            ends_on: String::new(),
            reasons: Vec::new(),
        }
    }

    fn day(s: &str) -> NaiveDate {
        date(s).unwrap()
    }

    #[test]
    fn the_status_follows_sending_answers_and_closing() {
        let mut t = Tracking::default();
        assert_eq!(t.status(), Status::Draft);
        t.sent = Some(Sent {
            on: "2026-11-02".into(),
            channel: Channel::Email,
        });
        assert_eq!(t.status(), Status::Sent);
        t.record(answer(ReplyKind::Receipt, "2026-11-04"));
        assert_eq!(t.status(), Status::ReceiptConfirmed);
        t.record(answer(ReplyKind::Clarification, "2026-11-10"));
        assert_eq!(t.status(), Status::ClarificationAsked);
        // Recorded later but dated earlier: the latest answer by date decides.
        t.record(answer(ReplyKind::Receipt, "2026-11-12"));
        t.record(answer(ReplyKind::Preserved, "2026-11-09"));
        assert_eq!(t.status(), Status::ClarificationAsked);
        t.record(answer(ReplyKind::Refusal, "2026-11-20"));
        assert_eq!(t.status(), Status::Refused);
        t.closed = "2026-11-21".into();
        assert_eq!(t.status(), Status::Closed);
    }

    #[test]
    fn confirmation_is_due_days_after_sending_until_an_answer_comes() {
        let mut t = Tracking::default();
        assert_eq!(t.confirmation_due(10), None);
        t.sent = Some(Sent {
            on: "2026-11-02".into(),
            channel: Channel::Portal,
        });
        assert_eq!(t.confirmation_due(10), Some(day("2026-11-12")));
        assert!(!t.overdue(day("2026-11-12"), 10));
        assert!(t.overdue(day("2026-11-13"), 10));
        // Any answer shows the request arrived.
        t.record(answer(ReplyKind::Action, "2026-11-20"));
        assert_eq!(t.confirmed_on(), Some(day("2026-11-20")));
        assert!(!t.overdue(day("2026-12-30"), 10));
        assert_eq!(t.answered_on(), Some(day("2026-11-20")));
    }

    #[test]
    fn an_answer_read_twice_is_recorded_once_and_the_latest_preservation_end_counts() {
        let mut t = Tracking::default();
        let mut a = answer(ReplyKind::Preserved, "2026-11-05");
        a.fingerprint = "abc".into();
        a.ends_on = "2027-02-03".into();
        assert!(t.record(a.clone()));
        assert!(!t.record(a));
        let mut b = answer(ReplyKind::Preserved, "2027-01-30");
        b.ends_on = "2027-05-03".into();
        assert!(t.record(b));
        assert_eq!(t.preserved_until(), Some(day("2027-05-03")));
    }

    #[test]
    fn codes_read_back() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(s));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), Some(c));
        }
        let mut t = Tracking::default();
        assert!(t.is_empty());
        t.exported("f1");
        t.exported("f1");
        assert_eq!(t.exported, vec!["f1".to_string()]);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"exported":["f1"]}"#);
        assert_eq!(serde_json::from_str::<Tracking>(&json).unwrap(), t);
    }
}
