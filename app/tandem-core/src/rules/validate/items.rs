//! The checks of one item: answered when required, and in the form its kind asks for (e-mail,
//! telephone, dates with their time zone, amounts, identifiers, time ranges, rows of a group).

use super::{Check, Severity};
use crate::country;
use crate::form::IDENTIFIER_TYPES;
use crate::format::{self, When};
use crate::template::{detail_path, option_path, row_path, Item, ItemKind};
use crate::timezone;

impl Check<'_> {
    /// Checks an item; `counts` says whether it counts towards completeness (rows' fields do
    /// not: their item does).
    pub(super) fn item(&mut self, item: &Item, path: &str, counts: bool) {
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
        if !amount.is_empty() && !format::is_amount(&amount) {
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
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{edit, issues, only_error, template};
    use super::super::validate;
    use super::*;

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
}
