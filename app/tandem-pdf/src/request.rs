//! An export request as the browser worker and the command line receive it, and the one path from
//! a draft to PDF bytes that both take: template and catalog lookup, the document, its fonts, the
//! layout and the file.

use chrono::NaiveDate;
use serde::Deserialize;
use tandem_core::document::{build_document, page_line, Issue};
use tandem_core::l10n::Arg;
use tandem_core::Pair;
use tandem_core::{format, registry, Catalog, Document, Draft, L10nError, Lang, TemplateError};
use thiserror::Error;

use crate::{
    cjk_face, fonts_needed, layout_with, render, uncovered, Cjk, CjkIndex, FontFile, FontSet,
    LayoutOptions, Meta, Mode, PagePlan, PdfError,
};

/// What to export.
#[derive(Clone, Debug, Deserialize)]
pub struct ExportRequest {
    pub draft: Draft,
    /// `final` or `consultation` (a draft marked as such on every page).
    pub issue: IssueKind,
    /// The date printed as the creation date, in the user's calendar (`2026-11-22`).
    #[serde(deserialize_with = "iso_date")]
    pub today: NaiveDate,
    /// Which columns the pages show; side by side when absent.
    #[serde(default)]
    pub mode: Mode,
}

/// Reads `YYYY-MM-DD` with the core's date reader: chrono's own `Deserialize` goes through its
/// strftime parser, which the worker would otherwise carry for this one field.
fn iso_date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    format::parse_date(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a date YYYY-MM-DD")))
}

/// How the request is issued.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
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
}

/// A request with its document built, waiting for its fonts.
pub struct Prepared {
    pub document: Document,
    catalog: Catalog,
    langs: [Lang; 2],
    mode: Mode,
}

/// Builds the document of a request. The catalog must hold both document languages and be
/// built without bidi isolation marks (the engine runs its own bidi).
pub fn prepare(request: &ExportRequest, catalog: Catalog) -> Result<Prepared, ExportError> {
    let template = registry::template(&request.draft.template)?;
    let langs = request.draft.langs;
    let issue = match request.issue {
        IssueKind::Final => Issue::Final,
        IssueKind::Consultation => Issue::Consultation,
    };
    let document = build_document(&template, &request.draft, &catalog, issue, request.today)?;
    Ok(Prepared {
        document,
        catalog,
        langs,
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
        // Footer texts are checked once up front, so the layout's callback cannot fail.
        footer_lines(&self.catalog, self.langs, &self.document, 1, 1)?;
        let footer = |page: usize, pages: usize| {
            footer_lines(&self.catalog, self.langs, &self.document, page, pages).unwrap_or_default()
        };
        let options = LayoutOptions { mode: self.mode };
        Ok(layout_with(&self.document, fonts, &footer, options)?)
    }
}

/// The footer line of each language: "Page 2 of 3 · Ref. PR-1 · Fingerprint 0123456789abcdef".
fn footer_lines(
    catalog: &Catalog,
    langs: [Lang; 2],
    document: &Document,
    page: usize,
    pages: usize,
) -> Result<Pair, L10nError> {
    let pages = page_line(catalog, langs, page, pages)?;
    let mut lines = [String::new(), String::new()];
    for (i, line) in lines.iter_mut().enumerate() {
        let mut parts = vec![pages[i].clone()];
        if !document.reference.is_empty() {
            let reference = Arg::Str(&document.reference);
            parts.push(catalog.format(langs[i], "pdf-reference", &[("reference", reference)])?);
        }
        let fingerprint = Arg::Str(&document.fingerprint);
        parts.push(catalog.format(langs[i], "pdf-fingerprint", &[("fingerprint", fingerprint)])?);
        *line = parts.join(" · ");
    }
    Ok(lines)
}
