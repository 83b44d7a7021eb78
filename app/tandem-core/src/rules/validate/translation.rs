//! Where the wording of free text in document language B stands: translated, the same in both
//! languages, left untranslated on purpose, or still to be translated (an error: a final request
//! waits for it).

use crate::draft::Draft;
use crate::form::is_printed;
use crate::template::{detail_path, option_path, row_path, Item, ItemKind, Template};

/// The answer path under which the translation of a free-text answer into document language B
/// is kept.
pub fn translation_path(path: &str) -> String {
    format!("{path}#b")
}

/// The answer path of the tick "same in both languages" of a free-text answer (names,
/// references, addresses): `true` when ticked.
pub fn same_path(path: &str) -> String {
    format!("{path}#same")
}

/// The answer path of the tick "leave untranslated" of a free-text answer: the requesting
/// authority chose not to translate it, and the PDF says so in column B.
pub fn left_path(path: &str) -> String {
    format!("{path}#untranslated")
}

/// Where the wording of a free-text answer in document language B stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationStatus {
    /// A translation has been typed.
    Translated,
    /// The text reads the same in both languages (a name, a reference) and says so.
    Same,
    /// Left untranslated on purpose: column B says so.
    Left,
    /// None of these: the text still has to be translated (a final request waits for it).
    Pending,
}

/// The translation status of the free-text answer at `path`. A typed translation wins over the
/// "same in both" tick, which wins over "leave untranslated".
pub fn translation_status(draft: &Draft, path: &str) -> TranslationStatus {
    if !draft.text(&translation_path(path)).trim().is_empty() {
        TranslationStatus::Translated
    } else if draft.ticked(&same_path(path)) {
        TranslationStatus::Same
    } else if draft.ticked(&left_path(path)) {
        TranslationStatus::Left
    } else {
        TranslationStatus::Pending
    }
}

/// The answer paths of the free text still to be translated: every shown, answered, translatable
/// text (items, fields of group rows, details of picked options) whose wording in document
/// language B is neither typed, nor marked the same in both, nor left untranslated on purpose,
/// in template order.
pub fn untranslated(template: &Template, draft: &Draft) -> Vec<String> {
    fn visit(draft: &Draft, item: &Item, path: &str, out: &mut Vec<String>) {
        if item.kind.is_free_text() && item.translate {
            out.push(path.to_string());
        }
        for option in &item.options {
            let picked = match item.kind {
                ItemKind::Ticks => draft.ticked(&option_path(path, option)),
                _ => draft.text(path) == option.id,
            };
            if picked && option.detail.as_ref().is_some_and(|d| d.translate) {
                out.push(detail_path(path, option));
            }
        }
        if item.kind == ItemKind::Group {
            for row in draft.rows(path) {
                for field in &item.fields {
                    visit(draft, field, &row_path(path, &row, &field.id), out);
                }
            }
        }
    }
    let mut paths = Vec::new();
    // A bilateral treaty is printed in the legal-basis line, though its choice is not.
    if let Some(treaty) = crate::basis::Args::of(template, draft).treaty_path {
        paths.push(treaty);
    }
    for (_, item, path, _) in template.items() {
        if is_printed(draft, item) {
            visit(draft, item, &path, &mut paths);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    paths.retain(|p| seen.insert(p.clone()));
    paths.retain(|p| {
        !draft.text(p).trim().is_empty()
            && translation_status(draft, p) == TranslationStatus::Pending
    });
    paths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::registry;

    #[test]
    fn untranslated_lists_answered_translatable_text_of_items_rows_and_details() {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        assert!(untranslated(&t, &d).is_empty());
        let org = "requesting-authority.organisation";
        d.set_text(org, "Prosecutor General's Office");
        // A reference reads the same in both languages: never listed.
        d.set_text("reference.reference", "PR-1");
        let row = d.add_row("offence.offences");
        let offence = row_path("offence.offences", &row, "offence");
        d.set_text(&offence, "Illegal access");
        d.set_ticked("data.categories.other", true);
        d.set_text("data.categories.other.detail", "Cloud backups");
        d.set_text("status.status", "extension");
        d.set_text("status.status.extension.detail", "PR-0");
        assert_eq!(
            untranslated(&t, &d),
            [org, offence.as_str(), "data.categories.other.detail"]
        );
        d.set_ticked(&same_path(org), true);
        d.set_text(&translation_path(&offence), "Неправомерный доступ");
        // An unticked option's detail is not part of the request.
        d.set_ticked("data.categories.other", false);
        assert!(untranslated(&t, &d).is_empty());
    }
}
