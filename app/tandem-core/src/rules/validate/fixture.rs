//! A template with one item of every kind and every rule across items, and a draft of it that
//! passes every check, for the tests of the checks.

use super::{validate, Severity};
use crate::draft::Draft;
use crate::lang::Lang;
use crate::template::{parse_template, Template};

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

pub(super) fn template() -> Template {
    parse_template(ALL_KINDS).unwrap()
}

/// A draft that passes every rule.
pub(super) fn complete() -> Draft {
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
    // Its free text is accounted for in the other language: translated, and the same in both.
    d.set_text("s.name#b", "Прокуратура");
    d.set_ticked("s.basis#same", true);
    d.set_ticked("s.offences.r1.name#same", true);
    d.answers
        .insert("s.offences".into(), serde_json::json!(["r1"]));
    d.answers.insert("s.ids".into(), serde_json::json!(["r1"]));
    d
}

/// The (severity, path, message) triples of a draft's issues, but for the translations still
/// missing (the tests of each check type text at will; `translation` tests those).
pub(super) fn issues(d: &Draft) -> Vec<(Severity, String, &'static str)> {
    validate(&template(), d)
        .issues
        .into_iter()
        .filter(|i| i.message != "validation-untranslated")
        .map(|i| (i.severity, i.path, i.message))
        .collect()
}

pub(super) fn only_error(d: &Draft, path: &str, message: &'static str) {
    assert_eq!(
        issues(d),
        vec![(Severity::Error, path.to_string(), message)]
    );
}

pub(super) fn edit(change: impl FnOnce(&mut Draft)) -> Draft {
    let mut d = complete();
    change(&mut d);
    d
}
