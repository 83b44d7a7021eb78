//! An export request as the command line receives it, and the one path from a document to PDF
//! bytes: the browser builds the document in the page (where the messages already are) and sends
//! the worker a [`DocumentRequest`]; the command line and the tests build it here ([`prepare`]).
//! Then its fonts, the layout and the file.

use chrono::NaiveDate;
use tandem_core::document::{build_document, Issue};
use tandem_core::exchange::{self, ExchangeError};
use tandem_core::{registry, Catalog, Document, Draft, L10nError, Template, TemplateError};
use thiserror::Error;

use crate::{
    cjk_face, fonts_needed, layout_with, render, uncovered, Cjk, CjkIndex, FontFile, FontSet,
    LayoutOptions, Meta, Mode, PagePlan, PdfError,
};

/// What to export (the command line's request; the browser's is a [`DocumentRequest`]).
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub draft: Draft,
    /// Final, or a draft for consultation (marked as such on every page).
    pub issue: IssueKind,
    /// The date printed as the creation date, in the user's calendar.
    pub today: NaiveDate,
    /// Which columns the pages show.
    pub mode: Mode,
}

/// How the request is issued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IssueKind {
    Final,
    Consultation,
}

/// Why an export failed.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    L10n(#[from] L10nError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Exchange(#[from] ExchangeError),
    #[error("{0:?} is not a layout (side-by-side, target-only, single)")]
    Mode(String),
}

/// What the browser's PDF worker receives: a document built in the page
/// (`tandem_core::document::build_document`) and the columns its pages show, as the text of
/// `tandem_core::exchange`.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentRequest {
    pub document: Document,
    pub mode: Mode,
}

impl DocumentRequest {
    /// The request's text, as the page writes it.
    pub fn encode(&self) -> String {
        exchange::encode_request(self.mode.name(), &self.document)
    }

    /// Reads a request's text.
    pub fn decode(text: &str) -> Result<DocumentRequest, ExportError> {
        let (mode, document) = exchange::decode_request(text)?;
        let mode = Mode::from_name(&mode).ok_or(ExportError::Mode(mode))?;
        Ok(DocumentRequest { document, mode })
    }
}

/// A request with its document built, waiting for its fonts.
pub struct Prepared {
    pub document: Document,
    mode: Mode,
}

impl From<DocumentRequest> for Prepared {
    fn from(request: DocumentRequest) -> Prepared {
        Prepared {
            document: request.document,
            mode: request.mode,
        }
    }
}

/// Builds the document of a request. The catalog must hold both document languages and be
/// built without bidi isolation marks (the engine runs its own bidi).
pub fn prepare(request: &ExportRequest, catalog: Catalog) -> Result<Prepared, ExportError> {
    let template = registry::template(&request.draft.template)?;
    prepare_with(request, &template, catalog)
}

/// As [`prepare`], with a template that is not built in (a template pack's, whose messages the
/// caller has added to `catalog`).
pub fn prepare_with(
    request: &ExportRequest,
    template: &Template,
    catalog: Catalog,
) -> Result<Prepared, ExportError> {
    let issue = match request.issue {
        IssueKind::Final => Issue::Final,
        IssueKind::Consultation => Issue::Consultation,
    };
    let document = build_document(template, &request.draft, &catalog, issue, request.today)?;
    Ok(Prepared {
        document,
        mode: request.mode,
    })
}

impl Prepared {
    /// The CJK face whose index ([`CjkIndex`], `public/fonts/cjk/<face>/index.txt`) must be
    /// read before [`Prepared::fonts_needed`] can name its slices; `None` for a document
    /// without CJK characters or languages.
    pub fn cjk_face(&self) -> Option<Cjk> {
        cjk_face(&self.document)
    }

    /// The font files to load for this document: the script files, and the slices of the CJK
    /// face its `cjk` index (of [`Prepared::cjk_face`]) names.
    pub fn fonts_needed(&self, cjk: Option<&CjkIndex>) -> Vec<FontFile> {
        let mut files = fonts_needed(&self.document);
        if let Some(index) = cjk {
            files.extend(index.slices_needed(&self.document));
        }
        files
    }

    /// The characters of the document that no font of `fonts` covers: the PDF prints them as
    /// code points (`[U+4E2D]`) and the user should be warned.
    pub fn uncovered(&self, fonts: &FontSet) -> Vec<char> {
        uncovered(&self.document, fonts)
    }

    /// Lays the document out and writes the PDF.
    pub fn render(&self, fonts: &FontSet) -> Result<Vec<u8>, ExportError> {
        let plan = self.plan(fonts)?;
        Ok(render(&plan, fonts, &Meta::new(&self.document, self.mode))?)
    }

    /// Lays the document out, footers included.
    pub fn plan(&self, fonts: &FontSet) -> Result<PagePlan, ExportError> {
        let doc = &self.document;
        let footer = |page, pages| [0, 1].map(|col| doc.footer_line(col, page, pages));
        let options = LayoutOptions { mode: self.mode };
        Ok(layout_with(&self.document, fonts, &footer, options)?)
    }
}
