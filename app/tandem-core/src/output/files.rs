//! The names of the files the app offers for download, each made safe for a file system by one
//! rule ([`safe`]): the PDF and the calendar reminder of a request, an exported draft (open or
//! locked), a stored entry this version cannot read, a backup of all drafts, and a reading copy
//! of a request received.

use crate::draft::Draft;
use crate::summary::REFERENCE;

/// At most this many characters of a reference or id go into a file name (as many as an id may
/// have, `import::MAX_ID_LEN`).
const MAX_STEM: usize = 64;

/// `text` made safe for a file name: letters, digits, `-` and `_` kept, every other character
/// (separators, dots, spaces, controls) `_`, at most [`MAX_STEM`] of them; `None` when nothing
/// but `_` is left.
fn safe(text: &str) -> Option<String> {
    let stem: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(MAX_STEM)
        .collect();
    (!stem.trim_matches('_').is_empty()).then_some(stem)
}

/// The name of a request's own files (its PDF, its calendar reminder) before the extension:
/// `tandem-<reference>`, or `tandem-request` without a usable reference.
fn request_stem(draft: &Draft) -> String {
    safe(draft.text(REFERENCE).trim())
        .map_or_else(|| "tandem-request".to_string(), |s| format!("tandem-{s}"))
}

/// The file a request's PDF is saved as: `tandem-PR-2026-0042.pdf`.
pub fn pdf_file_name(draft: &Draft) -> String {
    format!("{}.pdf", request_stem(draft))
}

/// The file a calendar reminder of a request is saved as: `tandem-PR-2026-0042.ics`.
pub fn ics_file_name(draft: &Draft) -> String {
    format!("{}.ics", request_stem(draft))
}

/// The file a reminder of a confirmation of receipt due is saved as:
/// `tandem-PR-2026-0042-confirmation.ics`.
pub fn confirmation_ics_file_name(draft: &Draft) -> String {
    format!("{}-confirmation.ics", request_stem(draft))
}

/// The file a draft is exported to: `<reference, else id>.tandem.json`.
pub fn draft_file_name(draft: &Draft) -> String {
    let stem = safe(draft.text(REFERENCE).trim()).unwrap_or_else(|| id_stem(&draft.id));
    format!("{stem}.tandem.json")
}

/// The file a locked draft is exported to: `<id>.tandem.json` (its reference is sealed).
pub fn locked_file_name(id: &str) -> String {
    format!("{}.tandem.json", id_stem(id))
}

/// The file a reading copy of a request received is saved as:
/// `tandem-reading-copy-<fingerprint>-ka-fr.pdf` (the original's fingerprint, the copy's
/// languages).
pub fn reading_copy_file_name(fingerprint: &str, langs: [crate::lang::Lang; 2]) -> String {
    format!(
        "tandem-reading-copy-{}-{}-{}.pdf",
        id_stem(fingerprint),
        langs[0].code(),
        langs[1].code()
    )
}

/// The file an entry kept aside (unreadable by this version) is downloaded as.
pub fn aside_file_name(id: &str) -> String {
    format!("tandem-unreadable-{}.txt", id_stem(id))
}

/// The file a backup of all drafts made on `date` (`yyyy-mm-dd`) is downloaded as.
pub fn backup_file_name(date: &str) -> String {
    format!("tandem-backup-{date}.json")
}

/// An id made safe, kept whole where it is only `_`s (ids are never empty).
fn id_stem(id: &str) -> String {
    safe(id).unwrap_or_else(|| "_".repeat(id.chars().count().clamp(1, MAX_STEM)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::registry;

    fn draft(reference: &str) -> Draft {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d1", &t, [Lang::En, Lang::Fr]);
        d.set_text(REFERENCE, reference);
        d
    }

    #[test]
    fn only_letters_digits_dashes_and_underscores_reach_a_file_name() {
        assert_eq!(safe("PR-2026_0042").as_deref(), Some("PR-2026_0042"));
        assert_eq!(safe("../a b\u{202e}.pdf").as_deref(), Some("___a_b__pdf"));
        assert_eq!(safe("Дело №5").as_deref(), Some("Дело__5"));
        assert_eq!(safe("/ . \\"), None);
        assert_eq!(safe(""), None);
        assert_eq!(safe(&"x".repeat(100)).map(|s| s.len()), Some(MAX_STEM));
    }

    #[test]
    fn a_requests_files_are_named_by_its_reference() {
        let d = draft(" PREVIEW-2026/77 ");
        assert_eq!(pdf_file_name(&d), "tandem-PREVIEW-2026_77.pdf");
        assert_eq!(ics_file_name(&d), "tandem-PREVIEW-2026_77.ics");
        assert_eq!(
            confirmation_ics_file_name(&d),
            "tandem-PREVIEW-2026_77-confirmation.ics"
        );
        assert_eq!(draft_file_name(&d), "PREVIEW-2026_77.tandem.json");
        let d = draft("///");
        assert_eq!(pdf_file_name(&d), "tandem-request.pdf");
        assert_eq!(ics_file_name(&d), "tandem-request.ics");
        assert_eq!(draft_file_name(&d), "d1.tandem.json");
    }

    #[test]
    fn files_named_by_an_id_or_a_date() {
        assert_eq!(locked_file_name("d1"), "d1.tandem.json");
        assert_eq!(aside_file_name("d1"), "tandem-unreadable-d1.txt");
        assert_eq!(
            aside_file_name("../a b\u{202e}"),
            "tandem-unreadable-___a_b_.txt"
        );
        assert_eq!(aside_file_name("."), "tandem-unreadable-_.txt");
        assert_eq!(
            backup_file_name("2026-11-22"),
            "tandem-backup-2026-11-22.json"
        );
    }

    #[test]
    fn a_reading_copy_is_named_by_its_original_and_its_languages() {
        use crate::lang::Lang;
        assert_eq!(
            reading_copy_file_name("0123456789abcdef", [Lang::Ka, Lang::Fr]),
            "tandem-reading-copy-0123456789abcdef-ka-fr.pdf"
        );
        assert_eq!(
            reading_copy_file_name("../x", [Lang::En, Lang::Fr]),
            "tandem-reading-copy-___x-en-fr.pdf"
        );
    }
}
