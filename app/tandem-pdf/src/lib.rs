//! Tandem's PDF engine: lays out a bilingual [`Document`](tandem_core::document::Document)
//! (side by side, row by row) into a pure [`PagePlan`] and renders it to PDF bytes with shaped,
//! bidi-ordered, subset and text-extractable fonts.
//!
//! Flow: [`fonts_needed`] tells which files of `public/fonts/` to fetch, [`FontSet::new`] loads
//! them, [`layout`] makes the page plan, [`render`] writes the PDF.

pub mod extract;
pub mod font;
pub mod layout;
pub mod render;
pub mod request;
pub mod shape;

pub use font::{cjk_face, fonts_needed, uncovered, Cjk, CjkIndex, FontFile, FontSet};
pub use layout::{layout, layout_with, LayoutOptions, Mode, PagePlan};
pub use render::{render, Meta};

/// What can go wrong while laying out or writing a PDF.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PdfError {
    /// A font file the document needs was not loaded.
    #[error("font file {0} is not loaded")]
    MissingFont(String),
    /// A font file could not be parsed.
    #[error("font file {0} is not a readable font")]
    BadFont(String),
    /// Subsetting a font failed.
    #[error("cannot subset font file {0}: {1}")]
    Subset(String, String),
    /// Writing the PDF failed.
    #[error("cannot write the pdf: {0}")]
    Write(String),
}
