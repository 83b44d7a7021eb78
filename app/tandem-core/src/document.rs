//! The bilingual document model: what a request says, in its two document languages, before any
//! layout. Built from a template, a draft and the catalog (`build_document`); consumed by the PDF
//! engine (`tandem-pdf`), which decides nothing about content.

use serde::{Deserialize, Serialize};

/// Writing direction of a language or a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

/// A pair of texts: index 0 is document language A, index 1 language B.
pub type Pair = [String; 2];

/// A whole request, ready for layout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// BCP 47 codes of the two document languages, e.g. `["en", "ru"]`.
    pub langs: [String; 2],
    /// Direction of each document language.
    pub dirs: [Dir; 2],
    /// Request type, e.g. "Request for expedited preservation of stored computer data".
    pub title: Pair,
    /// Legal basis line under the title, e.g. "Articles 29 and 30, Budapest Convention".
    pub subtitle: Pair,
    /// Set for a draft for consultation: the word "DRAFT" in each language, on every page.
    pub draft_mark: Option<Pair>,
    /// The request's reference number as typed (shown in the footer), may be empty.
    pub reference: String,
    /// Review status of each language's translations, for the footer.
    pub review_status: Pair,
    /// Short content fingerprint (first 16 hex digits of SHA-256 of the canonical draft JSON).
    pub fingerprint: String,
    /// Creation date of the PDF, ISO 8601 (`2026-11-22`), for the metadata.
    pub created: String,
    /// Numbered section headings and fields, in order.
    pub blocks: Vec<Block>,
}

/// One row of the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A numbered section heading, e.g. "1" / "Request".
    Heading { number: String, text: Pair },
    /// A numbered field: label in each language and its answer.
    Field {
        number: String,
        label: Pair,
        value: Value,
    },
}

/// The answer shown for a field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Value {
    /// No answer: shown as "—" in both columns.
    Empty,
    /// Text for each column (for free text: as typed in A; in B the translation, or a note in
    /// language B that the text is not translated).
    Text { text: Pair },
    /// A tick box with its caption in each language.
    Tick { checked: bool, caption: Pair },
}

use chrono::NaiveDate;

use crate::draft::Draft;
use crate::l10n::{Arg, Catalog, L10nError};
use crate::lang::Lang;
use crate::template::{detail_path, ItemKind, Template};
use crate::timezone;

/// How the document is issued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Issue {
    /// The request as sent through the official channel.
    Final,
    /// A draft sent ahead for consultation (T-CY Rec 14), marked "DRAFT" on every page.
    Consultation,
}

/// The answer path under which the translation of a free-text answer into document language B
/// is kept.
pub fn translation_path(path: &str) -> String {
    format!("{path}#b")
}

/// Builds the bilingual document for a draft. The catalog must hold both document languages and
/// be built without bidi isolation marks.
pub fn build_document(
    template: &Template,
    draft: &Draft,
    catalog: &Catalog,
    issue: Issue,
    today: NaiveDate,
) -> Result<Document, L10nError> {
    let langs = draft.langs;
    let pair = |id: &str| catalog.pair(langs, id, &[]);
    let mut blocks = Vec::new();
    for section in &template.sections {
        if let Some(heading) = &section.heading {
            blocks.push(Block::Heading {
                number: section.number.clone(),
                text: pair(heading)?,
            });
        }
        for (i, item) in section.items.iter().enumerate() {
            let path = crate::template::item_path(section, item);
            let number = match section.heading {
                Some(_) => format!("{}.{}", section.number, i + 1),
                None => section.number.clone(),
            };
            let answer = draft.text(&path).trim();
            let value = match item.kind {
                ItemKind::Tick => Value::Tick {
                    checked: draft.ticked(&path),
                    caption: pair(if draft.ticked(&path) {
                        "pdf-ticked"
                    } else {
                        "pdf-not-ticked"
                    })?,
                },
                _ if answer.is_empty() => Value::Empty,
                ItemKind::Text | ItemKind::LongText if item.translate => {
                    let translation = draft.text(&translation_path(&path)).trim();
                    let b = if translation.is_empty() {
                        catalog.text(langs[1], "pdf-not-translated")?
                    } else {
                        translation.to_string()
                    };
                    Value::Text {
                        text: [answer.to_string(), b],
                    }
                }
                ItemKind::Date => match NaiveDate::parse_from_str(answer, "%Y-%m-%d") {
                    Ok(date) => Value::Text {
                        text: [langs[0].format_date(date), langs[1].format_date(date)],
                    },
                    Err(_) => same(answer),
                },
                ItemKind::TimeZone => same(&timezone::display(answer)),
                ItemKind::Choice => match item.options.iter().find(|o| o.id == answer) {
                    Some(option) => Value::Text {
                        text: pair(&option.label)?,
                    },
                    None => same(answer),
                },
                _ => same(answer),
            };
            blocks.push(Block::Field {
                number: number.clone(),
                label: pair(&item.label)?,
                value,
            });
            for option in item.options.iter().filter(|o| o.id == answer) {
                let Some(detail) = &option.detail else {
                    continue;
                };
                let text = draft.text(&detail_path(&path, option)).trim();
                if !text.is_empty() {
                    blocks.push(Block::Field {
                        number: number.clone(),
                        label: pair(&detail.label)?,
                        value: same(text),
                    });
                }
            }
        }
    }
    Ok(Document {
        langs: [langs[0].code().to_string(), langs[1].code().to_string()],
        dirs: [langs[0].dir(), langs[1].dir()],
        title: pair(&template.title)?,
        subtitle: pair(&template.legal_basis)?,
        draft_mark: match issue {
            Issue::Final => None,
            Issue::Consultation => Some(pair("pdf-draft")?),
        },
        reference: draft.text("reference.reference").trim().to_string(),
        review_status: pair("pdf-review-status")?,
        fingerprint: draft.fingerprint(),
        created: today.format("%Y-%m-%d").to_string(),
        blocks,
    })
}

