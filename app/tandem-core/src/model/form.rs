//! The form a template makes of a draft: which items their conditions show, where an answer path
//! stands (to name it apart from its field, as the error summary does), and the fixed parts of an
//! identifier row. Shared by the checks, the document and the screens.

use crate::draft::Draft;
use crate::template::{detail_path, row_number, Item, ItemKind, Template};

/// Whether an item is part of the request as printed: shown by its condition, and not one of the
/// requester's own notes (`printed = false`).
pub fn is_printed(draft: &Draft, item: &Item) -> bool {
    item.printed && is_shown(draft, item)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn a_condition_may_name_several_options_and_join_clauses() {
        use crate::template::parse_template;
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
}
