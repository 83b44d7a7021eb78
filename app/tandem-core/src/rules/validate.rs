//! Completeness and format checks: `validate(template, draft)` lists what is missing or wrong,
//! each as a Fluent message ID at an answer path, and counts the required answers done. Never
//! fails and never panics, whatever the draft holds.

use serde::Serialize;

use crate::country;
use crate::draft::Draft;
use crate::format::{self, When};
use crate::template::{
    detail_path, option_path, row_number, row_path, Item, ItemKind, Rule, Template,
};
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

/// The identifier types of an `identifiers` item, in menu order, with their Fluent IDs.
pub const IDENTIFIER_TYPES: &[(&str, &str)] = &[
    ("ip", "identifier-type-ip"),
    ("email", "identifier-type-email"),
    ("phone", "identifier-type-phone"),
    ("account", "identifier-type-account"),
    ("username", "identifier-type-username"),
    ("url", "identifier-type-url"),
    ("domain", "identifier-type-domain"),
    ("device", "identifier-type-device"),
];

/// The Fluent message IDs `validate` can produce (every one must exist in every locale).
pub const MESSAGES: &[&str] = &[
    "validation-required",
    "validation-choose-one",
    "validation-exclusive",
    "validation-email",
    "validation-phone",
    "validation-url",
    "validation-domain",
    "validation-ip",
    "validation-port",
    "validation-ip-port-missing",
    "validation-ip-time-missing",
    "validation-date",
    "validation-date-time",
    "validation-time-zone-missing",
    "validation-time-zone",
    "validation-country",
    "validation-amount",
    "validation-currency",
    "validation-identifier-type",
    "validation-identifier-missing",
    "validation-range-open",
    "validation-range-order",
    "validation-dates-order",
    "validation-us-damage-threshold",
];

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
    check.report
}

/// Whether an item's condition holds (items without one are always shown).
pub fn is_shown(draft: &Draft, item: &Item) -> bool {
    item.when.as_deref().is_none_or(|when| holds(draft, when))
}

/// Whether a condition holds: `path` of a tick box or a ticked option, or `path=option` for a
/// choice (`path=a|b` for one of several), clauses joined by ` & ` all holding (the form of an
/// item's `when`).
pub fn holds(draft: &Draft, when: &str) -> bool {
    when.split('&')
        .map(str::trim)
        .all(|clause| match clause.split_once('=') {
            Some((path, options)) => {
                let answer = draft.text(path.trim());
                options.split('|').any(|option| answer == option.trim())
            }
            None => draft.ticked(clause),
        })
}

/// The fields of an identifier row, with the Fluent IDs of their labels, in the form's order.
pub const IDENTIFIER_FIELDS: &[(&str, &str)] = &[
    ("type", "identifier-type"),
    ("value", "identifier-value"),
    ("port", "identifier-port"),
    ("at", "identifier-at"),
    ("from", "identifier-from"),
    ("to", "identifier-to"),
];

/// Where an answer path is in the form, to name it where an issue is listed apart from its
/// field (the error summary): "5.4 Telephone number", "Row 12.2 — Value", "11.3 Damage —
/// Currency".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The printed number of the question.
    pub number: String,
    /// Fluent ID of the question's label (or of the detail box's, for an option's detail).
    pub label: String,
    /// The printed number of the row, for a path in a row of a repeatable item.
    pub row: Option<String>,
    /// Fluent ID of the part's label, for a part of the question or of a row (a row's field,
    /// an amount's currency, an end of a time range).
    pub part: Option<String>,
}

