//! The list of drafts on the home screen: what each draft is (name or reference, request type,
//! requested country, document languages, last edit, completeness), and in which order. Files
//! are imported by [`crate::backup::import`].

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};

use crate::draft::Draft;
use crate::format;
use crate::lang::Lang;
use crate::template::{ItemKind, Template};
use crate::tracking::{Status, Tracking};
use crate::{preservation, validate};

/// Answer path of the reference number; every template has it (tested).
pub const REFERENCE: &str = "reference.reference";

/// Fluent ID of the line on the home screen saying when to use a request type: preserve
/// first, obtain under Art. 31, emergency only for an imminent risk to life or safety.
pub fn usage_message(template: &str) -> Option<&'static str> {
    Some(match template {
        "art29-preservation" => "home-use-art29-preservation",
        "art31-subscriber" => "home-use-art31-subscriber",
        "art31-traffic" => "home-use-art31-traffic",
        "art31-content" => "home-use-art31-content",
        "emergency-disclosure" => "home-use-emergency-disclosure",
        "provider-preservation" => "home-use-provider-preservation",
        "provider-disclosure" => "home-use-provider-disclosure",
        _ => return None,
    })
}

/// One line of the list of drafts.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    /// Template id of the request type.
    pub template: String,
    /// Fluent ID of the request type's title; `None` when this version does not know the type.
    pub title: Option<String>,
    /// The name the user gave the draft ("" when none).
    pub name: String,
    /// The reference number as typed ("" when none).
    pub reference: String,
    /// The requested State as answered (an ISO 3166-1 code, or whatever a file holds), "" when
    /// unanswered.
    pub country: String,
    pub langs: [Lang; 2],
    /// Last edit, when the draft records a readable one.
    pub modified: Option<DateTime<Utc>>,
    pub required_done: usize,
    pub required_total: usize,
    /// Answers whose wording in document language B is still missing (a final request waits
    /// for them).
    pub to_translate: usize,
    /// For a preservation request whose requested State and execution date are known: when
    /// the preservation ends and how close that is ([`preservation::status_for`]).
    pub preservation: Option<preservation::Status>,
    /// The requests this one extends or follows up, or is extended or followed up by: each
    /// link's message and `$kind` ([`crate::chain::link_message`]), the other request's id and
    /// its reference when the link was made.
    pub links: Vec<(&'static str, &'static str, String, String)>,
    /// The request's log once sent ([`crate::tracking`]).
    pub tracking: Tracking,
    /// An answer to a request (a reply template), which has no log of its own.
    pub answer: bool,
}

/// Which drafts the request log shows: those of one status, requested country and request type
/// ("" and `None`: any), and only those whose confirmation of receipt is overdue. An answer has
/// no status: a filter by status leaves answers out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: Option<Status>,
    pub country: String,
    pub template: String,
    pub overdue: bool,
}

impl Filter {
    /// Whether the log shows this draft on `today`, a confirmation being due `days` after
    /// sending.
    pub fn keeps(&self, s: &Summary, today: NaiveDate, days: u32) -> bool {
        self.status
            .is_none_or(|status| !s.answer && s.tracking.status() == status)
            && (self.country.is_empty() || s.country.eq_ignore_ascii_case(&self.country))
            && (self.template.is_empty() || s.template == self.template)
            && (!self.overdue || s.tracking.overdue(today, days))
    }
}

impl Summary {
    /// What the list calls the draft: its name when it has one, else its reference ("" when
    /// neither is given).
    pub fn label(&self) -> &str {
        pick_label(&self.name, &self.reference)
    }

    /// For an extension with neither name nor reference of its own yet, the reference of the
    /// request it extends: the list calls it "Extension of <reference>" (the `preservation-link`
    /// message, `$kind` `extension-of`), never by the original's reference, so that the two
    /// are told apart.
    pub fn extension_of(&self) -> Option<&str> {
        if !self.label().trim().is_empty() {
            return None;
        }
        self.links
            .iter()
            .find(|(_, kind, _, _)| *kind == "extension-of")
            .map(|(_, _, _, reference)| reference.as_str())
    }

    /// The last edit in local time, `offset_minutes` ahead of UTC.
    pub fn modified_local(&self, offset_minutes: i32) -> Option<NaiveDateTime> {
        self.modified
            .map(|m| m.naive_utc() + TimeDelta::minutes(i64::from(offset_minutes)))
    }
}

/// What the list calls a draft, without summarising all of it (see [`Summary::label`]).
pub fn label(draft: &Draft) -> &str {
    draft.label()
}

fn pick_label<'a>(name: &'a str, reference: &'a str) -> &'a str {
    if name.trim().is_empty() {
        reference
    } else {
        name
    }
}

/// Answer path of the requested State's country: the template's one `country` item.
pub fn country_path(template: &Template) -> Option<String> {
    template
        .items()
        .find(|(_, item, _, _)| item.kind == ItemKind::Country)
        .map(|(_, _, path, _)| path)
}

