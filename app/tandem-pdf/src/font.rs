//! Fonts: the per-script font files served from `public/fonts/`, which of them a document needs,
//! the loaded font set, the choice of a font for every character (script fallback runs) and the
//! subsetting of a font to the glyphs a PDF uses.

use std::collections::BTreeMap;
use std::ops::Range;

use rustybuzz::Face;
use tandem_core::document::{Block, Document, Value};

use crate::PdfError;

/// One served font file. Georgian, Armenian and Arabic files carry no Latin letters, so every
/// document also needs [`FontFile::Latin`] for digits, Latin text and punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontFile {
    /// Noto Sans: Latin, Greek, Cyrillic, digits, punctuation, currency signs.
    Latin,
    /// Noto Sans Georgian.
    Georgian,
    /// Noto Sans Armenian.
    Armenian,
    /// Noto Naskh Arabic (Arabic letters, Arabic-Indic digits, Arabic punctuation).
    Arabic,
}

impl FontFile {
    /// Every font file, in fallback order.
    pub const ALL: [FontFile; 4] = [
        FontFile::Latin,
        FontFile::Georgian,
        FontFile::Armenian,
        FontFile::Arabic,
    ];

    /// File name under `public/fonts/`.
    pub fn file_name(self) -> &'static str {
        match self {
            FontFile::Latin => "NotoSans-tandem.ttf",
            FontFile::Georgian => "NotoSansGeorgian-tandem.ttf",
            FontFile::Armenian => "NotoSansArmenian-tandem.ttf",
            FontFile::Arabic => "NotoNaskhArabic-tandem.ttf",
        }
    }

    /// PostScript name of the face, used for the embedded PDF font.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontFile::Latin => "NotoSans-Regular",
            FontFile::Georgian => "NotoSansGeorgian-Regular",
            FontFile::Armenian => "NotoSansArmenian-Regular",
            FontFile::Arabic => "NotoNaskhArabic-Regular",
        }
    }

    /// The font a character's script requires, or `None` for characters of no particular
    /// script (spaces, digits, punctuation, symbols, marks), which follow their neighbours.
    pub fn for_char(c: char) -> Option<FontFile> {
        match c as u32 {
            0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Some(FontFile::Georgian),
            0x0531..=0x058F | 0xFB13..=0xFB17 => Some(FontFile::Armenian),
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(FontFile::Arabic),
            0x0000..=0x024F | 0x0370..=0x052F | 0x1E00..=0x1EFF if c.is_alphabetic() => {
                Some(FontFile::Latin)
            }
            _ => None,
        }
    }
}

/// Whether `c` is invisible by nature (bidi controls, joiners, zero-width space, BOM, soft
/// hyphen): such characters steer shaping and ordering but never get a glyph of their own.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
            | 0xFEFF | 0xFFA0 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF
    )
}

/// How a character no loaded font covers is printed instead of a `.notdef` box or nothing:
/// its code point, e.g. `[U+4E2D]`, in the Latin font, so the reader sees that something is
/// there and what it is.
pub fn code_point_text(c: char) -> String {
    format!("[U+{:04X}]", c as u32)
}

/// The script font a language's text needs beyond Latin, by its BCP 47 primary subtag.
fn for_lang(lang: &str) -> Option<FontFile> {
    match lang.split(['-', '_']).next().unwrap_or_default() {
        "ka" => Some(FontFile::Georgian),
        "hy" => Some(FontFile::Armenian),
        "ar" | "fa" | "ur" | "ps" | "ckb" | "sd" | "ug" => Some(FontFile::Arabic),
        _ => None,
    }
}

