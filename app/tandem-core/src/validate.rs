//! Completeness and format checks: `validate(template, draft)` lists what is missing or wrong,
//! each as a Fluent message ID at an item path. Never fails and never panics, whatever the draft
//! holds.

use chrono::NaiveDate;
use serde::Serialize;

use crate::draft::Draft;
use crate::template::{detail_path, Item, ItemKind, Template};
use crate::timezone;

/// How serious an issue is: errors block a final request, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    pub severity: Severity,
    /// Answer path of the item concerned.
    pub path: String,
    /// Fluent ID of the message explaining it.
    pub message: &'static str,
}

/// The result of a check: the issues, and how many required answers are done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub issues: Vec<Issue>,
    pub required_done: usize,
    pub required_total: usize,
}

impl Report {
    /// The issues at one path.
    pub fn at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Issue> + 'a {
        self.issues.iter().filter(move |i| i.path == path)
    }

    /// Whether the draft can be exported as a final request.
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }
}

/// Checks a draft against its template.
pub fn validate(template: &Template, draft: &Draft) -> Report {
    let mut report = Report {
        issues: Vec::new(),
        required_done: 0,
        required_total: 0,
    };
    for (_, item, path, _) in template.items() {
        check_item(item, &path, draft, &mut report);
    }
    report
}

fn check_item(item: &Item, path: &str, draft: &Draft, report: &mut Report) {
    let text = draft.text(path).trim();
    let answered = match item.kind {
        ItemKind::Tick => draft.ticked(path),
        ItemKind::Choice => item.options.iter().any(|o| o.id == text),
        _ => !text.is_empty(),
    };
    let format_error = match item.kind {
        _ if text.is_empty() => None,
        ItemKind::Email if !is_email(text) => Some("validation-email"),
        ItemKind::Date if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() => {
            Some("validation-date")
        }
        ItemKind::TimeZone if timezone::parse_offset(text).is_none() => {
            Some("validation-time-zone")
        }
        ItemKind::Choice if !answered => Some("validation-required"),
        _ => None,
    };
    if item.required {
        report.required_total += 1;
        if answered && format_error.is_none() {
            report.required_done += 1;
        }
    }
    if let Some(message) = format_error {
        push(report, path, message);
    } else if item.required && !answered {
        push(report, path, "validation-required");
    }
    if item.kind == ItemKind::Choice {
        for option in item.options.iter().filter(|o| o.id == text) {
            let Some(detail) = &option.detail else {
                continue;
            };
            if !detail.required {
                continue;
            }
            let detail_path = detail_path(path, option);
            report.required_total += 1;
            if draft.text(&detail_path).trim().is_empty() {
                push(report, &detail_path, "validation-required");
            } else {
                report.required_done += 1;
            }
        }
    }
}

fn push(report: &mut Report, path: &str, message: &'static str) {
    report.issues.push(Issue {
        severity: Severity::Error,
        path: path.to_string(),
        message,
    });
}

/// A practical e-mail check: one `@`, a non-empty local part, a domain with a dot and no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// The Fluent message IDs `validate` can produce (every one must exist in every locale).
pub const MESSAGES: &[&str] = &[
    "validation-required",
    "validation-email",
    "validation-date",
    "validation-time-zone",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{registry, Lang};

    fn setup() -> (Template, Draft) {
        let t = registry::template("art29-preservation").unwrap();
        let d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        (t, d)
    }

    fn complete() -> (Template, Draft) {
        let (t, mut d) = setup();
        for (path, value) in [
            ("date.date", "2026-11-22"),
            ("reference.reference", "PR-2026-0042"),
            ("status.status", "new"),
            ("requested-authority.authority", "24/7 point of contact"),
            ("requesting-authority.organisation", "Prosecutor's Office"),
            ("requesting-authority.person", "A. Person"),
            ("requesting-authority.email", "a.person@prosecutor.example"),
            ("requesting-authority.time-zone", "+04:00"),
        ] {
            d.set_text(path, value);
        }
        (t, d)
    }

    fn messages_at(report: &Report, path: &str) -> Vec<&'static str> {
        report.at(path).map(|i| i.message).collect()
    }

    #[test]
    fn a_complete_draft_has_no_issues() {
        let (t, d) = complete();
        let r = validate(&t, &d);
        assert_eq!(r.issues, vec![]);
        assert_eq!((r.required_done, r.required_total), (8, 8));
    }

    #[test]
    fn an_empty_draft_lists_every_required_item() {
        let (t, d) = setup();
        let r = validate(&t, &d);
        assert_eq!(r.issues.len(), 8);
        assert_eq!((r.required_done, r.required_total), (0, 8));
        assert!(r.has_errors());
        assert_eq!(messages_at(&r, "date.date"), ["validation-required"]);
    }

    #[test]
    fn whitespace_is_not_an_answer() {
        let (t, mut d) = complete();
        d.set_text("reference.reference", "   ");
        assert_eq!(
            messages_at(&validate(&t, &d), "reference.reference"),
            ["validation-required"]
        );
    }

    #[test]
    fn extension_needs_the_previous_reference() {
        let (t, mut d) = complete();
        d.set_text("status.status", "extension");
        let r = validate(&t, &d);
        assert_eq!(
            messages_at(&r, "status.status.extension"),
            ["validation-required"]
        );
        assert_eq!((r.required_done, r.required_total), (8, 9));
        d.set_text("status.status.extension", "PR-2026-0001");
        assert!(validate(&t, &d).issues.is_empty());
    }

    #[test]
    fn an_unknown_choice_is_flagged_and_kept() {
        let (t, mut d) = complete();
        d.set_text("status.status", "maybe");
        assert_eq!(
            messages_at(&validate(&t, &d), "status.status"),
            ["validation-required"]
        );
        assert_eq!(d.text("status.status"), "maybe");
    }

    #[test]
    fn formats_are_checked() {
        let (t, mut d) = complete();
        d.set_text("requesting-authority.email", "not-an-address");
        d.set_text("date.date", "22/11/2026");
        d.set_text("requesting-authority.time-zone", "Europe/Tbilisi");
        let r = validate(&t, &d);
        assert_eq!(
            messages_at(&r, "requesting-authority.email"),
            ["validation-email"]
        );
        assert_eq!(messages_at(&r, "date.date"), ["validation-date"]);
        assert_eq!(
            messages_at(&r, "requesting-authority.time-zone"),
            ["validation-time-zone"]
        );
        assert_eq!(r.required_done, 5);
    }

    #[test]
    fn non_text_values_never_panic() {
        let (t, mut d) = setup();
        for (_, _, path, _) in t.items() {
            d.answers
                .insert(path.clone(), serde_json::json!({"nested": [1, null]}));
        }
        assert_eq!(validate(&t, &d).required_done, 0);
    }

    #[test]
    fn email_check() {
        for ok in [
            "a@b.org",
            "first.last+tag@sub.example.ge",
            "пользователь@пример.рф",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@@b.org",
            "a b@c.org",
            "a@-b.org",
            "a@b..org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
