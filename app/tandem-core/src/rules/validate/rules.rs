//! The template's rules across items (`[[rule]]`): dates in order, a period not too long, an
//! answer recommended, required on one route, the same fact given alike twice, no contradiction.

use super::{Check, Severity};
use crate::form::{holds, is_shown};
use crate::format::{self, When};
use crate::template::{ItemKind, Rule, Template};

impl Check<'_> {
    pub(super) fn rule(&mut self, template: &Template, rule: &Rule) {
        match rule {
            Rule::DatesInOrder { from, to } => {
                let shown =
                    |path: &str| template.item(path).is_some_and(|i| is_shown(self.draft, i));
                if !shown(from) || !shown(to) {
                    return;
                }
                if let (Some(a), Some(b)) = (self.instant(from), self.instant(to)) {
                    if a > b {
                        self.error(to, "validation-dates-order");
                    }
                }
            }
            Rule::UsDamageThreshold { country, below } => {
                if self.text(country) == "US" && self.draft.ticked(below) {
                    self.push(Severity::Warning, below, "validation-us-damage-threshold");
                }
            }
            Rule::PeriodAtMost { range, days } => {
                let Some(item) = template.item(range) else {
                    return;
                };
                if !is_shown(self.draft, item) {
                    return;
                }
                let periods: Vec<String> = match item.kind {
                    ItemKind::Identifiers => self
                        .draft
                        .rows(range)
                        .iter()
                        .map(|row| format!("{range}.{row}"))
                        .collect(),
                    _ => vec![range.clone()],
                };
                for at in periods {
                    let (from, to) = (format!("{at}.from"), format!("{at}.to"));
                    if let (Some(a), Some(b)) = (self.instant(&from), self.instant(&to)) {
                        if b - a > chrono::Duration::days(i64::from(*days)) {
                            self.push(Severity::Warning, &at, "validation-period-long");
                        }
                    }
                }
            }
            Rule::Recommended { path } => {
                if template.item(path).is_some_and(|i| is_shown(self.draft, i))
                    && self.text(path).is_empty()
                {
                    self.push(Severity::Warning, path, "validation-recommended");
                }
            }
            Rule::RequiredWhen { path, when } => {
                if holds(self.draft, when)
                    && template.item(path).is_some_and(|i| is_shown(self.draft, i))
                    && self.text(path).is_empty()
                    && !self.report.issues.iter().any(|i| &i.path == path)
                {
                    self.error(path, "validation-required");
                }
            }
            Rule::Agree { first, second } => {
                let (a, b) = (self.text(first), self.text(second));
                if !a.is_empty() && !b.is_empty() && a != b {
                    self.push(Severity::Warning, second, "validation-answers-differ");
                }
            }
            Rule::Implies { when, then } => {
                if holds(self.draft, when) && !holds(self.draft, then) {
                    let at = then.split_once('=').map_or(then.as_str(), |(path, _)| path);
                    self.error(at, "validation-answers-contradict");
                }
            }
        }
    }

    /// A date or zoned date-time answer as a comparable UTC instant.
    fn instant(&self, path: &str) -> Option<chrono::DateTime<chrono::Utc>> {
        let text = self.text(path);
        if let Some(date) = format::parse_date(text) {
            return date.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        }
        match format::parse_date_time(text)? {
            When::Zoned(t) => Some(t.to_utc()),
            When::Unzoned(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{complete, edit, issues, only_error};
    use super::*;
    use crate::draft::Draft;

    #[test]
    fn dates_in_order() {
        only_error(
            &edit(|d| d.set_text("s.date", "2026-12-01")),
            "s.when",
            "validation-dates-order",
        );
    }

    #[test]
    fn us_damage_below_the_threshold_is_flagged_in_any_currency() {
        let d = edit(|d| {
            d.set_text("s.country", "US");
            d.set_ticked("s.below", true);
        });
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                "s.below".into(),
                "validation-us-damage-threshold"
            )]
        );
        // Not ticked, or another State: nothing; the amount itself is never converted.
        for (country, below) in [("US", false), ("GE", true)] {
            let d = edit(|d| {
                d.set_text("s.country", country);
                d.set_text("s.damage", "100");
                d.set_text("s.damage.currency", "EUR");
                d.set_ticked("s.below", below);
            });
            assert_eq!(issues(&d), vec![], "{country} {below}");
        }
    }

    #[test]
    fn a_long_period_is_flagged_as_over_broad() {
        let d = edit(|d| {
            d.set_text("s.period.from", "2026-01-01T00:00+04:00");
            d.set_text("s.period.to", "2026-03-01T00:00+04:00");
        });
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                "s.period".into(),
                "validation-period-long"
            )]
        );
        // Thirty days exactly is within the threshold.
        let d = edit(|d| {
            d.set_text("s.period.from", "2026-01-01T00:00+04:00");
            d.set_text("s.period.to", "2026-01-31T00:00+04:00");
        });
        assert_eq!(issues(&d), vec![]);
        // An identifier row's own period is checked too.
        let mut d = complete();
        let row = d.rows("s.ids")[0].clone();
        d.set_text(&format!("s.ids.{row}.from"), "2026-01-01T00:00Z");
        d.set_text(&format!("s.ids.{row}.to"), "2026-06-01T00:00Z");
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                format!("s.ids.{row}"),
                "validation-period-long"
            )]
        );
    }

    #[test]
    fn a_recommended_answer_left_empty_is_a_warning() {
        let d = edit(|d| d.set_text("s.basis", ""));
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                "s.basis".into(),
                "validation-recommended"
            )]
        );
    }

    #[test]
    fn an_answer_required_on_one_route_only() {
        let route = |d: &mut Draft| {
            d.set_ticked("s.route", true);
            d.set_text("s.status", "extension");
            d.set_text("s.status.extension.detail", "R-1");
            d.set_text("s.previous-date", "2026-10-01");
        };
        let d = edit(route);
        assert_eq!(
            issues(&d),
            vec![(Severity::Error, "s.reference".into(), "validation-required")]
        );
        let d = edit(|d| {
            route(d);
            d.set_text("s.reference", "https://example.org/profile/42");
        });
        assert_eq!(issues(&d), vec![]);
    }

    #[test]
    fn the_same_fact_given_twice_must_agree() {
        let d = edit(|d| d.set_text("s.reference", "https://example.org/profile/43"));
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                "s.reference".into(),
                "validation-answers-differ"
            )]
        );
        let d = edit(|d| d.set_text("s.reference", "https://example.org/profile/42"));
        assert_eq!(issues(&d), vec![]);
    }

    #[test]
    fn an_answer_that_contradicts_another_is_an_error() {
        let d = edit(|d| {
            d.set_ticked("s.route", true);
            d.set_text("s.reference", "https://example.org/profile/42");
        });
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Error,
                "s.status".into(),
                "validation-answers-contradict"
            )]
        );
    }
}