/// The footer's page line in both document languages ("Page 2 of 3").
pub fn page_line(
    catalog: &Catalog,
    langs: [Lang; 2],
    page: usize,
    pages: usize,
) -> Result<Pair, L10nError> {
    catalog.pair(
        langs,
        "pdf-page",
        &[
            ("page", Arg::Num(page as f64)),
            ("pages", Arg::Num(pages as f64)),
        ],
    )
}

fn same(text: &str) -> Value {
    Value::Text {
        text: [text.to_string(), text.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry;

    fn doc(answers: &[(&str, &str)], issue: Issue) -> Document {
        let t = registry::template("art29-preservation").unwrap();
        let mut d = Draft::new("d", &t, [Lang::En, Lang::Ru]);
        for (path, value) in answers {
            d.set_text(path, value);
        }
        let c = Catalog::new(&d.langs, false).unwrap();
        build_document(
            &t,
            &d,
            &c,
            issue,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        )
        .unwrap()
    }

    fn field<'a>(doc: &'a Document, label_en: &str) -> &'a Value {
        doc.blocks
            .iter()
            .find_map(|b| match b {
                Block::Field { label, value, .. } if label[0] == label_en => Some(value),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn labels_and_values_in_both_languages() {
        let d = doc(
            &[
                ("date.date", "2026-11-22"),
                ("reference.reference", "PR-2026-0042"),
                ("status.status", "extension"),
                ("status.status.extension", "PR-2026-0001"),
                (
                    "requesting-authority.organisation",
                    "Prosecutor General's Office",
                ),
                ("requesting-authority.time-zone", "+04:00"),
            ],
            Issue::Final,
        );
        assert_eq!(d.langs, ["en", "ru"]);
        assert_eq!(d.reference, "PR-2026-0042");
        assert_eq!(d.draft_mark, None);
        assert_eq!(
            field(&d, "Date"),
            &Value::Text {
                text: ["22/11/2026".into(), "22.11.2026".into()]
            }
        );
        assert_eq!(
            field(&d, "Request status"),
            &Value::Text {
                text: [
                    "Extension of previous request".into(),
                    "Продление ранее направленного запроса".into()
                ]
            }
        );
        assert_eq!(
            field(&d, "Ticket or reference number of the previous request"),
            &Value::Text {
                text: ["PR-2026-0001".into(), "PR-2026-0001".into()]
            }
        );
        assert_eq!(
            field(&d, "Time zone"),
            &Value::Text {
                text: ["UTC+04:00".into(), "UTC+04:00".into()]
            }
        );
        assert_eq!(field(&d, "E-mail"), &Value::Empty);
    }

    #[test]
    fn free_text_is_never_silently_copied_into_the_other_language() {
        let d = doc(
            &[(
                "requesting-authority.organisation",
                "Prosecutor General's Office",
            )],
            Issue::Final,
        );
        let Value::Text { text } = field(&d, "Organisation") else {
            panic!()
        };
        assert_eq!(text[0], "Prosecutor General's Office");
        assert!(text[1].starts_with("[Не переведено"));
        let d = doc(
            &[
                (
                    "requesting-authority.organisation",
                    "Prosecutor General's Office",
                ),
                (
                    "requesting-authority.organisation#b",
                    "Генеральная прокуратура",
                ),
            ],
            Issue::Final,
        );
        let Value::Text { text } = field(&d, "Organisation") else {
            panic!()
        };
        assert_eq!(text[1], "Генеральная прокуратура");
    }

    #[test]
    fn a_consultation_draft_is_marked_in_both_languages() {
        let d = doc(&[], Issue::Consultation);
        assert_eq!(
            d.draft_mark,
            Some([
                "DRAFT FOR CONSULTATION".into(),
                "ПРОЕКТ ДЛЯ СОГЛАСОВАНИЯ".into()
            ])
        );
    }

    #[test]
    fn headings_and_numbers_follow_the_template() {
        let d = doc(&[], Issue::Final);
        let numbers: Vec<&str> = d
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading { number, .. } | Block::Field { number, .. } => number.as_str(),
            })
            .collect();
        assert_eq!(
            numbers,
            ["1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4"]
        );
    }
}
