//! Every locale has had a second reader: someone who did not write it back-translated a fixed
//! sample of its messages into English and judged each against the source (issue 17). The table
//! lives in `locales/<lang>/REVIEW.md`; a "wrong" must say how it was fixed. This is not a legal
//! translator's review: every locale stays machine-drafted until one has been done.

use tandem_core::Lang;

use crate::root;

/// The fixed sample: titles, legal bases, the Art. 29(2) elements, the data categories, the
/// emergency threshold, confidentiality and the PDF's furniture. `.hint` names an attribute.
pub const SAMPLE: &[&str] = &[
    "art29-preservation-title",
    "art31-subscriber-title",
    "art31-traffic-title",
    "art31-content-title",
    "emergency-disclosure-title",
    "art29-preservation-legal-basis",
    "art31-subscriber-legal-basis",
    "art31-traffic-legal-basis",
    "art31-content-legal-basis",
    "emergency-disclosure-legal-basis",
    "art29-preservation-requesting-authority",
    "art29-preservation-offence-offences",
    "art29-preservation-offence-facts",
    "art29-preservation-offence-convention-offence",
    "art29-preservation-offence-convention-offence.hint",
    "art29-preservation-data-identifiers",
    "art29-preservation-data-period",
    "art29-preservation-data-relationship",
    "art29-preservation-custodian",
    "art29-preservation-custodian-location",
    "art29-preservation-necessity",
    "art29-preservation-mla-intent",
    "art29-preservation-data-categories",
    "art29-preservation-data-categories.hint",
    "art29-preservation-data-categories-subscriber",
    "art29-preservation-data-categories-traffic",
    "art29-preservation-data-categories-content",
    "art31-subscriber-categories-identity",
    "emergency-disclosure-data-categories-location",
    "emergency-disclosure-channel-basis-protocol-art9",
    "emergency-disclosure-requesting-authority-reachable",
    "emergency-disclosure-emergency",
    "emergency-disclosure-emergency-risk",
    "emergency-disclosure-emergency-facts",
    "emergency-disclosure-emergency-urgency",
    "art29-preservation-confidentiality-conditions-no-notification",
    "art29-preservation-confidentiality-conditions-prejudice",
    "art29-preservation-traffic-disclosure",
    "signature-heading",
    "pdf-page",
    "pdf-reference",
    "pdf-fingerprint",
    "pdf-draft",
    "pdf-not-translated",
    "pdf-ticked",
    "pdf-source-port",
    "pdf-at-time",
];

/// A row of a review table: `| `id` | back-translation | verdict | fix |`.
struct Row {
    id: String,
    back: String,
    verdict: String,
    fix: String,
}

fn rows(text: &str) -> Vec<Row> {
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .strip_prefix('|')?
                .strip_suffix('|')?
                .split('|')
                .collect();
            let [id, back, verdict, fix] = cells[..] else {
                return None;
            };
            let id = id.trim().strip_prefix('`')?.strip_suffix('`')?;
            Some(Row {
                id: id.to_string(),
                back: back.trim().to_string(),
                verdict: verdict.trim().to_lowercase(),
                fix: fix.trim().to_string(),
            })
        })
        .collect()
}

#[test]
fn every_sample_message_exists_in_english() {
    let ids = crate::locales::message_ids_with_hints();
    for key in SAMPLE {
        let found = match key.split_once('.') {
            None => ids.iter().any(|(id, _)| id == key),
            Some((id, "hint")) => ids.iter().any(|(i, hint)| i == id && *hint),
            Some(_) => false,
        };
        assert!(found, "review sample names {key}, which English lacks");
    }
}

#[test]
fn every_locale_has_a_second_reading_of_the_sample_and_every_wrong_is_fixed() {
    let mut problems = Vec::new();
    for &lang in Lang::ALL.iter().filter(|&&l| l != Lang::En) {
        let path = root().join("locales").join(lang.code()).join("REVIEW.md");
        let Ok(text) = std::fs::read_to_string(&path) else {
            problems.push(format!("{}: no REVIEW.md", lang.code()));
            continue;
        };
        let rows = rows(&text);
        for key in SAMPLE {
            let Some(row) = rows.iter().find(|r| r.id == *key) else {
                problems.push(format!(
                    "{}: sample message {key} not reviewed",
                    lang.code()
                ));
                continue;
            };
            let known = ["same", "shift", "wrong"]
                .iter()
                .any(|v| row.verdict.starts_with(v));
            if !known || row.back.is_empty() {
                problems.push(format!(
                    "{}: {key}: no back-translation or verdict",
                    lang.code()
                ));
            }
        }
        for row in rows.iter().filter(|r| r.verdict.starts_with("wrong")) {
            if matches!(row.fix.as_str(), "" | "-" | "—") {
                problems.push(format!(
                    "{}: {} judged wrong and not fixed",
                    lang.code(),
                    row.id
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "second readings:\n{}",
        problems.join("\n")
    );
}

#[test]
fn review_rows_are_read() {
    let rows = rows("| `pdf-page` | Page 1 of 2 | same | — |\n| message | back | verdict | fix |");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, "pdf-page");
    assert_eq!(rows[0].verdict, "same");
}
