//! Completeness and format checks: `validate(template, draft)` lists what is missing or wrong,
//! each as a Fluent message ID at an answer path, and counts the required answers done. Never
//! fails and never panics, whatever the draft holds.
//! The report is here; the checks of each item are in `items`, the template's rules across items
//! in `rules`.

mod items;
mod rules;
mod translation;

pub use translation::{
    left_path, same_path, translation_path, translation_status, untranslated, TranslationStatus,
};

use serde::Serialize;

use crate::draft::Draft;
use crate::form::is_shown;
use crate::template::Template;

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
    let mut check = Check {
        draft,
        report: Report {
            issues: Vec::new(),
            required_done: 0,
            required_total: 0,
        },
    };
    for (_, item, path, _) in template.items() {
        if is_shown(draft, item) {
            check.item(item, &path, true);
        }
    }
    for rule in &template.rules {
        check.rule(template, rule);
    }
    // An answer whose wording in the other language is missing holds a final request back: the
    // recipient would read "[Not translated…]". Translated, the same in both languages or left
    // untranslated on purpose, it is accounted for.
    for path in untranslated(template, draft) {
        check.error(&path, "validation-untranslated");
    }
    check.report
}

/// A check under way: the draft, and the report it fills (the item checks are in `items`, the
/// rules across items in `rules`).
struct Check<'a> {
    draft: &'a Draft,
    report: Report,
}

impl Check<'_> {
    fn push(&mut self, severity: Severity, path: &str, message: &'static str) {
        self.report.issues.push(Issue {
            severity,
            path: path.to_string(),
            message,
        });
    }

    fn error(&mut self, path: &str, message: &'static str) {
        self.push(Severity::Error, path, message);
    }

    fn text(&self, path: &str) -> &str {
        self.draft.text(path).trim()
    }
}

#[cfg(test)]
mod fixture;

#[cfg(test)]
mod tests {
    use super::fixture::{complete, template};
    use super::*;
    use crate::Lang;

    /// The emergency template asks what each route needs: on the Protocol's Article 9 route the
    /// provider's name and address (Art. 9(3)(c)); on the Article 10 route the content of a
    /// request for mutual assistance; on a provider's own channel neither.
    #[test]
    fn each_emergency_route_requires_what_it_needs() {
        let t = crate::registry::template("emergency-disclosure").unwrap();
        let errors = |route: &str| {
            let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
            d.set_text("channel.basis", route);
            validate(&t, &d)
                .issues
                .into_iter()
                .filter(|i| i.severity == Severity::Error)
                .map(|i| i.path)
                .collect::<Vec<_>>()
        };
        let art9 = errors("protocol-art9");
        assert!(art9.contains(&"addressee.provider".to_string()));
        assert!(!art9.contains(&"mla.assistance".to_string()));
        let art10 = errors("protocol-art10");
        assert!(art10.contains(&"mla.domestic-legal-basis".to_string()));
        assert!(art10.contains(&"mla.assistance".to_string()));
        assert!(!art10.contains(&"addressee.provider".to_string()));
        let provider = errors("provider");
        for path in [
            "addressee.provider",
            "mla.domestic-legal-basis",
            "mla.assistance",
        ] {
            assert!(
                !provider.contains(&path.to_string()),
                "{path} on the provider route"
            );
        }
    }

    #[test]
    fn the_complete_draft_has_no_issue_and_counts_every_required_item() {
        let r = validate(&template(), &complete());
        assert_eq!(r.issues, vec![]);
        assert_eq!((r.required_done, r.required_total), (5, 5));
    }

    /// A translatable answer holds a final request back until it is translated, marked the same
    /// in both languages or left untranslated on purpose; an empty one never does.
    #[test]
    fn an_untranslated_answer_is_an_error_until_it_is_accounted_for() {
        let t = template();
        let untranslated = |d: &Draft| {
            validate(&t, d)
                .issues
                .into_iter()
                .filter(|i| i.message == "validation-untranslated")
                .map(|i| (i.severity, i.path))
                .collect::<Vec<_>>()
        };
        let mut d = complete();
        assert_eq!(untranslated(&d), vec![]);
        d.set_text("s.name#b", "");
        assert_eq!(
            untranslated(&d),
            vec![(Severity::Error, "s.name".to_string())]
        );
        d.set_ticked("s.name#untranslated", true);
        assert_eq!(untranslated(&d), vec![]);
        d.set_ticked("s.name#untranslated", false);
        d.set_text("s.name", "");
        assert_eq!(untranslated(&d), vec![]);
    }

    #[test]
    fn an_empty_draft_counts_nothing_done() {
        let t = template();
        let r = validate(&t, &Draft::new("d", &t, [Lang::En, Lang::Ru]));
        assert_eq!((r.required_done, r.required_total), (0, 5));
        assert!(r.has_errors());
    }

    #[test]
    fn never_panics_on_values_of_the_wrong_type() {
        let t = template();
        let mut d = complete();
        let keys: Vec<String> = d.answers.keys().cloned().collect();
        for key in keys {
            d.answers
                .insert(key, serde_json::json!({"nested": [1, null, {"x": true}]}));
        }
        let r = validate(&t, &d);
        assert!(r.has_errors());
        assert!(r.required_done <= r.required_total);
    }
}