/// Where `path` is in the form, or `None` for a path the template has no place for (such as a
/// row the draft no longer lists).
pub fn place(template: &Template, draft: &Draft, path: &str) -> Option<Place> {
    template.items().find_map(|(_, item, item_path, number)| {
        let at = |label: &str, row: Option<String>, part: Option<&str>| Place {
            number: number.clone(),
            label: label.to_string(),
            row,
            part: part.map(str::to_string),
        };
        if path == item_path {
            return Some(at(&item.label, None, None));
        }
        if let Some(detail) = item.options.iter().find_map(|o| {
            let detail = o.detail.as_ref()?;
            (detail_path(&item_path, o) == path).then_some(detail)
        }) {
            return Some(at(&detail.label, None, None));
        }
        let rest = path.strip_prefix(&item_path)?.strip_prefix('.')?;
        let field_label = |field: &str| {
            IDENTIFIER_FIELDS
                .iter()
                .find(|(id, _)| *id == field)
                .map(|(_, label)| *label)
        };
        match item.kind {
            ItemKind::Money if rest == "currency" => {
                Some(at(&item.label, None, Some("app-currency")))
            }
            // The ends of a time range are named as those of an identifier's range.
            ItemKind::TimeRange if matches!(rest, "from" | "to") => {
                Some(at(&item.label, None, field_label(rest)))
            }
            ItemKind::Group | ItemKind::Identifiers => {
                let (row, field) = match rest.split_once('.') {
                    Some((row, field)) => (row, Some(field)),
                    None => (rest, None),
                };
                let index = draft.rows(&item_path).iter().position(|r| r == row)?;
                let row = Some(row_number(&number, index));
                let part = match (field, item.kind) {
                    (None, _) => None,
                    (Some(field), ItemKind::Group) => {
                        Some(item.fields.iter().find(|f| f.id == field)?.label.as_str())
                    }
                    (Some(field), _) => Some(field_label(field)?),
                };
                Some(at(&item.label, row, part))
            }
            _ => None,
        }
    })
}

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

    /// Checks an item; `counts` says whether it counts towards completeness (rows' fields do
    /// not: their item does).
    fn item(&mut self, item: &Item, path: &str, counts: bool) {
        let before = self.report.issues.len();
        let answered = self.answered(item, path);
        if item.required && !answered {
            let message = match item.kind {
                ItemKind::Identifiers => "validation-identifier-missing",
                ItemKind::Choice => "validation-choose-one",
                _ => "validation-required",
            };
            self.error(path, message);
        }
        self.formats(item, path);
        if counts && item.required {
            self.report.required_total += 1;
            let errors = self.report.issues[before..]
                .iter()
                .any(|i| i.severity == Severity::Error);
            if !errors {
                self.report.required_done += 1;
            }
        }
    }

    fn answered(&self, item: &Item, path: &str) -> bool {
        match item.kind {
            ItemKind::Tick => self.draft.ticked(path),
            ItemKind::Choice => item.options.iter().any(|o| o.id == self.text(path)),
            ItemKind::Ticks => item
                .options
                .iter()
                .any(|o| self.draft.ticked(&option_path(path, o))),
            ItemKind::Group | ItemKind::Identifiers => !self.draft.rows(path).is_empty(),
            ItemKind::TimeRange => {
                !self.text(&format!("{path}.from")).is_empty()
                    && !self.text(&format!("{path}.to")).is_empty()
            }
            _ => !self.text(path).is_empty(),
        }
    }

    fn formats(&mut self, item: &Item, path: &str) {
        let text = self.text(path).to_string();
        match item.kind {
            ItemKind::Email if !text.is_empty() && !format::is_email(&text) => {
                self.error(path, "validation-email")
            }
            ItemKind::Phone if !text.is_empty() && !format::is_e164(&text) => {
                self.error(path, "validation-phone")
            }
            ItemKind::Url if !text.is_empty() && !format::is_url(&text) => {
                self.error(path, "validation-url")
            }
            ItemKind::Date if !text.is_empty() && format::parse_date(&text).is_none() => {
                self.error(path, "validation-date")
            }
            ItemKind::DateTime => self.date_time(path),
            ItemKind::TimeZone if !text.is_empty() && timezone::parse_offset(&text).is_none() => {
                self.error(path, "validation-time-zone")
            }
            ItemKind::Country if !text.is_empty() && country::lookup(&text).is_none() => {
                self.error(path, "validation-country")
            }
            ItemKind::Money => self.money(path),
            // (A required choice's unknown value is already reported as unanswered.)
            ItemKind::Choice
                if !item.required
                    && !text.is_empty()
                    && !item.options.iter().any(|o| o.id == text) =>
            {
                self.error(path, "validation-choose-one")
            }
            ItemKind::Choice => self.choice_detail(item, path),
            ItemKind::Ticks => self.ticks(item, path),
            ItemKind::TimeRange => self.range(path, &format!("{path}.from"), &format!("{path}.to")),
            ItemKind::Group => {
                for row in self.draft.rows(path) {
                    for field in &item.fields {
                        self.item(field, &row_path(path, &row, &field.id), false);
                    }
                }
            }
            ItemKind::Identifiers => {
                for row in self.draft.rows(path) {
                    self.identifier(&format!("{path}.{row}"));
                }
            }
            _ => {}
        }
    }

    fn choice_detail(&mut self, item: &Item, path: &str) {
        let picked = self.text(path).to_string();
        for option in item.options.iter().filter(|o| o.id == picked) {
            if option.detail.as_ref().is_some_and(|d| d.required) {
                let detail = detail_path(path, option);
                if self.text(&detail).is_empty() {
                    self.error(&detail, "validation-required");
                }
            }
        }
    }

    fn ticks(&mut self, item: &Item, path: &str) {
        let ticked: Vec<_> = item
            .options
            .iter()
            .filter(|o| self.draft.ticked(&option_path(path, o)))
            .collect();
        if ticked.len() > 1 && ticked.iter().any(|o| o.exclusive) {
            self.error(path, "validation-exclusive");
        }
        for option in ticked {
            if option.detail.as_ref().is_some_and(|d| d.required) {
                let detail = detail_path(path, option);
                if self.text(&detail).is_empty() {
                    self.error(&detail, "validation-required");
                }
            }
        }
    }

    fn date_time(&mut self, path: &str) {
        let text = self.text(path);
        if text.is_empty() {
            return;
        }
        match format::parse_date_time(text) {
            Some(When::Zoned(_)) => {}
            Some(When::Unzoned(_)) => self.error(path, "validation-time-zone-missing"),
            None => self.error(path, "validation-date-time"),
        }
    }

    fn money(&mut self, path: &str) {
        let amount = self.text(path).to_string();
        let currency_path = format!("{path}.currency");
        let currency = self.text(&currency_path).to_string();
        if !amount.is_empty() && format::parse_amount(&amount).is_none() {
            self.error(path, "validation-amount");
        }
        if !amount.is_empty() && !format::is_currency(&currency) {
            self.error(&currency_path, "validation-currency");
        }
    }

    /// A time range: both ends or none, each with its offset, in order.
    fn range(&mut self, at: &str, from: &str, to: &str) {
        self.date_time(from);
        self.date_time(to);
        let (a, b) = (self.text(from), self.text(to));
        match (a.is_empty(), b.is_empty()) {
            (true, true) => {}
            (false, true) | (true, false) => self.error(at, "validation-range-open"),
            (false, false) => {
                if let (Some(When::Zoned(a)), Some(When::Zoned(b))) =
                    (format::parse_date_time(a), format::parse_date_time(b))
                {
                    if a > b {
                        self.error(at, "validation-range-order");
                    }
                }
            }
        }
    }

    /// One identifier row at `row` (`section.item.row`).
    fn identifier(&mut self, row: &str) {
        let [kind, value, port, at] = ["type", "value", "port", "at"].map(|f| format!("{row}.{f}"));
        let (kind_text, value_text) = (self.text(&kind).to_string(), self.text(&value).to_string());
        if !IDENTIFIER_TYPES.iter().any(|(id, _)| *id == kind_text) {
            self.error(&kind, "validation-identifier-type");
        }
        if value_text.is_empty() {
            self.error(&value, "validation-required");
        } else {
            let well_formed = match kind_text.as_str() {
                "ip" => format::is_ip(&value_text)
                    .then_some(())
                    .ok_or("validation-ip"),
                "email" => format::is_email(&value_text)
                    .then_some(())
                    .ok_or("validation-email"),
                "phone" => format::is_e164(&value_text)
                    .then_some(())
                    .ok_or("validation-phone"),
                "url" => format::is_url(&value_text)
                    .then_some(())
                    .ok_or("validation-url"),
                "domain" => format::is_domain(&value_text)
                    .then_some(())
                    .ok_or("validation-domain"),
                _ => Ok(()),
            };
            if let Err(message) = well_formed {
                self.error(&value, message);
            }
        }
        if kind_text == "ip" {
            // Behind carrier-grade NAT an address alone names thousands of subscribers: the
            // provider needs the source port and the exact time with its zone.
            let port_text = self.text(&port).to_string();
            if port_text.is_empty() {
                self.push(Severity::Warning, &port, "validation-ip-port-missing");
            } else if !format::is_port(&port_text) {
                self.error(&port, "validation-port");
            }
            if self.text(&at).is_empty() {
                self.error(&at, "validation-ip-time-missing");
            }
        }
        self.date_time(&at);
        self.range(row, &format!("{row}.from"), &format!("{row}.to"));
    }

    fn rule(&mut self, template: &Template, rule: &Rule) {
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
    use super::*;
    use crate::template::parse_template;
    use crate::Lang;

    #[test]
    fn a_condition_may_name_several_options_and_join_clauses() {
        let t = crate::registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        d.set_text("basis.basis", "budapest");
        assert!(holds(&d, "basis.basis=untoc|budapest"));
        assert!(!holds(&d, "basis.basis=untoc|ets30"));
        let both = "basis.basis=budapest & offence.convention-offence";
        assert!(!holds(&d, both));
        d.set_ticked("offence.convention-offence", true);
        assert!(holds(&d, both));
        // Under another basis the Convention's offences are not asked, ticked or not.
        d.set_text("basis.basis", "untoc");
        assert!(!holds(&d, both));
        let articles = t.item("offence.convention-articles").unwrap();
        assert!(!is_shown(&d, articles));
        // A template naming an option that does not exist in a clause is refused.
        let bad = r#"
id = "t"
version = 1
title = "t-title"
legal-basis = "t-basis"
[[section]]
id = "s"
number = "1"
heading = "t-s"
[[section.item]]
id = "c"
kind = "choice"
label = "t-c"
[[section.item.option]]
id = "a"
label = "t-a"
[[section.item.option]]
id = "b"
label = "t-b"
[[section.item]]
id = "x"
kind = "text"
label = "t-x"
when = "s.c=a|z"
"#;
        assert!(parse_template(bad).is_err());
        assert!(parse_template(&bad.replace("a|z", "a|b")).is_ok());
    }

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
    fn places_name_rows_parts_and_details_as_the_form_numbers_them() {
        let t = crate::registry::template("art31-content").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        let (offences, identifiers) = ("offences.offences", "identifiers.identifiers");
        let first = d.add_row(offences);
        let second = d.add_row(offences);
        let ip = d.add_row(identifiers);
        let place = |d: &Draft, path: &str| place(&t, d, path);
        let named = |number: &str, label: &str, row: Option<&str>, part: Option<&str>| Place {
            number: number.into(),
            label: label.into(),
            row: row.map(Into::into),
            part: part.map(Into::into),
        };
        assert_eq!(
            place(&d, "reference.reference"),
            Some(named("2", "art31-content-reference", None, None))
        );
        assert_eq!(
            place(&d, &format!("{offences}.{second}.provision")),
            Some(named(
                "12.1",
                "art31-content-offences-offences",
                Some("12.1.2"),
                Some("art31-content-offences-offences-provision")
            ))
        );
        assert_eq!(
            place(&d, &format!("{identifiers}.{ip}.at")),
            Some(named(
                "14.1",
                "art31-content-identifiers-identifiers",
                Some("14.1.1"),
                Some("identifier-at")
            ))
        );
        // A row's own issues (an open time range) name the row alone.
        assert_eq!(
            place(&d, &format!("{identifiers}.{ip}")).and_then(|p| p.row),
            Some("14.1.1".to_string())
        );
        let damage = place(&d, "offences.damage.currency").unwrap();
        assert_eq!(damage.part.as_deref(), Some("app-currency"));
        assert_eq!(damage.label, "art31-content-offences-damage");
        let period = place(&d, "identifiers.period.to").unwrap();
        assert_eq!(period.part.as_deref(), Some("identifier-to"));
        // Rows are numbered by their place: removing the first renumbers the second.
        d.remove_row(offences, &first);
        assert_eq!(
            place(&d, &format!("{offences}.{second}.provision")).and_then(|p| p.row),
            Some("12.1.1".to_string())
        );
        // A row the draft no longer lists, an unknown field, an unknown path: no place.
        assert_eq!(place(&d, &format!("{offences}.{first}.provision")), None);
        assert_eq!(place(&d, &format!("{offences}.{second}.nonsense")), None);
        assert_eq!(place(&d, "no.such.path"), None);
    }

    /// A template with one item of every kind and every cross-item rule.
    const ALL_KINDS: &str = r#"
id = "t"
version = 1
title = "t"
legal-basis = "t"

[[section]]
id = "s"
number = "1"
heading = "t"

[[section.item]]
id = "name"
kind = "text"
label = "t"
required = true

[[section.item]]
id = "email"
kind = "email"
label = "t"

[[section.item]]
id = "phone"
kind = "phone"
label = "t"

[[section.item]]
id = "url"
kind = "url"
label = "t"

[[section.item]]
id = "date"
kind = "date"
label = "t"

[[section.item]]
id = "when"
kind = "date-time"
label = "t"

[[section.item]]
id = "zone"
kind = "time-zone"
label = "t"

[[section.item]]
id = "country"
kind = "country"
label = "t"

[[section.item]]
id = "damage"
kind = "money"
label = "t"

[[section.item]]
id = "status"
kind = "choice"
label = "t"
required = true
[[section.item.option]]
id = "new"
label = "t"
[[section.item.option]]
id = "extension"
label = "t"
detail = { label = "t", required = true }

[[section.item]]
id = "previous-date"
kind = "date"
label = "t"
when = "s.status=extension"
required = true

[[section.item]]
id = "categories"
kind = "ticks"
label = "t"
required = true
[[section.item.option]]
id = "subscriber"
label = "t"
[[section.item.option]]
id = "other"
label = "t"
detail = { label = "t", required = true }
[[section.item.option]]
id = "none"
label = "t"
exclusive = true

[[section.item]]
id = "notify"
kind = "tick"
label = "t"
meaning = "question"

[[section.item]]
id = "below"
kind = "tick"
label = "t"
meaning = "question"
printed = false

[[section.item]]
id = "route"
kind = "tick"
label = "t"
meaning = "request"

[[section.item]]
id = "reference"
kind = "text"
label = "t"

[[section.item]]
id = "basis"
kind = "text"
label = "t"

[[section.item]]
id = "why-notify"
kind = "long-text"
label = "t"
required = true
when = "s.notify"

[[section.item]]
id = "period"
kind = "time-range"
label = "t"

[[section.item]]
id = "offences"
kind = "group"
label = "t"
required = true
[[section.item.field]]
id = "name"
kind = "text"
label = "t"
required = true
[[section.item.field]]
id = "penalty"
kind = "text"
label = "t"

[[section.item]]
id = "ids"
kind = "identifiers"
label = "t"
required = true

[[rule]]
kind = "dates-in-order"
from = "s.date"
to = "s.when"

[[rule]]
kind = "us-damage-threshold"
country = "s.country"
below = "s.below"

[[rule]]
kind = "period-at-most"
range = "s.period"
days = 30

[[rule]]
kind = "period-at-most"
range = "s.ids"
days = 30

[[rule]]
kind = "recommended"
path = "s.basis"

[[rule]]
kind = "required-when"
path = "s.reference"
when = "s.route"

[[rule]]
kind = "agree"
first = "s.url"
second = "s.reference"

[[rule]]
kind = "implies"
when = "s.route"
then = "s.status=extension"
"#;

    fn template() -> Template {
        parse_template(ALL_KINDS).unwrap()
    }

    /// A draft that passes every rule.
    fn complete() -> Draft {
        let t = template();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        for (path, value) in [
            ("s.name", "Prosecutor's Office"),
            ("s.email", "a@b.org"),
            ("s.phone", "+995 32 000 00 00"),
            ("s.url", "https://example.org/profile/42"),
            ("s.date", "2026-11-01"),
            ("s.when", "2026-11-20T14:03+04:00"),
            ("s.zone", "+04:00"),
            ("s.country", "GE"),
            ("s.damage", "12000"),
            ("s.damage.currency", "USD"),
            ("s.status", "new"),
            ("s.basis", "Code of Criminal Procedure, Article 1"),
            ("s.period.from", "2026-11-01T00:00+04:00"),
            ("s.period.to", "2026-11-20T23:59+04:00"),
            ("s.offences.r1.name", "Illegal access (Art. 284)"),
            ("s.ids.r1.type", "ip"),
            ("s.ids.r1.value", "192.0.2.10"),
            ("s.ids.r1.port", "52344"),
            ("s.ids.r1.at", "2026-11-20T14:03:11+04:00"),
        ] {
            d.set_text(path, value);
        }
        d.set_ticked("s.categories.subscriber", true);
        d.answers
            .insert("s.offences".into(), serde_json::json!(["r1"]));
        d.answers.insert("s.ids".into(), serde_json::json!(["r1"]));
        d
    }

    /// The (severity, path, message) triples of a draft's issues.
    fn issues(d: &Draft) -> Vec<(Severity, String, &'static str)> {
        validate(&template(), d)
            .issues
            .into_iter()
            .map(|i| (i.severity, i.path, i.message))
            .collect()
    }

    fn only_error(d: &Draft, path: &str, message: &'static str) {
        assert_eq!(
            issues(d),
            vec![(Severity::Error, path.to_string(), message)]
        );
    }

    fn edit(change: impl FnOnce(&mut Draft)) -> Draft {
        let mut d = complete();
        change(&mut d);
        d
    }

    #[test]
    fn the_complete_draft_has_no_issue_and_counts_every_required_item() {
        let r = validate(&template(), &complete());
        assert_eq!(r.issues, vec![]);
        assert_eq!((r.required_done, r.required_total), (5, 5));
    }

    #[test]
    fn an_empty_draft_counts_nothing_done() {
        let t = template();
        let r = validate(&t, &Draft::new("d", &t, [Lang::En, Lang::Ru]));
        assert_eq!((r.required_done, r.required_total), (0, 5));
        assert!(r.has_errors());
    }

    #[test]
    fn required_text() {
        only_error(
            &edit(|d| d.set_text("s.name", "  ")),
            "s.name",
            "validation-required",
        );
    }

    #[test]
    fn exactly_one_choice() {
        only_error(
            &edit(|d| d.set_text("s.status", "")),
            "s.status",
            "validation-choose-one",
        );
        only_error(
            &edit(|d| d.set_text("s.status", "maybe")),
            "s.status",
            "validation-choose-one",
        );
    }

    #[test]
    fn a_picked_option_needs_its_required_detail() {
        let d = edit(|d| {
            d.set_text("s.status", "extension");
            d.set_text("s.previous-date", "2026-10-01");
        });
        only_error(&d, "s.status.extension.detail", "validation-required");
    }

    #[test]
    fn a_conditional_item_is_checked_only_when_shown() {
        let d = edit(|d| {
            d.set_text("s.status", "extension");
            d.set_text("s.status.extension.detail", "PR-1");
        });
        only_error(&d, "s.previous-date", "validation-required");
        let d = edit(|d| d.set_ticked("s.notify", true));
        only_error(&d, "s.why-notify", "validation-required");
        // Hidden again: its answer stays but is not checked.
        let d = edit(|d| d.set_text("s.previous-date", "garbage"));
        assert_eq!(issues(&d), vec![]);
    }

    #[test]
    fn at_least_one_tick() {
        only_error(
            &edit(|d| d.set_ticked("s.categories.subscriber", false)),
            "s.categories",
            "validation-required",
        );
    }

    #[test]
    fn an_exclusive_option_stands_alone() {
        only_error(
            &edit(|d| d.set_ticked("s.categories.none", true)),
            "s.categories",
            "validation-exclusive",
        );
    }

    #[test]
    fn a_ticked_option_needs_its_required_detail() {
        only_error(
            &edit(|d| d.set_ticked("s.categories.other", true)),
            "s.categories.other.detail",
            "validation-required",
        );
    }

    #[test]
    fn e_mail_phone_and_url_formats() {
        only_error(
            &edit(|d| d.set_text("s.email", "a@b")),
            "s.email",
            "validation-email",
        );
        only_error(
            &edit(|d| d.set_text("s.phone", "032 000 00 00")),
            "s.phone",
            "validation-phone",
        );
        only_error(
            &edit(|d| d.set_text("s.url", "example.org")),
            "s.url",
            "validation-url",
        );
    }

    #[test]
    fn dates_and_time_zones() {
        only_error(
            &edit(|d| d.set_text("s.date", "01/11/2026")),
            "s.date",
            "validation-date",
        );
        only_error(
            &edit(|d| d.set_text("s.when", "20 Nov")),
            "s.when",
            "validation-date-time",
        );
        only_error(
            &edit(|d| d.set_text("s.when", "2026-11-20T14:03")),
            "s.when",
            "validation-time-zone-missing",
        );
        only_error(
            &edit(|d| d.set_text("s.zone", "Asia/Tbilisi")),
            "s.zone",
            "validation-time-zone",
        );
    }

    #[test]
    fn country_and_money() {
        only_error(
            &edit(|d| d.set_text("s.country", "Georgia")),
            "s.country",
            "validation-country",
        );
        only_error(
            &edit(|d| d.set_text("s.damage", "12,000")),
            "s.damage",
            "validation-amount",
        );
        only_error(
            &edit(|d| d.set_text("s.damage.currency", "")),
            "s.damage.currency",
            "validation-currency",
        );
    }

    #[test]
    fn dates_in_order() {
        only_error(
            &edit(|d| d.set_text("s.date", "2026-12-01")),
            "s.when",
            "validation-dates-order",
        );
    }

    #[test]
    fn time_ranges_are_closed_and_in_order() {
        only_error(
            &edit(|d| d.set_text("s.period.to", "")),
            "s.period",
            "validation-range-open",
        );
        only_error(
            &edit(|d| d.set_text("s.period.to", "2026-10-31T23:59+04:00")),
            "s.period",
            "validation-range-order",
        );
        // Compared as instants: 01:00 in Tbilisi is before 23:00 the day before in New York.
        let d = edit(|d| {
            d.set_text("s.period.from", "2026-11-20T01:00+04:00");
            d.set_text("s.period.to", "2026-11-19T23:00-05:00");
        });
        assert_eq!(issues(&d), vec![]);
        only_error(
            &edit(|d| d.set_text("s.period.from", "2026-11-01T00:00")),
            "s.period.from",
            "validation-time-zone-missing",
        );
    }

    #[test]
    fn rows_of_a_required_group() {
        only_error(
            &edit(|d| d.remove_row("s.offences", "r1")),
            "s.offences",
            "validation-required",
        );
        only_error(
            &edit(|d| d.set_text("s.offences.r1.name", "")),
            "s.offences.r1.name",
            "validation-required",
        );
    }

    #[test]
    fn at_least_one_identifier() {
        only_error(
            &edit(|d| d.remove_row("s.ids", "r1")),
            "s.ids",
            "validation-identifier-missing",
        );
    }

    #[test]
    fn identifiers_are_typed_and_well_formed() {
        only_error(
            &edit(|d| d.set_text("s.ids.r1.type", "")),
            "s.ids.r1.type",
            "validation-identifier-type",
        );
        only_error(
            &edit(|d| d.set_text("s.ids.r1.value", "")),
            "s.ids.r1.value",
            "validation-required",
        );
        only_error(
            &edit(|d| d.set_text("s.ids.r1.value", "192.0.2.300")),
            "s.ids.r1.value",
            "validation-ip",
        );
        for (kind, bad, message) in [
            ("email", "someone", "validation-email"),
            ("phone", "555-0143", "validation-phone"),
            ("url", "example.org/x", "validation-url"),
            ("domain", "localhost", "validation-domain"),
        ] {
            let d = edit(|d| {
                d.set_text("s.ids.r1.type", kind);
                d.set_text("s.ids.r1.value", bad);
                d.set_text("s.ids.r1.port", "");
            });
            only_error(&d, "s.ids.r1.value", message);
        }
        let d = edit(|d| {
            d.set_text("s.ids.r1.type", "username");
            d.set_text("s.ids.r1.value", "night_owl_77");
            d.set_text("s.ids.r1.port", "");
            d.set_text("s.ids.r1.at", "");
        });
        assert_eq!(issues(&d), vec![]);
    }

    #[test]
    fn an_ip_address_needs_its_time_and_should_have_its_port() {
        only_error(
            &edit(|d| d.set_text("s.ids.r1.at", "")),
            "s.ids.r1.at",
            "validation-ip-time-missing",
        );
        only_error(
            &edit(|d| d.set_text("s.ids.r1.port", "70000")),
            "s.ids.r1.port",
            "validation-port",
        );
        let d = edit(|d| d.set_text("s.ids.r1.port", ""));
        assert_eq!(
            issues(&d),
            vec![(
                Severity::Warning,
                "s.ids.r1.port".into(),
                "validation-ip-port-missing"
            )]
        );
        assert!(!validate(&template(), &d).has_errors());
    }

    #[test]
    fn an_identifier_time_range_is_closed_and_in_order() {
        only_error(
            &edit(|d| d.set_text("s.ids.r1.from", "2026-11-20T14:00+04:00")),
            "s.ids.r1",
            "validation-range-open",
        );
        let d = edit(|d| {
            d.set_text("s.ids.r1.from", "2026-11-20T15:00+04:00");
            d.set_text("s.ids.r1.to", "2026-11-20T14:00+04:00");
        });
        only_error(&d, "s.ids.r1", "validation-range-order");
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