/// Every text of a document that is printed, in both languages.
pub(crate) fn document_texts(doc: &Document) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    for p in [&doc.title, &doc.subtitle, &doc.review_status] {
        texts.extend(p.iter().map(String::as_str));
    }
    if let Some(mark) = &doc.draft_mark {
        texts.extend(mark.iter().map(String::as_str));
    }
    texts.push(&doc.reference);
    texts.push(&doc.fingerprint);
    for block in &doc.blocks {
        match block {
            Block::Heading { number, text }
            | Block::Group {
                number,
                label: text,
            } => {
                texts.push(number);
                texts.extend(text.iter().map(String::as_str));
            }
            Block::Field {
                number,
                label,
                value,
            } => {
                texts.push(number);
                texts.extend(label.iter().map(String::as_str));
                match value {
                    Value::Empty => {}
                    Value::Text { text } => texts.extend(text.iter().map(String::as_str)),
                    Value::Ticks { ticks } => texts.extend(
                        ticks
                            .iter()
                            .flat_map(|t| t.caption.iter().map(String::as_str)),
                    ),
                }
            }
        }
    }
    texts
}

/// Which font files a document needs: [`FontFile::Latin`] always (digits, the "—" of empty
/// answers, the fingerprint), each script font whose letters occur in any printed text, and
/// the script font of each document language (for the footer strings in that language).
pub fn fonts_needed(doc: &Document) -> Vec<FontFile> {
    let mut needed = vec![FontFile::Latin];
    let by_lang = doc.langs.iter().filter_map(|lang| for_lang(lang));
    let by_text = document_texts(doc)
        .into_iter()
        .flat_map(|text| text.chars().filter_map(FontFile::for_char));
    for file in by_lang.chain(by_text) {
        if !needed.contains(&file) {
            needed.push(file);
        }
    }
    needed.sort();
    needed
}

/// The characters of a document's printed texts that no loaded font covers, each once, in
/// order of code point. The PDF shows them as [`code_point_text`]; the user should be told.
pub fn uncovered(doc: &Document, fonts: &FontSet) -> Vec<char> {
    let faces = fonts.faces();
    let mut chars: Vec<char> = document_texts(doc)
        .into_iter()
        .flat_map(str::chars)
        .filter(|c| !matches!(c, '\n' | '\r' | '\t') && !faces.covers(*c))
        .collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// The font files loaded for one document (at least [`FontFile::Latin`]).
pub struct FontSet {
    fonts: Vec<(FontFile, Vec<u8>)>,
}

impl FontSet {
    /// Checks that every file parses as a font and that the Latin file is present.
    pub fn new(fonts: Vec<(FontFile, Vec<u8>)>) -> Result<FontSet, PdfError> {
        for (file, data) in &fonts {
            if Face::from_slice(data, 0).is_none() {
                return Err(PdfError::BadFont(file.file_name()));
            }
        }
        if !fonts.iter().any(|(file, _)| *file == FontFile::Latin) {
            return Err(PdfError::MissingFont(FontFile::Latin.file_name()));
        }
        Ok(FontSet { fonts })
    }

    /// The bytes of a loaded font file.
    pub fn data(&self, file: FontFile) -> Option<&[u8]> {
        self.fonts
            .iter()
            .find(|(f, _)| *f == file)
            .map(|(_, data)| data.as_slice())
    }

    /// Parsed faces of every loaded file, for shaping.
    pub(crate) fn faces(&self) -> Faces<'_> {
        let mut faces: Vec<(FontFile, Face<'_>)> = self
            .fonts
            .iter()
            .filter_map(|(file, data)| Face::from_slice(data, 0).map(|face| (*file, face)))
            .collect();
        faces.sort_by_key(|(file, _)| *file);
        Faces { faces }
    }
}

/// The parsed faces of a [`FontSet`], in fallback order (Latin first).
pub(crate) struct Faces<'a> {
    faces: Vec<(FontFile, Face<'a>)>,
}

impl<'a> Faces<'a> {
    /// The face of a loaded file.
    pub fn get(&self, file: FontFile) -> Option<&Face<'a>> {
        self.faces
            .iter()
            .find(|(f, _)| *f == file)
            .map(|(_, face)| face)
    }

    fn has_glyph(&self, file: FontFile, c: char) -> bool {
        self.get(file)
            .is_some_and(|face| face.glyph_index(c).is_some())
    }

    /// Whether some loaded font draws `c`, or `c` is invisible by nature (it needs no glyph).
    pub fn covers(&self, c: char) -> bool {
        is_invisible(c)
            || self
                .faces
                .iter()
                .any(|(_, face)| face.glyph_index(c).is_some())
    }

    /// `text` with every character no loaded font covers replaced by its [`code_point_text`].
    pub fn printable(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if self.covers(c) {
                out.push(c);
            } else {
                out.push_str(&code_point_text(c));
            }
        }
        out
    }

    /// Splits `text` into runs of one font each. A character of a script takes that script's
    /// font when loaded; any other character stays in the font of the run around it when that
    /// font has it (so spaces and punctuation do not break a run), else takes the first font
    /// that has it, else the Latin font. Marks and invisible characters never start a run.
    pub fn runs(&self, text: &str) -> Vec<(Range<usize>, FontFile)> {
        let strong = |c: char| FontFile::for_char(c).filter(|f| self.get(*f).is_some());
        let mut runs: Vec<(Range<usize>, FontFile)> = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let current = runs.last().map(|(_, f)| *f);
            let follows = is_invisible(c) || is_mark(c);
            let file = match (strong(c), current) {
                (Some(file), _) => file,
                (None, Some(cur)) if follows || self.has_glyph(cur, c) => cur,
                (None, _) => {
                    // Before any strong character: prefer the next strong one's font.
                    let next = text[end..].chars().find_map(strong);
                    match next {
                        Some(n) if current.is_none() && self.has_glyph(n, c) => n,
                        _ => FontFile::ALL
                            .into_iter()
                            .find(|f| self.has_glyph(*f, c))
                            .unwrap_or(FontFile::Latin),
                    }
                }
            };
            match runs.last_mut() {
                Some((range, f)) if *f == file => range.end = end,
                _ => runs.push((i..end, file)),
            }
        }
        runs
    }
}