/// The list line of a draft, whatever it holds, with its template (`None` when the app does not
/// have it).
pub fn summarize(draft: &Draft, template: Option<&Template>, today: NaiveDate) -> Summary {
    let (title, country, report) = match template {
        Some(t) => (
            Some(t.title.clone()),
            country_path(t).map(|p| draft.text(&p).to_string()),
            Some(validate(t, draft)),
        ),
        None => (None, None, None),
    };
    Summary {
        id: draft.id.clone(),
        template: draft.template.clone(),
        title,
        name: draft.name.clone(),
        reference: draft.text(REFERENCE).to_string(),
        country: country.unwrap_or_default(),
        langs: draft.langs,
        modified: match format::parse_date_time(&draft.modified) {
            Some(format::When::Zoned(m)) => Some(m.with_timezone(&Utc)),
            _ => None,
        },
        required_done: report.as_ref().map_or(0, |r| r.required_done),
        required_total: report.as_ref().map_or(0, |r| r.required_total),
        to_translate: template.map_or(0, |t| crate::validate::untranslated(t, draft).len()),
        preservation: template.and_then(|t| preservation::status_for(t, draft, today)),
        links: draft
            .links
            .iter()
            .map(|l| {
                let (message, kind) = crate::chain::link_message(&draft.template, l.kind);
                (message, kind, l.id.clone(), l.reference.clone())
            })
            .collect(),
        tracking: draft.tracking.clone(),
        answer: template.is_some_and(|t| t.reply.is_some()),
    }
}

