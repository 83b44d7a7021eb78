//! The bilingual document model: what a request says, in its two document languages, before any
//! layout. Built from a template, a draft and the catalog (`build_document`, in `build`); consumed
//! by the PDF engine (`tandem-pdf`), which decides nothing about content. Which free text still
//! waits for its wording in language B is `translation`'s job.

mod build;

pub use crate::form::is_printed;
pub use crate::validate::{
    left_path, same_path, translation_path, translation_status, untranslated, TranslationStatus,
};
pub use build::{build_document, date_time, embedded_of, reading_copy, Issue};

use crate::l10n::Pair;
use crate::lang::Dir;

/// A whole request, ready for layout.
#[derive(Clone, Debug, PartialEq)]
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
    /// The footer's page numbers in each language: the `pdf-page` message resolved with
    /// [`PAGE`] and [`PAGES`] in place of `$page` and `$pages`, which only the engine knows;
    /// [`Document::footer_line`] puts the numbers in.
    pub page_numbers: Pair,
    /// The rest of the footer line in each language, after the page numbers: " · Ref. PR-1 ·
    /// Fingerprint 0123456789abcdef". Nothing else is printed on every page.
    pub footer: Pair,
    /// Short content fingerprint of what is printed ([`crate::embedded::fingerprint`]).
    pub fingerprint: String,
    /// Creation date of the PDF, ISO 8601 (`2026-11-22`), for the metadata.
    pub created: String,
    /// Numbered section headings and fields, in order, ending with the signature block and the
    /// closing note.
    pub blocks: Vec<Block>,
    /// The request as data (`request.json`, [`crate::embedded`]): the printed answers, template,
    /// languages, basis and fingerprint, attached to the PDF.
    pub data: String,
}

/// Stands for the page's number in [`Document::page_numbers`] (a private-use character: no
/// message has it, and the document's own text never reaches that field).
pub const PAGE: char = '\u{E000}';
/// Stands for the number of pages in [`Document::page_numbers`].
pub const PAGES: char = '\u{E001}';

impl Document {
    /// The footer line of language column `col` (0 or 1) on page `page` of `pages`: "Page 2 of 3
    /// · Ref. PR-1 · Fingerprint 0123456789abcdef". The same text as the `pdf-page` message
    /// resolved with those numbers, as long as that message only places `$page` and `$pages`
    /// (no selector on them; `build::tests::the_footer_line_is_the_messages_own_on_every_page`
    /// checks every locale).
    pub fn footer_line(&self, col: usize, page: usize, pages: usize) -> String {
        let mut line = String::new();
        for c in self.page_numbers[col].chars() {
            match c {
                PAGE => line.push_str(&page.to_string()),
                PAGES => line.push_str(&pages.to_string()),
                c => line.push(c),
            }
        }
        line.push_str(&self.footer[col]);
        line
    }
}

/// One row of the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A numbered section heading, e.g. "1" / "Request".
    Heading { number: String, text: Pair },
    /// The numbered label of a group or identifier list, printed above its rows.
    Group { number: String, label: Pair },
    /// A numbered field: label in each language and its answer.
    Field {
        number: String,
        label: Pair,
        value: Value,
    },
    /// The signature block closing the request (`templates/signature.toml`): its numbered
    /// heading, name, position, place and date (label and answer; an answer left empty leaves
    /// room to write it by hand), the caption under the line left for the signature and the
    /// caption of the space left for the seal. Laid out as one piece, on the page of the block
    /// before it.
    Signature {
        number: String,
        heading: Pair,
        fields: Vec<(Pair, Pair)>,
        line: Pair,
        seal: Pair,
    },
    /// The closing note, once in each column: what of the form's wording was machine-drafted,
    /// who wrote and translated the answers (and who checked the translation), the fingerprint.
    /// Paragraphs are separated by `\n`.
    Review { heading: Pair, text: Pair },
}

impl Block {
    /// Every text of the block, label and answer alike, in reading order (its number aside).
    pub fn pairs(&self) -> Vec<&Pair> {
        match self {
            Block::Heading { text, .. } => vec![text],
            Block::Group { label, .. } => vec![label],
            Block::Field { label, value, .. } => {
                let mut out = vec![label];
                match value {
                    Value::Text { text } => out.push(text),
                    Value::Ticks { ticks } => out.extend(ticks.iter().map(|t| &t.caption)),
                    Value::Empty => {}
                }
                out
            }
            Block::Signature {
                heading,
                fields,
                line,
                seal,
                ..
            } => {
                let mut out = vec![heading];
                out.extend(fields.iter().flat_map(|(label, value)| [label, value]));
                out.extend([line, seal]);
                out
            }
            Block::Review { heading, text } => vec![heading, text],
        }
    }
}

/// The answer shown for a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// No answer: shown as "—" in both columns.
    Empty,
    /// Text for each column (for free text: as typed in A; in B the translation, or a note in
    /// language B that the text is not translated).
    Text { text: Pair },
    /// Tick boxes, each with its caption in each language (a choice shows all its options,
    /// the picked one ticked).
    Ticks { ticks: Vec<Tick> },
}

/// One tick box of a [`Value::Ticks`].
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub checked: bool,
    pub caption: Pair,
}
