//! Fonts: the per-script font files served from `public/fonts/`, which of them a document needs,
//! the loaded font set, the choice of a font for every character (script fallback runs) and the
//! subsetting of a font to the glyphs a PDF uses.

use std::collections::BTreeMap;
use std::ops::Range;

use rustybuzz::Face;
use tandem_core::document::{Block, Document, Value};

use crate::PdfError;

/// A face of Noto Sans CJK, served in slices (`public/fonts/cjk/<face>/NN.ttf`) that a document
/// fetches by need, as its [`CjkIndex`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cjk {
    /// Simplified Chinese (Noto Sans CJK SC).
    Sc,
    /// Japanese (Noto Sans CJK JP).
    Jp,
    /// Korean (Noto Sans CJK KR).
    Kr,
}

impl Cjk {
    /// The folder of the face's slices under `public/fonts/cjk/`.
    pub fn folder(self) -> &'static str {
        match self {
            Cjk::Sc => "sc",
            Cjk::Jp => "jp",
            Cjk::Kr => "kr",
        }
    }

    /// The face's name as a reader knows it (in the message of a font missing offline).
    pub fn family(self) -> &'static str {
        match self {
            Cjk::Sc => "Noto Sans CJK SC",
            Cjk::Jp => "Noto Sans CJK JP",
            Cjk::Kr => "Noto Sans CJK KR",
        }
    }

    /// The index of the face's slices, under `public/fonts/`.
    pub fn index_name(self) -> String {
        format!("cjk/{}/index.txt", self.folder())
    }

    fn for_lang(lang: &str) -> Option<Cjk> {
        match lang.split(['-', '_']).next().unwrap_or_default() {
            "zh" => Some(Cjk::Sc),
            "ja" => Some(Cjk::Jp),
            "ko" => Some(Cjk::Kr),
            _ => None,
        }
    }
}

/// Whether a character is drawn by a CJK face: ideographs, kana, Hangul, bopomofo, CJK
/// punctuation and the full-width forms.
pub fn is_cjk(c: char) -> bool {
    matches!(
        c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x31FF | 0x3200..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
    )
}

/// One served font file. The script files carry no Latin letters, so every document also needs
/// [`FontFile::Latin`] for digits, Latin text and punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontFile {
    /// Noto Sans: Latin, Greek, Cyrillic, digits, punctuation, currency signs.
    Latin,
    /// Noto Sans, the letters Vietnamese adds to Latin (horned letters, tone marks).
    Vietnamese,
    /// Noto Sans Georgian.
    Georgian,
    /// Noto Sans Armenian.
    Armenian,
    /// Noto Sans Hebrew.
    Hebrew,
    /// Noto Sans Devanagari.
    Devanagari,
    /// Noto Naskh Arabic (Arabic letters, Arabic-Indic and Persian digits, Arabic punctuation).
    Arabic,
    /// Slice `n` of a Noto Sans CJK face.
    Cjk(Cjk, u16),
}

impl FontFile {
    /// Every font file of one piece (not the CJK slices), in fallback order.
    pub const ALL: [FontFile; 7] = [
        FontFile::Latin,
        FontFile::Vietnamese,
        FontFile::Georgian,
        FontFile::Armenian,
        FontFile::Hebrew,
        FontFile::Devanagari,
        FontFile::Arabic,
    ];

    /// File name under `public/fonts/`.
    pub fn file_name(self) -> String {
        match self {
            FontFile::Latin => "NotoSans-tandem.ttf".into(),
            FontFile::Vietnamese => "NotoSans-vietnamese-tandem.ttf".into(),
            FontFile::Georgian => "NotoSansGeorgian-tandem.ttf".into(),
            FontFile::Armenian => "NotoSansArmenian-tandem.ttf".into(),
            FontFile::Hebrew => "NotoSansHebrew-tandem.ttf".into(),
            FontFile::Devanagari => "NotoSansDevanagari-tandem.ttf".into(),
            FontFile::Arabic => "NotoNaskhArabic-tandem.ttf".into(),
            FontFile::Cjk(face, n) => format!("cjk/{}/{n:02}.ttf", face.folder()),
        }
    }

    /// PostScript name of the face, used for the embedded PDF font.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontFile::Latin | FontFile::Vietnamese => "NotoSans-Regular",
            FontFile::Georgian => "NotoSansGeorgian-Regular",
            FontFile::Armenian => "NotoSansArmenian-Regular",
            FontFile::Hebrew => "NotoSansHebrew-Regular",
            FontFile::Devanagari => "NotoSansDevanagari-Regular",
            FontFile::Arabic => "NotoNaskhArabic-Regular",
            FontFile::Cjk(Cjk::Sc, _) => "NotoSansCJKsc-Regular",
            FontFile::Cjk(Cjk::Jp, _) => "NotoSansCJKjp-Regular",
            FontFile::Cjk(Cjk::Kr, _) => "NotoSansCJKkr-Regular",
        }
    }

    /// The font a character's script requires, or `None` for characters of no particular
    /// script (spaces, digits, punctuation, symbols, marks), which follow their neighbours, and
    /// for CJK characters, whose slice the loaded fonts tell.
    pub fn for_char(c: char) -> Option<FontFile> {
        match c as u32 {
            0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Some(FontFile::Georgian),
            0x0531..=0x058F | 0xFB13..=0xFB17 => Some(FontFile::Armenian),
            0x0591..=0x05FF | 0xFB1D..=0xFB4F => Some(FontFile::Hebrew),
            0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Some(FontFile::Devanagari),
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(FontFile::Arabic),
            0x01A0 | 0x01A1 | 0x01AF | 0x01B0 | 0x1EA0..=0x1EF9 => Some(FontFile::Vietnamese),
            0x0000..=0x024F | 0x0370..=0x052F | 0x1E00..=0x1EFF if c.is_alphabetic() => {
                Some(FontFile::Latin)
            }
            _ => None,
        }
    }
}