/// Whether `c` is a combining mark (it belongs to the glyph cluster of its base).
fn is_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
            | 0x0670 | 0x06D6..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F
    )
}

/// A font reduced to the glyphs a PDF uses.
pub(crate) struct Subset {
    /// The subset TrueType font program.
    pub bytes: Vec<u8>,
    /// Original glyph id → glyph id in the subset.
    pub glyph_map: BTreeMap<u16, u16>,
    /// The six-letter subset tag of the PDF font name (`ABCDEF+Name`).
    pub tag: String,
}

/// Subsets `data` to `glyphs` (the `.notdef` glyph is always kept, as glyph 0). The subset is
/// for PDF embedding only: it keeps the outlines, advances and names but no `cmap`, as the PDF
/// maps its own codes (`/CIDToGIDMap`, `/ToUnicode`).
pub(crate) fn subset(file: FontFile, data: &[u8], glyphs: &[u16]) -> Result<Subset, PdfError> {
    let mut ids: Vec<u16> = glyphs.iter().copied().filter(|g| *g != 0).collect();
    ids.sort_unstable();
    ids.dedup();
    // Glyph 0 first, then the requested glyphs in order; the subsetter appends the parts of
    // composite glyphs after them.
    let mut remapper = subsetter::GlyphRemapper::new();
    for id in &ids {
        remapper.remap(*id);
    }
    let bytes = subsetter::subset(data, 0, &remapper)
        .map_err(|e| PdfError::Subset(file.file_name(), e.to_string()))?;
    let glyph_map = std::iter::once(0)
        .chain(ids.iter().copied())
        .filter_map(|old| remapper.get(old).map(|new| (old, new)))
        .collect();
    ids.insert(0, 0);
    Ok(Subset {
        bytes,
        glyph_map,
        tag: subset_tag(file, &ids),
    })
}

/// A deterministic tag of six capital letters for a font file and glyph set.
fn subset_tag(file: FontFile, ids: &[u16]) -> String {
    // FNV-1a over the file and its glyph ids.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in file
        .file_name()
        .bytes()
        .chain(ids.iter().flat_map(|id| id.to_be_bytes()))
    {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}