/// The list in order: last edited first, drafts without a readable edit time last, then by id
/// so the order never flickers. An insertion into place rather than a standard sort, whose code
/// would weigh kilobytes in the browser's app shell for a list of a few dozen drafts.
pub fn sorted(list: Vec<Summary>) -> Vec<Summary> {
    let mut out: Vec<Summary> = Vec::with_capacity(list.len());
    for s in list {
        let at = out.partition_point(|o| {
            o.modified > s.modified || (o.modified == s.modified && o.id <= s.id)
        });
        out.insert(at, s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn draft(template: &str, id: &str) -> Draft {
        let t = registry::template(template).unwrap();
        Draft::new(id, &t, [Lang::Ka, Lang::En])
    }

    #[test]
    fn the_log_shows_drafts_by_status_country_type_and_overdue_confirmation() {
        let mut sent = draft("art29-preservation", "a");
        sent.answers
            .insert("requested-authority.country".into(), "IE".into());
        sent.tracking.sent = Some(crate::tracking::Sent {
            on: "2026-11-02".into(),
            channel: crate::tracking::Channel::Email,
        });
        let t = registry::template("art29-preservation").unwrap();
        let s = summarize(&sent, Some(&t), today());
        let unsent = summarize(&draft("art31-traffic", "b"), None, today());
        let keeps = |f: &Filter, s: &Summary| f.keeps(s, today(), 10);
        let all = Filter::default();
        assert!(keeps(&all, &s) && keeps(&all, &unsent));
        let sent_only = Filter {
            status: Some(Status::Sent),
            ..Filter::default()
        };
        assert!(keeps(&sent_only, &s) && !keeps(&sent_only, &unsent));
        let ireland = Filter {
            country: "ie".into(),
            ..Filter::default()
        };
        assert!(keeps(&ireland, &s) && !keeps(&ireland, &unsent));
        let traffic = Filter {
            template: "art31-traffic".into(),
            ..Filter::default()
        };
        assert!(!keeps(&traffic, &s) && keeps(&traffic, &unsent));
        let overdue = Filter {
            overdue: true,
            ..Filter::default()
        };
        // Sent on 2 November, 20 days before "today": overdue after 10 days, not after 30.
        assert!(keeps(&overdue, &s) && !keeps(&overdue, &unsent));
        assert!(!overdue.keeps(&s, today(), 30));
        let reply = registry::template("reply-receipt").unwrap();
        let answer = summarize(&draft("reply-receipt", "c"), Some(&reply), today());
        let drafts = Filter {
            status: Some(Status::Draft),
            ..Filter::default()
        };
        assert!(answer.answer && !keeps(&drafts, &answer) && keeps(&all, &answer));
    }

    #[test]
    fn every_template_has_a_reference_and_one_requested_country() {
        for (id, _) in registry::TEMPLATES {
            let t = registry::template(id).unwrap();
            assert!(t.item(REFERENCE).is_some(), "{id}: no {REFERENCE}");
            let countries = t
                .items()
                .filter(|(_, item, _, _)| item.kind == ItemKind::Country)
                .count();
            // An answer goes back to the authority that asked: it names no requested country.
            let expected = usize::from(t.reply.is_none());
            assert_eq!(countries, expected, "{id}: {countries} country items");
        }
        let emergency = registry::template("emergency-disclosure").unwrap();
        assert_eq!(country_path(&emergency).unwrap(), "addressee.country");
        let art29 = registry::template("art29-preservation").unwrap();
        assert_eq!(country_path(&art29).unwrap(), "requested-authority.country");
    }

    #[test]
    fn every_request_type_says_when_to_use_it() {
        for (id, _) in registry::TEMPLATES {
            // Answers are made from a request received, not picked from the list of requests.
            let request = registry::template(id).unwrap().reply.is_none();
            assert_eq!(
                usage_message(id).is_some(),
                request,
                "{id}: a request says when to use it, an answer does not"
            );
        }
        assert_eq!(usage_message("nope"), None);
    }

    /// An extension is listed as "Extension of <reference>" until it has a name or reference
    /// of its own, never under the original's reference; it counts its answers to translate.
    #[test]
    fn an_extension_is_listed_as_the_extension_of_its_original() {
        let t = registry::template("art29-preservation").unwrap();
        let mut original = draft("art29-preservation", "p1");
        original.set_text(REFERENCE, "PR-1");
        original.set_text("requesting-authority.organisation", "პროკურატურა");
        let mut ext = crate::chain::extension_of(&original, &t, "p2", today()).unwrap();
        let s = summarize(&ext, Some(&t), today());
        assert_eq!(s.label(), "");
        assert_eq!(s.extension_of(), Some("PR-1"));
        assert_eq!(s.to_translate, 1);
        ext.set_text(REFERENCE, "PR-2");
        let s = summarize(&ext, Some(&t), today());
        assert_eq!((s.label(), s.extension_of()), ("PR-2", None));
        assert_eq!(summarize(&original, Some(&t), today()).extension_of(), None);
    }

    #[test]
    fn a_summary_says_what_the_draft_is_and_how_far_it_is() {
        let mut d = draft("emergency-disclosure", "d1");
        d.set_text(REFERENCE, "PR-7");
        d.set_text("addressee.country", "AM");
        d.modified = "2026-11-22T23:30:00.000Z".into();
        let s = summarize(&d, registry::template(&d.template).ok().as_ref(), today());
        assert_eq!(s.title.as_deref(), Some("emergency-disclosure-title"));
        assert_eq!((s.label(), s.country.as_str()), ("PR-7", "AM"));
        assert_eq!(s.langs, [Lang::Ka, Lang::En]);
        assert!(s.required_total > 2);
        // The reference and the country, both required.
        assert_eq!(s.required_done, 2);
        assert_eq!(s.preservation, None);
        // Tbilisi (UTC+4) is already on the next day.
        let local = s.modified_local(240).unwrap();
        assert_eq!(local.to_string(), "2026-11-23 03:30:00");
        d.name = "Hospital ransomware".into();
        assert_eq!(
            summarize(&d, registry::template(&d.template).ok().as_ref(), today()).label(),
            "Hospital ransomware"
        );
        assert_eq!(label(&d), "Hospital ransomware");
        d.name = "  ".into();
        assert_eq!(
            summarize(&d, registry::template(&d.template).ok().as_ref(), today()).label(),
            "PR-7"
        );
    }

    #[test]
    fn a_preservation_request_lists_when_its_preservation_ends() {
        let mut d = draft("art29-preservation", "p1");
        assert_eq!(
            summarize(&d, registry::template(&d.template).ok().as_ref(), today()).preservation,
            None
        );
        // Albania keeps preserved data 90 days (T-CY Rec 16 table).
        d.set_text(preservation::COUNTRY, "AL");
        d.set_text(preservation::EXECUTED, "2026-09-01");
        let status = summarize(&d, registry::template(&d.template).ok().as_ref(), today())
            .preservation
            .unwrap();
        assert_eq!(
            status.end,
            preservation::End::On(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        );
        assert_eq!(status.days_left, Some(8));
        assert_eq!(status.warning, preservation::Warning::Soon);
    }

    #[test]
    fn a_draft_of_an_unknown_type_or_with_a_bad_date_is_still_listed() {
        let mut d = draft("art29-preservation", "d1");
        d.template = "from-the-future".into();
        d.modified = "yesterday".into();
        let s = summarize(&d, registry::template(&d.template).ok().as_ref(), today());
        assert_eq!((s.title, s.modified), (None, None));
        assert_eq!((s.required_done, s.required_total), (0, 0));
    }

    #[test]
    fn the_list_shows_the_last_edited_first() {
        let list: Vec<Summary> = [
            ("e", "2026-11-20T10:00:00Z"),
            ("b", ""),
            ("c", "2026-11-22T09:00:00+04:00"),
            ("a", "2026-11-20T10:00:00Z"),
            ("d", "2026-11-22T06:00:00Z"),
            ("f", ""),
        ]
        .iter()
        .map(|(id, modified)| {
            let mut d = draft("art31-traffic", id);
            d.modified = modified.to_string();
            summarize(&d, registry::template(&d.template).ok().as_ref(), today())
        })
        .collect();
        let ids: Vec<String> = sorted(list).into_iter().map(|s| s.id).collect();
        assert_eq!(ids, ["d", "c", "a", "e", "b", "f"]);
    }
}