/// Which slice of a CJK face holds which characters: `public/fonts/cjk/<face>/index.txt`, one
/// line per slice, `NN 3000-303F,4E00,...` (hexadecimal code points and ranges), written by
/// `scripts/fonts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CjkIndex {
    face: Cjk,
    /// (first, last, slice), sorted by first code point.
    ranges: Vec<(u32, u32, u16)>,
}

impl CjkIndex {
    /// Reads an index file.
    pub fn parse(face: Cjk, text: &str) -> Result<CjkIndex, PdfError> {
        let bad = || PdfError::BadFont(face.index_name());
        let hex = |s: &str| u32::from_str_radix(s, 16).map_err(|_| bad());
        let mut ranges = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let (slice, list) = line.split_once(' ').ok_or_else(bad)?;
            let slice: u16 = slice.parse().map_err(|_| bad())?;
            for item in list.split(',') {
                let (a, b) = item.split_once('-').unwrap_or((item, item));
                ranges.push((hex(a)?, hex(b)?, slice));
            }
        }
        ranges.sort_unstable();
        Ok(CjkIndex { face, ranges })
    }

    /// The face this index describes.
    pub fn face(&self) -> Cjk {
        self.face
    }

    /// The slice holding `c`, if any does.
    pub fn slice_of(&self, c: char) -> Option<FontFile> {
        let cp = c as u32;
        let i = self.ranges.partition_point(|(first, _, _)| *first <= cp);
        let (first, last, slice) = *self.ranges.get(i.checked_sub(1)?)?;
        (first..=last)
            .contains(&cp)
            .then_some(FontFile::Cjk(self.face, slice))
    }

    /// The slices a document needs: the first (CJK punctuation and every character of the
    /// locale's own messages, so the footer of a document in that language is covered) and
    /// each one holding a CJK character of the document's printed texts.
    pub fn slices_needed(&self, doc: &Document) -> Vec<FontFile> {
        let mut needed = vec![FontFile::Cjk(self.face, 0)];
        needed.extend(
            document_texts(doc)
                .into_iter()
                .flat_map(str::chars)
                .filter(|c| is_cjk(*c))
                .filter_map(|c| self.slice_of(c)),
        );
        needed.sort_unstable();
        needed.dedup();
        needed
    }
}

/// The CJK face a document's CJK characters are drawn with, if it has any or is in a CJK
/// language: that of its first CJK document language, else Korean for Hangul, Japanese for
/// kana, Simplified Chinese for ideographs alone. One face per document: a ja|zh document
/// draws both columns with the Japanese face.
pub fn cjk_face(doc: &Document) -> Option<Cjk> {
    if let Some(face) = doc.langs.iter().find_map(|l| Cjk::for_lang(l)) {
        return Some(face);
    }
    let texts = document_texts(doc);
    let chars = || texts.iter().flat_map(|t| t.chars());
    if chars().any(|c| matches!(c as u32, 0xAC00..=0xD7A3 | 0x3130..=0x318F)) {
        Some(Cjk::Kr)
    } else if chars().any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF)) {
        Some(Cjk::Jp)
    } else if chars().any(is_cjk) {
        Some(Cjk::Sc)
    } else {
        None
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
        "he" | "yi" => Some(FontFile::Hebrew),
        "hi" | "mr" | "ne" | "sa" => Some(FontFile::Devanagari),
        _ => None,
    }
}

/// Every text of a document that is printed, in both languages.
pub(crate) fn document_texts(doc: &Document) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    for p in [&doc.title, &doc.subtitle] {
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
            Block::Signature {
                number,
                heading,
                fields,
                line,
                seal,
            } => {
                texts.push(number);
                for pair in [heading, line, seal]
                    .into_iter()
                    .chain(fields.iter().flat_map(|(label, value)| [label, value]))
                {
                    texts.extend(pair.iter().map(String::as_str));
                }
            }
            Block::Review { heading, text } => {
                texts.extend(heading.iter().chain(text).map(String::as_str));
            }
        }
    }
    texts
}

/// Which font files of one piece a document needs: [`FontFile::Latin`] always (digits, the "—"
/// of empty answers, the fingerprint), each script font whose letters occur in any printed
/// text, and the script font of each document language (for the footer strings in that
/// language). CJK slices come on top: [`cjk_face`], then [`CjkIndex::slices_needed`].
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
        let strong = |c: char| match FontFile::for_char(c) {
            Some(file) => Some(file).filter(|f| self.get(*f).is_some()),
            // A CJK character's slice is the loaded one that draws it.
            None if is_cjk(c) => self
                .faces
                .iter()
                .map(|(f, _)| *f)
                .find(|f| matches!(f, FontFile::Cjk(..)) && self.has_glyph(*f, c)),
            None => None,
        };
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
                        _ => self
                            .faces
                            .iter()
                            .map(|(f, _)| *f)
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
            | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957
            | 0x0962..=0x0963 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
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
        .into_bytes()
        .into_iter()
        .chain(ids.iter().flat_map(|id| id.to_be_bytes()))
    {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}
